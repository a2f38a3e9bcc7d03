// The command-line contract of docs/cli.md, for every CLI and subcommand: --help prints the usage on
// stdout and exits 0; an unknown option exits 2 with the usage on stderr, naming the option.
import { describe, it } from "vitest";
import { runCli, type Cli } from "./cli-support.ts";

const COMMANDS: readonly (readonly [Cli, readonly string[]])[] = [
  ["manifests", []],
  ["manifests", ["render"]],
  ["manifests", ["check"]],
  ["manifests", ["validate"]],
  ["manifests", ["settings-from-oc"]],
  ["manifests", ["env"]],
  ["manifests", ["env", "remove"]],
  ["manifests", ["docs"]],
  ["bench", []],
  ["images", []],
  ["images", ["build"]],
  ["images", ["push"]],
  ["images", ["pin"]],
  ["secrets", []],
  ["secrets", ["seal"]],
];

const named = ([cli, words]: readonly [Cli, readonly string[]]) => [cli, ...words].join(" ");

describe("every command's line", () => {
  it.concurrent.for(COMMANDS.map((command) => [named(command), command] as const))(
    "%s --help prints its usage and exits 0",
    async ([, [cli, words]], { expect }) => {
      const result = await runCli(cli, [...words, "--help"]);
      expect(result).toMatchObject({ status: 0, stderr: "" });
      expect(result.stdout).toMatch(/^usage: /);
    },
  );

  it.concurrent.for(COMMANDS.map((command) => [named(command), command] as const))(
    "%s refuses an unknown option with exit 2 and its usage",
    async ([, [cli, words]], { expect }) => {
      const result = await runCli(cli, [...words, "--no-such-option"]);
      expect(result).toMatchObject({ status: 2, stdout: "" });
      expect(result.stderr).toMatch(/^✗ .*--no-such-option/);
      expect(result.stderr).toContain("\nusage: ");
    },
  );

  it.concurrent.for([
    ["manifests", ["help"]],
    ["manifests", ["env", "help"]],
    ["images", ["help"]],
    ["secrets", ["help"]],
  ] as const)("%s %j answers with the usage, as --help does", async ([cli, words], { expect }) => {
    const result = await runCli(cli, words);
    expect(result).toMatchObject({ status: 0, stderr: "" });
    expect(result.stdout).toMatch(/^usage: /);
  });
});
