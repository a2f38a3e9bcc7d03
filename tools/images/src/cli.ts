#!/usr/bin/env node
// npm run images -- build|push|pin ... (see USAGE and tools/images/README.md). Command lines and exit
// codes follow docs/cli.md: 0 done, 1 failed (for pin: nothing written), 2 usage.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { $, which } from "zx";
import { parseVersionsFile, readVersions, type ImageName } from "@ckan-openshift/manifests/stack";
import { formatFindings, renderWorkspace } from "@ckan-openshift/manifests/render";
import {
  Failure,
  parseCommandLine,
  runCommand,
  splitCommand,
  unknownCommand,
  UsageError,
  workspaceHelp,
  WORKSPACE_OPTION,
} from "@ckan-openshift/manifests/command-line";
import { IMAGE_DIGEST, IMAGE_MIRROR, SettingsError } from "@ckan-openshift/manifests/settings";
import {
  buildCommand,
  detectEngine,
  ENGINES,
  isEngine,
  pushCommands,
  shellLine,
  type Engine,
} from "./engines.ts";
import {
  COMMIT,
  DEFAULT_REGISTRY,
  IMAGE_NAMES,
  isImageName,
  planImage,
  PLATFORM,
  type ImagePlan,
  type Revision,
} from "./images.ts";
import { PinError, planPin } from "./pin.ts";

const USAGE = `usage: npm run images -- <command> [image...] [options]

  build [image...]   build each image (default: all of ${IMAGE_NAMES.join(", ")}) from images/<image>,
                     with its versions.env as build arguments, OCI labels and the tag <version>-<commit>
  push [image...]    push each built image and print its digest
  pin <image>        record a pushed image for one environment in
                     manifests/overlays/<environment>/images/kustomization.yaml

<command> --help shows its options. Exit codes: 0 done, 1 failed (for pin: nothing written), 2 usage.`;

const BUILD_OPTIONS = {
  engine: { type: "string" },
  registry: { type: "string" },
  revision: { type: "string" },
  created: { type: "string" },
  source: { type: "string" },
  versions: { type: "string" },
  mirror: { type: "string" },
  "dry-run": { type: "boolean", default: false },
  ...WORKSPACE_OPTION,
} as const;

const BUILD_HELP = `  --engine <name>    ${ENGINES.join(", ")} (default: the first of them that works here)
  --registry <reg>   registry and organisation (default: ${DEFAULT_REGISTRY})
  --revision <sha>   the commit being built, 40 hex digits (default: HEAD)
  --created <time>   RFC 3339 creation time (default: the revision's commit time)
  --source <url>     the repository URL for org.opencontainers.image.source (default: $GITHUB_SERVER_URL/
                     $GITHUB_REPOSITORY in GitHub Actions, else git's origin)
  --versions <file>  pins that replace versions.env's, for one image: the keys of <file> (same format),
                     e.g. images/ckan/versions.next.env, the candidate release; the tag starts with its version
  --mirror <path>    pull the base images (versions.env's *_IMAGE) through this registry mirror, as the
                     manifests' images.mirror: docker.io/library/python:3.11 → <path>/library/python:3.11
  --dry-run          print the exact commands and run nothing
${workspaceHelp(21)}`;

const BUILD = {
  usage: `usage: npm run images -- build [image...] [options]

Builds each image (default: all of ${IMAGE_NAMES.join(", ")}) from images/<image>.

${BUILD_HELP}`,
  options: BUILD_OPTIONS,
  arguments: { name: "image" },
};

const PUSH = {
  usage: `usage: npm run images -- push [image...] [options]

Pushes each built image and prints its digest and the pin command that promotes it.

${BUILD_HELP}
  --json             print the pushed images as JSON`,
  options: { ...BUILD_OPTIONS, json: { type: "boolean", default: false } },
  arguments: { name: "image" },
} as const;

const PIN = {
  usage: `usage: npm run images -- pin <image> --environment <env> --tag <tag> --digest sha256:<hex> [--registry <reg>]

Records a pushed image for one environment in manifests/overlays/<env>/images/kustomization.yaml and
re-renders manifests/; nothing is written unless the whole render passes.

  --environment <e>  the environment (default: sandbox)
  --tag <tag>        the tag push reported
  --digest <digest>  the sha256: digest push reported
  --registry <reg>   registry and organisation (default: keep the environment's)
${workspaceHelp(21)}`,
  options: {
    environment: { type: "string", default: "sandbox" },
    tag: { type: "string" },
    digest: { type: "string" },
    registry: { type: "string" },
    ...WORKSPACE_OPTION,
  },
  arguments: { name: "<image>", min: 1, max: 1 },
} as const;

/** What build and push were asked to do. */
interface BuildRun {
  readonly images: readonly ImageName[];
  readonly options: {
    readonly engine?: string;
    readonly registry?: string;
    readonly revision?: string;
    readonly created?: string;
    readonly source?: string;
    readonly versions?: string;
    readonly mirror?: string;
    readonly "dry-run": boolean;
    readonly workspace: string;
  };
}

function imagesNamed(names: readonly string[], usage: string): ImageName[] {
  for (const name of names) {
    if (!isImageName(name))
      throw new UsageError(
        `unknown image "${name}": use one of ${IMAGE_NAMES.join(", ")} (the folders under images/)`,
        usage,
      );
  }
  return names.length > 0 ? (names as ImageName[]) : IMAGE_NAMES;
}

function rfc3339Utc(time: string, from: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime()))
    throw new Failure(`${from}: "${time}" is not a date`, "use RFC 3339, e.g. 2026-01-31T12:00:00Z");
  return date.toISOString().replace(/\.000Z$/, "Z");
}

function gitIn(workspaceRoot: string) {
  const sh = $({ cwd: workspaceRoot, quiet: true });
  return async (...args: string[]): Promise<string> => (await sh`git ${args}`).stdout.trim();
}

async function sourceUrl(run: BuildRun): Promise<string> {
  if (run.options.source) return run.options.source;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env;
  if (server && repository) return `${server}/${repository}`;
  const origin = await gitIn(run.options.workspace)("config", "--get", "remote.origin.url").catch(() => "");
  // git@host:org/repo.git → https://host/org/repo, the form the label expects.
  const url = origin.replace(/^git@([^:]+):/, "https://$1/").replace(/\.git$/, "");
  if (!url)
    throw new Failure(
      "no repository URL for org.opencontainers.image.source",
      "pass --source <url> (or add git's origin)",
    );
  return url;
}

async function revisionFor(run: BuildRun, image: ImageName): Promise<Revision> {
  const git = gitIn(run.options.workspace);
  const source = await sourceUrl(run);
  const { revision, created } = run.options;
  if (revision !== undefined) {
    if (!COMMIT.test(revision))
      throw new Failure(
        `--revision: "${revision}" is not a full commit id`,
        "pass 40 hex digits, e.g. $(git rev-parse HEAD)",
      );
    const time = created ?? (await git("show", "-s", "--format=%cI", revision));
    return { commit: revision, created: rfc3339Utc(time, "--created"), source };
  }
  const commit = await git("rev-parse", "HEAD");
  const time = created ?? (await git("show", "-s", "--format=%cI", commit));
  const dirty = (await git("status", "--porcelain", "--", `images/${image}`)) !== "";
  return { commit, created: rfc3339Utc(time, "--created"), source, dirty };
}

/** --versions: the file's pins, each of which versions.env must have (a typo is not a new pin). */
async function overrides(run: BuildRun): Promise<Record<string, string>> {
  const file = run.options.versions;
  if (file === undefined) return {};
  if (run.images.length !== 1)
    throw new Failure(
      `--versions ${file}: its pins are one image's, but ${run.images.length} images are selected`,
      "name the image, e.g. `build ckan --versions images/ckan/versions.next.env`",
    );
  const image = run.images[0]!;
  const text = await readFile(path.resolve(run.options.workspace, file), "utf8").catch((error: Error) => {
    throw new Failure(
      `--versions ${file}: ${error.message}`,
      "pass a KEY=value file such as images/ckan/versions.next.env",
    );
  });
  const pins = parseVersionsFile(text, file);
  const known = readVersions(run.options.workspace, image);
  const unknown = Object.keys(pins).filter((key) => !(key in known));
  if (unknown.length > 0)
    throw new Failure(
      `--versions ${file}: ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in images/${image}/versions.env`,
      "the file may only change pins versions.env has",
    );
  return pins;
}

async function plans(run: BuildRun): Promise<ImagePlan[]> {
  const registry = run.options.registry ?? DEFAULT_REGISTRY;
  const pins = await overrides(run);
  const mirror = run.options.mirror;
  if (mirror !== undefined && !IMAGE_MIRROR.test(mirror))
    throw new UsageError(
      `--mirror: "${mirror}" is not <registry host>[:port]/<path> (such as registry.example.gc.ca/mirror)`,
      BUILD.usage,
    );
  return Promise.all(
    run.images.map(async (image) =>
      planImage(run.options.workspace, image, registry, await revisionFor(run, image), pins, mirror),
    ),
  );
}

async function engine(run: BuildRun, usage: string): Promise<Engine> {
  const chosen = run.options.engine;
  if (chosen !== undefined) {
    if (!isEngine(chosen))
      throw new UsageError(`--engine: "${chosen}" is not one of ${ENGINES.join(", ")}`, usage);
    if (!run.options["dry-run"] && !(await which(chosen, { nothrow: true })))
      throw new Failure(
        `--engine ${chosen}: ${chosen} is not installed (not on PATH)`,
        `install it, or choose another of ${ENGINES.join(", ")} with --engine`,
      );
    return chosen;
  }
  return detectEngine(async (program, args) => {
    const result = await $({ quiet: true, nothrow: true, timeout: "20s" })`${program} ${args}`;
    return { ok: result.exitCode === 0, error: result.stderr || result.stdout };
  });
}

/**
 * Prints the command as a shell line, then runs it (unless --dry-run) with its output shown. A failure
 * names the engine and the step; the engine's own error is what it printed just above.
 */
async function runStep(
  run: BuildRun,
  argv: readonly string[],
  failure: { what: string; fix: string },
  options: { capture?: boolean } = {},
): Promise<string> {
  // With --json (push), the command lines and the engine's output go to standard error: standard
  // output carries the JSON alone.
  const json = (run.options as { json?: boolean }).json === true;
  (json ? console.error : console.log)(`$ ${shellLine(argv)}`);
  if (run.options["dry-run"]) return "";
  const [program, ...args] = argv;
  const result = await $({
    cwd: run.options.workspace,
    nothrow: true,
    stdio: ["inherit", options.capture ? "pipe" : json ? 2 : "inherit", "inherit"],
  })`${program} ${args}`;
  if (result.exitCode !== 0)
    throw new Failure(
      `${program} failed to ${failure.what} (exit code ${result.exitCode}); its error is above`,
      failure.fix,
    );
  return result.stdout;
}

async function build(run: BuildRun): Promise<number> {
  const chosen = await engine(run, BUILD.usage);
  for (const plan of await plans(run)) {
    await runStep(run, buildCommand(chosen, plan, PLATFORM), {
      what: `build ${plan.reference}`,
      fix: `read ${chosen}'s error above: a base image it cannot pull needs the network or \`${chosen} login <registry>\`; a Dockerfile error is fixed in ${plan.dockerfile}; \`${chosen} info\` must work (or choose another engine with --engine)`,
    });
    if (!run.options["dry-run"]) console.log(`✓ built ${plan.reference}`);
  }
  return 0;
}

const DIGEST_DIRECTORY = "dist/images";

async function push(run: BuildRun, json: boolean): Promise<number> {
  const dryRun = run.options["dry-run"];
  const chosen = await engine(run, PUSH.usage);
  const selected = await plans(run);
  const dirty = selected.filter((plan) => plan.tag.endsWith("-dirty"));
  if (dirty.length > 0 && !dryRun) {
    throw new Failure(
      `${dirty.map((plan) => plan.context).join(", ")} has uncommitted changes`,
      "commit them first, so the pushed tag names a revision that exists",
    );
  }
  const digestDirectory = path.join(run.options.workspace, DIGEST_DIRECTORY);
  // The digest files are read and removed at once; a folder made only for them goes too.
  const made = dryRun ? undefined : await mkdir(digestDirectory, { recursive: true });
  try {
    const pushed = await pushEach(run, chosen, selected, json);
    if (json && !dryRun) console.log(JSON.stringify(pushed, null, 2));
  } finally {
    if (made) await rm(made, { recursive: true, force: true });
  }
  return 0;
}

type Pushed = { image: ImageName; repository: string; tag: string; digest: string };

async function pushEach(
  run: BuildRun,
  chosen: Engine,
  selected: readonly ImagePlan[],
  json: boolean,
): Promise<Pushed[]> {
  const dryRun = run.options["dry-run"];
  const pushed: Pushed[] = [];
  for (const plan of selected) {
    const commands = pushCommands(chosen, plan, `${DIGEST_DIRECTORY}/${plan.image}.digest`);
    await runStep(run, commands.push, {
      what: `push ${plan.reference}`,
      fix: `build it first (npm run images -- build ${plan.image}), and log in with write access to ${plan.repository} (\`${chosen} login ${plan.registry.split("/")[0]}\`), or push elsewhere with --registry`,
    });
    let digest = "";
    if (commands.inspect) {
      const output = await runStep(
        run,
        commands.inspect,
        {
          what: `read the digest of ${plan.reference} from the registry`,
          fix: "install docker's buildx plugin (`docker buildx version` must work), or push with podman or buildah (--engine)",
        },
        { capture: true },
      );
      if (!dryRun) digest = (JSON.parse(output) as { digest?: string }).digest ?? "";
    } else if (commands.digestFile && !dryRun) {
      const file = path.join(run.options.workspace, commands.digestFile);
      digest = await readFile(file, "utf8").then(
        (text) => text.trim(),
        () => "",
      );
      await rm(file, { force: true });
    }
    if (dryRun) continue;
    if (!IMAGE_DIGEST.test(digest)) {
      const where = commands.digestFile ? `in ${commands.digestFile}` : "from the registry";
      throw new Failure(
        `${chosen} reported no digest ${where} for ${plan.reference} (got "${digest}")`,
        "check the push's output above: the registry must have answered with the pushed manifest",
      );
    }
    pushed.push({ image: plan.image, repository: plan.repository, tag: plan.tag, digest });
    if (!json) {
      console.log(`✓ pushed ${plan.repository}:${plan.tag}@${digest}`);
      console.log(
        `  promote: npm run images -- pin ${plan.image} --environment <env> --registry ${plan.registry} --tag ${plan.tag} --digest ${digest}`,
      );
    }
  }
  return pushed;
}

async function pin(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, PIN);
  const [image] = imagesNamed(positionals, PIN.usage);
  if (values.tag === undefined || values.digest === undefined)
    throw new UsageError("pin needs --tag and --digest (as push reported them)", PIN.usage);
  const workspaceRoot = path.resolve(values.workspace);
  const plan = await planPin(workspaceRoot, values.environment, image!, {
    tag: values.tag,
    digest: values.digest,
    registry: values.registry,
  });
  if (!plan.changed) {
    console.log(`= ${plan.file} already pins ${plan.reference}`);
    return 0;
  }
  // The pins file is part of manifests/, and custom resources that take the image in parts (a SolrCloud's
  // repository and tag) are rendered from it: render with the new pins, and write only if all of it passes.
  const staged = await renderWorkspace(workspaceRoot, {
    imagePins: new Map([[values.environment, plan.text]]),
  });
  if (!staged.ok) {
    const errors = staged.reports.flatMap((report) => report.findings).filter((f) => f.severity === "error");
    console.error(formatFindings(errors));
    console.error(`✗ nothing was written: with ${plan.reference}, manifests/ fails the validation gate`);
    return 1;
  }
  console.log(`✓ pinned ${plan.reference} in ${plan.file}`);
  console.log("✓ re-rendered manifests/");
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, rest] = splitCommand(argv, USAGE, ["build", "push", "pin"]);
  switch (command) {
    case "build": {
      const { values, positionals } = parseCommandLine(rest, BUILD);
      return build({ images: imagesNamed(positionals, BUILD.usage), options: values });
    }
    case "push": {
      const { values, positionals } = parseCommandLine(rest, PUSH);
      return push({ images: imagesNamed(positionals, PUSH.usage), options: values }, values.json);
    }
    case "pin":
      return pin(rest);
    default:
      throw unknownCommand(command, ["build", "push", "pin"], USAGE);
  }
}

await runCommand(
  () => main(process.argv.slice(2)),
  (error) => {
    if (error instanceof SettingsError || error instanceof PinError)
      return `✗ nothing was written:\n${error.message}`;
    return undefined;
  },
);
