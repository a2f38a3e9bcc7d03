// The server layer of the gate (`npm run validate -- --server`): every rendered object is sent to a real
// API server as a server-side apply with dryRun=All and strict field validation. The server's own
// schemas, CRD validation and CEL rules, and its admission chain (Pod Security, quota, policies) decide;
// nothing is stored. Each refusal or warning becomes a finding on that object.
import { call, type Connection, type Discovery } from "../lib/kube-api.ts";
import type { Finding, RenderedObject } from "./finding.ts";
import { objectName } from "./finding.ts";
import { EXTERNAL_RULES, externalRule, RULES, type RuleId } from "./rules.ts";

const WHY =
  "the API server is what OpenShift runs: its schemas, CRD rules and admission refuse this object at sync time";

/** Server-side dry-run apply of each object; `namespace` for objects the overlay left without one. */
export async function serverFindings(
  connection: Connection,
  discovery: Discovery,
  objects: readonly RenderedObject[],
  overlay: string,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const finding = (
    object: RenderedObject,
    rule: RuleId,
    message: string,
    fix: string,
    severity: Finding["severity"] = "error",
  ) =>
    findings.push({ rule, severity, overlay, object: objectName(object), path: "", message, why: WHY, fix });
  const namespaces = [...new Set(objects.map((object) => object.metadata?.namespace as string | undefined))];
  for (const namespace of namespaces.filter((name): name is string => Boolean(name))) {
    const found = await call(connection, "GET", `/api/v1/namespaces/${encodeURIComponent(namespace)}`);
    if (found.status === 404) {
      finding(
        { kind: "Namespace", metadata: { name: namespace } },
        "server/namespace-missing",
        `namespace ${namespace} does not exist on ${connection.server}: nothing of ${overlay} was checked`,
        `create it first (oc new-project ${namespace}), or point KUBECONFIG/--context at the cluster that has it`,
      );
      return findings;
    }
  }
  await Promise.all(
    objects.map(async (object) => {
      const collection = discovery.collection(object);
      if (!collection) {
        finding(
          object,
          "server/unknown-kind",
          `the server serves no ${String(object.apiVersion)} ${String(object.kind)}`,
          RULES["server/unknown-kind"].fix,
        );
        return;
      }
      const namespace = object.metadata?.namespace as string | undefined;
      const base = collection.namespaced
        ? collection.path.replace(/\/([^/]+)$/, `/namespaces/${namespace ?? "default"}/$1`)
        : collection.path;
      const url = `${base}/${encodeURIComponent(String(object.metadata?.name))}?dryRun=All&fieldManager=ckan-validate&fieldValidation=Strict&force=true`;
      const response = await call(
        connection,
        "PATCH",
        url,
        JSON.stringify(object),
        "application/apply-patch+yaml",
      );
      if (response.status >= 300) {
        const status = (() => {
          try {
            return JSON.parse(response.body) as { reason?: string; message?: string };
          } catch {
            return { message: response.body.slice(0, 300) };
          }
        })();
        finding(
          object,
          externalRule("server", (status.reason ?? "refused").toLowerCase()),
          status.message ?? `HTTP ${response.status}`,
          EXTERNAL_RULES.server.fix,
        );
      }
      for (const warning of response.warnings)
        finding(
          object,
          "server/warning",
          warning,
          RULES["server/warning"].fix,
          /PodSecurity/.test(warning) ? "error" : "warning",
        );
    }),
  );
  return findings;
}
