// How every CLI of the repository reads its command line and ends (docs/cli.md): each command declares
// its options and arguments; `--help` prints its usage and exits 0; an unknown option, a missing or an
// extra argument exits 2 with the usage; a failure exits 1 with what failed, where and the fix.
import path from "node:path";
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * `--workspace <dir>`, which every command that reads the workspace takes: another checkout to work on
 * (the tests use throw-away copies). Its default is the repository this file is in.
 */
export const WORKSPACE_OPTION = {
  workspace: { type: "string", default: path.resolve(import.meta.dirname, "../../../..") },
} as const;
/** Its line in a usage, its description starting at `column` like the other options'. */
export const workspaceHelp = (column: number): string =>
  `  ${"--workspace <dir>".padEnd(column - 2)}the workspace root (default: this repository; used by the tests)`;

/** The command line is wrong: exit 2 with the message and the command's usage. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The usage of the command whose line was wrong. */
  readonly usage: string;
  constructor(message: string, usage: string) {
    super(message);
    this.usage = usage;
  }
}

/** An expected failure, worded for the user: what failed and how to fix it (exit 1). */
export class Failure extends Error {
  readonly fix: string | undefined;
  constructor(message: string, fix?: string) {
    super(message);
    this.fix = fix;
  }
}

/** `--help` was given: print the usage, exit 0. */
class HelpRequested extends Error {}

export interface CommandSpec<T extends ParseArgsOptionsConfig> {
  /** The command's help text, starting `usage: …`. */
  readonly usage: string;
  readonly options: T;
  /** The positional arguments it takes. @default none */
  readonly arguments?: {
    /** As the usage names them, for messages: `<environment>`, `[image...]`. */
    readonly name: string;
    readonly min?: number;
    /** @default unlimited */
    readonly max?: number;
  };
}

/** Node's first sentence: the rest of its message explains `--`, which no command here needs. */
const firstSentence = (message: string) => message.split(/\. (?=[A-Z])/)[0]!;

/**
 * Parses `argv` (the words after the command's name) strictly. Throws a UsageError for anything the
 * command does not declare; `-h`/`--help` anywhere ends the command with its usage, through `runCommand`.
 */
export function parseCommandLine<T extends ParseArgsOptionsConfig>(
  argv: readonly string[],
  spec: CommandSpec<T>,
) {
  const config = { args: [...argv], options: spec.options, allowPositionals: true, strict: true } as const;
  if (argv.some((word) => word === "-h" || word === "--help")) throw new HelpRequested(spec.usage);
  let parsed;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    throw new UsageError(firstSentence((error as Error).message), spec.usage);
  }
  const { positionals } = parsed;
  const { name = "", min = 0, max = Infinity } = spec.arguments ?? { max: 0 };
  if (positionals.length > max) {
    const extra = positionals.slice(max).map((word) => `"${word}"`);
    throw new UsageError(
      max === 0
        ? `unexpected argument ${extra.join(" ")}: this command takes no arguments`
        : `unexpected argument ${extra.join(" ")}: it takes ${max === 1 ? "one" : `at most ${max}`} ${name}`,
      spec.usage,
    );
  }
  if (positionals.length < min) throw new UsageError(`missing ${name}`, spec.usage);
  return { values: parsed.values, positionals };
}

/**
 * The first word of `argv` as a command name, and the rest; `--help` (or `help`) instead of a command asks
 * for the program's usage. `known` lists the commands, for the message when none is given.
 */
export function splitCommand(
  argv: readonly string[],
  usage: string,
  known: readonly string[],
): [string, string[]] {
  const [first, ...rest] = argv;
  if (first === "-h" || first === "--help" || first === "help") throw new HelpRequested(usage);
  if (first === undefined)
    throw new UsageError(`the command is missing: use one of ${known.join(", ")}`, usage);
  if (first.startsWith("-"))
    throw new UsageError(`the command comes first, then its options (got "${first}")`, usage);
  return [first, rest];
}

/** A UsageError for a command word the program does not know. */
export function unknownCommand(command: string, known: readonly string[], usage: string): UsageError {
  return new UsageError(`unknown command "${command}": use one of ${known.join(", ")}`, usage);
}

/** How a program words failures of its own kinds; undefined leaves the error to the default wording. */
export type Explain = (error: unknown) => string | undefined;

/**
 * Runs a command to its exit code: 0 done, 1 failed, 2 usage. A usage error prints the usage it came
 * with; a Failure its fix; other errors are worded by `explain`, else by their message, never a stack.
 */
export async function runCommand(main: () => Promise<number>, explain: Explain = () => undefined) {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof HelpRequested) {
      console.log(error.message);
      process.exitCode = EXIT.ok;
    } else if (error instanceof UsageError) {
      console.error(`✗ ${error.message}\n${synopsis(error.usage)}`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof Failure) {
      console.error(`✗ ${error.message}${error.fix ? `\n    fix: ${error.fix}` : ""}`);
      process.exitCode = EXIT.failed;
    } else {
      console.error(explain(error) ?? `✗ ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = EXIT.failed;
    }
  }
}

/** The usage's first paragraph and where the rest is: what a usage error shows. */
function synopsis(usage: string): string {
  const [first] = usage.split("\n\n");
  return first === usage ? usage : `${first}\n(--help shows the whole usage)`;
}
