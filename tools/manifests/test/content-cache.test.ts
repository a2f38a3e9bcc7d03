import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cached } from "../src/lib/content-cache.ts";

describe("content cache", () => {
  let scratch: string;
  let tree: string;
  const inputs = () => ({ paths: [tree], parts: ["tool v1"] });

  beforeEach(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), "content-cache-"));
    tree = path.join(scratch, "tree");
    await mkdir(path.join(tree, "overlays"), { recursive: true });
    await writeFile(path.join(tree, "overlays", "kustomization.yaml"), "resources: []\n");
    vi.stubEnv("CKAN_GATE_CACHE", path.join(scratch, "cache"));
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await rm(scratch, { recursive: true, force: true });
  });

  it("should compute once while the inputs are unchanged", async () => {
    const compute = vi.fn(async () => [{ kind: "ConfigMap" }]);
    expect(await cached(inputs(), compute)).toEqual([{ kind: "ConfigMap" }]);
    expect(await cached(inputs(), compute)).toEqual([{ kind: "ConfigMap" }]);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("should compute again when a file below a directory changes", async () => {
    const compute = vi.fn(async () => "result");
    await cached(inputs(), compute);
    await writeFile(path.join(tree, "overlays", "kustomization.yaml"), "resources: [a.yaml]\n");
    await cached(inputs(), compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("should compute again when a file is added or renamed", async () => {
    const compute = vi.fn(async () => "result");
    await cached(inputs(), compute);
    await writeFile(path.join(tree, "overlays", "patch.yaml"), "");
    await cached(inputs(), compute);
    await rm(path.join(tree, "overlays", "patch.yaml"));
    await writeFile(path.join(tree, "overlays", "other.yaml"), "");
    await cached(inputs(), compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it("should compute again when the tool or its arguments differ", async () => {
    const compute = vi.fn(async () => "result");
    await cached(inputs(), compute);
    await cached({ paths: [tree], parts: ["tool v2"] }, compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("should reuse a result for a copy of the tree elsewhere", async () => {
    const compute = vi.fn(async () => "result");
    await cached(inputs(), compute);
    const copy = path.join(scratch, "copy");
    await mkdir(path.join(copy, "overlays"), { recursive: true });
    await writeFile(path.join(copy, "overlays", "kustomization.yaml"), "resources: []\n");
    await cached({ paths: [copy], parts: ["tool v1"] }, compute);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it("should not store what keep refuses or what JSON would change", async () => {
    const failed = vi.fn(async () => ({ status: 2 }));
    await cached(inputs(), failed, (result) => result.status !== 2);
    await cached(inputs(), failed, (result) => result.status !== 2);
    expect(failed).toHaveBeenCalledTimes(2);
    const dated = vi.fn(async () => ({ when: new Date(0) }));
    await cached({ paths: [tree], parts: ["dates"] }, dated);
    expect((await cached({ paths: [tree], parts: ["dates"] }, dated)).when).toBeInstanceOf(Date);
    expect(dated).toHaveBeenCalledTimes(2);
  });

  it("should store nothing when CKAN_GATE_CACHE is off", async () => {
    vi.stubEnv("CKAN_GATE_CACHE", "off");
    const compute = vi.fn(async () => "result");
    await cached(inputs(), compute);
    await cached(inputs(), compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(await readdir(scratch)).toEqual(["tree"]);
  });

  it("should keep at most 64 entries, dropping the least recently used", async () => {
    const entry = (name: string, compute = async () => name) =>
      cached({ paths: [tree], parts: [name] }, compute);
    await entry("old");
    await entry("used");
    await sleep(50); // past the file system's timestamp granularity
    for (let run = 0; run < 62; run++) await entry(`${run}`);
    await sleep(50);
    await entry("used"); // a hit
    await sleep(50);
    await entry("new");
    expect(await readdir(path.join(scratch, "cache"))).toHaveLength(64);
    const old = vi.fn(async () => "old");
    const used = vi.fn(async () => "used");
    await entry("used", used);
    await entry("old", old);
    expect(used).not.toHaveBeenCalled();
    expect(old).toHaveBeenCalledTimes(1);
  });
});
