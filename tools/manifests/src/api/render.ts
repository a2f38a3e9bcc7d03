// Public API (@ckan-openshift/manifests/render): render the manifests tree, the gate's finding format, the
// generated docs and the repository's shell scripts (for the tools and tests that drive them).
export { renderWorkspace } from "../render.ts";
export { formatFindings } from "../gate/format.ts";
export { GENERATED_DOCS } from "../docs.ts";
export { shellScripts } from "../gate/linters/repository-files.ts";
