// The command lines of each container engine, and which engine to use. The three share the build
// syntax (all read the Dockerfile with BuildKit-compatible semantics); they differ in how a push
// reports the digest the registry stored.
import { which } from "zx";
import type { ImagePlan } from "./images.ts";

/** Detection order: podman and buildah need no daemon; docker only counts when its daemon answers. */
export const ENGINES = ["podman", "docker", "buildah"] as const;
export type Engine = (typeof ENGINES)[number];

export function isEngine(name: string): name is Engine {
  return (ENGINES as readonly string[]).includes(name);
}

export function buildCommand(engine: Engine, plan: ImagePlan, platform: string): string[] {
  return [
    engine,
    "build",
    "--file",
    plan.dockerfile,
    "--platform",
    platform,
    ...plan.buildArgs.flatMap(([key, value]) => ["--build-arg", `${key}=${value}`]),
    ...plan.labels.flatMap(([key, value]) => ["--label", `${key}=${value}`]),
    ...plan.buildContexts.flatMap(([name, directory]) => ["--build-context", `${name}=${directory}`]),
    "--tag",
    plan.reference,
    plan.context,
  ];
}

/** How a push is run and where its digest comes from. */
export interface PushCommands {
  readonly push: string[];
  /** podman and buildah write the pushed manifest's digest to this file. */
  readonly digestFile?: string;
  /** docker: a command that prints the pushed manifest's descriptor as JSON (its `digest` field). */
  readonly inspect?: string[];
}

/** `digestFile` is where podman and buildah write the digest (relative to the workspace root). */
export function pushCommands(engine: Engine, plan: ImagePlan, digestFile: string): PushCommands {
  if (engine === "docker") {
    // docker push has no digest file; ask the registry for the manifest it now serves under the tag.
    return {
      push: ["docker", "push", plan.reference],
      inspect: [
        "docker",
        "buildx",
        "imagetools",
        "inspect",
        "--format",
        "{{json .Manifest}}",
        plan.reference,
      ],
    };
  }
  return { push: [engine, "push", "--digestfile", digestFile, plan.reference], digestFile };
}

/** The command that shows whether an engine works here (docker's client alone is not enough). */
const PROBE: Record<Engine, string[]> = {
  podman: ["info", "--format", "{{.Host.OS}}"],
  docker: ["info", "--format", "{{.ServerVersion}}"],
  buildah: ["info"],
};

export type Probe = (program: string, args: string[]) => Promise<{ ok: boolean; error: string }>;

/** The first engine, in ENGINES order, that is installed and answers its `info`. */
export async function detectEngine(probe: Probe, searchPath = process.env.PATH ?? ""): Promise<Engine> {
  const reasons: string[] = [];
  for (const engine of ENGINES) {
    const program = await which(engine, { nothrow: true, path: searchPath });
    if (!program) {
      reasons.push(`${engine}: not installed`);
      continue;
    }
    const result = await probe(program, PROBE[engine]);
    if (result.ok) return engine;
    reasons.push(
      `${engine}: \`${engine} ${PROBE[engine].join(" ")}\` failed (${result.error.split("\n")[0]?.trim() || "no output"})`,
    );
  }
  throw new Error(
    `no working container engine:\n  ${reasons.join("\n  ")}\n  fix: install podman (or buildah), start docker's daemon, or choose one with --engine`,
  );
}

/** A command as a POSIX shell line: each word bare when safe, else in single quotes. */
export function shellLine(argv: readonly string[]): string {
  return argv
    .map((word) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`))
    .join(" ");
}
