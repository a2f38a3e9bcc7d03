// Runs the real kustomize: a standalone `kustomize` when installed, otherwise the one built into kubectl.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseAllDocuments } from "yaml";

const run = promisify(execFile);

let command: Promise<string[]> | undefined;

async function kustomizeCommand(): Promise<string[]> {
  const candidates = [
    { build: ["kustomize", "build"], version: ["version"] },
    { build: ["kubectl", "kustomize"], version: ["version", "--client"] },
  ];
  for (const candidate of candidates) {
    try {
      await run(candidate.build[0]!, candidate.version, { timeout: 10_000 });
      return candidate.build;
    } catch {
      // try the next one
    }
  }
  throw new Error("neither kustomize nor kubectl is installed: install kubectl (it bundles kustomize v5)");
}

/** `kustomize build <directory>` as parsed objects. */
export async function kustomizeBuild(directory: string): Promise<Record<string, unknown>[]> {
  command ??= kustomizeCommand();
  const [program, ...args] = await command;
  try {
    const { stdout } = await run(program!, [...args, directory], { maxBuffer: 64 * 2 ** 20 });
    return parseAllDocuments(stdout, { version: "1.1" }).map((doc) => doc.toJS() as Record<string, unknown>);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `${program} ${[...args, directory].join(" ")} failed: ${stderr || (error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}
