// The tar index against archives GNU tar itself writes: long names, empty and binary files, nested
// directories, and the stream cut at every size.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, describe, expect, it } from "vitest";
import { TarIndex } from "../src/tar-index.ts";

const root = mkdtempSync(path.join(tmpdir(), "tar-index-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");
const longName = `storage/uploads/resources/${"a".repeat(40)}/${"b".repeat(90)}.csv`;
const files: Record<string, Buffer> = {
  "storage/uploads/group/logo.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
  "storage/empty.txt": Buffer.alloc(0),
  [longName]: Buffer.from("id,city\n1,Ottawa\n"),
  "storage/uploads/resources/abc/def/0123456789": Buffer.alloc(70_000, 7),
};
for (const [file, data] of Object.entries(files)) {
  mkdirSync(path.join(root, "volume", path.dirname(file)), { recursive: true });
  writeFileSync(path.join(root, "volume", file), data);
}
mkdirSync(path.join(root, "volume", "webassets"));
writeFileSync(path.join(root, "volume", "webassets", "bundle.js"), "x");
const expected = Object.fromEntries(Object.entries(files).map(([file, data]) => [file, sha(data)]));

function archive(format: string): Buffer {
  return execFileSync(
    "tar",
    ["--create", "--file=-", `--format=${format}`, "--sort=name", "--exclude=./webassets", "."],
    {
      cwd: path.join(root, "volume"),
      maxBuffer: 2 ** 24,
    },
  );
}

async function index(data: Buffer, chunk: number) {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += chunk)
    parts.push(data.subarray(offset, offset + chunk));
  const tarIndex = new TarIndex();
  await pipeline(Readable.from(parts), tarIndex);
  return tarIndex.checksums();
}

describe("TarIndex", () => {
  // posix (pax headers) is what the backup writes; gnu has its own long-name entries.
  for (const format of ["posix", "gnu"]) {
    it(`gives every regular file's SHA-256 of a GNU tar --format=${format} archive`, async () => {
      expect(await index(archive(format), 65_536)).toEqual(expected);
    });
  }

  it("gives the same result however the stream is cut", async () => {
    const data = archive("posix");
    for (const chunk of [1, 511, 512, 513, 10_000]) expect(await index(data, chunk)).toEqual(expected);
  });

  it("refuses an archive cut short", async () => {
    const data = archive("posix");
    const tarIndex = new TarIndex();
    await pipeline(Readable.from([data.subarray(0, 2048)]), tarIndex);
    expect(() => tarIndex.checksums()).toThrow("the tar archive ended before its end-of-archive blocks");
  });
});
