// What backup and restore need from an environment, whatever runs it: the OpenShift namespace through
// `oc` (oc-transport.ts), or the end-to-end host stack (tools/e2e/src/local-transport.ts), so that the
// drills exercise the very code a user runs.
import type { Readable, Writable } from "node:stream";
import type { SecretValues } from "@ckan-openshift/secrets";

/**
 * The container a script runs in, with that container's own environment (its Secrets included, so no
 * credential ever travels):
 * - `database`: the PostgreSQL primary, where pg_dump and psql match the server and connect as the
 *   local superuser over the socket;
 * - `web`: a CKAN web pod, which mounts the uploads volume and has the `ckan` CLI and its settings.
 */
export type PodRole = "database" | "web";

export interface ExecIo {
  /** The script's stdin. */
  readonly input?: Readable;
  /** Where its stdout goes; without it, exec resolves to the stdout text. */
  readonly output?: Writable;
}

export interface Transport {
  /** For messages: the namespace and tool, or the host stack. */
  readonly description: string;
  /** Runs `sh -c script sh args…` in the role's container; rejects with the end of its stderr. */
  exec(role: PodRole, script: string, args: readonly string[], io?: ExecIo): Promise<string>;
  /** The Secrets that exist, by name (values never printed). */
  readSecrets(names: readonly string[]): Promise<Record<string, SecretValues>>;
  /** Creates Secrets that do not exist yet. */
  createSecrets(secrets: readonly { readonly name: string; readonly values: SecretValues }[]): Promise<void>;
  /** Stops what writes besides the web: the job worker, the harvest consumers and the harvest CronJob. */
  pauseWriters(): Promise<void>;
  /** Starts them again and restarts the web, so every pod reads the restored databases afresh. */
  resumeWriters(): Promise<void>;
  /** Runs the bootstrap Job as deployed (migrations, DataStore permissions, sysadmin, XLoader token). */
  runBootstrap(): Promise<void>;
}
