// Runs the real kustomize: the pinned standalone one in .tools/bin (setup.sh), else `kustomize` on PATH,
// else the one built into kubectl.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { cachedByKey, keyOf } from "./lib/content-cache.ts";

/** What a build reads: every file under `tree`, plus what else tells two builds of that tree apart. */
export interface BuildInputs {
  readonly tree: string;
  readonly parts: readonly string[];
}

type Objects = Record<string, unknown>[];

const run = promisify(execFile);

interface KustomizeCommand {
  readonly build: readonly string[];
  /** Its version output, part of the build cache's key. */
  readonly version: string;
}

let command: Promise<KustomizeCommand> | undefined;

/**
 * A build is a short-lived Go process that allocates ~150 MB: with the collector off until 512 MiB (a
 * soft limit, where it starts again), it spends about a third less CPU, and validate runs seven at once
 * on two cores. GOGC or GOMEMLIMIT set by the user win.
 */
const BUILD_ENV = { GOGC: "off", GOMEMLIMIT: "512MiB", ...process.env };

/** setup.sh's pinned kustomize: a plain `kustomize build` starts faster than `kubectl kustomize`. */
const PINNED = path.resolve(import.meta.dirname, "../../../.tools/bin/kustomize");

async function kustomizeCommand(): Promise<KustomizeCommand> {
  const candidates = [
    ...(existsSync(PINNED) ? [{ build: [PINNED, "build"], version: ["version"] }] : []),
    { build: ["kustomize", "build"], version: ["version"] },
    { build: ["kubectl", "kustomize"], version: ["version", "--client"] },
  ];
  for (const candidate of candidates) {
    try {
      const { stdout } = await run(candidate.build[0]!, candidate.version, { timeout: 10_000 });
      const name = [path.basename(candidate.build[0]!), ...candidate.build.slice(1)].join(" ");
      return { build: candidate.build, version: `${name} ${stdout.trim()}` };
    } catch {
      // try the next one
    }
  }
  throw new Error("neither kustomize nor kubectl is installed: install kubectl (it bundles kustomize v5)");
}

/**
 * Builds by the hash of their inputs, for this process: a build of the same files is run once however
 * often it is asked for (with the build cache off too), and a build started early (`prefetchBuild`) is
 * used by whoever asks for the same content later.
 */
const builds = new Map<string, Promise<Objects>>();

async function buildKey(inputs: BuildInputs): Promise<{ key: string; build: readonly string[] }> {
  command ??= kustomizeCommand();
  const { build, version } = await command;
  return { key: await keyOf({ paths: [inputs.tree], parts: [version, ...inputs.parts] }), build };
}

function shared(key: string, build: readonly string[], directory: string): Promise<Objects> {
  let result = builds.get(key);
  if (!result) {
    result = cachedByKey(key, () => runBuild(build, directory));
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
  if (!inputs) {
    command ??= kustomizeCommand();
    return runBuild((await command).build, directory);
  }
  const { key, build } = await buildKey(inputs);
  // Each caller gets its own copy: the gate's layers must not see each other's changes.
  return structuredClone(await shared(key, build, directory));
}

/**
 * Starts `kustomize build <directory>` now, for a caller that will ask for a build of the same content
 * later (render builds its staging tree, which mostly equals the committed one, after loading the
 * generator). The build starts before its inputs are hashed: while the generator's modules load, the main
 * thread is too busy to hash a tree, and the other core would sit idle. Only ever an optimisation: a
 * failure here is forgotten, different content never matches, and a stored result wins over this one.
 */
export function prefetchBuild(directory: string, inputs: BuildInputs): void {
  command ??= kustomizeCommand();
  const early = command.then(({ build }) => runBuild(build, directory));
  early.catch(() => undefined);
  buildKey(inputs)
    .then(({ key }) => {
      if (builds.has(key)) return;
      const result = cachedByKey(key, () => early);
      builds.set(key, result);
      result.catch(() => builds.delete(key));
    })
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

async function runBuild(build: readonly string[], directory: string): Promise<Objects> {
  const [program, ...args] = build;
  let stdout: string;
  try {
    ({ stdout } = await run(program!, [...args, directory], { maxBuffer: 64 * 2 ** 20, env: BUILD_ENV }));
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `${path.basename(program!)} ${[...args, directory].join(" ")} failed: ${stderr || (error as Error).message}`,
      { cause: error },
    );
  }
  // Loaded here, not at the top: a process that only prefetches starts builds before loading the parser.
  const { parseManifests } = await import("./lib/manifest-stream.ts");
  return parseManifests(stdout) as Objects;
}
