// Spill files for bounded memory (docs/architecture.md, "Data flow"): each finished batch of
// enriched, redacted records is sorted, canonicalized once and written to a run file on disk;
// the exports then read all run files back in one k-way merge, in (ocid, resourceType) order.
// Only the merge heads (one line per run file) and the export writers' buffers are in memory.
import { mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalJson, compareRecords, type InventoryRecord } from '../core/record.js';
import { FileBuffer } from './atomic.js';
import { kWayMerge } from './kway.js';
import { fileLines } from './lines.js';

/** One record as the exports see it: the parsed value and its canonical line (no newline). */
export interface SpilledRecord {
  record: InventoryRecord;
  line: string;
  /** True when `record` is `JSON.parse(line)`: its objects are in canonical key order already. */
  parsed?: boolean;
}

export class SpillStore {
  private runs: string[] = [];
  /** Run files named so far: taken before any await, so concurrent batches never share a name. */
  private named = 0;
  private created: Promise<unknown> | undefined;
  private spilled = 0;

  /** `dir` is made on first use and removed, with everything in it, by `cleanup()`. */
  constructor(readonly dir: string) {}

  /** How many run files were written so far. */
  get files(): number {
    return this.runs.length;
  }

  /** How many records went to disk so far. */
  get count(): number {
    return this.spilled;
  }

  /**
   * Sorts `records` and writes them as one run file. The caller may drop the records once this
   * resolves: nothing here keeps a reference.
   */
  async add(records: readonly InventoryRecord[]): Promise<void> {
    if (records.length === 0) return;
    const path = join(this.dir, `run-${String(this.named++).padStart(5, '0')}.jsonl`);
    this.created ??= mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.created;
    const sorted = [...records].sort(compareRecords);
    const handle = await open(path, 'wx', 0o600);
    // Each line encoded straight into the file's buffer: no chunk string, no Buffer per chunk.
    const out = new FileBuffer(handle);
    try {
      for (const record of sorted) {
        const line = out.append(canonicalJson(record));
        // A disk write started by either append: the later one is queued after the earlier.
        const wait = out.append('\n') ?? line;
        if (wait) await wait;
      }
      await out.flush();
    } finally {
      await out.discard();
      await handle.close();
    }
    this.runs.push(path);
    this.spilled += sorted.length;
  }

  /**
   * Every spilled record, in (ocid, resourceType) order, from a k-way merge of the run files.
   * `dedupe`: a record whose ocid is the previous one's is left out (the same regional ocid
   * from two regions' searches; the run keeps the first).
   */
  async *merged(options: { dedupe?: boolean } = {}): AsyncGenerator<SpilledRecord> {
    if (!options.dedupe) {
      yield* mergeRuns(this.runs);
      return;
    }
    let previous: string | undefined;
    for await (const item of mergeRuns(this.runs)) {
      if (item.record.ocid === previous) continue;
      previous = item.record.ocid;
      yield item;
    }
  }

  /** Removes the spill directory; safe to call twice and when nothing was spilled. */
  async cleanup(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    this.created = undefined;
    this.runs = [];
  }
}

/**
 * Bytes read ahead per run file. The merge holds one chunk (and its parsed head) per run file,
 * a few hundred at 1M resources: readline, used before, queues up to 1,024 lines per file
 * ahead of its reader (2 MB of records each; 106 MB of heap for 47 run files at 200k).
 */
const RUN_READ_BYTES = 32 * 1024;

/**
 * The parsed records of one run file, in its (sorted) order, read a chunk at a time into one
 * buffer of its own (no read-ahead: a stream would hold a second chunk per file).
 */
async function* runFileRecords(path: string): AsyncGenerator<SpilledRecord> {
  for await (const line of fileLines(path, RUN_READ_BYTES)) yield { record: JSON.parse(line) as InventoryRecord, line, parsed: true };
}

/**
 * Merges sorted JSONL run files through the shared min-heap merge (`kWayMerge`): run files
 * number one per enriched batch, a few hundred at 1M resources. Records that compare equal
 * come from the earlier file first.
 */
export async function* mergeRuns(paths: readonly string[]): AsyncGenerator<SpilledRecord> {
  const byRecord = (a: SpilledRecord, b: SpilledRecord) => compareRecords(a.record, b.record);
  for await (const { value } of kWayMerge(paths.map(runFileRecords), byRecord)) yield value;
}
