// The SHA-256 of every regular file in a tar stream, computed while the stream goes by, so a backup's
// checksums describe exactly the bytes in its archive (not a second read of a volume that may change).
// Reads ustar, GNU long names and pax headers: what GNU tar --format=posix writes.
import { createHash, type Hash } from "node:crypto";
import { Writable } from "node:stream";

const BLOCK = 512;

/** Path (without a leading ./) → sha256 hex of its content. */
export type FileChecksums = Record<string, string>;

function text(header: Buffer, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString("utf8");
}

function octal(header: Buffer, start: number, length: number): number {
  const value = text(header, start, length).trim();
  if (!/^[0-7]*$/.test(value)) throw new Error(`not a tar archive: bad octal field "${value}"`);
  return value === "" ? 0 : parseInt(value, 8);
}

/** pax extended header records: `<length> <key>=<value>\n`. */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1) break;
    const length = Number(data.subarray(offset, space).toString("ascii"));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString("utf8");
    const equals = record.indexOf("=");
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1);
    offset += length;
  }
  return records;
}

const normalise = (name: string) => name.replace(/^(\.\/)+/, "").replace(/\/+$/, "");

/** A Writable that indexes the tar written to it; `checksums()` is complete once it has finished. */
export class TarIndex extends Writable {
  private readonly files: FileChecksums = {};
  private pending = Buffer.alloc(0);
  /** Bytes of the current entry's data still to come, and the padding after them. */
  private remaining = 0;
  private padding = 0;
  private hash: Hash | undefined;
  private current = "";
  /** Metadata entries (pax, GNU long name) collect their data here instead of hashing it. */
  private metadata: Buffer[] | undefined;
  private metadataType = "";
  private nextName: string | undefined;
  private ended = false;

  checksums(): FileChecksums {
    if (!this.ended) throw new Error("the tar archive ended before its end-of-archive blocks");
    return { ...this.files };
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void): void {
    try {
      this.consume(chunk);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private consume(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    while (data.length > 0) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, data.length);
        const part = data.subarray(0, take);
        if (this.metadata) this.metadata.push(Buffer.from(part));
        else this.hash?.update(part);
        this.remaining -= take;
        data = data.subarray(take);
        if (this.remaining === 0) this.finishEntry();
        continue;
      }
      if (this.padding > 0) {
        const skip = Math.min(this.padding, data.length);
        this.padding -= skip;
        data = data.subarray(skip);
        continue;
      }
      if (this.ended) return; // the zero blocks (and any record padding) after the end
      if (data.length < BLOCK) {
        this.pending = Buffer.from(data);
        return;
      }
      this.header(data.subarray(0, BLOCK));
      data = data.subarray(BLOCK);
    }
  }

  private header(block: Buffer): void {
    if (block.every((byte) => byte === 0)) {
      this.ended = true;
      return;
    }
    const size = octal(block, 124, 12);
    const type = String.fromCharCode(block[156]!);
    const prefix = text(block, 345, 155);
    const name = this.nextName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    this.remaining = size;
    this.padding = (BLOCK - (size % BLOCK)) % BLOCK;
    this.metadata = undefined;
    this.hash = undefined;
    if (type === "x" || type === "L") {
      this.metadata = [];
      this.metadataType = type;
    } else {
      this.nextName = undefined;
      if (type === "0" || type === "\0" || type === "7") {
        this.current = normalise(name);
        this.hash = createHash("sha256");
      }
    }
    if (size === 0) this.finishEntry();
  }

  private finishEntry(): void {
    if (this.metadata) {
      const data = Buffer.concat(this.metadata);
      this.nextName =
        this.metadataType === "L"
          ? data.toString("utf8").replace(/\0+$/, "")
          : (paxRecords(data).path ?? this.nextName);
      this.metadata = undefined;
    } else if (this.hash) {
      this.files[this.current] = this.hash.digest("hex");
      this.hash = undefined;
    }
  }
}
