// Where Argo CD reads this repository from and where it applies it. The repository URL is set once
// here (a fork changes it here); each environment picks its Argo CD namespace and revision in its
// settings (`gitops:` in environments/<env>.yaml), defaulting to the values below.

export const GITOPS = {
  /** The git repository every Application and the AppProject's `sourceRepos` name. */
  repositoryUrl: "https://github.com/ckan-openshift/ckan-openshift-gitops.git",
  /** The branch Argo CD follows unless an environment's settings say otherwise. */
  defaultTargetRevision: "main",
  /** OpenShift GitOps' default instance; a team's own (namespace-scoped) instance lives elsewhere. */
  defaultArgocdNamespace: "openshift-gitops",
  /** The cluster Argo CD runs in: each environment's Argo CD deploys to its own cluster. */
  destinationServer: "https://kubernetes.default.svc",
  /** Where the rendered overlays live in the repository (an Application's `source.path` is below it). */
  overlaysPath: "manifests/overlays",
} as const;
