// The servers the harness starts: each logs to its own file and is stopped by process id, on success,
// failure or interruption.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import path from "node:path";

export interface StartOptions {
  readonly env: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** Run as this system user (PostgreSQL refuses to run as root). */
  readonly user?: string;
}

interface Running {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
}

export class Supervisor {
  private readonly running = new Map<string, Running>();
  readonly logDir: string;
  constructor(logDir: string) {
    this.logDir = logDir;
  }

  logFile(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  /** Starts `command` in the background; its output goes to <logDir>/<name>.log. */
  start(name: string, command: string, args: readonly string[], options: StartOptions): ChildProcess {
    if (this.running.has(name)) throw new Error(`${name} is already running`);
    const log = createWriteStream(this.logFile(name), { flags: "a" });
    const [program, programArgs] =
      options.user && process.getuid?.() === 0
        ? ["runuser", ["-u", options.user, "--", command, ...args]]
        : [command, [...args]];
    const child = spawn(program, programArgs, {
      env: { ...options.env },
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.on("error", (error) => log.write(`\n[e2e] could not start ${command}: ${error.message}\n`));
    this.running.set(name, { child, exited });
    return child;
  }

  isRunning(name: string): boolean {
    const entry = this.running.get(name);
    return entry !== undefined && entry.child.exitCode === null && entry.child.signalCode === null;
  }

  /** SIGTERM, then SIGKILL after `graceSeconds`; resolves once the process is gone. */
  async stop(name: string, graceSeconds = 20): Promise<void> {
    const entry = this.running.get(name);
    if (!entry) return;
    this.running.delete(name);
    if (entry.child.exitCode !== null || entry.child.signalCode !== null) return;
    entry.child.kill("SIGTERM");
    const timer = setTimeout(() => entry.child.kill("SIGKILL"), graceSeconds * 1000);
    await entry.exited;
    clearTimeout(timer);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].reverse().map((name) => this.stop(name, 10)));
  }

  /** The last lines of a server's log, for failure messages. */
  tail(name: string, lines = 20): string {
    try {
      return readFileSync(this.logFile(name), "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "(no log)";
    }
  }
}

export async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it returns a value, or fails with `what` after `timeoutSeconds`. */
export async function waitFor<T>(
  what: string,
  timeoutSeconds: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(500);
  }
  const reason = lastError instanceof Error ? `: ${lastError.message}` : "";
  throw new Error(`timed out after ${timeoutSeconds}s waiting for ${what}${reason}`);
}
