// What every image of the project promises OpenShift, read from the built image itself: a numeric,
// non-root USER. restricted-v2 would replace the UID anyway, but nonroot-v2 and Kubernetes'
// runAsNonRoot (without an assigned UID) refuse an image whose USER is root or a name.
import { $ } from "zx";

export class ImageContractError extends Error {}

export function userProblem(user: string): string | undefined {
  const uid = user.split(":")[0] ?? "";
  if (uid === "") return "declares no USER, so it runs as root";
  if (!/^\d+$/.test(uid))
    return `declares USER ${user}, a name the kubelet cannot check against runAsNonRoot`;
  if (Number(uid) === 0) return `declares USER ${user} (root)`;
  return undefined;
}

/** Checks each image's USER with podman (`env`: the engine's CONTAINERS_* variables). */
export async function checkImageUsers(
  references: readonly string[],
  env: Record<string, string>,
): Promise<void> {
  const podman = $({ quiet: true, env: { ...process.env, ...env } });
  const problems: string[] = [];
  for (const reference of references) {
    const user = (await podman`podman image inspect --format {{.Config.User}} ${reference}`).stdout.trim();
    const problem = userProblem(user);
    if (problem)
      problems.push(
        `image ${reference} ${problem}: end its Dockerfile with a numeric non-root USER (USER 1001) and make the paths it writes group 0 and g=u`,
      );
  }
  if (problems.length > 0) throw new ImageContractError(problems.join("\n  "));
}
