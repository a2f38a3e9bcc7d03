// The backup tool's transport for the host stack: what `oc exec` does in a pod, done on this host with
// that pod's rendered environment (the postgres container as the postgres system user over its socket;
// the web pod's environment, venv and uploads volume); the Secrets are the stack's dry-run store; the
// writers and the bootstrap Job are the stack's processes. The drills run the backup tool through it.
import { spawn } from "node:child_process";
import type { Writable } from "node:stream";
import { SECRETS, type SecretName } from "@ckan-openshift/manifests/secrets";
import { NAMES } from "@ckan-openshift/manifests/stack";
import { readSecretFiles, type SecretValues, writeSecretFiles } from "@ckan-openshift/secrets";
import type { ExecIo, PodRole, Transport } from "@ckan-openshift/backup";
import { podEnvironment, runBootstrap } from "./ckan.ts";
import { HARVEST_CONSUMERS, startHarvestConsumer, type HarvestConsumer } from "./harvest-consumers.ts";
import { startCkan, stackSecretsDirectory, stopCkan, type HostStack } from "./host-stack.ts";
import { containerOf } from "./rendered.ts";
import { postgresSocketDirectory, type Paths } from "./services.ts";

/** The stack's Secrets (the secrets tool's dry-run store), readable before the stack runs. */
export function localSecretStore(paths: Paths): Pick<Transport, "readSecrets" | "createSecrets"> {
  const directory = stackSecretsDirectory(paths);
  return {
    async readSecrets(names) {
      const entries = names.map((name) => ({ id: name as SecretName, name }));
      const found = await readSecretFiles(directory, entries);
      return Object.fromEntries(
        entries.flatMap(({ id, name }) => (found[id] ? [[name, found[id] as SecretValues]] : [])),
      );
    },
    async createSecrets(secrets) {
      await writeSecretFiles(directory, secrets);
    },
  };
}

/** Runs `sh -c script sh args…`; stdout to `io.output` or returned; rejects with the end of stderr. */
function runScript(
  what: string,
  script: string,
  args: readonly string[],
  env: Record<string, string>,
  io: ExecIo,
  user?: string,
): Promise<string> {
  const argv = ["sh", "-c", script, "sh", ...args];
  const [command, ...rest] = user && process.getuid?.() === 0 ? ["runuser", "-u", user, "--", ...argv] : argv;
  return new Promise((resolve, reject) => {
    const child = spawn(command!, rest, { env, cwd: "/", stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    if (io.output) child.stdout.pipe(io.output as Writable, { end: false });
    else child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-8000)));
    if (io.input) io.input.pipe(child.stdin);
    else child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(stdout)
        : reject(
            new Error(`${what} exited with ${code}:\n${stderr.trim().split("\n").slice(-10).join("\n")}`),
          ),
    );
  });
}

export function localTransport(stack: HostStack): Transport {
  const postgres = containerOf(stack.stack, "postgres");
  const web = containerOf(stack.stack, "ckan");
  const paused: string[] = [];
  let bootstraps = 0;

  return {
    description: "the host stack (local transport)",
    ...localSecretStore(stack.paths),

    async exec(role: PodRole, script: string, args: readonly string[], io: ExecIo = {}) {
      if (role === "database") {
        const env = {
          ...postgres.env,
          PATH: process.env.PATH ?? "",
          PGHOST: postgresSocketDirectory(stack.paths),
          PGPORT: String(stack.stack.services.get("postgres")),
        };
        return runScript("the postgres pod's script", script, args, env, io, "postgres");
      }
      return runScript(
        "the web pod's script",
        script,
        args,
        await podEnvironment(stack.host, web, "web"),
        io,
      );
    },

    async pauseWriters() {
      for (const name of ["worker", ...Object.keys(HARVEST_CONSUMERS)])
        if (stack.supervisor.isRunning(name)) {
          paused.push(name);
          await stack.supervisor.stop(name, 120);
        }
    },

    async resumeWriters() {
      await stopCkan(stack);
      await startCkan(stack);
      for (const name of paused.splice(0))
        if (name in HARVEST_CONSUMERS) await startHarvestConsumer(stack, name as HarvestConsumer);
    },

    runBootstrap: () =>
      runBootstrap(
        stack.host,
        stack.supervisor,
        containerOf(stack.stack, NAMES.bootstrapJob),
        `restore-${++bootstraps}`,
      ),
  };
}

/** The catalog's Secrets of the sandbox, by name: what a backup of the host stack keeps. */
export const STACK_SECRETS = [SECRETS.postgres.name, SECRETS.redis.name, SECRETS.ckan.name];
