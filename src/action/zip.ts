// A bounded reader for the artifact zip a previous run left. The archive is hostile until
// proven otherwise: its central directory is read and checked first (declared sizes against
// the cap, no two entries with one name, sane offsets), and only then are the entries the
// action needs inflated, each into a fixed file name, counting bytes as they come so a
// directory that lies about sizes stops at the cap instead of filling the runner's disk.
import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';

/** Why an archive was refused; the message is plain text (it is escaped where it is shown). */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Largest total of the declared uncompressed sizes, and of what is actually inflated. */
  maxUncompressedBytes: number;
  /** Entries in the central directory. */
  maxEntries?: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const DEFAULT_MAX_ENTRIES = 10_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function u64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ArchiveError('a zip64 size or offset is out of range');
  return Number(value);
}

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, position);
    if (bytesRead !== length) throw new ArchiveError('the archive is truncated');
    return buf;
  } finally {
    await handle.close();
  }
}

/** Reads and checks the central directory; nothing is inflated yet. */
export async function readZipDirectory(path: string, fileSize: number, limits: ZipLimits): Promise<ZipEntry[]> {
  if (fileSize < 22) throw new ArchiveError('the artifact is not a zip archive (too short)');
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(path, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError('the artifact is not a zip archive (no end of central directory)');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = eocd - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIG) throw new ArchiveError('the zip64 end of central directory is missing');
    const zip64At = u64(tail, locatorAt + 8);
    if (zip64At + 56 > fileSize) throw new ArchiveError('the zip64 end of central directory is out of range');
    const z = await readAt(path, zip64At, 56);
    if (z.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw new ArchiveError('the zip64 end of central directory is malformed');
    count = u64(z, 32);
    cdSize = u64(z, 40);
    cdOffset = u64(z, 48);
  }
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  if (count > maxEntries) throw new ArchiveError(`the archive lists ${count} entries (at most ${maxEntries} accepted)`);
  if (cdOffset + cdSize > fileSize || cdSize > MAX_DIRECTORY_BYTES) {
    throw new ArchiveError('the central directory is out of range');
  }
  const cd = await readAt(path, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let declared = 0;
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIG) throw new ArchiveError('the central directory is malformed');
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength + commentLength > cd.length) throw new ArchiveError('the central directory is malformed');
    const entry: ZipEntry = {
      name: cd.toString('utf8', at + 46, at + 46 + nameLength),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      crc: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      uncompressedSize: cd.readUInt32LE(at + 24),
      localOffset: cd.readUInt32LE(at + 42),
    };
    // Zip64 extended information: only the fields the fixed part marks as 0xFFFFFFFF, in order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = cd.readUInt16LE(extra);
      const size = cd.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const take = (): number => {
          if (field + 8 > extra + 4 + size) throw new ArchiveError('a zip64 extra field is truncated');
          const value = u64(cd, field);
          field += 8;
          return value;
        };
        if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
        if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      }
      extra += 4 + size;
    }
    at += 46 + nameLength + extraLength + commentLength;
    // The same name twice means two different contents for one path: refuse rather than guess.
    const key = entry.name.replace(/\\/g, '/').replace(/^\.\/+/, '');
    if (names.has(key)) throw new ArchiveError(`the archive holds two entries named ${JSON.stringify(entry.name.slice(0, 200))}`);
    names.add(key);
    if (entry.localOffset + 30 > fileSize || entry.localOffset + entry.compressedSize > fileSize) throw new ArchiveError('an entry lies outside the archive');
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes) {
      throw new ArchiveError(`the archive declares more than ${limits.maxUncompressedBytes} bytes uncompressed (baseline-max-size)`);
    }
    entries.push(entry);
  }
  return entries;
}

/** Counts, checksums and caps what flows through; optionally caps the longest line. */
class Meter extends Transform {
  bytes = 0;
  crc = 0;
  private lineBytes = 0;

  constructor(
    private readonly cap: number,
    private readonly what: string,
    private readonly maxLineBytes: number | undefined,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.cap) {
      done(new ArchiveError(`${this.what} inflates to more than ${this.cap} bytes`));
      return;
    }
    if (this.maxLineBytes !== undefined) {
      const last = chunk.lastIndexOf(0x0a);
      const first = chunk.indexOf(0x0a);
      // The longest line in this chunk is bounded by the runs before the first and after the last newline.
      const head = first < 0 ? chunk.length : first;
      if (this.lineBytes + head > this.maxLineBytes) {
        done(new ArchiveError(`${this.what} has a line longer than ${this.maxLineBytes} bytes`));
        return;
      }
      if (first >= 0) {
        let start = first + 1;
        while (start < chunk.length) {
          const next = chunk.indexOf(0x0a, start);
          const end = next < 0 ? chunk.length : next;
          if (end - start > this.maxLineBytes) {
            done(new ArchiveError(`${this.what} has a line longer than ${this.maxLineBytes} bytes`));
            return;
          }
          if (next < 0) break;
          start = next + 1;
        }
        this.lineBytes = chunk.length - last - 1;
      } else {
        this.lineBytes += chunk.length;
      }
    }
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }
}

/**
 * Inflates one entry into `dest`. `budget` is what may still be written in total; returns the
 * bytes written. Sizes and CRC must match the central directory.
 */
export async function extractEntry(path: string, entry: ZipEntry, dest: string, budget: number, options: { maxLineBytes?: number } = {}): Promise<number> {
  if (entry.flags & 0x1) throw new ArchiveError(`${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new ArchiveError(`${entry.name} uses compression method ${entry.method} (only stored and deflate)`);
  if (entry.uncompressedSize > budget) throw new ArchiveError(`${entry.name} declares ${entry.uncompressedSize} bytes, more than the ${budget} left under baseline-max-size`);
  const local = await readAt(path, entry.localOffset, 30);
  if (local.readUInt32LE(0) !== LOCAL_SIG) throw new ArchiveError(`${entry.name}: local header is malformed`);
  const dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const handle = await open(path, 'r');
  const meter = new Meter(entry.uncompressedSize, entry.name, options.maxLineBytes);
  try {
    const source =
      entry.compressedSize === 0
        ? Readable.from([Buffer.alloc(0)])
        : handle.createReadStream({ start: dataStart, end: dataStart + entry.compressedSize - 1, autoClose: false });
    const out = createWriteStream(dest, { mode: 0o600 });
    if (entry.method === 8) await pipeline(source, createInflateRaw(), meter, out);
    else await pipeline(source, meter, out);
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`${entry.name} could not be inflated (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await handle.close();
  }
  if (meter.bytes !== entry.uncompressedSize) throw new ArchiveError(`${entry.name} inflates to ${meter.bytes} bytes, not the ${entry.uncompressedSize} declared`);
  if (meter.crc >>> 0 !== entry.crc >>> 0) throw new ArchiveError(`${entry.name} fails its CRC check`);
  return meter.bytes;
}
