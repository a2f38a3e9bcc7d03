// Layer 3, Dockerfiles: the rules that make an image reproducible and runnable under OpenShift's
// restricted-v2 SCC (arbitrary UID, GID 0), checked on dockerfile-ast's syntax tree of every
// images/*/Dockerfile, with build args resolved against the image's versions.env (CI passes every pin);
// and that the Dockerfile's build args and its install script's pins are exactly versions.env's keys.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import type { Arg, Dockerfile, From, Instruction, ModifiableInstruction } from "dockerfile-ast";
import { IMAGE_SOURCE_ARG, parseInstallerPins, parseVersionsFile } from "../../config/versions.ts";
import type { Finding } from "../finding.ts";
import type { RuleId } from "../rules.ts";

type Range = ReturnType<Instruction["getRange"]>;

export const DOCKERFILE_RULES = {
  pinnedBaseImage: "dockerfile/pinned-base-image",
  noLatest: "dockerfile/no-latest",
  noAddUrl: "dockerfile/no-add-url",
  nonRootUser: "dockerfile/non-root-user",
  groupZero: "dockerfile/group-zero",
  buildArgs: "dockerfile/build-args",
} as const satisfies Record<string, RuleId>;

/** `${NAME}`, `${NAME:-default}` and `$NAME` replaced by their values; names without one are listed. */
function expand(text: string, values: ReadonlyMap<string, string>): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (whole, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const name = (braced ?? bare)!;
      const resolved = values.get(name) ?? fallback;
      if (resolved === undefined) {
        unresolved.push(name);
        return whole;
      }
      return resolved;
    },
  );
  return { value, unresolved };
}

/** Tag and digest of an image reference (`registry:5000/org/name:tag@sha256:…`). */
export function imageReference(reference: string): { tag?: string; digest?: string } {
  const [named, digest] = reference.split("@", 2);
  const lastSlash = named!.lastIndexOf("/");
  const colon = named!.indexOf(":", lastSlash + 1);
  return { tag: colon >= 0 ? named!.slice(colon + 1) : undefined, digest };
}

function position(range: Range | null | undefined): string {
  return range ? `${range.start.line + 1}:${range.start.character + 1}` : "";
}

/** The words of a RUN, split into simple commands (`&&`, `||`, `;`, `|`), quotes removed. */
export function shellCommands(run: Instruction): string[][] {
  const content = run.getArgumentsContent() ?? "";
  if (content.trimStart().startsWith("[")) {
    try {
      const words = JSON.parse(content) as unknown;
      if (Array.isArray(words)) return [words.map(String)];
    } catch {
      // not exec form after all: read it as shell
    }
  }
  const commands: string[][] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const endWord = () => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < content.length; i++) {
    const char = content[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === "\\" && quote === '"' && i + 1 < content.length) word += content[++i];
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === "\\" && i + 1 < content.length) {
      word += content[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      endWord();
    } else if (char === ";" || char === "|" || char === "&") {
      if (char === "&" && content[i + 1] !== "&") {
        word += char; // `2>&1`
        inWord = true;
        continue;
      }
      if ((char === "&" || char === "|") && content[i + 1] === char) i++;
      endCommand();
    } else {
      word += char;
      inWord = true;
    }
  }
  endCommand();
  // Leading `VAR=value` assignments, `sudo` and `exec` do not change the command.
  return commands.map((command) => {
    let start = 0;
    while (
      start < command.length - 1 &&
      (/^[A-Za-z_][A-Za-z0-9_]*=/.test(command[start]!) || ["sudo", "exec"].includes(command[start]!))
    )
      start++;
    return command.slice(start);
  });
}

function isRecursive(options: readonly string[]): boolean {
  return options.some((option) => option === "--recursive" || /^-[A-Za-z]*R/.test(option));
}

function split(args: readonly string[]): { options: string[]; operands: string[] } {
  return { options: args.filter((a) => a.startsWith("-")), operands: args.filter((a) => !a.startsWith("-")) };
}

/** Paths that a command gives group 0 (`chgrp -R 0|root`, `chown -R user:0|root`). */
function groupZeroPaths(command: readonly string[]): string[] | undefined {
  const { options, operands } = split(command.slice(1));
  if (!isRecursive(options) || operands.length < 2) return undefined;
  if (command[0] === "chgrp" && ["0", "root"].includes(operands[0]!)) return operands.slice(1);
  if (command[0] === "chown" && /^[^:.]*[:.](0|root)$/.test(operands[0]!)) return operands.slice(1);
  return undefined;
}

/** Paths that a command makes group-writable (`chmod g=u`, `g+rw`, `g+rwX`, `ug+rwx`, `775`, …). */
function groupWritablePaths(command: readonly string[]): string[] | undefined {
  if (command[0] !== "chmod") return undefined;
  const { operands } = split(command.slice(1).filter((a) => a !== "--"));
  const mode = operands[0];
  if (!mode || operands.length < 2) return undefined;
  const symbolic = mode
    .split(",")
    .some((clause) => /^[ugoa]*g[ugoa]*(?:=u|[=+][rwxXst]*w[rwxXst]*)$/.test(clause));
  // Octal: the group digit is the middle one of the last three (`775`, `0775`, `2775`).
  const octal = /^[0-7]{3,4}$/.test(mode) && "2367".includes(mode.slice(-2, -1));
  return symbolic || octal ? operands.slice(1) : undefined;
}

/** Directories that a command creates (`mkdir`, `mkdir -p`, `install -d`). */
function createdDirectories(command: readonly string[]): string[] {
  if (command[0] === "mkdir") return split(command.slice(1)).operands;
  if (command[0] === "install" && command.slice(1).some((a) => /^-[A-Za-z]*d/.test(a)))
    return split(command.slice(1)).operands;
  return [];
}

function covers(paths: readonly string[], directory: string): boolean {
  const normalized = directory.replace(/\/+$/, "");
  return paths.some((p) => {
    const base = p.replace(/\/+$/, "");
    return normalized === base || normalized.startsWith(`${base}/`);
  });
}

interface Stage {
  readonly from: Instruction;
  readonly instructions: readonly Instruction[];
}

function stagesOf(dockerfile: Dockerfile): Stage[] {
  const stages: { from: Instruction; instructions: Instruction[] }[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === "FROM") stages.push({ from: instruction, instructions: [] });
    else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/** All Dockerfile rules over one file's text; `object` names it in the findings. */
export function lintDockerfile(
  text: string,
  object: string,
  versions: ReadonlyMap<string, string>,
): Finding[] {
  const findings: Finding[] = [];
  const emit = (rule: RuleId, range: Range | null | undefined, message: string, why: string, fix: string) =>
    findings.push({ rule, severity: "error", overlay: "", object, path: position(range), message, why, fix });
  const versionsFile = path.posix.join(path.posix.dirname(object), "versions.env");
  const dockerfile = DockerfileParser.parse(text);

  // Build args a FROM can use: the global ARGs (before the first FROM), valued by versions.env as
  // `--build-arg` does, else by their default.
  const buildArgs = new Map<string, string>();
  const globalArgs = new Set<string>();
  for (const arg of dockerfile.getInitialARGs() as Arg[]) {
    for (const property of arg.getProperties()) {
      globalArgs.add(property.getName());
      const value = versions.get(property.getName()) ?? property.getValue();
      if (value !== null) buildArgs.set(property.getName(), value);
    }
  }

  const stages = stagesOf(dockerfile);
  const stageNames = new Set<string>();

  const checkImage = (written: string, range: Range | null | undefined, where: string) => {
    if (written.toLowerCase() === "scratch" || stageNames.has(written.toLowerCase())) return;
    const { value, unresolved } = expand(written, buildArgs);
    const undeclared = unresolved.filter((name) => !globalArgs.has(name));
    if (undeclared.length > 0) {
      emit(
        DOCKERFILE_RULES.pinnedBaseImage,
        range,
        `${where} ${written}: ${undeclared.join(", ")} is not declared by an ARG before the first FROM`,
        "a FROM sees only the global build args: an undeclared one expands to nothing and the build fails or pulls the wrong image",
        `declare ARG ${undeclared[0]} at the top of the Dockerfile and set it in ${versionsFile}`,
      );
      return;
    }
    if (unresolved.length > 0) {
      emit(
        DOCKERFILE_RULES.pinnedBaseImage,
        range,
        `${where} ${written}: build arg ${unresolved.join(", ")} has no value in ${versionsFile} nor a default`,
        "an image whose base comes from nowhere is built from whatever the builder passes, so no two builds are sure to match",
        `add ${unresolved[0]}=<registry>/<image>:<tag> to ${versionsFile} (with its renovate: comment)`,
      );
      return;
    }
    const { tag, digest } = imageReference(value);
    const shown = value === written ? written : `${written} (= ${value})`;
    if (tag === "latest") {
      emit(
        DOCKERFILE_RULES.noLatest,
        range,
        `${where} ${shown} uses the tag latest`,
        "latest moves: the same Dockerfile builds a different image tomorrow, and a rollback cannot go back",
        `pin a version tag (e.g. python:3.11.14-slim-bookworm) in ${versionsFile}, and let Renovate propose updates`,
      );
    } else if (tag === undefined && digest === undefined) {
      emit(
        DOCKERFILE_RULES.pinnedBaseImage,
        range,
        `${where} ${shown} has no tag, so it means latest`,
        "an untagged image is latest: the same Dockerfile builds a different image tomorrow",
        `pin a version tag or a digest, as a build arg from ${versionsFile}`,
      );
    }
  };

  for (const [index, stage] of stages.entries()) {
    const from = stage.from as From;
    const image = from.getImage();
    if (image) checkImage(image, from.getImageRange(), "FROM");
    const stageName = from.getBuildStage();
    if (stageName) stageNames.add(stageName.toLowerCase());
    stageNames.add(String(index));

    for (const instruction of stage.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === "COPY") {
        const fromFlag = (instruction as ModifiableInstruction)
          .getFlags()
          .find((flag) => flag.getName() === "from");
        const source = fromFlag?.getValue();
        if (fromFlag && source) checkImage(source, fromFlag.getValueRange(), "COPY --from=");
      }
      if (keyword === "ADD") checkAdd(instruction, emit);
    }
  }

  const final = stages.at(-1);
  if (final) checkFinalStage(final, buildArgs, emit);
  return findings;
}

type Emit = (
  rule: RuleId,
  range: Range | null | undefined,
  message: string,
  why: string,
  fix: string,
) => void;

function checkAdd(add: Instruction, emit: Emit): void {
  const content = add.getArgumentsContent() ?? "";
  let words = add.getArguments().map((argument) => argument.getValue());
  if (content.trimStart().startsWith("[")) {
    try {
      words = (JSON.parse(content) as unknown[]).map(String);
    } catch {
      // shell form after all
    }
  }
  for (const source of words.slice(0, -1)) {
    if (/^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(source)) {
      emit(
        DOCKERFILE_RULES.noAddUrl,
        add.getRange(),
        `ADD ${source} downloads at build time`,
        "ADD from a URL fetches whatever the server returns that day, unverified, and breaks offline and cached builds",
        "vendor the file into the build context and COPY it, or download it in a RUN with a pinned version and a checksum (curl -fsSLo f URL && echo '<sha256>  f' | sha256sum -c -)",
      );
    }
  }
}

function checkFinalStage(stage: Stage, buildArgs: ReadonlyMap<string, string>, emit: Emit): void {
  const users = stage.instructions.filter((instruction) => instruction.getKeyword() === "USER");
  const user = users.at(-1);
  if (!user) {
    emit(
      DOCKERFILE_RULES.nonRootUser,
      stage.from.getRange(),
      "the final stage sets no USER, so the image runs as its base image's user (root for most)",
      "outside OpenShift (podman, plain Kubernetes) the image would run as root, and runAsNonRoot needs a numeric non-root USER to verify",
      "end the final stage with USER 1001 (numeric, not 0), after giving group 0 the paths written at run time",
    );
    return;
  }
  const written = user.getArgumentsContent()?.trim() ?? "";
  const name = expand(written, buildArgs).value.split(/[:]/)[0]!;
  if (name === "0" || name === "root") {
    emit(
      DOCKERFILE_RULES.nonRootUser,
      user.getRange(),
      `the final USER is ${written}: the image runs as root`,
      "a root container that escapes owns the node; restricted-v2 and Pod Security restricted reject it",
      "switch back with USER 1001 (numeric, not 0) after the steps that need root",
    );
    return;
  }
  if (!/^\d+$/.test(name)) {
    emit(
      DOCKERFILE_RULES.nonRootUser,
      user.getRange(),
      `the final USER ${written} is not numeric`,
      "the kubelet cannot verify runAsNonRoot for a user name ('image has non-numeric user … cannot verify user is non-root') and refuses to start the pod",
      "use the numeric UID, e.g. USER 1001",
    );
    return;
  }

  // An arbitrary UID with GID 0: every path written at run time must belong to group 0 and be
  // group-writable, like the owner.
  const runs = stage.instructions
    .filter((instruction) => instruction.getKeyword() === "RUN")
    .map((run) => ({ run, commands: shellCommands(run) }));
  const all = runs.flatMap(({ commands }) => commands);
  const grouped = all.flatMap((command) => groupZeroPaths(command) ?? []);
  const writable = all.flatMap((command) => groupWritablePaths(command) ?? []);
  const hasGroup = grouped.length > 0;
  const hasWritable = writable.length > 0;
  const why =
    "OpenShift runs the container with an arbitrary UID and GID 0: a path owned by a build user and not group 0 and group-writable cannot be written, and the pod crashes";
  if (!hasGroup || !hasWritable) {
    const missing = [!hasGroup && "chgrp -R 0 <dirs>", !hasWritable && "chmod -R g=u <dirs>"]
      .filter(Boolean)
      .join(" and ");
    emit(
      DOCKERFILE_RULES.groupZero,
      user.getRange(),
      `the final stage runs as ${written} but no RUN has ${missing}`,
      why,
      "in a RUN before USER: chgrp -R 0 <each directory written at run time> && chmod -R g=u <the same directories>",
    );
    return;
  }
  for (const { run, commands } of runs) {
    for (const directory of commands.flatMap(createdDirectories)) {
      if (directory.startsWith("/tmp/") || directory === "/tmp") continue;
      if (covers(grouped, directory) && covers(writable, directory)) continue;
      emit(
        DOCKERFILE_RULES.groupZero,
        run.getRange(),
        `mkdir ${directory}: no chgrp -R 0 and chmod g=u cover the directory it creates`,
        why,
        `add ${directory} to the chgrp -R 0 and chmod -R g=u of the final stage (or create it under a path they cover)`,
      );
    }
  }
}

/** Every images/<name>/Dockerfile, relative to repoRoot, sorted. */
export async function dockerfiles(repoRoot: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(repoRoot, "images"), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const file = `images/${entry.name}/Dockerfile`;
    try {
      await readFile(path.join(repoRoot, file));
      files.push(file);
    } catch {
      // an image folder without a Dockerfile
    }
  }
  return files.sort();
}

/** An install script of the image (its `pins=(...)` array): the pins it takes from its environment. */
export interface Installer {
  /** Relative to the repository, e.g. images/ckan/scripts/ckan-install. */
  readonly file: string;
  readonly pins: readonly string[];
}

/** The line (1-based) of `KEY=` in a versions.env. */
const keyLine = (text: string, key: string) =>
  text.split("\n").findIndex((line) => line.trim().startsWith(`${key}=`)) + 1;

/**
 * The build args against versions.env, the one list of pins: tools/images passes every key as a build arg
 * (and IMAGE_SOURCE), so a key without an ARG is ignored by the build, an ARG without a key is empty, and
 * a key nothing reads (no instruction, no install script the Dockerfile runs) pins nothing. An install
 * script's pins must be keys, and ARGs of the stage that runs it (a build arg reaches a RUN only there).
 */
export function lintBuildArgs(
  text: string,
  object: string,
  versionsText: string,
  installers: readonly Installer[] = [],
): Finding[] {
  const findings: Finding[] = [];
  const versionsFile = path.posix.join(path.posix.dirname(object), "versions.env");
  const emit = (on: string, at: string, message: string, why: string, fix: string) =>
    findings.push({
      rule: DOCKERFILE_RULES.buildArgs,
      severity: "error",
      overlay: "",
      object: on,
      path: at,
      message,
      why,
      fix,
    });
  let versions: Record<string, string>;
  try {
    versions = parseVersionsFile(versionsText, versionsFile);
  } catch (error) {
    emit(
      versionsFile,
      "",
      (error as Error).message,
      "every tool reads versions.env with one parser (tools/manifests/src/config/versions.ts), which refuses the line",
      "write the line as KEY=value (no quotes, no spaces around =), or a # comment",
    );
    return findings;
  }
  const keys = Object.keys(versions);
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const args = new Map<string, Instruction>();
  for (const instruction of instructions)
    if (instruction.getKeyword() === "ARG")
      for (const property of (instruction as Arg).getProperties())
        if (!args.has(property.getName())) args.set(property.getName(), instruction);
  const used = new Set<string>();
  for (const instruction of instructions) {
    if (instruction.getKeyword() === "ARG") continue;
    for (const match of instruction.getTextContent().matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
      used.add(match[1]!);
  }

  // A global ARG without a value is the pinned-base-image rule's to report (its FROM cannot resolve it).
  const unresolvedGlobals = new Set(
    (dockerfile.getInitialARGs() as Arg[])
      .flatMap((arg) => arg.getProperties())
      .filter((property) => property.getValue() === null)
      .map((property) => property.getName()),
  );
  for (const [name, arg] of args) {
    if (name === IMAGE_SOURCE_ARG || Object.hasOwn(versions, name) || unresolvedGlobals.has(name)) continue;
    emit(
      object,
      position(arg.getRange()),
      `ARG ${name} has no pin in ${versionsFile}`,
      "tools/images passes exactly versions.env's keys (and IMAGE_SOURCE) as build args: this one is always empty",
      `add ${name}=<value> to ${versionsFile} (with its renovate: comment), or remove the ARG`,
    );
  }

  // Which installers the Dockerfile runs, and the ARGs of the stage each runs in.
  const stages = stagesOf(dockerfile);
  const run = installers.map((installer) => {
    const name = path.posix.basename(installer.file);
    const stage = stages.find((candidate) =>
      candidate.instructions.some(
        (instruction) =>
          instruction.getKeyword() === "RUN" &&
          shellCommands(instruction).some((words) =>
            words.some((word) => path.posix.basename(word) === name),
          ),
      ),
    );
    const stageArgs = new Set(
      (stage?.instructions ?? [])
        .filter((instruction) => instruction.getKeyword() === "ARG")
        .flatMap((instruction) => (instruction as Arg).getProperties().map((p) => p.getName())),
    );
    return { installer, stage, stageArgs };
  });
  const installed = new Set(run.filter(({ stage }) => stage).flatMap(({ installer }) => installer.pins));

  for (const key of keys) {
    const at = `${keyLine(versionsText, key)}:1`;
    if (!args.has(key)) {
      emit(
        versionsFile,
        at,
        `${key} has no ARG in ${object}`,
        "tools/images passes it as a build arg, but the build ignores a build arg the Dockerfile does not declare: the pin changes nothing",
        `declare ARG ${key} in the stage that uses it (before the first FROM for a base image), or remove the key`,
      );
    } else if (!used.has(key) && !installed.has(key)) {
      emit(
        versionsFile,
        at,
        `${key} is declared but nothing uses it: no instruction of ${object} names it and no install script it runs installs it`,
        "a pin nothing reads changes nothing: a bump or a Renovate update would look applied and not be",
        `use it (\${${key}}), add it to the pins=(...) of the install script that should install it, or remove it`,
      );
    }
  }
  for (const { installer, stage, stageArgs } of run) {
    for (const pin of installer.pins) {
      if (!Object.hasOwn(versions, pin)) {
        emit(
          installer.file,
          "",
          `pins ${pin}, which ${versionsFile} does not have`,
          "the install script takes its pins from build args, and tools/images passes only versions.env's keys: the build stops on the missing pin",
          `add ${pin}=<version> to ${versionsFile} (with its renovate: comment), or remove it from pins=(...)`,
        );
      } else if (stage && !stageArgs.has(pin)) {
        emit(
          object,
          position(stage.from.getRange()),
          `the stage that runs ${path.posix.basename(installer.file)} does not declare ARG ${pin}`,
          "a build arg reaches a RUN only in a stage that declares it: the script finds the pin unset",
          `add ARG ${pin} to that stage, next to the others`,
        );
      }
    }
  }
  return findings;
}

/** The install scripts under images/<image>/scripts/: those that list their pins in `pins=(...)`. */
async function installersOf(repoRoot: string, image: string): Promise<Installer[]> {
  const dir = path.posix.join(image, "scripts");
  let names: string[];
  try {
    names = await readdir(path.join(repoRoot, dir));
  } catch {
    return [];
  }
  const installers: Installer[] = [];
  for (const name of names.sort()) {
    const file = path.posix.join(dir, name);
    const pins = parseInstallerPins(await readFile(path.join(repoRoot, file), "utf8").catch(() => ""));
    if (pins) installers.push({ file, pins });
  }
  return installers;
}

/**
 * The Dockerfile rules over every images/<name>/Dockerfile, build args from the image's versions.env, and
 * the build args and install scripts' pins against versions.env's keys.
 */
export async function dockerfileFindings(repoRoot: string): Promise<Finding[]> {
  const files = await dockerfiles(repoRoot);
  const perFile = await Promise.all(
    files.map(async (file) => {
      const image = path.posix.dirname(file);
      const text = await readFile(path.join(repoRoot, file), "utf8");
      const versionsText = await readFile(path.join(repoRoot, image, "versions.env"), "utf8").catch(
        () => undefined,
      );
      if (versionsText === undefined) return lintDockerfile(text, file, new Map());
      const buildArgs = lintBuildArgs(text, file, versionsText, await installersOf(repoRoot, image));
      let versions: Record<string, string>;
      try {
        versions = parseVersionsFile(versionsText, `${image}/versions.env`);
      } catch {
        return buildArgs; // which names the line: nothing else can be judged without the pins
      }
      return [...lintDockerfile(text, file, new Map(Object.entries(versions))), ...buildArgs];
    }),
  );
  return perFile.flat();
}
