// `npm run env -- remove <name>`: the one way an environment goes away. Render never deletes an
// environment's output on its own (a deleted or renamed settings file is an error there), so removing one is
// this explicit command, which lists what it deletes and does nothing without --yes.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { applicationName } from "../lib/argocd.ts";
import { Failure } from "../lib/command-line.ts";
import { imagePinsPath } from "../settings/image-pins.ts";
import { sealedSecretsPath } from "../settings/sealed-secrets.ts";
import { environmentNames, outputPaths, settingsPath } from "./environment-files.ts";

export interface Removal {
  /** Relative to the workspace root. */
  readonly path: string;
  readonly what: string;
}

async function fileCount(directory: string): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

/** What removing `environment` deletes; throws a Failure when there is no such environment. */
export async function removalPlan(workspaceRoot: string, environment: string): Promise<Removal[]> {
  const exists = (relative: string) => existsSync(path.join(workspaceRoot, relative));
  const { overlay, argocd } = outputPaths(environment);
  const removals: Removal[] = [];
  if (exists(settingsPath(environment)))
    removals.push({ path: settingsPath(environment), what: "its settings" });
  if (exists(overlay)) {
    const kept = [
      exists(imagePinsPath(environment)) ? `its image pins (${imagePinsPath(environment)})` : "",
      exists(sealedSecretsPath(environment)) ? `its SealedSecrets (${sealedSecretsPath(environment)}/)` : "",
    ].filter(Boolean);
    removals.push({
      path: overlay,
      what: `the overlay Argo CD deploys, ${await fileCount(path.join(workspaceRoot, overlay))} files${kept.length > 0 ? `, with ${kept.join(" and ")}` : ""}`,
    });
  }
  if (exists(argocd))
    removals.push({
      path: argocd,
      what: `the Argo CD AppProject and Application ${applicationName(environment)}`,
    });
  if (removals.length === 0) {
    const known = await environmentNames(workspaceRoot);
    throw new Failure(
      `there is no environment named ${environment}: neither ${settingsPath(environment)} nor ${overlay} exists`,
      known.length > 0 ? `use one of ${known.join(", ")}` : "there is no environment to remove",
    );
  }
  return removals;
}

/**
 * Deletes what the plan lists, all or nothing: everything is first moved into one scratch folder beside
 * it (a rename on the same filesystem), and put back if any move fails.
 */
export async function removeEnvironment(workspaceRoot: string, removals: readonly Removal[]): Promise<void> {
  const scratch = path.join(workspaceRoot, `.environment-removed-${randomBytes(4).toString("hex")}`);
  const moved: [from: string, to: string][] = [];
  try {
    await mkdir(scratch);
    for (const [index, removal] of removals.entries()) {
      const from = path.join(workspaceRoot, removal.path);
      const to = path.join(scratch, String(index));
      await rename(from, to);
      moved.push([from, to]);
    }
  } catch (error) {
    for (const [from, to] of moved.reverse()) await rename(to, from);
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  await rm(scratch, { recursive: true, force: true });
}
