// The inventory diff (SPEC §5): a streaming sorted merge-join keyed by ocid. Files oci-inv
// writes are sorted by (ocid, resourceType), so the join holds one record per side and streams
// added/removed/changed into diff.json as it goes. A file found out of order (a hand-written
// expected inventory) is detected on the first out-of-order line; the join then starts over
// with that side sorted in memory, up to UNSORTED_RECORD_LIMIT records. Duplicate ocids are
// an input error in both modes.
import { join } from 'node:path';
import type { IgnoreRules } from '../ignore.js';
import {
  duplicateError,
  type InventoryEntry,
  InventoryInputError,
  type LineBatch,
  parseCompleteLine,
  parseInventoryLine,
  readLineBatches,
  resolveInventoryFile,
  scanInventory,
} from '../inventory-reader.js';
import { canonicalJson, compareRecords, type InventoryRecord } from '../record.js';
import { containsRedaction } from '../redact.js';
import { canonicalText, compareRecordVersions, type FieldChange, recordHash } from './compare.js';
import { type LineScan, LineStripper, matchCuts, sameCutKinds } from './line-scan.js';
import { assembleJson, JsonArraySection, writeJsonFileAtomic } from './json-sections.js';

/** Records an unsorted input may hold before the diff refuses to sort it in memory. */
export const UNSORTED_RECORD_LIMIT = 250_000;
/** Items kept in memory per resource type and section, for the change report. */
export const DEFAULT_SAMPLE_PER_TYPE = 200;

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  /**
   * Same search fields, but enrichment failed on a side: not known to be unchanged. Always
   * set by diffInventories; optional so counts written before it existed still type-check.
   */
  unverified?: number;
  unchanged: number;
  total_prev: number;
  total_curr: number;
}

export interface TypeCounts {
  added: number;
  removed: number;
  changed: number;
  unverified?: number;
  unchanged: number;
}

/** A record the diff could not verify: its enrichment failed in one of the two runs. */
export interface UnverifiedResource extends ResourceRef {
  /** The enrichError of the side that failed (the current run's when both did). */
  reason: string;
}

/** What the report needs to name a resource. */
export interface ResourceRef {
  ocid: string;
  resourceType: string;
  displayName: string | null;
  compartmentId?: string | null;
  region?: string;
  lifecycleState?: string | null;
}

export interface ChangedResource {
  ocid: string;
  resourceType: string;
  displayName: string | null;
  changes: FieldChange[];
  hashBefore?: string;
  hashAfter?: string;
}

export interface DiffResult {
  prev: string;
  curr: string;
  counts: DiffCounts;
  countsByType: Record<string, TypeCounts>;
  /**
   * A bounded sample of each section (the first `samplePerType` per resource type, in ocid
   * order); `counts` has the full numbers and diff.json every item.
   */
  added: ResourceRef[];
  removed: ResourceRef[];
  changed: ChangedResource[];
  unverified: UnverifiedResource[];
  ignore: string[];
  /** Which inputs had to be sorted in memory. */
  sortedInMemory: { prev: boolean; curr: boolean };
  files?: { diff: string; summary: string };
}

export interface DiffOptions {
  /** Where diff.json and diff_summary.json go; nothing is written without it. */
  outdir?: string;
  ignore?: IgnoreRules;
  /** Only records passing this take part (check's type/compartment scope). */
  filter?: (record: InventoryRecord) => boolean;
  samplePerType?: number;
  /**
   * Applied to every baseline (prev) record as it is read: a run passes its redaction policy,
   * so an older run's raw values become the same markers as this run's.
   */
  prepareBaseline?: (record: InventoryRecord) => InventoryRecord;
  /**
   * The current inventory was written under the same prepareBaseline policy (a run's own
   * records, redacted before they were written): the fast path may then take a baseline line
   * equal to a current one outside the ignored values as already prepared, without calling
   * the hook. Sound for a hook that is idempotent and decides each value from its path, its
   * own value and the JSON kinds of its children (the Redactor); the fast path also requires
   * each cut-out value to have the same JSON kind on both sides. Without it, the fast path
   * calls the hook on a copy of the current record and checks it comes back unchanged.
   */
  currentPrepared?: boolean;
  /**
   * Compare raw lines first and parse only the pairs that differ (default true). False forces
   * the field walk for every pair: the tests use it to check both paths agree.
   */
  fastPath?: boolean;
}

export const DIFF_SCHEMA = 'oci-inv/diff@1';

/** Raised inside the join when a side turns out unsorted; never escapes diffInventories. */
class UnsortedInput extends Error {
  constructor(readonly side: 'prev' | 'curr') {
    super(`${side} is not sorted`);
  }
}

type EntrySource = AsyncIterator<InventoryEntry> | Iterator<InventoryEntry>;

/**
 * One input record in the join. From a JSONL file it starts as its raw line (`text`), with the
 * fast path's scan when it has one; `raw` is parsed only when something needs the fields.
 */
interface Item {
  ocid: string;
  resourceType: string;
  file: string;
  line: number;
  unit: 'line' | 'item';
  text?: string;
  /** The fast path's scan (current side), with where the ignored values sit in `text`. */
  scan?: LineScan;
  /** (Baseline side) the current item this line equals outside the cuts (valid values there). */
  matched?: Item;
  /** The record as read (before prepareBaseline). */
  raw?: InventoryRecord;
  /** The record as compared (after prepareBaseline on the prev side). */
  prepared?: InventoryRecord;
}

/** Where a side's items come from: raw JSONL lines (streamed in batches) or parsed entries. */
interface ItemSource {
  /**
   * The next item, `null` when a batch must be read first (`fill`), undefined at the end.
   * `hint` is the other side's current item: a baseline line is first matched against it.
   */
  next(hint: Item | undefined): Item | null | undefined;
  fill(): Promise<void>;
  close(): Promise<void>;
}

class LineSource implements ItemSource {
  private batch: string[] = [];
  private index = 0;
  private first = 1;
  private done = false;
  private readonly batches: AsyncGenerator<LineBatch>;

  constructor(
    private readonly file: string,
    private readonly stripper: LineStripper | undefined,
    /** Baseline side: match each line against the hint (the current line) before parsing it. */
    private readonly matchHint: boolean,
  ) {
    this.batches = readLineBatches(file);
  }

  next(hint: Item | undefined): Item | null | undefined {
    for (;;) {
      if (this.index >= this.batch.length) return this.done ? undefined : null;
      const index = this.index++;
      const text = this.batch[index] as string;
      // Blank lines carry no record (parseInventoryLine says the same).
      if (text.charCodeAt(0) !== 123 && text.trim() === '') continue;
      if (this.matchHint && hint?.scan) {
        // Equal outside the cuts: the same ocid and resourceType (never cut), parsed later if ever.
        if (matchCuts(text, hint.text as string, hint.scan)) {
          return { ocid: hint.ocid, resourceType: hint.resourceType, file: this.file, line: this.first + index, unit: 'line', text, matched: hint };
        }
      }
      const line = this.first + index;
      const complete = this.stripper ? parseCompleteLine(text) : undefined;
      const raw = complete ?? (parseInventoryLine(text, this.file, line) as InventoryRecord);
      const item: Item = { ocid: raw.ocid, resourceType: raw.resourceType, file: this.file, line, unit: 'line', text, raw };
      // Only a complete record (validated as written) is a template for baseline lines.
      if (complete && !this.matchHint) {
        const scan = (this.stripper as LineStripper).scan(text);
        if (scan) item.scan = scan;
      }
      return item;
    }
  }

  async fill(): Promise<void> {
    const next = await this.batches.next();
    if (next.done) {
      this.done = true;
      this.batch = [];
    } else {
      this.batch = next.value.lines;
      this.first = next.value.first;
    }
    this.index = 0;
  }

  async close(): Promise<void> {
    await this.batches.return(undefined);
  }
}

class EntryItemSource implements ItemSource {
  private pending: Item | undefined;
  private done = false;

  constructor(private readonly source: EntrySource) {}

  next(): Item | null | undefined {
    if (this.pending) {
      const item = this.pending;
      this.pending = undefined;
      return item;
    }
    return this.done ? undefined : null;
  }

  async fill(): Promise<void> {
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return;
    }
    const { record, file, line, unit } = next.value;
    this.pending = { ocid: record.ocid, resourceType: record.resourceType, file, line, unit, raw: record };
  }

  async close(): Promise<void> {
    await this.source.return?.();
  }
}

/** One side of the join: yields in-scope items, checking order and duplicates as it reads. */
class JoinSide {
  current: Item | undefined;
  total = 0;
  private last: Item | undefined;

  constructor(
    private readonly source: ItemSource,
    private readonly side: 'prev' | 'curr',
    private readonly filter: ((record: InventoryRecord) => boolean) | undefined,
    readonly prepare: ((record: InventoryRecord) => InventoryRecord) | undefined = undefined,
  ) {}

  /** Ends the underlying read (and closes its file) when the join stops early. */
  async close(): Promise<void> {
    await this.source.close();
  }

  /** Moves to the next in-scope item; awaits only when a new batch of lines must be read. */
  async advance(hint?: Item): Promise<void> {
    while (!this.step(hint)) await this.source.fill();
  }

  /** advance() without a read: false when the source needs `fill` first. */
  step(hint?: Item): boolean {
    for (;;) {
      const item = this.source.next(hint);
      if (item === null) return false;
      if (item === undefined) {
        this.current = undefined;
        return true;
      }
      const last = this.last;
      if (last) {
        if (last.ocid === item.ocid) {
          throw new InventoryInputError(item.file, item.line, `duplicate ocid ${item.ocid} (first seen at ${item.unit} ${last.line})`, 'ocid', item.unit);
        }
        if (compareRecords(last, item) > 0) throw new UnsortedInput(this.side);
      }
      this.last = item;
      if (this.filter && !this.filter(rawOf(item))) continue;
      this.total++;
      this.current = item;
      return true;
    }
  }

  /** The item's record as compared: parsed on first use, prepareBaseline applied once. */
  record(item: Item): InventoryRecord {
    if (item.prepared) return item.prepared;
    const raw = rawOf(item);
    item.prepared = this.prepare ? this.prepare(raw) : raw;
    return item.prepared;
  }
}

function rawOf(item: Item): InventoryRecord {
  item.raw ??= parseInventoryLine(item.text as string, item.file, item.line) as InventoryRecord;
  return item.raw;
}

/**
 * The fast path for a pair with the same ocid: the current record, parsed and validated, when
 * the two lines are equal once `collectedAt` and ignored values are cut out (and the baseline's
 * cut-out values are valid); undefined when the pair must be compared field by field.
 * With prepareBaseline, the fast path also needs the hook to leave the current record as it
 * is (it does for a run's own records, written under the same redaction policy): then the
 * baseline line, equal outside ignored values, is left as it is too.
 */
function fastEqual(
  before: Item,
  after: Item,
  prepare: ((record: InventoryRecord) => InventoryRecord) | undefined,
  currentPrepared: boolean,
): InventoryRecord | undefined {
  if (!after.scan || before.text === undefined) return undefined;
  const text = after.text as string;
  if (before.matched !== after) {
    if (!matchCuts(before.text, text, after.scan)) return undefined;
    before.matched = after;
  }
  const record = after.raw as InventoryRecord;
  if (prepare && currentPrepared) {
    if (!sameCutKinds(before.text, text, after.scan)) return undefined;
  } else if (prepare) {
    // The hook works in place: a second parse is what it may change.
    const probe = parseCompleteLine(text) as InventoryRecord;
    if (canonicalText(prepare(probe)) !== text) return undefined;
  }
  return record;
}

/** Reads a whole input, checks duplicates anywhere, and returns it sorted. */
async function loadSorted(path: string): Promise<InventoryEntry[]> {
  const entries: InventoryEntry[] = [];
  const firstSeen = new Map<string, number>();
  for await (const entry of scanInventory(path)) {
    const first = firstSeen.get(entry.record.ocid);
    if (first !== undefined) throw duplicateError(entry, first);
    firstSeen.set(entry.record.ocid, entry.line);
    entries.push(entry);
    if (entries.length > UNSORTED_RECORD_LIMIT) {
      throw new InventoryInputError(
        entry.file,
        entry.line,
        `is not sorted by (ocid, resourceType) and holds more than ${UNSORTED_RECORD_LIMIT} records, too many to sort in memory; ` +
          'inventories written by oci-inv are sorted (`oci-inv check --write-expected` writes a sorted expected file)',
      );
    }
  }
  return entries.sort((a, b) => compareRecords(a.record, b.record));
}

function refOf(record: InventoryRecord): ResourceRef {
  return {
    ocid: record.ocid,
    resourceType: record.resourceType,
    displayName: record.displayName,
    compartmentId: record.compartmentId,
    region: record.region,
    lifecycleState: record.lifecycleState,
  };
}

interface Sink {
  added: JsonArraySection;
  removed: JsonArraySection;
  changed: JsonArraySection;
  unverified: JsonArraySection;
}

/** A record as Resource Search saw it: what is known even when enrichment failed. */
export function searchView(record: InventoryRecord): InventoryRecord {
  const summary = record.details.searchSummary;
  return { ...record, details: summary ? { searchSummary: summary } : {}, relationships: [], enrichStatus: 'OK', enrichError: null };
}

/**
 * A change with a redaction marker on one side only (a baseline from before redaction) keeps
 * the marker and hides the other side: a report never prints a secret, old or new.
 */
function guardRedacted(change: FieldChange): FieldChange {
  const before = change.before !== undefined && containsRedaction(change.before);
  const after = change.after !== undefined && containsRedaction(change.after);
  if (before === after) return change;
  const out: FieldChange = { path: change.path };
  if (change.before !== undefined) out.before = before ? change.before : '[REDACTED]';
  if (change.after !== undefined) out.after = after ? change.after : '[REDACTED]';
  return out;
}

export async function diffInventories(prevPath: string, currPath: string, options: DiffOptions = {}): Promise<DiffResult> {
  const prevFile = await resolveInventoryFile(prevPath);
  const currFile = await resolveInventoryFile(currPath);
  const sortInMemory = { prev: false, curr: false };
  // At most two restarts: one per side found unsorted.
  for (;;) {
    try {
      return await joinOnce(prevFile, currFile, options, sortInMemory);
    } catch (error) {
      if (!(error instanceof UnsortedInput) || sortInMemory[error.side]) throw error;
      sortInMemory[error.side] = true;
    }
  }
}

async function openSource(file: string, inMemory: boolean, stripper: LineStripper | undefined, side: 'prev' | 'curr'): Promise<ItemSource> {
  if (inMemory) return new EntryItemSource((await loadSorted(file))[Symbol.iterator]());
  if (file.endsWith('.json')) return new EntryItemSource(scanInventory(file));
  return new LineSource(file, stripper, side === 'prev');
}

async function joinOnce(
  prevFile: string,
  currFile: string,
  options: DiffOptions,
  sortInMemory: { prev: boolean; curr: boolean },
): Promise<DiffResult> {
  const ignore = options.ignore;
  const samplePerType = options.samplePerType ?? DEFAULT_SAMPLE_PER_TYPE;
  const diffPath = options.outdir ? join(options.outdir, 'diff.json') : undefined;
  const summaryPath = options.outdir ? join(options.outdir, 'diff_summary.json') : undefined;
  let sink: Sink | undefined;
  // The fast path needs the raw lines; a filter reads every record anyway.
  const stripper = options.fastPath !== false && !options.filter ? new LineStripper(ignore) : undefined;
  const prev = new JoinSide(await openSource(prevFile, sortInMemory.prev, stripper, 'prev'), 'prev', options.filter, options.prepareBaseline);
  const curr = new JoinSide(await openSource(currFile, sortInMemory.curr, stripper, 'curr'), 'curr', options.filter);
  const result: DiffResult = {
    prev: prevFile,
    curr: currFile,
    counts: { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0, total_prev: 0, total_curr: 0 },
    countsByType: {},
    added: [],
    removed: [],
    changed: [],
    unverified: [],
    ignore: ignore?.texts ?? [],
    sortedInMemory: { ...sortInMemory },
  };
  const sampled = new Map<string, TypeCounts>();
  // Keyed by resourceType, which is tenancy data: a Map, so "constructor" or "__proto__" is a key.
  const byType = new Map<string, TypeCounts>();
  const typeCounts = (type: string): TypeCounts => {
    let counts = byType.get(type);
    if (!counts) {
      counts = { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0 };
      byType.set(type, counts);
      sampled.set(type, { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0 });
    }
    return counts;
  };
  const keepSample = (type: string, section: 'added' | 'removed' | 'changed' | 'unverified'): boolean => {
    const taken = sampled.get(type) as TypeCounts;
    if ((taken[section] ?? 0) >= samplePerType) return false;
    taken[section] = (taken[section] ?? 0) + 1;
    return true;
  };

  try {
    if (diffPath) {
      sink = {
        added: await JsonArraySection.create(diffPath, 'added'),
        removed: await JsonArraySection.create(diffPath, 'removed'),
        changed: await JsonArraySection.create(diffPath, 'changed'),
        unverified: await JsonArraySection.create(diffPath, 'unverified'),
      };
    }
    // The current side first: each baseline line is matched against it before any scan.
    await curr.advance();
    await prev.advance(curr.current);
    while (prev.current || curr.current) {
      const beforeItem = prev.current;
      const afterItem = curr.current;
      const order = !beforeItem ? 1 : !afterItem ? -1 : beforeItem.ocid < afterItem.ocid ? -1 : beforeItem.ocid > afterItem.ocid ? 1 : 0;
      if (order < 0 && beforeItem) {
        const before = prev.record(beforeItem);
        result.counts.removed++;
        typeCounts(before.resourceType).removed++;
        if (keepSample(before.resourceType, 'removed')) result.removed.push(refOf(before));
        if (sink) await sink.removed.push(canonicalJson(before));
        if (!prev.step(curr.current)) await prev.advance(curr.current);
      } else if (order > 0 && afterItem) {
        const after = curr.record(afterItem);
        result.counts.added++;
        typeCounts(after.resourceType).added++;
        if (keepSample(after.resourceType, 'added')) result.added.push(refOf(after));
        if (sink) await sink.added.push(canonicalJson(after));
        if (!curr.step()) await curr.advance();
      } else if (beforeItem && afterItem) {
        const same = stripper ? fastEqual(beforeItem, afterItem, prev.prepare, options.currentPrepared === true) : undefined;
        // Equal lines: `after` stands for both (enrichStatus is never cut out, so it is shared).
        const after = same ?? curr.record(afterItem);
        const before = same ?? prev.record(beforeItem);
        // A side whose enrichment failed has no details to compare: search fields only.
        const unverifiable = before.enrichStatus === 'ERROR' || after.enrichStatus === 'ERROR';
        const changes = same
          ? []
          : (unverifiable ? compareRecordVersions(searchView(before), searchView(after), ignore) : compareRecordVersions(before, after, ignore)).map(guardRedacted);
        if (changes.length === 0 && unverifiable) {
          result.counts.unverified = (result.counts.unverified ?? 0) + 1;
          const forType = typeCounts(after.resourceType);
          forType.unverified = (forType.unverified ?? 0) + 1;
          const failedSide = after.enrichStatus === 'ERROR' ? after : before;
          const entry: UnverifiedResource = { ...refOf(after), reason: failedSide.enrichError ?? 'enrichment failed' };
          if (keepSample(after.resourceType, 'unverified')) result.unverified.push(entry);
          if (sink) await sink.unverified.push(JSON.stringify(entry));
        } else if (changes.length === 0) {
          result.counts.unchanged++;
          typeCounts(after.resourceType).unchanged++;
        } else {
          result.counts.changed++;
          typeCounts(after.resourceType).changed++;
          const entry: ChangedResource = {
            ocid: after.ocid,
            resourceType: after.resourceType,
            displayName: after.displayName,
            hashBefore: recordHash(before, ignore),
            hashAfter: recordHash(after, ignore),
            changes,
          };
          if (keepSample(after.resourceType, 'changed')) result.changed.push(entry);
          if (sink) await sink.changed.push(JSON.stringify(entry));
        }
        if (!curr.step()) await curr.advance();
        if (!prev.step(curr.current)) await prev.advance(curr.current);
      }
    }
    result.counts.total_prev = prev.total;
    result.counts.total_curr = curr.total;
    result.countsByType = sortedByKey(byType);
    if (sink && diffPath && summaryPath) {
      await Promise.all([sink.added.close(), sink.removed.close(), sink.changed.close(), sink.unverified.close()]);
      const head = { schema: DIFF_SCHEMA, prev: prevFile, curr: currFile, ignore: result.ignore, counts: result.counts };
      await assembleJson(diffPath, head, [
        ['added', sink.added],
        ['removed', sink.removed],
        ['changed', sink.changed],
        ['unverified', sink.unverified],
      ]);
      sink = undefined;
      await writeJsonFileAtomic(summaryPath, diffSummary(result));
      result.files = { diff: diffPath, summary: summaryPath };
    }
    return result;
  } finally {
    await Promise.all([prev.close(), curr.close()]);
    if (sink) await Promise.all([sink.added.discard(), sink.removed.discard(), sink.changed.discard(), sink.unverified.discard()]);
  }
}

function sortedByKey<T>(map: Map<string, T>): Record<string, T> {
  // fromEntries defines own properties, so even "__proto__" stays a plain key in the result.
  return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** diff_summary.json: counts and per-type counts, small enough for any consumer to load. */
export function diffSummary(result: DiffResult): Record<string, unknown> {
  return {
    schema: DIFF_SCHEMA,
    prev: result.prev,
    curr: result.curr,
    ignore: result.ignore,
    counts: result.counts,
    counts_by_type: result.countsByType,
    sorted_in_memory: result.sortedInMemory,
  };
}
