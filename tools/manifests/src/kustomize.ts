// Runs the real kustomize: tools/kustomize-batch (the kustomize CLI's build command in long-lived processes,
// built by setup.sh), else the pinned standalone kustomize in .tools/bin, else `kustomize` on PATH, else
// the one built into kubectl. Every one prints the same YAML for the same kustomization
// (test/kustomize-batch.test.ts compares them).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { batchBuilder } from "./kustomize-batch.ts";
import { cachedByKey, keyOf } from "./lib/content-cache.ts";

/** What a build reads: every file under `tree`, plus what else tells two builds of that tree apart. */
export interface BuildInputs {
  readonly tree: string;
  readonly parts: readonly string[];
}

type Objects = Record<string, unknown>[];

const run = promisify(execFile);

interface Kustomize {
  /** How a build is named in errors: `kustomize build`, `kubectl kustomize` … */
  readonly name: string;
  /** `kustomize build <directory>`'s standard output. */
  readonly build: (directory: string) => Promise<string>;
  /** The program and its version, part of the build cache's key. */
  readonly version: string;
}

let kustomize: Promise<Kustomize> | undefined;

/**
 * Go's collector at a quarter of its default pace (GOGC=400): a build allocates ~150 MB of short-lived
 * objects, and collecting them spent a third of its CPU, which counts when validate runs seven builds on
 * two cores. The heap stays within a few times the live data (~120 MB for a batch process). GOGC set by
 * the user wins.
 */
const BUILD_ENV = { GOGC: "400", ...process.env };

const TOOLS_BIN = path.resolve(import.meta.dirname, "../../../.tools/bin");

/** The programs to try, in order, each with how it builds and how it tells its version. */
const CANDIDATES = [
  { program: path.join(TOOLS_BIN, "kustomize-batch"), build: [], version: ["version"], batch: true },
  // setup.sh's pinned kustomize: a plain `kustomize build` starts faster than `kubectl kustomize`.
  { program: path.join(TOOLS_BIN, "kustomize"), build: ["build"], version: ["version"] },
  { program: "kustomize", build: ["build"], version: ["version"] },
  { program: "kubectl", build: ["kustomize"], version: ["version", "--client"] },
];

async function findKustomize(): Promise<Kustomize> {
  for (const candidate of CANDIDATES) {
    if (path.isAbsolute(candidate.program) && !existsSync(candidate.program)) continue;
    try {
      const { stdout } = await run(candidate.program, candidate.version, { timeout: 10_000 });
      const name = [path.basename(candidate.program), ...candidate.build].join(" ");
      const version = `${name} ${stdout.trim()}`;
      if (candidate.batch)
        return { name: "kustomize build", build: batchBuilder(candidate.program, BUILD_ENV), version };
      return { name, build: (directory) => runCli(candidate.program, candidate.build, directory), version };
    } catch {
      // try the next one
    }
  }
  throw new Error("neither kustomize nor kubectl is installed: install kubectl (it bundles kustomize v5)");
}

async function runCli(program: string, args: readonly string[], directory: string): Promise<string> {
  try {
    const { stdout } = await run(program, [...args, directory], { maxBuffer: 64 * 2 ** 20, env: BUILD_ENV });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(stderr || (error as Error).message, { cause: error });
  }
}

/**
 * Builds by the hash of their inputs, for this process: a build of the same files is run once however
 * often it is asked for (with the build cache off too), and a build started early (`prefetchBuild`) is
 * used by whoever asks for the same content later.
 */
const builds = new Map<string, Promise<Objects>>();

async function buildKey(inputs: BuildInputs): Promise<string> {
  kustomize ??= findKustomize();
  const { version } = await kustomize;
  return keyOf({ paths: [inputs.tree], parts: [version, ...inputs.parts] });
}

/** The build of `key`: this process's, else the stored one, else `compute`'s (stored for next time). */
function shared(key: string, compute: () => Promise<Objects>): Promise<Objects> {
  let result = builds.get(key);
  if (!result) {
    result = cachedByKey(key, compute);
    builds.set(key, result);
    // A failed build is not kept: the next caller runs it again and reports its own error.
    result.catch(() => builds.delete(key));
  }
  return result;
}

/**
 * `kustomize build <directory>` as parsed objects. With `inputs` (the tree holding every file the build
 * reads), an unchanged build comes from the build cache, or from a build of the same files this process
 * already ran or started.
 */
export async function kustomizeBuild(directory: string, inputs?: BuildInputs): Promise<Objects> {
  if (!inputs) return runBuild(directory);
  const key = await buildKey(inputs);
  // Each caller gets its own copy: the gate's layers must not see each other's changes.
  return structuredClone(await shared(key, () => runBuild(directory)));
}

/**
 * Starts `kustomize build <directory>` now, for a caller that will ask for a build of the same content
 * later (render builds its staging tree, which mostly equals the committed one, after loading the
 * generator). The build starts before its inputs are hashed: while the generator's modules load, the main
 * thread is too busy to hash a tree, and the other core would sit idle. Only ever an optimisation: a
 * failure here is forgotten, different content never matches, and a stored result wins over this one.
 */
export function prefetchBuild(directory: string, inputs: BuildInputs): void {
  const early = runBuild(directory);
  early.catch(() => undefined);
  buildKey(inputs)
    .then((key) => shared(key, () => early))
    .catch(() => undefined);
}

/** `prefetchBuild` for every overlay of a manifests/ tree, as committed (what render builds first). */
export async function prefetchOverlays(manifestsDir: string): Promise<void> {
  const overlays = await readdir(path.join(manifestsDir, "overlays")).catch(() => [] as string[]);
  for (const overlay of overlays) {
    const dir = path.join(manifestsDir, "overlays", overlay);
    if (existsSync(path.join(dir, "kustomization.yaml")))
      prefetchBuild(dir, { tree: manifestsDir, parts: [path.posix.join("overlays", overlay)] });
  }
}

async function runBuild(directory: string): Promise<Objects> {
  kustomize ??= findKustomize();
  const { name, build } = await kustomize;
  let stdout: string;
  try {
    stdout = await build(directory);
  } catch (error) {
    throw new Error(`${name} ${directory} failed: ${(error as Error).message}`, { cause: error });
  }
  // Loaded here, not at the top: a process that only prefetches starts builds before loading the parser.
  const { parseManifests } = await import("./lib/manifest-stream.ts");
  return parseManifests(stdout) as Objects;
}
