import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readIfPresent, writeFilesAtomically } from "../src/atomic-files.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atomic-files-"));
  dirs.push(dir);
  return dir;
}
const MODES = { file: 0o644, directory: 0o755 };

describe("writeFilesAtomically", () => {
  it("should create the directory and write every file with the mode given, leaving no temporary file", async () => {
    const dir = path.join(tempDir(), "a", "b");
    await writeFilesAtomically(
      dir,
      [
        { name: "x.yaml", text: "x\n" },
        { name: "y.yaml", text: "y\n" },
      ],
      MODES,
    );
    expect(readdirSync(dir)).toEqual(["x.yaml", "y.yaml"]);
    expect(readFileSync(path.join(dir, "y.yaml"), "utf8")).toEqual("y\n");
    expect(statSync(path.join(dir, "x.yaml")).mode & 0o777).toEqual(0o644);
  });

  it("should leave the previous files and no temporary one when any file cannot be written", async () => {
    const dir = tempDir();
    await writeFilesAtomically(dir, [{ name: "x.yaml", text: "old\n" }], MODES);
    // A name inside a directory that does not exist fails after x.yaml's new text was staged.
    const failing = writeFilesAtomically(
      dir,
      [
        { name: "x.yaml", text: "new\n" },
        { name: "missing/y.yaml", text: "y\n" },
      ],
      MODES,
    );
    await expect(failing).rejects.toMatchObject({
      message: expect.stringContaining(`cannot write to ${dir}`),
      fix: "check that the directory is writable",
    });
    expect(readdirSync(dir)).toEqual(["x.yaml"]);
    expect(readFileSync(path.join(dir, "x.yaml"), "utf8")).toEqual("old\n");
  });
});

describe("readIfPresent", () => {
  it("should return the text of a file, and nothing for a missing one", async () => {
    const dir = tempDir();
    await writeFilesAtomically(dir, [{ name: "a.env", text: "A=1\n" }], MODES);
    expect(await readIfPresent(path.join(dir, "a.env"))).toBe("A=1\n");
    expect(await readIfPresent(path.join(dir, "missing.env"))).toBeUndefined();
  });

  it("should name the file and the fix when it exists but cannot be read", async () => {
    const dir = tempDir();
    await expect(readIfPresent(dir)).rejects.toMatchObject({
      message: expect.stringContaining(`cannot read ${dir}`),
      fix: "check the file's permissions",
    });
  });
});
