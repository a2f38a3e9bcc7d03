// What Argo CD needs to deliver one environment: an AppProject that allows exactly this repository, this
// environment's namespace and the kinds the stack renders, and an Application that syncs the environment's
// overlay. Each environment gets its own pair (manifests/argocd/<env>/): environments live on different
// clusters and Argo CD instances, so a project listing every environment would grant each instance
// namespaces it has no business with.
import type { KubernetesObject } from "../components/component.ts";
import { GITOPS } from "../config/gitops.ts";
import { MANAGED_BY, PART_OF } from "../config/layout.ts";
import { applicationName } from "../lib/argocd.ts";
import { AppProject } from "../generated/crd-models/argoproj.io/v1alpha1/AppProject.js";
import { Application } from "../generated/crd-models/argoproj.io/v1alpha1/Application.js";
import type { EnvironmentSettings } from "../settings/environment-settings.ts";

export interface DeliveredEnvironment {
  readonly name: string;
  readonly settings: EnvironmentSettings;
}

/** `group` and `kind` of every object, without duplicates, sorted: the project's whitelist. */
export function resourceKinds(objects: readonly TypedObject[]): { group: string; kind: string }[] {
  const kinds = new Map<string, { group: string; kind: string }>();
  for (const { apiVersion, kind } of objects) {
    const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
    kinds.set(`${group}/${kind}`, { group, kind });
  }
  return [...kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value);
}

const labels = {
  "app.kubernetes.io/part-of": PART_OF,
  "app.kubernetes.io/managed-by": MANAGED_BY,
};

/** What the whitelist needs of an object: its API version and kind. */
type TypedObject = Pick<KubernetesObject, "apiVersion" | "kind">;

/** `overlayObjects`: every object the environment's overlay applies. */
export function appProject(
  environment: DeliveredEnvironment,
  overlayObjects: readonly TypedObject[],
): AppProject {
  const { namespace, gitops } = environment.settings;
  return new AppProject({
    metadata: { name: applicationName(environment.name), namespace: gitops.argocdNamespace, labels },
    spec: {
      description: `CKAN in ${namespace}, from ${GITOPS.overlaysPath}/${environment.name}`,
      sourceRepos: [GITOPS.repositoryUrl],
      destinations: [{ server: GITOPS.destinationServer, namespace }],
      // Nothing cluster-scoped: the namespace is provisioned (and labelled) by the platform team.
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: resourceKinds(overlayObjects),
    },
  });
}

/** Fields the cluster writes into objects rendered from git, which Argo CD must neither diff nor overwrite. */
function ignoredDifferences(settings: EnvironmentSettings) {
  const bundle = settings.trustedCaBundle;
  // OpenShift's Cluster Network Operator fills the labelled ConfigMap with the cluster's trusted CAs.
  return bundle?.injectOpenShiftTrustedBundle
    ? [{ group: "", kind: "ConfigMap", name: bundle.configMap, jsonPointers: ["/data"] }]
    : [];
}

export function application(environment: DeliveredEnvironment): Application {
  const { namespace, gitops } = environment.settings;
  const name = applicationName(environment.name);
  return new Application({
    metadata: { name, namespace: gitops.argocdNamespace, labels },
    spec: {
      project: name,
      source: {
        repoURL: GITOPS.repositoryUrl,
        targetRevision: gitops.targetRevision,
        path: `${GITOPS.overlaysPath}/${environment.name}`,
      },
      destination: { server: GITOPS.destinationServer, namespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: [
          // Deletions wait until everything else is applied and healthy.
          "PruneLast=true",
          // ignoreDifferences then also keeps a sync from overwriting those fields (argo-cd#6520).
          "RespectIgnoreDifferences=true",
        ],
        // A first sync waits on databases and the bootstrap Job; a transient failure retries instead of
        // leaving the application failed until the next commit.
        retry: { limit: 5, backoff: { duration: "30s", factor: 2, maxDuration: "5m" } },
      },
      // Every other field Argo CD diffs is rendered from git. The Route's host, the usual exception (the
      // router fills in an unset host, argo-cd#20305), is always set from the settings' `host`, because
      // CKAN's site URL must equal it.
      ...(ignoredDifferences(environment.settings).length > 0
        ? { ignoreDifferences: ignoredDifferences(environment.settings) }
        : {}),
    },
  });
}
