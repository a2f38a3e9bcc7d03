// The cluster store: reads and applies the Secrets with `oc` (or `kubectl`). Values travel only on
// stdin and stdout, never in argv, so they never show in `ps`; error messages are redacted.
import { spawn } from "node:child_process";
import { Secret } from "kubernetes-models/v1/Secret";
import YAML from "yaml";
import { $, which } from "zx";
import { PART_OF } from "@ckan-openshift/manifests/stack";
import type { SecretName } from "@ckan-openshift/manifests/secrets";
import { SecretsError } from "./errors.ts";
import type { ExistingSecrets, SecretValues } from "./generate.ts";
import { redact } from "./redact.ts";

/** The managed-by label and the server-side apply field manager of every Secret this tool writes. */
export const MANAGED_BY = "ckan-openshift-secrets";

export interface Cluster {
  /** `oc` or `kubectl`. */
  readonly tool: string;
  readonly namespace: string;
  /** `--context`; absent means the current context. */
  readonly context?: string;
}

/** `oc` if it is on PATH, else `kubectl`. */
export async function findClusterTool(): Promise<string> {
  for (const tool of ["oc", "kubectl"]) {
    if (await which(tool, { nothrow: true })) return tool;
  }
  throw new SecretsError(
    "neither oc nor kubectl is on PATH",
    "install `oc` (OpenShift web console: ? menu → Command Line Tools) and `oc login`, or use --dry-run",
  );
}

/** The Secret object to apply: typed, validated, labelled, values base64 in `data`. */
export function secretManifest(name: string, namespace: string, values: SecretValues): Secret {
  const secret = new Secret({
    metadata: {
      name,
      namespace,
      labels: { "app.kubernetes.io/part-of": PART_OF, "app.kubernetes.io/managed-by": MANAGED_BY },
    },
    type: "Opaque",
    data: Object.fromEntries(
      Object.keys(values)
        .sort()
        .map((key) => [key, Buffer.from(values[key]!, "utf8").toString("base64")]),
    ),
  });
  secret.validate();
  return secret;
}

/** Multi-document YAML of the Secrets, in the given order. */
export function secretsYaml(secrets: readonly Secret[]): string {
  return secrets.map((secret) => YAML.stringify(secret.toJSON())).join("---\n");
}

const globalFlags = (cluster: Cluster) => [
  ...(cluster.context ? ["--context", cluster.context] : []),
  "--request-timeout=30s",
];

/** The likely fix for a failing `oc`/`kubectl` call, by its error output; the first match wins. */
const FIXES: readonly { readonly pattern: RegExp; readonly fix: (cluster: Cluster) => string }[] = [
  {
    pattern: /Unauthorized|must be logged in|provide credentials|token has expired/i,
    fix: ({ tool }) =>
      tool === "oc"
        ? 'log in with `oc login` (the web console\'s "Copy login command"), or pass --context'
        : "refresh the credentials of your kubeconfig context, or pass --context",
  },
  {
    pattern: /context .*(not found|does not exist)/i,
    fix: ({ tool }) => `pass a context that \`${tool} config get-contexts\` lists`,
  },
  {
    pattern: /Forbidden/,
    fix: ({ namespace }) =>
      `check that namespace ${namespace} (from the environment's settings) is your project and that you may manage Secrets in it`,
  },
  {
    pattern: /Unable to connect|connection refused|was refused|no such host|i\/o timeout|Client\.Timeout/i,
    fix: ({ tool }) =>
      `check that the cluster is reachable (\`${tool === "oc" ? "oc whoami --show-server" : "kubectl cluster-info"}\`)`,
  },
];

/** Reads the Secrets that exist (decoding `data`); a NotFound answer means that Secret does not exist yet. */
export async function readClusterSecrets(
  cluster: Cluster,
  secrets: readonly { readonly id: SecretName; readonly name: string }[],
): Promise<ExistingSecrets> {
  const found = await Promise.all(
    secrets.map(async ({ id, name }) => {
      const args = [...globalFlags(cluster), "get", "secret", name, "-n", cluster.namespace, "-o", "json"];
      const result = await $({ quiet: true, nothrow: true })`${cluster.tool} ${args}`;
      if (result.exitCode !== 0) {
        if (/\(NotFound\)/.test(result.stderr)) return undefined;
        throw clusterError(cluster, `${cluster.tool} get secret ${name}`, result.stderr, []);
      }
      return [id, decodeSecret(result.stdout, name, cluster)] as const;
    }),
  );
  return Object.fromEntries(found.filter((entry) => entry !== undefined));
}

function decodeSecret(json: string, name: string, cluster: Cluster): SecretValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  if (!Secret.is(parsed)) {
    throw new SecretsError(
      `${cluster.tool} get secret ${name} did not answer with a Secret`,
      `check that \`${cluster.tool}\` is a working ${cluster.tool} CLI`,
    );
  }
  return Object.fromEntries(
    Object.entries(parsed.data ?? {}).map(([key, value]) => [
      key,
      Buffer.from(value, "base64").toString("utf8"),
    ]),
  );
}

/**
 * Creates or replaces the Secrets in one server-side apply. Server-side, because client-side apply copies
 * the whole object, values included, into the last-applied-configuration annotation
 * (https://github.com/kubernetes/kubernetes/issues/23564); --force-conflicts, because this tool owns them.
 */
export async function applySecrets(
  cluster: Cluster,
  secrets: readonly { readonly name: string; readonly values: SecretValues }[],
): Promise<void> {
  if (secrets.length === 0) return;
  const manifests = secrets.map(({ name, values }) => secretManifest(name, cluster.namespace, values));
  const args = [
    ...globalFlags(cluster),
    "apply",
    "--server-side",
    `--field-manager=${MANAGED_BY}`,
    "--force-conflicts",
    "-n",
    cluster.namespace,
    "-f",
    "-",
  ];
  const result = await runWithInput(cluster.tool, args, secretsYaml(manifests));
  if (result.exitCode !== 0) {
    const values = secrets.flatMap((secret) => Object.values(secret.values));
    throw clusterError(
      cluster,
      `${cluster.tool} apply of ${secrets.map((s) => s.name).join(", ")}`,
      result.stderr,
      values,
    );
  }
}

/**
 * Runs the tool with `input` on stdin. A tool that exits without reading it all (it failed first) closes
 * the pipe: that is its failure to report, by its exit code and stderr, not an error of this process.
 */
function runWithInput(
  program: string,
  args: readonly string[],
  input: string,
): Promise<{ exitCode: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdin.on("error", () => undefined);
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stderr }));
    child.stdin.end(input);
  });
}

/** One line: what failed, the tool's first error line (values masked), and the likely fix. */
function clusterError(
  cluster: Cluster,
  what: string,
  stderr: string,
  values: readonly string[],
): SecretsError {
  const lines = stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // kubectl logs retries as klog lines (`E1125 21:28:17.927 …`) before its own error line.
  const own = lines.filter((line) => !/^[EIW]\d{4} /.test(line));
  const detail = redact(
    own.find((line) => /^(error:|Error from server)/i.test(line)) ??
      own.at(-1) ??
      lines.at(-1) ??
      "no error output",
    values,
  );
  const fix =
    FIXES.find(({ pattern }) => pattern.test(stderr))?.fix(cluster) ??
    `check your access with \`${cluster.tool} auth can-i create secrets -n ${cluster.namespace}\``;
  return new SecretsError(`${what} failed: ${detail}`, fix);
}
