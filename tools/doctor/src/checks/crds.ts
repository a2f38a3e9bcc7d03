// Every kind the overlay uses is served by the cluster: the operators' and OpenShift's CRDs.
import { fail, ok, type Check } from "../check.ts";

/** Who provides each API group the overlays use, for the fix. */
const PROVIDERS: Record<string, string> = {
  "postgres-operator.crunchydata.com": "the Crunchy Postgres for Kubernetes operator (OperatorHub)",
  "postgresql.cnpg.io": "the CloudNativePG operator (OperatorHub)",
  "solr.apache.org": "the Apache Solr Operator",
  "zookeeper.pravega.io": "the ZooKeeper operator the Solr Operator installs",
  "bitnami.com": "the sealed-secrets controller",
  "external-secrets.io": "the External Secrets Operator",
  "route.openshift.io": "OpenShift (Routes exist only there)",
  "argoproj.io": "OpenShift GitOps",
};

export const crdCheck: Check = async (context) => {
  const kinds = new Map<string, string>();
  for (const object of context.objects) {
    const apiVersion = String(object.apiVersion);
    if (apiVersion.includes(".") && !/\.k8s\.io\//.test(apiVersion))
      kinds.set(`${apiVersion}/${String(object.kind)}`, apiVersion.split("/")[0]!);
  }
  if (kinds.size === 0) return [ok("kinds", "the overlay uses only built-in kinds")];
  return [...kinds].sort().map(([kind, group]) => {
    const [, , name] = kind.split("/");
    const served = context.discovery.collection({
      apiVersion: kind.slice(0, kind.lastIndexOf("/")),
      kind: name,
    });
    return served
      ? ok(`kind/${name}`, `${kind.slice(0, kind.lastIndexOf("/"))} is served`)
      : fail(
          `kind/${name}`,
          `the overlay has a ${name} (${kind.slice(0, kind.lastIndexOf("/"))}) and the cluster serves none`,
          `install ${PROVIDERS[group] ?? `the operator that provides ${group}`}, or choose another provider in environments/${context.environment}.yaml`,
        );
  });
};
