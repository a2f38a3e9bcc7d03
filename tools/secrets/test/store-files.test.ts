import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatEnvFile, parseEnvFile, readSecretFiles, writeSecretFiles } from "../src/store-files.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "store-files-"));
  dirs.push(dir);
  return dir;
}

describe("env files", () => {
  it("should write sorted KEY=value lines under a never-commit header", () => {
    expect(formatEnvFile("redis-secrets", { Z: "z", A: "postgresql://u:p@h:1/d" })).toEqual(
      "# redis-secrets: written by `npm run secrets` (tools/secrets). Never commit this file.\n" +
        "A=postgresql://u:p@h:1/d\n" +
        "Z=z\n",
    );
  });

  it("should read back what it writes, splitting each line at the first =", () => {
    const values = { A: "x=y", B: "string:abc" };
    expect(parseEnvFile(formatEnvFile("s", values), "s.env")).toEqual(values);
  });

  it("should refuse a line that is not KEY=value, naming the file and line", () => {
    expect(() => parseEnvFile("# header\nA=1\nnot a pair\n", ".secrets/sandbox/x.env")).toThrow(
      ".secrets/sandbox/x.env:3 is not a KEY=value line",
    );
  });

  it("should refuse to write a value containing a newline", () => {
    expect(() => formatEnvFile("s", { A: "one\nB=two" })).toThrow("s A cannot be written as an env line");
  });
});

describe("the dry-run store", () => {
  it("should write 0600 files in a 0700 directory and leave no temporary file", async () => {
    const dir = path.join(tempDir(), ".secrets", "sandbox");
    await writeSecretFiles(dir, [{ name: "redis-secrets", values: { REDIS_PASSWORD: "r" } }]);
    expect(readdirSync(dir)).toEqual(["redis-secrets.env"]);
    expect(statSync(dir).mode & 0o777).toEqual(0o700);
    expect(statSync(path.join(dir, "redis-secrets.env")).mode & 0o777).toEqual(0o600);
  });

  it("should treat a missing file as a Secret that does not exist yet", async () => {
    const dir = tempDir();
    await writeSecretFiles(dir, [{ name: "redis-secrets", values: { REDIS_PASSWORD: "r" } }]);
    const existing = await readSecretFiles(dir, [
      { id: "postgres", name: "postgres-secrets" },
      { id: "redis", name: "redis-secrets" },
    ]);
    expect(existing).toEqual({ redis: { REDIS_PASSWORD: "r" } });
  });

  it("should write nothing when one of the files cannot be written", async () => {
    const dir = tempDir();
    const bad: { name: string; values: Record<string, string> }[] = [
      { name: "redis-secrets", values: { REDIS_PASSWORD: "r" } },
      { name: "ckan-secrets", values: { A: "line\nbreak" } },
    ];
    await expect(writeSecretFiles(dir, bad)).rejects.toThrow(
      "ckan-secrets A cannot be written as an env line",
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("should replace a file without changing a kept one", async () => {
    const dir = tempDir();
    await writeSecretFiles(dir, [
      { name: "a", values: { K: "1" } },
      { name: "b", values: { K: "1" } },
    ]);
    await writeSecretFiles(dir, [{ name: "b", values: { K: "2" } }]);
    expect([
      readFileSync(path.join(dir, "a.env"), "utf8"),
      readFileSync(path.join(dir, "b.env"), "utf8"),
    ]).toEqual([formatEnvFile("a", { K: "1" }), formatEnvFile("b", { K: "2" })]);
  });
});
