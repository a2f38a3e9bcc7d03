// Commands in the stack's pods, as an operator runs them with `oc exec`: the container's environment
// supplies every secret, and nothing secret is printed.
import { kubectl } from "./kube.ts";

/** A shell command in the first container of `workload`; $1… are `args`. Returns its stdout. */
export async function inPod(
  namespace: string,
  workload: string,
  script: string,
  args: readonly string[] = [],
): Promise<string> {
  return (await kubectl`kubectl exec -n ${namespace} ${workload} -- sh -c ${script} sh ${args}`).stdout;
}

/** The last lines a workload logged (and kubectl's complaint if it has none), for a failure message. */
export async function logsOf(namespace: string, workload: string, lines = 15): Promise<string> {
  const result = await kubectl({ nothrow: true })`kubectl logs -n ${namespace} ${workload} --tail=${lines}`;
  return result.stdout + result.stderr;
}

/** A sysadmin API token made with `ckan user token add` in the web pod, as an operator would. */
export async function sysadminToken(namespace: string, name: string): Promise<string> {
  const stdout = await inPod(
    namespace,
    "deployment/ckan",
    `ckan -c "$CKAN_INI" user token add "$CKAN_SYSADMIN_NAME" "$1"`,
    [name],
  );
  const match = /\b(eyJ[\w-]+\.[\w-]+\.[\w-]+)\b/.exec(stdout);
  if (!match) throw new Error("ckan user token add printed no token");
  return match[1]!;
}
