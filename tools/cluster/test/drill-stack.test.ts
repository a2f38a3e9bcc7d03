import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { hostDrillStack, type HostStack } from "@ckan-openshift/e2e";
import { LIST_UPLOADS, parseUploads } from "../src/drill-stack.ts";

const run = promisify(execFile);
const root = mkdtempSync(path.join(tmpdir(), "drill-uploads-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function volume(): string {
  for (const [file, content] of Object.entries({
    "resources/0a1/b2c/0a1b2c3d-cities.csv": "city,population\nOttawa,1017449\n",
    "storage/uploads/group/2026-12-04-drill logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
    "webassets/webassets.yml": "rebuilt by CKAN",
    "empty.txt": "",
  })) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe("the uploads volume as the drills read it", () => {
  it("reads the same files, sizes and SHA-256 through kubectl exec's script as from the host's directory", async () => {
    const directory = volume();
    const { stdout } = await run("sh", ["-c", LIST_UPLOADS], {
      env: { ...process.env, CKAN_STORAGE_PATH: directory },
    });
    const inPod = parseUploads(stdout);
    const onHost = await hostDrillStack({
      volumes: { uploads: directory },
    } as unknown as HostStack).uploadedFiles();
    expect(inPod).toEqual(onHost);
    expect(Object.keys(inPod).sort()).toEqual([
      "empty.txt",
      "resources/0a1/b2c/0a1b2c3d-cities.csv",
      "storage/uploads/group/2026-12-04-drill logo.png",
    ]);
    expect(inPod["empty.txt"]).toEqual({
      bytes: 0,
      sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
  });

  it("refuses a line it cannot read rather than dropping a file", () => {
    expect(() => parseUploads("12 nothex  ./a\n")).toThrow(/cannot read the line/);
    expect(parseUploads("\n")).toEqual({});
  });
});
