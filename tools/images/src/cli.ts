#!/usr/bin/env node
// npm run images -- build|push|pin ... (see USAGE and tools/images/README.md).
// Exit codes: 0 done, 1 failed (for pin: nothing written), 2 usage.
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { $ } from "zx";
import type { ImageName } from "@ckan-openshift/manifests/config/versions.ts";
import { renderWorkspace } from "@ckan-openshift/manifests/render.ts";
import { IMAGE_DIGEST } from "@ckan-openshift/manifests/settings/image-pins.ts";
import { SettingsError } from "@ckan-openshift/manifests/settings/load-settings.ts";
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
import { pinImage, PinError } from "./pin.ts";

const USAGE = `usage: npm run images -- <command> [image...] [options]

  build [image...]   build each image (default: all of ${IMAGE_NAMES.join(", ")}) from images/<image>,
                     with its versions.env as build arguments, OCI labels and the tag <version>-<commit>
  push [image...]    push each built image and print its digest
  pin <image>        record a pushed image for one environment in
                     manifests/overlays/<environment>/images/kustomization.yaml

  --engine <name>    ${ENGINES.join(", ")} (default: the first of them that works here)
  --registry <reg>   registry and organisation (build, push default: ${DEFAULT_REGISTRY};
                     pin default: keep the environment's)
  --revision <sha>   the commit being built, 40 hex digits (default: HEAD)
  --created <time>   RFC 3339 creation time (default: the revision's commit time)
  --source <url>     the repository URL for org.opencontainers.image.source (default: $GITHUB_SERVER_URL/
                     $GITHUB_REPOSITORY in GitHub Actions, else git's origin)
  --dry-run          print the exact commands and run nothing
  --json             push: print the pushed images as JSON
  --environment <e>  pin: the environment (default: sandbox)
  --tag <tag>        pin: the tag push reported
  --digest <digest>  pin: the sha256: digest push reported
  --workspace <dir>  the workspace root (default: this repository; used by the tests)`;

function parseArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        engine: { type: "string" },
        registry: { type: "string" },
        revision: { type: "string" },
        created: { type: "string" },
        source: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        environment: { type: "string", default: "sandbox" },
        tag: { type: "string" },
        digest: { type: "string" },
        workspace: { type: "string", default: path.resolve(import.meta.dirname, "../../..") },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
}

function usage(message?: string): never {
  if (message) console.error(`✗ ${message}`);
  console.error(USAGE);
  process.exit(2);
}

class CommandError extends Error {}

const { values, positionals } = parseArguments();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...names] = positionals;
const workspaceRoot = path.resolve(values.workspace);
const dryRun = values["dry-run"];
const sh = $({ cwd: workspaceRoot, quiet: true });

function imagesToHandle(): ImageName[] {
  for (const name of names) {
    if (!isImageName(name))
      usage(`unknown image "${name}": use one of ${IMAGE_NAMES.join(", ")} (the folders under images/)`);
  }
  return names.length > 0 ? (names as ImageName[]) : IMAGE_NAMES;
}

async function git(...args: string[]): Promise<string> {
  return (await sh`git ${args}`).stdout.trim();
}

function rfc3339Utc(time: string, from: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime()))
    throw new CommandError(`${from}: "${time}" is not a date; use RFC 3339, e.g. 2026-01-31T12:00:00Z`);
  return date.toISOString().replace(/\.000Z$/, "Z");
}

async function sourceUrl(): Promise<string> {
  if (values.source) return values.source;
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = process.env;
  if (server && repository) return `${server}/${repository}`;
  const origin = await git("config", "--get", "remote.origin.url").catch(() => "");
  // git@host:org/repo.git → https://host/org/repo, the form the label expects.
  const url = origin.replace(/^git@([^:]+):/, "https://$1/").replace(/\.git$/, "");
  if (!url)
    throw new CommandError(
      "no repository URL for org.opencontainers.image.source: pass --source <url> (or add git's origin)",
    );
  return url;
}

async function revisionFor(image: ImageName): Promise<Revision> {
  const source = await sourceUrl();
  if (values.revision !== undefined) {
    if (!COMMIT.test(values.revision))
      throw new CommandError(
        `--revision: "${values.revision}" is not a full commit id; pass 40 hex digits, e.g. $(git rev-parse HEAD)`,
      );
    const created = values.created ?? (await git("show", "-s", "--format=%cI", values.revision));
    return { commit: values.revision, created: rfc3339Utc(created, "--created"), source };
  }
  const commit = await git("rev-parse", "HEAD");
  const created = values.created ?? (await git("show", "-s", "--format=%cI", commit));
  const dirty = (await git("status", "--porcelain", "--", `images/${image}`)) !== "";
  return { commit, created: rfc3339Utc(created, "--created"), source, dirty };
}

async function plans(): Promise<ImagePlan[]> {
  const registry = values.registry ?? DEFAULT_REGISTRY;
  return Promise.all(
    imagesToHandle().map(async (image) =>
      planImage(workspaceRoot, image, registry, await revisionFor(image)),
    ),
  );
}

async function engine(): Promise<Engine> {
  if (values.engine !== undefined) {
    if (!isEngine(values.engine)) usage(`--engine: "${values.engine}" is not one of ${ENGINES.join(", ")}`);
    return values.engine;
  }
  return detectEngine(async (program, args) => {
    const result = await $({ quiet: true, nothrow: true, timeout: "20s" })`${program} ${args}`;
    return { ok: result.exitCode === 0, error: result.stderr || result.stdout };
  });
}

/**
 * Prints the command as a shell line, then runs it (unless --dry-run) with its output shown. With
 * --json, both go to standard error: standard output carries the JSON alone.
 */
async function run(argv: readonly string[], options: { capture?: boolean } = {}): Promise<string> {
  (values.json ? console.error : console.log)(`$ ${shellLine(argv)}`);
  if (dryRun) return "";
  const [program, ...args] = argv;
  const shown = values.json ? 2 : "inherit";
  const result = await $({
    cwd: workspaceRoot,
    stdio: ["inherit", options.capture ? "pipe" : shown, "inherit"],
  })`${program} ${args}`;
  return result.stdout;
}

async function build(): Promise<number> {
  const chosen = await engine();
  for (const plan of await plans()) {
    await run(buildCommand(chosen, plan, PLATFORM));
    if (!dryRun) (values.json ? console.error : console.log)(`✓ built ${plan.reference}`);
  }
  return 0;
}

const DIGEST_DIRECTORY = "dist/images";

async function push(): Promise<number> {
  const chosen = await engine();
  const pushed: { image: ImageName; repository: string; tag: string; digest: string }[] = [];
  const selected = await plans();
  const dirty = selected.filter((plan) => plan.tag.endsWith("-dirty"));
  if (dirty.length > 0 && !dryRun) {
    throw new CommandError(
      `${dirty.map((plan) => plan.context).join(", ")} has uncommitted changes: commit them first, so the pushed tag names a revision that exists`,
    );
  }
  if (!dryRun) await mkdir(path.join(workspaceRoot, DIGEST_DIRECTORY), { recursive: true });
  for (const plan of selected) {
    const commands = pushCommands(chosen, plan, `${DIGEST_DIRECTORY}/${plan.image}.digest`);
    await run(commands.push);
    let digest = "";
    if (commands.inspect) {
      const output = await run(commands.inspect, { capture: true });
      if (!dryRun) digest = (JSON.parse(output) as { digest?: string }).digest ?? "";
    } else if (commands.digestFile && !dryRun) {
      const file = path.join(workspaceRoot, commands.digestFile);
      digest = await readFile(file, "utf8").then(
        (text) => text.trim(),
        () => "",
      );
      await rm(file, { force: true });
    }
    if (dryRun) continue;
    if (!IMAGE_DIGEST.test(digest)) {
      const where = commands.digestFile ? `in ${commands.digestFile}` : "from the registry";
      throw new CommandError(
        `${chosen} reported no digest ${where} for ${plan.reference} (got "${digest}"); check the push's output above`,
      );
    }
    pushed.push({ image: plan.image, repository: plan.repository, tag: plan.tag, digest });
    if (!values.json) {
      console.log(`✓ pushed ${plan.repository}:${plan.tag}@${digest}`);
      console.log(
        `  promote: npm run images -- pin ${plan.image} --environment <env> --registry ${plan.registry} --tag ${plan.tag} --digest ${digest}`,
      );
    }
  }
  if (values.json && !dryRun) console.log(JSON.stringify(pushed, null, 2));
  return 0;
}

async function pin(): Promise<number> {
  if (names.length !== 1) usage("pin takes exactly one image");
  const [image] = imagesToHandle();
  if (values.tag === undefined || values.digest === undefined)
    usage("pin needs --tag and --digest (as push reported them)");
  const result = await pinImage(workspaceRoot, values.environment, image!, {
    tag: values.tag,
    digest: values.digest,
    registry: values.registry,
  });
  console.log(
    result.changed
      ? `✓ pinned ${result.reference} in ${result.file}`
      : `= ${result.file} already pins ${result.reference}`,
  );
  if (!result.changed) return 0;
  // Custom resources that take the image in parts (a SolrCloud's repository and tag) are rendered from the
  // pins, so the rest of manifests/ follows the pin and the drift check stays green.
  const staged = await renderWorkspace(workspaceRoot);
  if (!staged.ok) {
    console.error("✗ the pin is written, but render failed: run `npm run render` to see why");
    return 1;
  }
  console.log("✓ re-rendered manifests/");
  return 0;
}

async function main(): Promise<number> {
  switch (command) {
    case "build":
      return build();
    case "push":
      return push();
    case "pin":
      return pin();
    default:
      return usage(command ? `unknown command "${command}"` : undefined);
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof SettingsError || error instanceof PinError) {
    console.error(`✗ nothing was written:\n${error.message}`);
  } else if (error instanceof CommandError) {
    console.error(`✗ ${error.message}`);
  } else {
    console.error(`✗ ${(error as Error).message}`);
  }
  process.exitCode = 1;
}
