// `npm run e2e -- --external`: the sandbox rendered with `postgres`, `solr` and `redis` all `provider:
// external`, pointing at real servers on other addresses and ports than the in-cluster Services', and
// started as an operator would provide them: a PostgreSQL that requires TLS with the databases and roles
// docs/environments.md lists (made by the postgres image's own init scripts), a password-protected Redis,
// a Solr with CKAN's core. The overlay renders none of them and no Service for them, so nothing resolves
// `postgres`, `redis` or `solr` here: a URL still naming one fails.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { EXTERNAL_SECRETS, SECRETS } from "@ckan-openshift/manifests/secrets";
import { POSTGRES_LAYOUT } from "@ckan-openshift/manifests/stack";
import { Supervisor, waitFor } from "./processes.ts";
import { startPostgres, startSolr, type Paths } from "./services.ts";

const run = promisify(execFile);

/** Where the "external" servers listen: loopback addresses and ports no Service of the stack uses. */
export const EXTERNAL = {
  postgres: { host: "127.0.0.21", port: 5433 },
  redis: { host: "127.0.0.22", port: 6380, database: 2 },
  solr: { host: "127.0.0.23", port: 8984, path: "/solr/ckan" },
} as const;

/** What the environment's settings say (appended to a scratch copy of environments/sandbox.yaml). */
export const EXTERNAL_SETTINGS = `
# npm run e2e -- --external (tools/e2e/src/external-services.ts)
postgres:
  provider: external
  external: { host: ${EXTERNAL.postgres.host}, port: ${EXTERNAL.postgres.port}, sslMode: require }
solr:
  provider: external
  external:
    { host: ${EXTERNAL.solr.host}, port: ${EXTERNAL.solr.port}, tls: false, path: ${EXTERNAL.solr.path}, basicAuth: false }
redis:
  provider: external
  external: { host: ${EXTERNAL.redis.host}, port: ${EXTERNAL.redis.port}, tls: false, database: ${EXTERNAL.redis.database} }
`;

/** URL-safe, as the catalog asks of the passwords an administrator provides. */
const password = () => randomBytes(24).toString("base64url");

/** The credentials the external services' administrators hand over, as the Secrets they go in. */
export function providedSecrets(): Map<string, Record<string, string>> {
  return new Map<string, Record<string, string>>([
    [EXTERNAL_SECRETS.postgres, { CKAN_DB_PASSWORD: password(), DATASTORE_READONLY_PASSWORD: password() }],
    [EXTERNAL_SECRETS.redis, { REDIS_PASSWORD: password() }],
  ]);
}

/** The Secrets only their administrators know, written into the secrets tool's store before it runs. */
export async function writeProvidedSecrets(
  secretsDirectory: string,
  provided: ReadonlyMap<string, Record<string, string>>,
): Promise<void> {
  if (provided.size === 0) return;
  await mkdir(secretsDirectory, { recursive: true, mode: 0o700 });
  for (const [name, values] of provided) {
    const known = Object.values(SECRETS).find((secret) => secret.name === name);
    if (!known) throw new Error(`${name} is not in the secrets catalog`);
    const lines = Object.entries(values).map(([key, value]) => `${key}=${value}\n`);
    await writeFile(path.join(secretsDirectory, `${name}.env`), lines.join(""), { mode: 0o600 });
  }
}

/** The sandbox's settings with PostgreSQL, Solr and Redis external, at EXTERNAL's addresses. */
export const withExternalServices = (text: string) => `${text}${EXTERNAL_SETTINGS}`;

/** A self-signed certificate for the PostgreSQL server, readable only by its user. */
async function serverCertificate(paths: Paths): Promise<{ cert: string; key: string }> {
  const dir = path.join(paths.scratch, "postgres-tls");
  await mkdir(dir, { recursive: true });
  const cert = path.join(dir, "server.crt");
  const key = path.join(dir, "server.key");
  await run("openssl", [
    ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
    ...["-subj", `/CN=${EXTERNAL.postgres.host}`, "-keyout", key, "-out", cert],
  ]);
  if (process.getuid?.() === 0) {
    const uid = Number((await run("id", ["-u", "postgres"])).stdout.trim());
    for (const file of [dir, cert, key]) await chown(file, uid, 0);
  }
  return { cert, key };
}

/**
 * The three servers as their administrators would run them. PostgreSQL accepts only TLS connections
 * (`hostssl`), so the rendered `sslmode=require` is proven used; its databases and roles are what the
 * postgres image's init scripts make, the layout docs/environments.md asks an administrator for.
 */
export async function startExternalServices(
  supervisor: Supervisor,
  paths: Paths,
  venv: string,
  provided: ReadonlyMap<string, Record<string, string>>,
): Promise<void> {
  const postgres = provided.get(EXTERNAL_SECRETS.postgres)!;
  const redisPassword = provided.get(EXTERNAL_SECRETS.redis)!.REDIS_PASSWORD!;
  const { cert, key } = await serverCertificate(paths);
  const redisDir = path.join(paths.scratch, "redis");
  await mkdir(redisDir, { recursive: true });
  await Promise.all([
    startPostgres(
      supervisor,
      paths,
      {
        workload: "the external PostgreSQL",
        env: {
          POSTGRES_PASSWORD: password(),
          CKAN_DB_USER: POSTGRES_LAYOUT.ckanUser,
          CKAN_DB: POSTGRES_LAYOUT.ckanDatabase,
          DATASTORE_DB: POSTGRES_LAYOUT.datastoreDatabase,
          DATASTORE_READONLY_USER: POSTGRES_LAYOUT.datastoreReadonlyUser,
          XLOADER_DB: POSTGRES_LAYOUT.xloaderDatabase,
          CKAN_DB_PASSWORD: postgres.CKAN_DB_PASSWORD!,
          DATASTORE_READONLY_PASSWORD: postgres.DATASTORE_READONLY_PASSWORD!,
        },
      },
      EXTERNAL.postgres.port,
      {
        address: EXTERNAL.postgres.host,
        serverArgs: ["-c", "ssl=on", "-c", `ssl_cert_file=${cert}`, "-c", `ssl_key_file=${key}`],
        hba: "local all all trust\nhostssl all all 127.0.0.0/8 scram-sha-256\n",
      },
    ),
    (async () => {
      const { host, port } = EXTERNAL.redis;
      supervisor.start(
        "redis",
        "redis-server",
        [
          ...["--port", String(port), "--bind", host, "--requirepass", redisPassword],
          ...["--save", "", "--appendonly", "no", "--dir", redisDir],
        ],
        { env: { PATH: process.env.PATH ?? "" } },
      );
      await waitFor("the external Redis to answer PING", 30, async () => {
        const { stdout } = await run("redis-cli", ["-h", host, "-p", String(port), "ping"], {
          env: { ...process.env, REDISCLI_AUTH: redisPassword },
        });
        return stdout.trim() === "PONG" ? true : undefined;
      });
    })(),
    startSolr(
      supervisor,
      paths,
      venv,
      EXTERNAL.solr.port,
      `${EXTERNAL.solr.path}/admin/ping`,
      EXTERNAL.solr.host,
    ),
  ]);
}
