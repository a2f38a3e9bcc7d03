// The transport for a real namespace: every step is an `oc` (or `kubectl`) command with the user's own
// login. Scripts run with `exec` in the pods, their data streamed through stdin and stdout, so backups
// land on the user's machine; Secrets go through the secrets tool's cluster store (values on stdin and
// stdout only). The bootstrap Job is the one in the environment's rendered overlay, as Argo CD creates it.
import { spawn } from "node:child_process";
import { Readable, type Writable } from "node:stream";
import { NAMES } from "@ckan-openshift/manifests/stack";
import { SECRETS, type SecretName } from "@ckan-openshift/manifests/secrets";
import { applySecrets, type Cluster, readClusterSecrets, type SecretValues } from "@ckan-openshift/secrets";
import { BackupError } from "./errors.ts";
import {
  databasePod,
  WEB_POD,
  WEB_WORKLOAD,
  WRITER_CRONJOBS,
  WRITER_DEPLOYMENTS,
  type PodLocator,
  type PostgresProvider,
} from "./targets.ts";
import type { ExecIo, PodRole, Transport } from "./transport.ts";

export interface OcTarget extends Cluster {
  readonly provider: PostgresProvider;
  /** The environment's rendered objects (kustomize build of manifests/overlays/<environment>). */
  readonly objects: readonly Record<string, unknown>[];
}

/** The argv of one `oc` call in the target's namespace (and context). */
export function ocArgs(target: Cluster, args: readonly string[]): string[] {
  return [...(target.context ? ["--context", target.context] : []), "-n", target.namespace, ...args];
}

interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the cluster tool; stdout is collected unless `output` takes it. Never throws on exit codes. */
function runTool(target: Cluster, args: readonly string[], io: ExecIo = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(target.tool, ocArgs(target, args), { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.on("error", (error) =>
      reject(new BackupError(`cannot run ${target.tool}: ${error.message}`, "install `oc` and `oc login`")),
    );
    if (io.output) child.stdout.pipe(io.output as Writable, { end: false });
    else child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-8000)));
    if (io.input) io.input.pipe(child.stdin);
    else child.stdin.end();
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

function failure(target: Cluster, what: string, result: Result): BackupError {
  const detail = result.stderr.trim().split("\n").slice(-5).join("\n  ") || `exit code ${result.code}`;
  return new BackupError(
    `${what} failed:\n  ${detail}`,
    `check your access with \`${target.tool} auth can-i create pods/exec -n ${target.namespace}\` and that the stack is running (\`${target.tool} get pods -n ${target.namespace}\`)`,
  );
}

async function checked(target: Cluster, args: readonly string[], what: string, io?: ExecIo): Promise<string> {
  const result = await runTool(target, args, io);
  if (result.code !== 0) throw failure(target, what, result);
  return result.stdout;
}

async function podName(target: OcTarget, locator: PodLocator): Promise<string> {
  if ("workload" in locator) return locator.workload;
  const names = (
    await checked(
      target,
      ["get", "pods", "-l", locator.selector, "-o", "name"],
      `finding the pod ${locator.selector}`,
    )
  )
    .split("\n")
    .filter(Boolean);
  if (names.length === 0)
    throw new BackupError(
      `no running pod matches ${locator.selector} in ${target.namespace}`,
      "wait for the PostgreSQL cluster to have a primary (`oc get pods -l " + locator.selector + "`)",
    );
  return names[0]!;
}

const objectNamed = (objects: OcTarget["objects"], kind: string, name: string) =>
  objects.find(
    (object) => object.kind === kind && (object.metadata as { name?: string } | undefined)?.name === name,
  );

/** A Deployment's pod selector as `-l` takes it. */
function selectorOf(deployment: Record<string, unknown>): string {
  const spec = deployment.spec as { selector?: { matchLabels?: Record<string, string> } } | undefined;
  return Object.entries(spec?.selector?.matchLabels ?? {})
    .map(([key, value]) => `${key}=${value}`)
    .join(",");
}

export function ocTransport(target: OcTarget): Transport {
  const replicas = new Map<string, number>();
  const writers = WRITER_DEPLOYMENTS.filter((name) => objectNamed(target.objects, "Deployment", name));
  const cronJobs = WRITER_CRONJOBS.filter((name) => objectNamed(target.objects, "CronJob", name));
  const secretIds = (names: readonly string[]) =>
    names.map((name) => ({
      name,
      id: ((Object.keys(SECRETS) as SecretName[]).find((id) => SECRETS[id].name === name) ??
        name) as SecretName,
    }));

  return {
    description: `namespace ${target.namespace}${target.context ? ` (context ${target.context})` : ""}, via ${target.tool}`,

    async exec(role: PodRole, script: string, args: readonly string[], io: ExecIo = {}) {
      const locator = role === "database" ? databasePod(target.provider) : WEB_POD;
      const pod = await podName(target, locator);
      const argv = [
        "exec",
        ...(io.input ? ["-i"] : []),
        pod,
        "-c",
        locator.container,
        "--",
        "sh",
        "-c",
        script,
        "sh",
        ...args,
      ];
      return checked(target, argv, `${target.tool} exec ${pod} -c ${locator.container}`, io);
    },

    async readSecrets(names) {
      const entries = secretIds(names);
      const found = await readClusterSecrets(target, entries);
      const byName: Record<string, SecretValues> = {};
      for (const { id, name } of entries) if (found[id]) byName[name] = found[id]!;
      return byName;
    },

    createSecrets: (secrets) => applySecrets(target, secrets),

    async pauseWriters() {
      for (const name of writers) {
        const current = await checked(
          target,
          ["get", "deployment", name, "-o", "jsonpath={.spec.replicas}"],
          `reading deployment/${name}`,
        );
        replicas.set(name, Number(current) || 0);
      }
      if (writers.length > 0)
        await checked(
          target,
          ["scale", "--replicas=0", ...writers.map((name) => `deployment/${name}`)],
          "scaling the writers to 0",
        );
      for (const name of cronJobs)
        await checked(
          target,
          ["patch", "cronjob", name, "--type=merge", "-p", '{"spec":{"suspend":true}}'],
          `suspending cronjob/${name}`,
        );
      for (const name of writers) {
        const selector = selectorOf(objectNamed(target.objects, "Deployment", name)!);
        const result = await runTool(target, [
          "wait",
          "--for=delete",
          "pod",
          "-l",
          selector,
          "--timeout=300s",
        ]);
        // Pods that were gone before the wait started are what it waits for, whatever this kubectl says.
        if (result.code !== 0 && !/no matching resources/i.test(result.stderr))
          throw failure(target, `waiting for the pods of deployment/${name} to stop`, result);
      }
    },

    async resumeWriters() {
      for (const name of writers)
        await checked(
          target,
          ["scale", `--replicas=${replicas.get(name) ?? 1}`, `deployment/${name}`],
          `scaling deployment/${name} back`,
        );
      for (const name of cronJobs)
        await checked(
          target,
          ["patch", "cronjob", name, "--type=merge", "-p", '{"spec":{"suspend":false}}'],
          `resuming cronjob/${name}`,
        );
      await checked(target, ["rollout", "restart", WEB_WORKLOAD], `restarting ${WEB_WORKLOAD}`);
      for (const workload of [WEB_WORKLOAD, ...writers.map((name) => `deployment/${name}`)])
        await checked(target, ["rollout", "status", workload, "--timeout=600s"], `waiting for ${workload}`);
    },

    async runBootstrap() {
      const job = objectNamed(target.objects, "Job", NAMES.bootstrapJob);
      if (!job)
        throw new BackupError(
          `the rendered overlay has no Job ${NAMES.bootstrapJob}`,
          "run `npm run render`",
        );
      await checked(
        target,
        ["delete", "job", NAMES.bootstrapJob, "--ignore-not-found", "--wait=true"],
        `deleting job/${NAMES.bootstrapJob}`,
      );
      await checked(target, ["create", "-f", "-"], `creating job/${NAMES.bootstrapJob}`, {
        input: Readable.from([JSON.stringify(job)]),
      });
      const deadline = Date.now() + 15 * 60_000;
      for (;;) {
        const conditions = await checked(
          target,
          [
            "get",
            "job",
            NAMES.bootstrapJob,
            "-o",
            'jsonpath={range .status.conditions[?(@.status=="True")]}{.type}{" "}{end}',
          ],
          `reading job/${NAMES.bootstrapJob}`,
        );
        if (/\bComplete\b/.test(conditions)) return;
        if (/\bFailed\b/.test(conditions) || Date.now() > deadline) {
          const logs = await runTool(target, ["logs", `job/${NAMES.bootstrapJob}`, "--tail=30"]);
          throw new BackupError(
            `job/${NAMES.bootstrapJob} ${/Failed/.test(conditions) ? "failed" : "did not finish in 15 minutes"}:\n${logs.stdout}`,
            "fix what its log names, then run the restore again (it starts over)",
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 5000));
      }
    },
  };
}
