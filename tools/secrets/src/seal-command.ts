// npm run secrets -- seal --env <environment> --cert <controller.pem> [--out <dir>] [--rotate]
// Writes the catalog's Secrets as SealedSecrets (kubeseal-compatible, strict scope) into
// manifests/overlays/<environment>/sealed-secrets/ with a kustomization.yaml listing them, for Argo CD to
// apply and the cluster's sealed-secrets controller to unseal. Keys already sealed keep their ciphertext
// unless --rotate. Values are never printed nor written in the clear. Returns the exit code; usage errors
// and failures are thrown, for cli.ts's runCommand to word.
import path from "node:path";
import { checkEnvironmentName, loadSettings } from "@ckan-openshift/manifests/settings";
import {
  parseCommandLine,
  UsageError,
  workspaceHelp,
  WORKSPACE_OPTION,
} from "@ckan-openshift/manifests/command-line";
import { SECRETS, secretsNeededBy } from "@ckan-openshift/manifests/secrets";
import { ROTATE_WARNING, shown, summary } from "./cli-output.ts";
import { SecretsError } from "./errors.ts";
import { sealSecrets, type SealConflict } from "./seal.ts";
import { readSealingKey } from "./seal-crypto.ts";
import {
  readSealedSecrets,
  sealedFileName,
  sealedSecretsDirectory,
  writeSealedSecrets,
} from "./store-sealed.ts";

const USAGE = `usage: npm run secrets -- seal --env <environment> --cert <controller.pem> [options]

  --env <environment>   the settings file environments/<environment>.yaml (its namespace is sealed into each value)
  --cert <file>         the sealed-secrets controller's public certificate (PEM), from \`kubeseal --fetch-cert\`
  --out <dir>           where to write (default: manifests/overlays/<environment>/sealed-secrets)
  --rotate              seal every value anew (default: keys already sealed there keep their ciphertext)
${workspaceHelp(24)}
  -h, --help            this help`;

const COMMAND = {
  usage: USAGE,
  options: {
    env: { type: "string" },
    cert: { type: "string" },
    out: { type: "string" },
    rotate: { type: "boolean", default: false },
    ...WORKSPACE_OPTION,
  },
} as const;

export async function sealCommand(args: readonly string[]): Promise<number> {
  const { values: flags } = parseCommandLine(args, COMMAND);
  const { env: environment, cert } = flags;
  if (!environment) throw new UsageError("--env is missing", USAGE);
  checkEnvironmentName(environment, USAGE);
  if (!cert) throw new UsageError("--cert is missing", USAGE);

  const workspaceRoot = path.resolve(flags.workspace);
  const directory = flags.out ? path.resolve(flags.out) : sealedSecretsDirectory(workspaceRoot, environment);
  const settings = await loadSettings(workspaceRoot, environment);
  const { namespace } = settings;
  const ids = secretsNeededBy(settings);
  const catalog = ids.map((id) => ({ id, name: SECRETS[id].name }));
  const publicKey = await readSealingKey(cert);
  const existing = await readSealedSecrets(directory, namespace, catalog);
  const result = sealSecrets({
    namespace,
    publicKey,
    existing,
    rotate: flags.rotate,
    ids,
  });
  if (!result.secrets) throw conflictError(result.conflicts, directory);

  if (flags.rotate) console.error(ROTATE_WARNING);
  const changed = result.secrets.filter((secret) => secret.outcome !== "kept");
  await writeSealedSecrets(
    directory,
    changed,
    result.secrets.map((secret) => secret.name),
  );

  console.log(`SealedSecrets for ${environment} (namespace ${namespace}, ${shown(directory)}${path.sep}):`);
  const entries = result.secrets.map((secret) => ({
    name: secret.name,
    outcome: secret.outcome,
    keys: Object.keys(secret.sealed.spec.encryptedData),
    added: secret.sealedKeys,
  }));
  console.log(summary(entries, " Commit the files: they hold ciphertext only."));
  return 0;
}

function conflictError(conflicts: readonly SealConflict[], directory: string): SecretsError {
  const name = (id: keyof typeof SECRETS) => SECRETS[id].name;
  const involved = [...new Set(conflicts.flatMap((c) => [name(c.secret), name(c.source.secret)]))].sort();
  return new SecretsError(
    `a sealed value cannot be read back to compose another: ${conflicts
      .map(
        (c) =>
          `${name(c.secret)} ${c.key} is made from ${name(c.source.secret)} ${c.source.key}, and only one of them is sealed`,
      )
      .join("; ")}`,
    `delete ${involved.map((secret) => shown(path.join(directory, sealedFileName(secret)))).join(" and ")} to seal them anew together, or run with --rotate (a running stack then needs the steps of "Rotation" in tools/secrets/README.md)`,
  );
}
