// The Argo CD layer: an environment's AppProject and Application (manifests/argocd/<env>/) against their
// schemas (the strict layer) and against the overlay they deliver. Argo CD refuses to sync an object whose
// kind the project does not allow, and an Application aimed at another namespace or folder deploys the
// wrong thing; both only show in the Argo CD UI, after the merge.
import type { Finding, RenderedObject } from "./finding.ts";
import { errorEmitter } from "./finding.ts";
import { RULES } from "./rules.ts";
import { schemaFindings } from "./schema/index.ts";

const groupOf = (apiVersion: string): string => (apiVersion.includes("/") ? apiVersion.split("/")[0]! : "");

export async function argocdFindings(
  argocd: readonly RenderedObject[],
  overlayObjects: readonly RenderedObject[],
  overlay: string,
): Promise<Finding[]> {
  const findings = await schemaFindings(argocd, overlay);
  const emit = errorEmitter(findings, overlay);
  const namespace = overlayObjects.find((object) => object.metadata?.namespace)?.metadata.namespace;

  for (const application of argocd.filter((object) => object.kind === "Application")) {
    const project = argocd.find(
      (object) => object.kind === "AppProject" && object.metadata?.name === application.spec?.project,
    );
    if (!project) {
      emit(
        application,
        "argocd/project",
        "spec.project",
        `no AppProject ${application.spec?.project} beside it`,
        "Argo CD refuses an Application whose project does not exist",
        RULES["argocd/project"].fix,
      );
      continue;
    }
    const path = `manifests/overlays/${overlay}`;
    if (application.spec?.source?.path !== path) {
      emit(
        application,
        "argocd/source",
        "spec.source.path",
        `syncs ${application.spec?.source?.path}, not ${path}`,
        "the environment would run another environment's manifests",
        RULES["argocd/source"].fix,
      );
    }
    if (application.spec?.destination?.namespace !== namespace) {
      emit(
        application,
        "argocd/destination",
        "spec.destination.namespace",
        `deploys to ${application.spec?.destination?.namespace}, the overlay's objects are in ${namespace}`,
        "Argo CD would apply the overlay where nobody looks for it, or fail on the namespace mismatch",
        RULES["argocd/destination"].fix,
      );
    }
    const allowed = new Set(
      (project.spec?.namespaceResourceWhitelist ?? []).map(
        (entry: { group: string; kind: string }) => `${entry.group}/${entry.kind}`,
      ),
    );
    const missing = [
      ...new Set(
        overlayObjects.map((object) => `${groupOf(String(object.apiVersion))}/${String(object.kind)}`),
      ),
    ]
      .filter((kind) => !allowed.has(kind))
      .sort();
    if (missing.length > 0) {
      emit(
        project,
        "argocd/whitelist",
        "spec.namespaceResourceWhitelist",
        `does not allow ${missing.join(", ")}, which the overlay renders`,
        "Argo CD refuses to sync a resource kind its project does not permit",
        RULES["argocd/whitelist"].fix,
      );
    }
  }
  return findings;
}
