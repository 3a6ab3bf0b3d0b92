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

  /**
   * A merge of the run files that starts before the last one is spilled (see `SpillFollower`):
   * the exports of what is already on disk, below the frontier, while the last batches enrich.
   */
  follow(): SpillFollower {
    return new SpillFollower(() => this.runs);
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

interface LiveHead {
  source: number;
  iterator: AsyncIterator<SpilledRecord>;
  current: SpilledRecord;
}

/**
 * The k-way merge of a `SpillStore`'s run files while more are still being spilled (issue 11
 * item 3, the run's tail; docs/architecture.md, "Data flow"): a record is yielded once its ocid
 * is below the frontier (`advance`: every record still to be spilled sorts at or after it) or
 * once `finish` says every run file is written; until then the stream waits. Run files join the
 * merge in the order they were written, so ties (the same ocid from two regions) go to the
 * earlier file, as in `mergeRuns`; the output is the same sequence as `merged()` after the
 * last spill. `fail` makes the stream throw (its consumer then writes nothing in place).
 */
export class SpillFollower {
  private below: string | undefined;
  private all = false;
  private failure: { error: unknown } | undefined;
  private wake: (() => void) | undefined;
  /** Records yielded so far. */
  yielded = 0;

  constructor(private readonly runs: () => readonly string[]) {}

  /** Every record still to come has an ocid at or after `below` (a lower value is ignored). */
  advance(below: string): void {
    if (this.below !== undefined && below <= this.below) return;
    this.below = below;
    this.notify();
  }

  /** Every run file is written: the rest of the merge may go. */
  finish(): void {
    this.all = true;
    this.notify();
  }

  /** The run failed: the stream throws `error` instead of waiting or yielding more. */
  fail(error: unknown): void {
    this.failure ??= { error };
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  async *records(options: { dedupe?: boolean } = {}): AsyncGenerator<SpilledRecord> {
    const heap: LiveHead[] = [];
    const iterators: Array<AsyncIterator<SpilledRecord>> = [];
    const before = (a: LiveHead, b: LiveHead): boolean => {
      const order = compareRecords(a.current.record, b.current.record);
      return order < 0 || (order === 0 && a.source < b.source);
    };
    const swap = (i: number, j: number) => {
      [heap[i], heap[j]] = [heap[j] as LiveHead, heap[i] as LiveHead];
    };
    const siftUp = (at: number) => {
      while (at > 0) {
        const up = (at - 1) >> 1;
        if (!before(heap[at] as LiveHead, heap[up] as LiveHead)) return;
        swap(at, up);
        at = up;
      }
    };
    const siftDown = (at: number) => {
      for (;;) {
        const left = 2 * at + 1;
        if (left >= heap.length) return;
        const right = left + 1;
        const child = right < heap.length && before(heap[right] as LiveHead, heap[left] as LiveHead) ? right : left;
        if (!before(heap[child] as LiveHead, heap[at] as LiveHead)) return;
        swap(at, child);
        at = child;
      }
    };
    let previous: string | undefined;
    try {
      for (;;) {
        if (this.failure) throw this.failure.error;
        const runs = this.runs();
        while (iterators.length < runs.length) {
          const source = iterators.length;
          const iterator = runFileRecords(runs[source] as string)[Symbol.asyncIterator]();
          iterators.push(iterator);
          const first = await iterator.next();
          if (!first.done) {
            heap.push({ source, iterator, current: first.value });
            siftUp(heap.length - 1);
          }
        }
        const head = heap[0];
        if (head && (this.all || (this.below !== undefined && head.current.record.ocid < this.below))) {
          const item = head.current;
          const next = await head.iterator.next();
          if (!next.done) head.current = next.value;
          else {
            const last = heap.pop() as LiveHead;
            if (heap.length > 0) heap[0] = last;
          }
          if (heap.length > 0) siftDown(0);
          if (options.dedupe && item.record.ocid === previous) continue;
          previous = item.record.ocid;
          this.yielded++;
          yield item;
          continue;
        }
        if (iterators.length < this.runs().length) continue;
        if (!head && this.all) return;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
    } finally {
      for (const iterator of iterators) await iterator.return?.();
    }
  }
}
