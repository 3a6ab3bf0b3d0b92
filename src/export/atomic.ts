// Crash-safe file writing for run outputs (SPEC §4): bytes go to a temporary file beside the
// target and are renamed over it only once complete, so a run that dies half way never leaves
// a truncated file under a final name. The streaming writer buffers small chunks and awaits
// the disk for large ones, so callers that await `write` never hold more than one buffer.
import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Bytes buffered before a write goes to disk; big enough to keep syscalls rare. */
const FLUSH_THRESHOLD = 1 << 20;

export interface AtomicWriter {
  /** The final path the file appears under after `commit()`. */
  readonly path: string;
  /** Append a chunk; resolves once it is buffered or on disk. A Uint8Array is copied. */
  write(chunk: string | Uint8Array): Promise<void>;
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

class TempFileWriter implements AtomicWriter {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  /** Serializes disk writes, so callers that do not await still get their chunks in order. */
  private diskQueue: Promise<void> = Promise.resolve();
  private state: 'open' | 'committed' | 'aborted' = 'open';

  constructor(
    readonly path: string,
    private readonly tempPath: string,
    private readonly handle: FileHandle,
  ) {}

  write(chunk: string | Uint8Array): Promise<void> {
    if (this.state !== 'open') return Promise.reject(new Error(`write to ${this.path} after it was ${this.state}`));
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    this.buffered.push(bytes);
    this.bufferedBytes += bytes.length;
    if (this.bufferedBytes < FLUSH_THRESHOLD) return this.diskQueue;
    return this.flush();
  }

  private flush(): Promise<void> {
    if (this.bufferedBytes === 0) return this.diskQueue;
    const [only] = this.buffered;
    const data = this.buffered.length === 1 && only ? only : Buffer.concat(this.buffered, this.bufferedBytes);
    this.buffered = [];
    this.bufferedBytes = 0;
    this.diskQueue = this.diskQueue.then(() => writeFully(this.handle, data));
    return this.diskQueue;
  }

  async commit(): Promise<void> {
    if (this.state !== 'open') throw new Error(`commit of ${this.path} after it was ${this.state}`);
    try {
      await this.flush();
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
    this.buffered = [];
    this.bufferedBytes = 0;
    await this.diskQueue.catch(() => undefined);
    await this.handle.close().catch(() => undefined);
    await unlink(this.tempPath).catch(() => undefined);
  }
}

async function writeFully(handle: FileHandle, data: Buffer): Promise<void> {
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
