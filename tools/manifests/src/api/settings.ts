// Public API (@ckan-openshift/manifests/settings): an environment's settings file, its image pins and its
// sealed secrets, as the generator reads them.
export {
  loadSettings,
  parseSettings,
  SettingsError,
  type SettingsProblem,
} from "../settings/load-settings.ts";
export type { EnvironmentSettings } from "../settings/environment-settings.ts";
export {
  COMPONENT_API_VERSION,
  IMAGE_DIGEST,
  imagePinsPath,
  loadImagePins,
  PIN_FIXES,
  pinFieldProblems,
  type ImagePin,
} from "../settings/image-pins.ts";
export { IMAGE_MIRROR, mirrorImage } from "../lib/image-reference.ts";
export { sealedSecretsPath } from "../settings/sealed-secrets.ts";
export { checkEnvironmentName } from "../environments/environment-files.ts";
