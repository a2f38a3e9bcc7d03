// Drives tools/kustomize-batch: long-lived processes that each run `kustomize build` for one directory per
// request line, so kustomize's OpenAPI schema is parsed once per process rather than once per build.
// One process per core; a build goes to the one with the fewest waiting. A process holds Node's event
// loop only while it has builds to answer, and ends when Node closes its standard input on exit.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";

interface Waiting {
  readonly resolve: (yaml: string) => void;
  readonly reject: (error: Error) => void;
}

class BatchProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly waiting: Waiting[] = [];
  private received: Buffer = Buffer.alloc(0);

  private readonly program: string;
  private readonly env: NodeJS.ProcessEnv;

  constructor(program: string, env: NodeJS.ProcessEnv) {
    this.program = program;
    this.env = env;
  }

  get load(): number {
    return this.waiting.length;
  }

  build(directory: string): Promise<string> {
    const child = this.child ?? this.start();
    if (this.waiting.length === 0) hold(child, true);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      child.stdin.write(`${directory}\n`);
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    const child = spawn(this.program, [], { env: this.env });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
    child.stdin.on("error", () => undefined); // a process that died is reported by "close"
    const fail = (reason: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.received = Buffer.alloc(0);
      const message = `${path.basename(this.program)} ${reason}${stderr.trim() ? `: ${stderr.trim()}` : ""}`;
      for (const waiting of this.waiting.splice(0)) waiting.reject(new Error(message));
    };
    child.on("error", (error) => fail(`could not run: ${error.message}`));
    child.on("close", (code, signal) => fail(`exited (${signal ?? `code ${code}`})`));
    this.child = child;
    return child;
  }

  /** Answers are `ok <bytes>\n<yaml>` or `error <bytes>\n<message>`, in the order of the requests. */
  private read(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    for (;;) {
      const newline = this.received.indexOf(10);
      if (newline < 0) return;
      const [status, size] = this.received.subarray(0, newline).toString("latin1").split(" ");
      const end = newline + 1 + Number(size);
      if (this.received.length < end) return;
      const body = this.received.subarray(newline + 1, end).toString("utf8");
      this.received = this.received.subarray(end);
      const waiting = this.waiting.shift();
      if (!waiting) continue;
      if (status === "ok") waiting.resolve(body);
      else waiting.reject(new Error(body.trim()));
      if (this.waiting.length === 0 && this.child) hold(this.child, false);
    }
  }
}

/** Whether the process (and its pipes) keep Node running: only while builds are waiting. */
function hold(child: ChildProcessWithoutNullStreams, on: boolean): void {
  // The pipes are sockets, which can be unref'd like the process; their stream types do not say so.
  const handles = [child, child.stdin, child.stdout, child.stderr] as unknown as {
    ref(): void;
    unref(): void;
  }[];
  for (const handle of handles) {
    if (on) handle.ref();
    else handle.unref();
  }
}

/** A pool of kustomize-batch processes, one per core, started when first asked for a build. */
export function batchBuilder(
  program: string,
  env: NodeJS.ProcessEnv,
): (directory: string) => Promise<string> {
  const processes = Array.from({ length: availableParallelism() }, () => new BatchProcess(program, env));
  return (directory) => {
    if (directory.includes("\n"))
      return Promise.reject(new Error(`a directory name with a newline: ${directory}`));
    const idlest = processes.reduce((a, b) => (b.load < a.load ? b : a));
    return idlest.build(path.resolve(directory));
  };
}
