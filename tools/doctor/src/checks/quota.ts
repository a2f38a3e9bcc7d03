// The namespace's real ResourceQuotas and LimitRange against what the rendered stack needs (replicas,
// a rollout's surge and the bootstrap Job, as render counts them) and against what
// tools/manifests/src/config/platforms.ts assumes for the environment's platform.
import { PLATFORMS, type QuotaScope } from "@ckan-openshift/manifests/stack";
import {
  formatBytes,
  formatMillicores,
  parseQuantity,
  quotaUsage,
  toMillicores,
} from "@ckan-openshift/manifests/kube-api";
import { fail, forbidden, ok, read, type Check, type Obj, type Result } from "../check.ts";

const PLATFORMS_FILE = "tools/manifests/src/config/platforms.ts";

/** ResourceQuota keys and the usage each one limits; `cpu`/`memory` are the same as `requests.*`. */
const COMPUTE: Record<string, { key: keyof QuotaScope; cpu: boolean }> = {
  "requests.cpu": { key: "requestsCpuMillicores", cpu: true },
  cpu: { key: "requestsCpuMillicores", cpu: true },
  "requests.memory": { key: "requestsMemoryBytes", cpu: false },
  memory: { key: "requestsMemoryBytes", cpu: false },
  "limits.cpu": { key: "limitsCpuMillicores", cpu: true },
  "limits.memory": { key: "limitsMemoryBytes", cpu: false },
};

export const quotaCheck: Check = async (context) => {
  const namespace = context.settings.namespace;
  const platform = PLATFORMS[context.settings.platform];
  const usage = quotaUsage(context.objects, platform.quota);
  const quotas = await read<{ items: Obj[] }>(context, `/api/v1/namespaces/${namespace}/resourcequotas`);
  if (quotas.status !== 200) return [forbidden("quota", "list", "resourcequotas", namespace)];
  const results: Result[] = [];
  for (const quota of quotas.body!.items) {
    const name = `quota/${quota.metadata.name}`;
    const scopes: string[] = quota.spec?.scopes ?? [];
    const needs = (key: keyof QuotaScope) =>
      (scopes.includes("Terminating") ? 0 : usage.notTerminating[key]) +
      (scopes.includes("NotTerminating") ? 0 : usage.terminating[key]);
    const excess: string[] = [];
    for (const [resource, hard] of Object.entries((quota.spec?.hard ?? {}) as Record<string, string>)) {
      const compute = COMPUTE[resource];
      if (compute) {
        const allowed = compute.cpu ? toMillicores(hard) : parseQuantity(hard);
        const needed = needs(compute.key);
        const show = compute.cpu ? formatMillicores : formatBytes;
        if (needed > allowed)
          excess.push(`${resource}: the stack needs ${show(needed)}, the quota allows ${show(allowed)}`);
      } else if (resource === "persistentvolumeclaims" && usage.persistentVolumeClaims > Number(hard)) {
        excess.push(
          `persistentvolumeclaims: the stack makes ${usage.persistentVolumeClaims}, the quota allows ${hard}`,
        );
      } else if (resource === "requests.storage" && usage.requestsStorageBytes > parseQuantity(hard)) {
        excess.push(
          `requests.storage: the stack claims ${formatBytes(usage.requestsStorageBytes)}, the quota allows ${hard}`,
        );
      }
    }
    results.push(
      excess.length === 0
        ? ok(name, `the stack fits${scopes.length ? ` (${scopes.join(", ")})` : ""}`)
        : fail(
            name,
            excess.join("; "),
            `lower sizes.* in environments/${context.environment}.yaml, or set this namespace's real quota in ${PLATFORMS_FILE} (platform ${context.settings.platform}) and render again`,
          ),
    );
  }
  if (quotas.body!.items.length === 0) results.push(ok("quota", `${namespace} has no ResourceQuota`));

  const limitRanges = await read<{ items: Obj[] }>(context, `/api/v1/namespaces/${namespace}/limitranges`);
  if (limitRanges.status !== 200)
    return [...results, forbidden("limitrange", "list", "limitranges", namespace)];
  for (const range of limitRanges.body!.items) {
    const container = (range.spec?.limits ?? []).find((limit: Obj) => limit.type === "Container");
    const defaults = container?.default ?? {};
    const assumed = platform.quota.defaultLimit;
    const differs: string[] = [];
    if (defaults.cpu && toMillicores(defaults.cpu) !== assumed.cpuMillicores)
      differs.push(`default cpu ${defaults.cpu} (assumed ${formatMillicores(assumed.cpuMillicores)})`);
    if (defaults.memory && parseQuantity(defaults.memory) !== assumed.memoryBytes)
      differs.push(`default memory ${defaults.memory} (assumed ${formatBytes(assumed.memoryBytes)})`);
    const name = `limitrange/${range.metadata.name}`;
    results.push(
      differs.length === 0
        ? ok(name, "its container defaults are the ones render assumes")
        : fail(
            name,
            differs.join("; "),
            `set defaultLimit of platform ${context.settings.platform} in ${PLATFORMS_FILE} to the namespace's values and render again`,
          ),
    );
  }
  return results;
};
