// Public API of @ckan-openshift/secrets (the package's only entry, "."): read and write an environment's
// secret values, on disk and in the cluster, and explain the tool's failures — for backup and e2e.
export { explainFailure, shown } from "./cli-output.ts";
export type { SecretValues } from "./generate.ts";
export { applySecrets, findClusterTool, readClusterSecrets, type Cluster } from "./store-cluster.ts";
export {
  formatEnvFile,
  parseEnvFile,
  readSecretFiles,
  secretsDirectory,
  writeSecretFiles,
} from "./store-files.ts";
