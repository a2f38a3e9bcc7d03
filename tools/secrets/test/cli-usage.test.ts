// Bad input: usage errors exit 2 before anything is read; settings errors exit 1 with the file's name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWorkspace, SANDBOX_NAMESPACE, SANDBOX_SETTINGS, type Workspace } from "./support.ts";

// The sandbox settings with one invalid field.
const BROKEN = SANDBOX_SETTINGS.replace(`namespace: ${SANDBOX_NAMESPACE}\n`, "namespace: Not_A_Label\n");
const BROKEN_LINE = BROKEN.split("\n").indexOf("namespace: Not_A_Label") + 1;

let workspace: Workspace;
beforeAll(() => {
  workspace = makeWorkspace({ broken: BROKEN });
});
afterAll(() => workspace.remove());

describe("secrets: bad input", () => {
  it("should exit 1 naming the settings file of an unknown environment and the known ones", () => {
    const result = workspace.run(["nowhere", "--dry-run"]);
    expect([result.status, result.stderr]).toEqual([
      1,
      "✗ nothing was written:\nenvironments/nowhere.yaml  there is no environment named nowhere: the settings file is missing\n" +
        "    fix: use one of broken, sandbox, or create environments/nowhere.yaml from a copy of environments/sandbox.yaml (docs/environments.md describes every field)\n",
    ]);
  });

  it("should exit 1 with the settings errors of an invalid settings file", () => {
    const result = workspace.run(["broken", "--dry-run"]);
    expect([BROKEN_LINE > 0, result.status, result.stderr.split("\n")[1]]).toEqual([
      true,
      1,
      `environments/broken.yaml:${BROKEN_LINE}:12  namespace: must be a DNS label (got "Not_A_Label")`,
    ]);
  });

  // Each row: the arguments, and the first line of the error.
  it.each([
    [["sandbox", "--bogus"], "✗ Unknown option '--bogus'"],
    [["--dry-run"], "✗ missing <environment>"],
    [["sandbox", "prod"], '✗ unexpected argument "prod": it takes one <environment>'],
    [
      ["../sandbox", "--dry-run"],
      `✗ "../sandbox" is not a valid environment name: use lowercase letters, digits and '-', starting and ending with a letter or digit (it names the overlay folder and the Argo CD objects ckan-<name>, which must be Kubernetes names); use the name of a file in environments/, e.g. sandbox`,
    ],
    [["sandbox", "--dry-run", "--context", "x"], "✗ --context needs the cluster, and --dry-run uses none"],
  ])("should exit 2 with the usage for %j", (args, message) => {
    const result = workspace.run(args);
    expect([result.status, result.stderr.split("\n")[0], result.stdout]).toEqual([2, message, ""]);
    expect(result.stderr).toContain("usage: npm run secrets -- <environment> [options]");
  });
});
