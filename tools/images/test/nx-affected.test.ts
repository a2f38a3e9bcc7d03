// `nx affected -t image-build` must build exactly the images whose inputs changed: the workspace (its
// tracked files, nx.json and project.json as they are now) is copied into a throw-away git repository,
// each change is committed, and the real Nx says which image projects it selects.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../../..");
const NX = path.join(REPO, "node_modules/nx/dist/bin/nx.js");
const env = {
  ...process.env,
  NX_DAEMON: "false",
  NX_NO_CLOUD: "true",
  NX_SKIP_NX_CACHE: "true",
  NX_TUI: "false",
};
let root: string;

const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], {
    cwd: root,
    encoding: "utf8",
  });

/** Commits the change, then asks Nx which projects with an image-build target it affects. */
function affectedImages(change: () => void): string[] {
  change();
  git("add", "-A");
  git("commit", "-q", "-m", "change");
  const output = execFileSync(
    process.execPath,
    [
      NX,
      "show",
      "projects",
      "--affected",
      "--base=HEAD~1",
      "--head=HEAD",
      "--withTarget",
      "image-build",
      "--json",
    ],
    { cwd: root, encoding: "utf8", env },
  );
  return (JSON.parse(output) as string[]).sort();
}

const append = (file: string, text: string) => () => appendFileSync(path.join(root, file), text);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "images-affected-"));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: REPO,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file !== "" && !file.startsWith("node_modules/"));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(REPO, file), path.join(root, file));
  }
  symlinkSync(path.join(REPO, "node_modules"), path.join(root, "node_modules"));
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "base");
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("nx affected -t image-build", { timeout: 60_000 }, () => {
  it("should select only the image whose Dockerfile changed", () => {
    expect(affectedImages(append("images/ckan/Dockerfile", "# a change\n"))).toEqual(["ckan-image"]);
  });

  it("should select only the image whose versions.env changed", () => {
    expect(affectedImages(append("images/postgres/versions.env", "# a change\n"))).toEqual([
      "postgres-image",
    ]);
  });

  it("should select no image for a manifests-only change (a promotion)", () => {
    const pins = "manifests/overlays/sandbox/images/kustomization.yaml";
    expect(
      affectedImages(() =>
        writeFileSync(
          path.join(root, pins),
          readFileSync(path.join(root, pins), "utf8").replace("newTag: 16.11-0", "newTag: 16.11-1"),
        ),
      ),
    ).toEqual([]);
  });

  it("should select no image when only the generator, the settings or an image's README change", () => {
    expect(
      affectedImages(() => {
        append("tools/manifests/src/build-stack.ts", "// a change\n")();
        append("environments/sandbox.yaml", "# a change\n")();
        append("images/solr/README.md", "a change\n")();
      }),
    ).toEqual([]);
  });

  it("should select each image that uses a shared script, and only those", () => {
    // No script is shared today: the imageSharedScripts named input (nx.json) is how an image opts in.
    affectedImages(() => {
      mkdirSync(path.join(root, "images/shared"));
      writeFileSync(path.join(root, "images/shared/lib.sh"), "#!/bin/sh\n");
      for (const image of ["ckan", "solr"]) {
        const file = path.join(root, `images/${image}/project.json`);
        const project = JSON.parse(readFileSync(file, "utf8"));
        project.targets["image-build"].inputs = ["image", "imageSharedScripts"];
        writeFileSync(file, JSON.stringify(project, null, 2));
      }
    });
    expect(affectedImages(append("images/shared/lib.sh", "echo changed\n"))).toEqual([
      "ckan-image",
      "solr-image",
    ]);
  });
});
