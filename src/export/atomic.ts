// Crash-safe file writing for run outputs (SPEC §4): bytes go to a temporary file beside the
// target and are renamed over it only once complete, so a run that dies half way never leaves
// a truncated file under a final name. The streaming writer buffers small chunks and awaits
// the disk for large ones, so callers that await `write` never hold more than one buffer.
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes buffered before a write goes to disk; big enough to keep syscalls rare. */
export const FLUSH_THRESHOLD = 1 << 20;

export interface AtomicWriter {
  /** The final path the file appears under after `commit()`. */
  readonly path: string;
  /** Append a chunk; resolves once it is buffered or on disk. A Uint8Array is copied. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** `write` for hot loops: undefined when only buffered, else a disk write to await before more. */
  append(chunk: string | Uint8Array): Promise<void> | undefined;
  /** Flush, fsync and rename the file into place. */
  commit(): Promise<void>;
  /** Drop the temporary file; the final path is left as it was. Safe to call twice. */
  abort(): Promise<void>;
}

/** The temporary name: hidden, in the same directory (rename is atomic only within one filesystem). */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function openAtomicWriter(path: string): Promise<AtomicWriter> {
  const tempPath = temporaryPathFor(path);
  const handle = await open(tempPath, 'wx', 0o644);
  return new TempFileWriter(path, tempPath, handle);
}

/**
 * Text and bytes appended to an open file through one reused buffer: a string is encoded
 * straight into it (no Buffer per chunk, no concatenation), and the buffer goes to disk when
 * the next chunk would not fit. At most two buffers exist: one filling, one being written
 * (`write` returns the disk write a caller should await before more is buffered). Disk writes
 * run one at a time, in order, so chunks keep their order even when writes are not awaited.
 */
export class FileBuffer {
  private buffer: Buffer;
  private used = 0;
  private spare: Buffer | undefined;
  private diskQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly handle: FileHandle,
    private readonly capacity = FLUSH_THRESHOLD,
  ) {
    this.buffer = Buffer.allocUnsafeSlow(capacity);
  }

  /** Appends a chunk (a string as UTF-8; a Uint8Array is copied); resolves once it is buffered or on disk. */
  write(chunk: string | Uint8Array): Promise<void> {
    return this.append(chunk) ?? this.diskQueue;
  }

  /**
   * `write` for hot loops: undefined when the chunk was only buffered, else the disk write it
   * started, to await before appending more (no promise, no await per chunk otherwise).
   */
  append(chunk: string | Uint8Array): Promise<void> | undefined {
    const room = this.capacity - this.used;
    if (typeof chunk === 'string') {
      // Three bytes per UTF-16 unit at most: the exact length is counted only near the end.
      if (chunk.length * 3 > room) {
        const bytes = Buffer.byteLength(chunk, 'utf8');
        if (bytes > room) return this.overflow(chunk, bytes);
      }
      this.used += this.buffer.write(chunk, this.used, 'utf8');
    } else {
      if (chunk.length > room) return this.overflow(chunk, chunk.length);
      this.buffer.set(chunk, this.used);
      this.used += chunk.length;
    }
    return undefined;
  }

  /** A chunk that does not fit: the buffer goes to disk, then the chunk is buffered or written alone. */
  private overflow(chunk: string | Uint8Array, bytes: number): Promise<void> {
    this.flush();
    if (bytes > this.capacity) {
      const alone = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
      this.queue(alone, undefined);
    } else {
      this.append(chunk);
    }
    return this.diskQueue;
  }

  /** Sends what is buffered to disk; resolves once every write so far is on disk. */
  flush(): Promise<void> {
    if (this.used === 0) return this.diskQueue;
    const full = this.buffer;
    const data = full.subarray(0, this.used);
    this.buffer = this.spare ?? Buffer.allocUnsafeSlow(this.capacity);
    this.spare = undefined;
    this.used = 0;
    this.queue(data, full);
    return this.diskQueue;
  }

  private queue(data: Buffer, reuse: Buffer | undefined): void {
    this.diskQueue = this.diskQueue.then(async () => {
      await writeFully(this.handle, data);
      if (reuse) this.spare = reuse;
    });
  }

  /** Drops what is buffered and waits for the writes in flight, whatever their outcome. */
  async discard(): Promise<void> {
    this.used = 0;
    await this.diskQueue.catch(() => undefined);
  }
}

class TempFileWriter implements AtomicWriter {
  private readonly out: FileBuffer;
  private state: 'open' | 'committed' | 'aborted' = 'open';

  constructor(
    readonly path: string,
    private readonly tempPath: string,
    private readonly handle: FileHandle,
  ) {
    this.out = new FileBuffer(handle);
  }

  write(chunk: string | Uint8Array): Promise<void> {
    if (this.state !== 'open') return Promise.reject(new Error(`write to ${this.path} after it was ${this.state}`));
    return this.out.write(chunk);
  }

  append(chunk: string | Uint8Array): Promise<void> | undefined {
    if (this.state !== 'open') throw new Error(`write to ${this.path} after it was ${this.state}`);
    return this.out.append(chunk);
  }

  async commit(): Promise<void> {
    if (this.state !== 'open') throw new Error(`commit of ${this.path} after it was ${this.state}`);
    try {
      await this.out.flush();
      await this.handle.sync();
      await this.handle.close();
      await rename(this.tempPath, this.path);
      this.state = 'committed';
    } catch (error) {
      await this.abort();
      throw error;
    }
    await syncDirectory(dirname(this.path));
  }

  async abort(): Promise<void> {
    if (this.state === 'committed') return;
    this.state = 'aborted';
    await this.out.discard();
    await this.handle.close().catch(() => undefined);
    await unlink(this.tempPath).catch(() => undefined);
  }
}

async function writeFully(handle: FileHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    offset += bytesWritten;
  }
}

/** Makes the rename itself durable. Not every platform lets a directory be opened (Windows). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: the data is complete either way
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Runs `fill` against a fresh atomic writer: commits when it resolves, aborts when it throws,
 * so no caller can forget the temporary file on an error path.
 */
export async function withAtomicWriter<T>(path: string, fill: (writer: AtomicWriter) => Promise<T>): Promise<T> {
  const writer = await openAtomicWriter(path);
  let result: T;
  try {
    result = await fill(writer);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.commit();
  return result;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await withAtomicWriter(path, (writer) => writer.write(data));
}
