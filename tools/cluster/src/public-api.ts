// Public API of @ckan-openshift/cluster (the package's only entry, "."): apply objects to the test
// cluster and mimic an OpenShift project's limits, for the doctor's cluster test.
export { apply } from "./kube.ts";
export { platformLimits, project } from "./openshift-like.ts";
