// Secrets an operator creates from an object in the overlay, so a pod may reference them although no
// manifest holds them. Each rule is the operator's documented naming.
import type { RenderedObject } from "./finding.ts";

type Rule = (object: RenderedObject) => string[];

const RULES: Record<string, Rule> = {
  // Crunchy PGO v5: one `<cluster>-pguser-<user>` Secret per spec.users entry.
  // @see https://access.crunchydata.com/documentation/postgres-operator/latest/tutorials/basic-setup/user-management
  "postgres-operator.crunchydata.com/PostgresCluster": (cluster) =>
    ((cluster.spec?.users ?? []) as { name: string }[]).map(
      (user) => `${cluster.metadata.name}-pguser-${user.name}`,
    ),
  // CloudNativePG: `<cluster>-app` for the initdb owner and `<cluster>-superuser`.
  // @see https://cloudnative-pg.io/documentation/current/applications/#secrets
  "postgresql.cnpg.io/Cluster": (cluster) => [
    `${cluster.metadata.name}-app`,
    `${cluster.metadata.name}-superuser`,
  ],
};

export function operatorGeneratedSecrets(objects: readonly RenderedObject[]): string[] {
  return objects.flatMap((object) => {
    const group = String(object.apiVersion ?? "").split("/")[0];
    return RULES[`${group}/${String(object.kind)}`]?.(object) ?? [];
  });
}
