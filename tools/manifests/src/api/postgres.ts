// Public API (@ckan-openshift/manifests/postgres): how to find PostgreSQL's pods and where each provider
// (StatefulSet, Crunchy, CloudNativePG) keeps its data, for the backup tool.
export { POSTGRES_IDENTITY } from "../components/postgres-identity.ts";
export { CRUNCHY_LAYOUT } from "../components/postgres-crunchy.ts";
export { CNPG_LAYOUT } from "../components/postgres-cnpg.ts";
