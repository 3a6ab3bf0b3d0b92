// Bounded discovery (issue 11; docs/architecture.md, "Data flow"): search results go to disk
// as they arrive, one compact JSON line per summary, in one file per (bucket, resource type) —
// a bucket is a region, or the global IAM records every region's search returns. Enrichment
// reads them back one batch of whole types at a time, so memory holds a write buffer per file
// and a count per type, never the search results of a region.
import { appendFile, mkdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SearchSummary } from '../core/record.js';
import { fileLines } from '../export/lines.js';

/** Bytes buffered per file before it is appended to disk. */
const FILE_BUFFER_BYTES = 32 * 1024;
/** Bytes read at a time when a batch is read back. */
const READ_BYTES = 256 * 1024;
/** Bytes queued for disk across files before `drain()` makes discovery wait. */
const QUEUED_BYTES_LIMIT = 8 << 20;

interface TypeFile {
  path: string;
  /** Summaries written (or buffered) so far. */
  count: number;
  buffer: string;
  /** True once some of it was queued for disk (else it is all in `buffer`). */
  written: boolean;
  /** The smallest identifier added (the exports' frontier: nothing below it is still to come). */
  min: string | undefined;
}

export class SearchBuckets {
  private readonly buckets = new Map<string, Map<string, TypeFile>>();
  private named = 0;
  private created: Promise<unknown> | undefined;
  /** Every append, in order: one at a time, so appends to the same file never interleave. */
  private chain: Promise<void> = Promise.resolve();
  private queued = 0;
  private failure: unknown;

  /** `dir` is made (mode 0700) on first write; the caller removes it (it lives in the run's spill area). */
  constructor(readonly dir: string) {}

  /** Adds one summary to `bucket`; written to disk in the background (see `drain`, `settle`). */
  add(bucket: string, summary: SearchSummary): void {
    let types = this.buckets.get(bucket);
    if (!types) {
      types = new Map();
      this.buckets.set(bucket, types);
    }
    let file = types.get(summary.resourceType);
    if (!file) {
      // Numbered names: a resource type from the tenancy never becomes a path.
      file = { path: join(this.dir, `search-${String(this.named++).padStart(5, '0')}.jsonl`), count: 0, buffer: '', written: false, min: undefined };
      types.set(summary.resourceType, file);
    }
    file.count++;
    if (file.min === undefined || summary.identifier < file.min) file.min = summary.identifier;
    file.buffer += `${JSON.stringify(summary)}\n`;
    if (file.buffer.length >= FILE_BUFFER_BYTES) this.write(file);
  }

  private write(file: TypeFile): void {
    const text = file.buffer;
    file.buffer = '';
    if (text.length === 0) return;
    file.written = true;
    this.queued += text.length;
    this.created ??= mkdir(this.dir, { recursive: true, mode: 0o700 });
    const created = this.created;
    this.chain = this.chain.then(async () => {
      try {
        if (this.failure === undefined) {
          await created;
          await appendFile(file.path, text, { mode: 0o600 });
        }
      } catch (error) {
        this.failure ??= error;
      } finally {
        this.queued -= text.length;
      }
    });
  }

  /** Resolves once the writes queued are few enough: discovery awaits it after each page. */
  async drain(): Promise<void> {
    if (this.queued > QUEUED_BYTES_LIMIT) await this.chain;
    this.throwIfFailed();
  }

  /**
   * Waits until every summary queued for disk (of any bucket) is written. What is still in a file's buffer (at
   * most `FILE_BUFFER_BYTES`, what discovery held anyway) stays there and is read from memory by
   * `take`: most types of a region never fill a buffer, and writing, reopening, reading and
   * removing a file each (hundreds per region) held up the start of enrichment (issue 11 item 3).
   */
  async settle(): Promise<void> {
    await this.chain;
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** Summaries per resource type in `bucket` (repeats included). */
  typeCounts(bucket: string): Map<string, number> {
    return new Map([...(this.buckets.get(bucket) ?? [])].map(([type, file]) => [type, file.count]));
  }

  /**
   * The smallest identifier of `types` in `bucket` (every bucket and type still to be taken
   * when `bucket` is not given); undefined when there is none.
   */
  minPending(bucket?: string, types?: Iterable<string>): string | undefined {
    let min: string | undefined;
    const consider = (file: TypeFile | undefined) => {
      if (file?.min !== undefined && (min === undefined || file.min < min)) min = file.min;
    };
    if (bucket !== undefined) {
      const files = this.buckets.get(bucket);
      for (const type of types ?? files?.keys() ?? []) consider(files?.get(type));
      return min;
    }
    for (const files of this.buckets.values()) for (const file of files.values()) consider(file);
    return min;
  }

  /**
   * The summaries of `types` in `bucket`, each ocid once (the first read), and their files
   * removed. Call after `settle()`; each type is read once.
   */
  async take(bucket: string, types: Iterable<string>): Promise<SearchSummary[]> {
    const files = this.buckets.get(bucket);
    const out: SearchSummary[] = [];
    const seen = new Set<string>();
    for (const type of types) {
      const file = files?.get(type);
      if (!file) continue;
      files?.delete(type);
      if (file.count === 0) continue;
      const keep = (line: string) => {
        const summary = JSON.parse(line) as SearchSummary;
        if (!seen.has(summary.identifier)) {
          seen.add(summary.identifier);
          out.push(summary);
        }
      };
      if (file.written) {
        // A chunk at a time: a type's file is tens of MB at 1M resources, and the batch's
        // records are being built from it.
        try {
          for await (const line of fileLines(file.path, READ_BYTES)) keep(line);
          await unlink(file.path);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      }
      // Then what never left the buffer (the last summaries added), in the order added.
      const rest = file.buffer;
      file.buffer = '';
      for (let start = 0, end = rest.indexOf('\n'); end >= 0; start = end + 1, end = rest.indexOf('\n', start)) keep(rest.slice(start, end));
    }
    return out;
  }
}
