// PostgreSQL's name and component, shared by every Postgres provider (postgres.ts's StatefulSet, Crunchy,
// CloudNativePG) and by the backup tool that finds its pods.
export const POSTGRES_IDENTITY = { name: "postgres", component: "database" } as const;
