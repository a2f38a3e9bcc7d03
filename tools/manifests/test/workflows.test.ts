// The workflows' own rules, which actionlint does not enforce: least privilege, pinned actions,
// concurrency groups, and no expression expanded inside a shell script.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { REPO } from "./helpers.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

const files = [
  ...readdirSync(path.join(REPO, ".github/workflows")).map((file) => `.github/workflows/${file}`),
  ".github/actions/pin-images/action.yml",
];
const text = (file: string) => readFileSync(path.join(REPO, file), "utf8");
const steps = (file: string): Obj[] => {
  const document = parse(text(file));
  return document.runs?.steps ?? Object.values<Obj>(document.jobs).flatMap((job) => job.steps ?? []);
};

describe("GitHub workflows", () => {
  it.each(files)("%s pins every third-party action by commit SHA, with its tag in a comment", (file) => {
    const uses = text(file)
      .split("\n")
      .filter((line) => /^\s*(- )?uses: /.test(line) && !/uses: \.\//.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(files)(
    "%s expands no ${{ }} expression inside a shell script (env: carries the values)",
    (file) => {
      const scripts = steps(file).flatMap((step) => (typeof step.run === "string" ? [step.run] : []));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((script) => script.includes("${{"))).toEqual([]);
    },
  );

  it.each(files.filter((file) => file.startsWith(".github/workflows/")))(
    "%s reads the repository only, by default, and runs in a concurrency group",
    (file) => {
      const workflow = parse(text(file));
      expect(workflow.permissions).toEqual({ contents: "read" });
      expect(workflow.concurrency.group).toMatch(/\$\{\{ .+ \}\}|^[\w-]+$/);
    },
  );

  it("should give write access only to the jobs that commit, comment or open pull requests", () => {
    const writers = files
      .filter((file) => file.startsWith(".github/workflows/"))
      .flatMap((file) =>
        Object.entries<Obj>(parse(text(file)).jobs)
          .filter(([, job]) => Object.values(job.permissions ?? {}).includes("write"))
          .map(
            ([name, job]) =>
              `${path.basename(file)}:${name}:${Object.keys(job.permissions)
                .filter((k) => job.permissions[k] === "write")
                .join(",")}`,
          ),
      );
    expect(writers.sort()).toEqual([
      "ci.yml:rendered-diff:pull-requests",
      "images.yml:pin-sandbox:contents",
      "images.yml:promote-gov-dev:contents,pull-requests",
    ]);
  });
});
