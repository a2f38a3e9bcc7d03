// The Secrets the stack references exist with every key the catalog lists. Only key names are read:
// values are dropped as soon as the answer is parsed, and never printed.
import { SECRETS, secretsNeededBy } from "@ckan-openshift/manifests/secrets";
import { fail, forbidden, ok, read, type Check, type Result } from "../check.ts";

export const secretCheck: Check = async (context) => {
  const namespace = context.settings.namespace;
  const results: Result[] = [];
  for (const id of secretsNeededBy(context.settings)) {
    const spec = SECRETS[id];
    const check = `secret/${spec.name}`;
    const found = await read<{ data?: Record<string, string> }>(
      context,
      `/api/v1/namespaces/${namespace}/secrets/${spec.name}`,
    );
    if (found.status === 403) {
      results.push(forbidden(check, "get", "secrets", namespace));
      continue;
    }
    const present = new Set(Object.keys(found.body?.data ?? {}));
    const missing = Object.keys(spec.keys).filter((key) => !present.has(key));
    if (found.status === 404)
      results.push(
        fail(
          check,
          "missing",
          `npm run secrets -- ${context.environment} (or let Argo CD sync the environment's SealedSecrets)`,
        ),
      );
    else if (missing.length > 0)
      results.push(
        fail(
          check,
          `missing key(s) ${missing.join(", ")}`,
          `npm run secrets -- ${context.environment}: it adds a missing key, or says which Secret to delete when other values were made from it`,
        ),
      );
    else results.push(ok(check, `${present.size} key(s), all the catalog lists`));
  }
  return results;
};
