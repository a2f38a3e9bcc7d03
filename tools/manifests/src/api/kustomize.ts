// Public API (@ckan-openshift/manifests/kustomize): build an overlay with kustomize, split YAML streams.
export { kustomizeBuild } from "../kustomize.ts";
export { yamlDocuments } from "../emit/yaml.ts";
