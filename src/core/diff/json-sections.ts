// Streams diff.json without holding it: each section (added, removed, changed) is appended
// to its own temporary file while the merge-join runs, then the header and the sections are
// concatenated into one temporary file that is renamed over diff.json. A diff that fails half
// way leaves no diff.json, and no stray temporary files either.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const FLUSH_BYTES = 1 << 20;

function temporaryPath(path: string, tag: string): string {
  return join(dirname(path), `.${basename(path)}.${tag}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** One JSON array's items, written one per line with the commas between them. */
export class JsonArraySection {
  private buffer = '';
  private count = 0;
  private pending: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(finalPath: string, tag: string): Promise<JsonArraySection> {
    const path = temporaryPath(finalPath, tag);
    return new JsonArraySection(path, await open(path, 'wx', 0o644));
  }

  /** Appends one already-serialized JSON value; resolves once a full buffer reached the disk. */
  async push(json: string): Promise<void> {
    this.buffer += this.count++ === 0 ? `\n${json}` : `,\n${json}`;
    if (this.buffer.length >= FLUSH_BYTES) await this.flush();
  }

  private async flush(): Promise<void> {
    const data = this.buffer;
    this.buffer = '';
    this.pending = this.pending.then(() => this.handle.write(data));
    await this.pending;
  }

  async close(): Promise<void> {
    if (this.count > 0) this.buffer += '\n';
    await this.flush();
    await this.handle.close();
  }

  async discard(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.path, { force: true });
  }
}

/**
 * Writes `{<head fields>, "<section>": [ ... ], ...}` to `finalPath` from closed sections, then
 * renames it into place. `head` is serialized first so a reader sees counts before the lists.
 */
export async function assembleJson(finalPath: string, head: Record<string, unknown>, sections: Array<[string, JsonArraySection]>): Promise<void> {
  const tempPath = temporaryPath(finalPath, 'assemble');
  try {
    const headText = JSON.stringify(head, null, 2);
    const handle = await open(tempPath, 'wx', 0o644);
    try {
      await handle.write(`${headText.slice(0, -2)},\n`);
      for (const [index, [name, section]] of sections.entries()) {
        await handle.write(`  ${JSON.stringify(name)}: [`);
        for await (const chunk of createReadStream(section.path)) await handle.write(chunk as Buffer);
        await handle.write(index === sections.length - 1 ? ']\n}\n' : '],\n');
      }
    } finally {
      await handle.close();
    }
    await rename(tempPath, finalPath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  } finally {
    for (const [, section] of sections) await rm(section.path, { force: true });
  }
}

/** Small JSON files (diff_summary.json): temp file, then rename. */
export async function writeJsonFileAtomic(path: string, value: unknown): Promise<void> {
  const tempPath = temporaryPath(path, 'write');
  try {
    const handle = await open(tempPath, 'wx', 0o644);
    await handle.write(`${JSON.stringify(value, null, 2)}\n`);
    await handle.close();
    await rename(tempPath, path);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}
