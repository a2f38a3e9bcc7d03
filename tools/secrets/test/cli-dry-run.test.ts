// `npm run secrets -- sandbox --dry-run` end to end: the real CLI in a throwaway workspace.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseEnvFile } from "../src/store-files.ts";
import { makeWorkspace, type Workspace } from "./support.ts";

const FILES = ["ckan-secrets.env", "postgres-secrets.env", "redis-secrets.env"];

let workspace: Workspace;
let dir: string;
beforeEach(() => {
  workspace = makeWorkspace();
  dir = path.join(workspace.root, ".secrets", "sandbox");
});
afterEach(() => workspace.remove());

const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
const allValues = () => FILES.flatMap((file) => Object.values(parseEnvFile(read(file), file)));

describe("secrets --dry-run", () => {
  it("should write one 0600 env file per Secret and report them created", () => {
    const result = workspace.run(["sandbox", "--dry-run"]);
    expect([result.status, result.stderr]).toEqual([0, ""]);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    expect(FILES.map((file) => statSync(path.join(dir, file)).mode & 0o777)).toEqual([0o600, 0o600, 0o600]);
    expect(result.stdout).toContain("  ✓ created    redis-secrets     REDIS_PASSWORD\n");
    expect(result.stdout).toContain("3 Secrets: 3 created. Values are not shown (add --show).");
  });

  it("should keep existing files byte for byte on a second run", () => {
    workspace.run(["sandbox", "--dry-run"]);
    const before = FILES.map(read);
    const result = workspace.run(["sandbox", "--dry-run"]);
    expect(result.status).toEqual(0);
    expect(FILES.map(read)).toEqual(before);
    expect(result.stdout).toContain("3 Secrets: 3 kept.");
  });

  it("should replace every file with --rotate and warn about the running stack", () => {
    workspace.run(["sandbox", "--dry-run"]);
    const before = FILES.map(read);
    const result = workspace.run(["sandbox", "--dry-run", "--rotate"]);
    expect(result.status).toEqual(0);
    expect(FILES.filter((file, i) => read(file) === before[i])).toEqual([]);
    expect(result.stdout).toContain("3 Secrets: 3 rotated.");
    expect(result.stderr).toContain("⚠ --rotate replaces every value.");
  });

  it("should print no value without --show", () => {
    const result = workspace.run(["sandbox", "--dry-run"]);
    const values = allValues();
    expect(values.length).toEqual(14);
    expect(values.filter((value) => result.stdout.includes(value) || result.stderr.includes(value))).toEqual(
      [],
    );
  });

  it("should print every value with --show", () => {
    workspace.run(["sandbox", "--dry-run"]);
    const result = workspace.run(["sandbox", "--dry-run", "--show"]);
    expect(allValues().filter((value) => !result.stdout.includes(value))).toEqual([]);
    expect(result.stdout).toContain(
      `      REDIS_PASSWORD=${parseEnvFile(read("redis-secrets.env"), "").REDIS_PASSWORD}\n`,
    );
  });

  it("should compose the missing ckan-secrets from the kept postgres and redis files", () => {
    workspace.run(["sandbox", "--dry-run"]);
    const postgres = parseEnvFile(read("postgres-secrets.env"), "");
    const redis = parseEnvFile(read("redis-secrets.env"), "");
    rmSync(path.join(dir, "ckan-secrets.env"));
    const result = workspace.run(["sandbox", "--dry-run"]);
    const ckan = parseEnvFile(read("ckan-secrets.env"), "");
    expect(result.stdout).toContain("1 created, 2 kept.");
    expect(new URL(ckan.CKAN_SQLALCHEMY_URL!).password).toEqual(postgres.CKAN_DB_PASSWORD);
    expect(new URL(ckan.CKAN_DATASTORE_READ_URL!).password).toEqual(postgres.DATASTORE_READONLY_PASSWORD);
    expect(new URL(ckan.CKAN_REDIS_URL!).password).toEqual(redis.REDIS_PASSWORD);
  });

  it("should refuse, writing nothing, when kept URLs no longer match a regenerated password", () => {
    workspace.run(["sandbox", "--dry-run"]);
    const ckanBefore = read("ckan-secrets.env");
    rmSync(path.join(dir, "postgres-secrets.env"));
    const result = workspace.run(["sandbox", "--dry-run"]);
    expect(result.status).toEqual(1);
    expect(result.stderr).toMatch(
      /^✗ kept values disagree with what they are composed from: ckan-secrets CKAN_SQLALCHEMY_URL \(from postgres-secrets CKAN_DB_PASSWORD\);.*\n {4}fix: delete \.secrets\/sandbox\/ckan-secrets\.env so it is composed again/,
    );
    expect(readdirSync(dir).sort()).toEqual(["ckan-secrets.env", "redis-secrets.env"]);
    expect(read("ckan-secrets.env")).toEqual(ckanBefore);
  });

  it("should refuse a malformed env file, naming it and the line", () => {
    workspace.run(["sandbox", "--dry-run"]);
    writeFileSync(path.join(dir, "redis-secrets.env"), "REDIS_PASSWORD\n");
    const result = workspace.run(["sandbox", "--dry-run"]);
    expect(result.status).toEqual(1);
    expect(result.stderr).toEqual(
      `✗ ${path.join(dir, "redis-secrets.env")}:1 is not a KEY=value line\n    fix: correct that line, or delete ${path.join(dir, "redis-secrets.env")} to generate it again\n`,
    );
  });
});
