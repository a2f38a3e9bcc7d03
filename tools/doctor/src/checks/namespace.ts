// The namespace exists and the user works in it.
import { fail, ok, read, type Check } from "../check.ts";

export const namespaceCheck: Check = async (context) => {
  const namespace = context.settings.namespace;
  const found = await read(context, `/api/v1/namespaces/${namespace}`);
  if (found.status === 200) return [ok("namespace", `${namespace} exists`)];
  if (found.status === 404)
    return [
      fail(
        "namespace",
        `${namespace} does not exist`,
        `oc new-project ${namespace} (or fix namespace: in environments/${context.environment}.yaml)`,
      ),
    ];
  // Many users may not read Namespace objects; listing pods in it says whether it exists for them.
  const pods = await read(context, `/api/v1/namespaces/${namespace}/pods?limit=1`);
  if (pods.status === 200) return [ok("namespace", `${namespace} is open to your user`)];
  return [
    fail(
      "namespace",
      `${namespace} does not exist or your user has no access to it`,
      `oc project ${namespace} to check; ask for edit access, or fix namespace: in environments/${context.environment}.yaml`,
    ),
  ];
};
