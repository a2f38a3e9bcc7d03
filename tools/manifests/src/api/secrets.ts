// Public API (@ckan-openshift/manifests/secrets): the catalog of the stack's secrets (who needs which,
// how each value is made) and the SealedSecret model the secrets tool writes.
export {
  EXTERNAL_SECRETS,
  SECRETS,
  secretsNeededBy,
  type SecretName,
  type ValueRecipe,
} from "../secrets-catalog.ts";
export { SealedSecret } from "../generated/crd-models/bitnami.com/v1alpha1/SealedSecret.js";
