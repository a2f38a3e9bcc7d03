// Layer 3, Dockerfiles: the rules that make an image reproducible and runnable under OpenShift's
// restricted-v2 SCC (arbitrary UID, GID 0), checked on dockerfile-ast's syntax tree of every
// images/*/Dockerfile, with build args resolved against the image's versions.env (CI passes every pin).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DockerfileParser } from "dockerfile-ast";
import type { Arg, Dockerfile, From, Instruction, ModifiableInstruction } from "dockerfile-ast";
import type { Finding } from "../finding.ts";
import type { RuleId } from "../rules.ts";

type Range = ReturnType<Instruction["getRange"]>;

export const DOCKERFILE_RULES = {
  pinnedBaseImage: "dockerfile/pinned-base-image",
  noLatest: "dockerfile/no-latest",
  noAddUrl: "dockerfile/no-add-url",
  nonRootUser: "dockerfile/non-root-user",
  groupZero: "dockerfile/group-zero",
} as const satisfies Record<string, RuleId>;

/** `KEY=value` lines of a versions.env (no quoting, no expansion: see images/ckan/versions.env). */
export function parseVersionsEnv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

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

async function versionsOf(repoRoot: string, dockerfile: string): Promise<Map<string, string>> {
  try {
    return parseVersionsEnv(
      await readFile(path.join(repoRoot, path.dirname(dockerfile), "versions.env"), "utf8"),
    );
  } catch {
    return new Map();
  }
}

/** The Dockerfile rules over every images/<name>/Dockerfile, build args from the image's versions.env. */
export async function dockerfileFindings(repoRoot: string): Promise<Finding[]> {
  const files = await dockerfiles(repoRoot);
  const perFile = await Promise.all(
    files.map(async (file) =>
      lintDockerfile(
        await readFile(path.join(repoRoot, file), "utf8"),
        file,
        await versionsOf(repoRoot, file),
      ),
    ),
  );
  return perFile.flat();
}
