// Public API (@ckan-openshift/manifests/stack): what the stack is made of — names, services, layouts,
// base images, versions, platforms, labels, the GitOps repository — for the tools that operate on it.
export { BASE_IMAGES, CKAN_IMAGE, NAMES, PART_OF, POSTGRES_LAYOUT, SERVICES } from "../config/layout.ts";
export {
  IMAGE_SOURCE_ARG,
  parseVersionsFile,
  readCkanInstallerPins,
  readVersions,
  type ImageName,
} from "../config/versions.ts";
export { PLATFORMS, type Platform, type PlatformName, type QuotaScope } from "../config/platforms.ts";
export { GITOPS } from "../config/gitops.ts";
export { labels } from "../lib/labels.ts";
