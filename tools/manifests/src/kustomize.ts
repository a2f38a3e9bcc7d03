// Runs the real kustomize: a standalone `kustomize` when installed, otherwise the one built into kubectl.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseAllDocuments } from "yaml";
import { cached } from "./lib/content-cache.ts";

/** What a build reads: every file under `tree`, plus what else tells two builds of that tree apart. */
export interface BuildInputs {
  readonly tree: string;
  readonly parts: readonly string[];
}

const run = promisify(execFile);

interface KustomizeCommand {
  readonly build: readonly string[];
  /** Its version output, part of the build cache's key. */
  readonly version: string;
}

let command: Promise<KustomizeCommand> | undefined;

async function kustomizeCommand(): Promise<KustomizeCommand> {
  const candidates = [
    { build: ["kustomize", "build"], version: ["version"] },
    { build: ["kubectl", "kustomize"], version: ["version", "--client"] },
  ];
  for (const candidate of candidates) {
    try {
      const { stdout } = await run(candidate.build[0]!, candidate.version, { timeout: 10_000 });
      return { build: candidate.build, version: `${candidate.build.join(" ")} ${stdout.trim()}` };
    } catch {
      // try the next one
    }
  }
  throw new Error("neither kustomize nor kubectl is installed: install kubectl (it bundles kustomize v5)");
}

/**
 * `kustomize build <directory>` as parsed objects. With `inputs` (the tree holding every file the build
 * reads), an unchanged build comes from the build cache.
 */
export async function kustomizeBuild(
  directory: string,
  inputs?: BuildInputs,
): Promise<Record<string, unknown>[]> {
  command ??= kustomizeCommand();
  const { build, version } = await command;
  return cached(inputs && { paths: [inputs.tree], parts: [version, ...inputs.parts] }, () =>
    runBuild(build, directory),
  );
}

async function runBuild(build: readonly string[], directory: string): Promise<Record<string, unknown>[]> {
  const [program, ...args] = build;
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
