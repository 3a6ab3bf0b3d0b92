// Discovery and enrichment as one stream per region (issue 11 items 1 and 4; docs/architecture.md,
// "Data flow: bounded memory"): a region's search pages go to disk as they arrive
// (SearchBuckets), and once its search is done the region is read back one batch of whole
// resource types at a time, enriched, and handed to `done` (redact + spill) — while the other
// regions are still searching. Global IAM records, which every region's search returns, are
// collected in a bucket of their own and enriched once, through the home region, when every
// search is done. Memory holds the buckets' write buffers, a count per (bucket, type) and one
// batch per region worker, never a region's search results.
import { groupBy, groupByCompartment } from '../core/group.js';
import { compareRecords, GLOBAL_RESOURCE_TYPES, type InventoryRecord } from '../core/record.js';
import type { RunConfig } from './config.js';
import { describeError, type DiscoveryCounts, type DiscoverySink, type RegionOutcome, recordFromSummary, runPool, searchRegion } from './discover.js';
import type { Logger, RunProgress } from './log.js';
import type { DiscoveryPort, EnrichPort } from './ports.js';
import type { SearchBuckets } from './search-buckets.js';

/** Records per enrichment batch: what is enriched and not yet spilled, per region worker. */
export const ENRICH_BATCH_RECORDS = 5_000;

export interface CollectOptions {
  regions: readonly string[];
  homeRegion: string;
  config: Pick<RunConfig, 'query' | 'includeTerminated' | 'workersRegion' | 'enrich'>;
  scope: ReadonlySet<string> | undefined;
  collectedAt: string;
  discovery: DiscoveryPort;
  enrich: EnrichPort | undefined;
  buckets: SearchBuckets;
  log: Logger;
  progress: RunProgress;
  signal?: AbortSignal | undefined;
  warn: (message: string) => void;
  /** Called once per batch, enriched or marked, in no particular order; the batch is not used after. */
  done: (records: InventoryRecord[]) => Promise<void>;
  /** Called once, when the last region's search ends. */
  onSearchesDone?: (outcomes: readonly RegionOutcome[], counts: DiscoveryCounts) => void;
  /** Records per batch (tests make it small). */
  batchRecords?: number;
  /**
   * The exports' frontier (docs/architecture.md, "Data flow"): called, once every search has
   * ended and at most one bucket is still being enriched, with an ocid below which every
   * record has been handed to `done` (and `done` has resolved): no record still to come
   * sorts before it. Never decreases. Not called while the condition does not hold.
   */
  onFrontier?: (below: string) => void;
}

export interface CollectResult {
  regions: RegionOutcome[];
  counts: DiscoveryCounts;
  /** Records handed to `done` (each ocid once, except a regional ocid two regions returned). */
  records: number;
  /** When the first batch started enriching and the last finished (epoch ms), if any did. */
  enrichStartedAt?: number;
  enrichEndedAt?: number;
}

/** The bucket of the global IAM records; region buckets are keyed `region:<name>`. */
const GLOBALS = 'globals';
const regionBucket = (region: string) => `region:${region}`;

/**
 * Searches every region (`workersRegion` at once) and enriches each as soon as its own search
 * is done; the global records go last, once every search has ended.
 */
export async function collectRegions(options: CollectOptions): Promise<CollectResult> {
  const { buckets, progress, signal, log } = options;
  const outcomes: RegionOutcome[] = [];
  const counts: DiscoveryCounts = { seen: 0, accepted: 0, droppedTerminated: 0, droppedOutOfScope: 0 };
  const result: CollectResult = { regions: outcomes, counts, records: 0 };
  const port = options.config.enrich ? options.enrich : undefined;
  const supported = port?.supportedTypes() ?? new Set<string>();
  const dependencies = port?.typeDependencies?.();
  const order = port?.typeOrder?.();
  const splittable = port?.splittableTypes?.() ?? new Set<string>();
  const target = options.batchRecords ?? ENRICH_BATCH_RECORDS;
  const dead = new Set<string>();
  /** Set by the pool when a region's work failed: the others stop at their next batch. */
  const pool = { failed: false };
  /** The smallest ocid of each batch taken from the buckets and not yet handed to `done`. */
  const inFlight = new Set<{ min: string | undefined }>();
  let enriching = 0;
  const frontier = () => {
    // Only the last bucket enriching gives the exports the CPU and memory the others used.
    if (!options.onFrontier || searchesLeft > 0 || enriching > 1) return;
    let below = buckets.minPending();
    for (const batch of inFlight) if (batch.min !== undefined && (below === undefined || batch.min < below)) below = batch.min;
    if (below !== undefined) options.onFrontier(below);
  };

  const sink: DiscoverySink = {
    accept(summary, region) {
      buckets.add(GLOBAL_RESOURCE_TYPES.has(summary.resourceType) ? GLOBALS : regionBucket(region), summary);
    },
    afterPage: () => buckets.drain(),
  };

  let searchesLeft = options.regions.length;
  let searchesDone!: () => void;
  const allSearched = new Promise<void>((resolve) => {
    searchesDone = resolve;
  });
  if (searchesLeft === 0) searchesDone();

  /** Enriches (or marks) one bucket, batch by batch, and hands each batch to `done`. */
  const enrichBucket = async (bucket: string, region: string, recordRegion: string): Promise<void> => {
    enriching++;
    try {
      await enrichBucketBatches(bucket, region, recordRegion);
    } finally {
      enriching--;
      frontier();
    }
  };
  const enrichBucketBatches = async (bucket: string, region: string, recordRegion: string): Promise<void> => {
    await buckets.settle();
    const typeCounts = buckets.typeCounts(bucket);
    const plan = planTypeBatches(typeCounts, dependencies, target, order);
    // The home region of a shard that did not search it is counted in the totals only.
    const p = progress.regions.get(region) ?? { region, search: 'done' as const, pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
    const isGlobal = bucket === GLOBALS;
    if (!isGlobal) {
      // A region's total is known once its search ends; the global records' once they are
      // read back (every region returned them: only the reading removes the repeats).
      let total = 0;
      for (const [type, n] of typeCounts) if (supported.has(type)) total += n;
      p.enrichTotal += total;
      progress.enrichTotal += total;
    }
    const started = Date.now();
    const label = isGlobal ? 'global IAM resources' : region;
    log.debug(`${label}: enrichment started, ${plan.length} batch(es)`, { phase: 'enrich', region });
    let stopped: string | undefined;
    let enriched = false;
    for (const types of plan) {
      // Another bucket's failure ends the run: stop at the next batch, spill nothing more.
      if (pool.failed) throw new Error('stopped: the run failed elsewhere');
      // Counted before the summaries leave the buckets, until the last of them is spilled (not on
      // a failure: the run fails then, and the frontier must not pass what was never spilled).
      const batch = { min: buckets.minPending(bucket, types) };
      inFlight.add(batch);
      const taken = await buckets.take(bucket, types);
      // One type bigger than a batch that reads nothing across compartments: a few compartments at a time.
      for (const summaries of splitBatch(taken, types, splittable, target)) {
        const records = summaries.map((s) => recordFromSummary(s, recordRegion, options.collectedAt));
        summaries.length = 0;
        if (records.length === 0) continue;
        records.sort(compareRecords);
        if (isGlobal) {
          let total = 0;
          for (const r of records) if (supported.has(r.resourceType)) total++;
          p.enrichTotal += total;
          progress.enrichTotal += total;
        }
        if (!options.config.enrich) {
          for (const r of records) r.enrichStatus = 'SKIPPED';
        } else if (port) {
          result.enrichStartedAt ??= Date.now();
          progress.enrichStartedAt ??= Date.now();
          const before = stopped;
          stopped = await enrichOne(port, region, records, stopped, (n) => {
            progress.enrichDone += n;
            p.enrichDone += n;
          });
          if (before === undefined && !signal?.aborted && !dead.has(region)) enriched = true;
          result.enrichEndedAt = Date.now();
        }
        result.records += records.length;
        await options.done(records);
      }
      inFlight.delete(batch);
      frontier();
    }
    if (!port || !enriched) return;
    const outcome = outcomes.find((o) => o.region === region);
    if (outcome) outcome.enrich_duration_ms = (outcome.enrich_duration_ms ?? 0) + Date.now() - started;
    log.info(`${label}: enriched ${p.enrichDone}/${p.enrichTotal}`, {
      phase: 'enrich',
      region,
      counts: { done: p.enrichDone, total: p.enrichTotal },
      duration_ms: Date.now() - started,
    });
  };

  /** Enriches one batch; returns why the region stopped, for the batches after it. */
  const enrichOne = async (
    enrichPort: EnrichPort,
    region: string,
    list: InventoryRecord[],
    stopped: string | undefined,
    advance: (n: number) => void,
  ): Promise<string | undefined> => {
    if (stopped !== undefined) {
      for (const r of list) if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType)) markError(r, stopped);
      return stopped;
    }
    if (signal?.aborted) {
      for (const r of list) if (supported.has(r.resourceType) && r.enrichStatus === 'NOT_IMPLEMENTED') markError(r, 'interrupted before enrichment');
      return undefined;
    }
    if (dead.has(region)) {
      // Its search failed; enrichment would hit the same dead endpoint.
      for (const r of list) if (supported.has(r.resourceType)) markError(r, 'region unavailable');
      return undefined;
    }
    try {
      let batchDone = 0;
      await enrichPort.enrichRegion(region, list, (n) => {
        advance(n - batchDone);
        batchDone = n;
      });
    } catch (error) {
      if (!signal?.aborted) options.warn(`enrichment in ${region} stopped: ${describeError(error)}`);
      const reason = signal?.aborted ? 'interrupted' : 'enrichment stopped';
      for (const r of list) if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType)) markError(r, reason);
      return reason;
    }
    return undefined;
  };

  const searchOptions = {
    query: options.config.query,
    includeTerminated: options.config.includeTerminated,
    scope: options.scope,
    progress,
    ...(signal ? { signal } : {}),
  };
  const items: Array<string | typeof GLOBALS_ITEM> = [...options.regions, GLOBALS_ITEM];
  await runPool(items, options.config.workersRegion, async (item) => {
    if (item === GLOBALS_ITEM) {
      // Last in the queue, so every region's search has started when a worker takes it.
      await allSearched;
      if (outcomes.length > 0 && outcomes.every((o) => o.status === 'FAILED')) {
        // Nothing of this run can be enriched: every search failed (perhaps refused).
        for (const o of outcomes) dead.add(o.region);
      }
      await enrichBucket(GLOBALS, options.homeRegion, options.homeRegion);
      return;
    }
    const region = item;
    let outcome: RegionOutcome;
    try {
      outcome = await searchRegion(options.discovery, region, searchOptions, log, sink, counts);
    } finally {
      if (--searchesLeft === 0) searchesDone();
    }
    outcomes.push(outcome);
    if (outcome.status === 'FAILED') dead.add(region);
    if (searchesLeft === 0) {
      outcomes.sort((a, b) => a.region.localeCompare(b.region));
      options.onSearchesDone?.(outcomes, counts);
      frontier();
    }
    try {
      await enrichBucket(regionBucket(region), region, region);
    } finally {
      // The global records (enriched through the home region) never need what a region's
      // batches left for its later ones (VNIC facts): only a region's own bucket ends it.
      port?.regionDone?.(region);
    }
  }, pool);
  outcomes.sort((a, b) => a.region.localeCompare(b.region));
  return result;
}

/** The pool item that stands for the global records (not a string: no region can be it). */
const GLOBALS_ITEM = Symbol('globals');

/**
 * Plans a bucket's batches from its counts per type: whole types, about `target` records
 * each (a type bigger than that is a batch of its own), every type and the types its
 * enrichment reads (transitively) in the same batch. Without dependencies (a port that does
 * not say) everything is one batch, as a region was before batching.
 */
export function planTypeBatches(
  counts: ReadonlyMap<string, number>,
  dependencies: ReadonlyMap<string, readonly string[]> | undefined,
  target: number,
  order?: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const types = [...counts.keys()].sort();
  if (!dependencies) return [types];
  // Union-find over types: a type joins the group of every type it depends on.
  const parent = new Map<string, string>();
  const find = (type: string): string => {
    let root = type;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(type, root);
    return root;
  };
  for (const type of types) {
    parent.set(type, find(type));
    for (const dependency of dependencies.get(type) ?? []) {
      const a = find(type);
      const b = find(dependency);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, { types: string[]; size: number }>();
  for (const type of types) {
    const root = find(type);
    const group = groups.get(root) ?? { types: [], size: 0 };
    group.types.push(type);
    group.size += counts.get(type) ?? 0;
    groups.set(root, group);
  }
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const group of orderGroups(groups, order)) {
    if (current.length > 0 && size + group.size > target) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(...group.types);
    size += group.size;
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  return batches;
}

/**
 * The groups in their planned order (by root type), moved so that a group comes after every
 * group holding a type one of its types is ordered after (`EnrichPort.typeOrder`). A cycle
 * (not in any table) keeps the rest in their planned order.
 */
function orderGroups<G extends { types: string[] }>(groups: ReadonlyMap<string, G>, order: ReadonlyMap<string, readonly string[]> | undefined): G[] {
  if (!order || order.size === 0) return [...groups.values()];
  const rootOf = new Map<string, string>();
  for (const [root, group] of groups) for (const type of group.types) rootOf.set(type, root);
  const after = new Map<string, Set<string>>();
  for (const [root, group] of groups) {
    const before = new Set<string>();
    for (const type of group.types) {
      for (const dependency of order.get(type) ?? []) {
        const other = rootOf.get(dependency);
        if (other !== undefined && other !== root) before.add(other);
      }
    }
    after.set(root, before);
  }
  const out: G[] = [];
  const placed = new Set<string>();
  let pending = [...groups.keys()];
  while (pending.length > 0) {
    const ready = pending.find((root) => [...(after.get(root) ?? [])].every((other) => placed.has(other))) ?? (pending[0] as string);
    placed.add(ready);
    out.push(groups.get(ready) as G);
    pending = pending.filter((root) => root !== ready);
  }
  return out;
}

/**
 * A batch's items as they are enriched: all at once, or, for one type the port may split
 * (`EnrichPort.splittableTypes`) with more than `target` items, in chunks of whole
 * compartments of about `target` each (a bigger compartment is a chunk of its own), in
 * compartment id order.
 */
export function splitBatch<T extends { compartmentId: string | null }>(items: T[], types: readonly string[], splittable: ReadonlySet<string>, target: number): T[][] {
  const [only] = types;
  if (types.length !== 1 || only === undefined || !splittable.has(only) || items.length <= target) return [items];
  const cells = groupByCompartment(items);
  const chunks: T[][] = [];
  let current: T[] = [];
  for (const key of [...cells.keys()].sort()) {
    const cell = cells.get(key) as T[];
    if (current.length > 0 && current.length + cell.length > target) {
      chunks.push(current);
      current = [];
    }
    for (const item of cell) current.push(item);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Splits records into batches of whole resource types by `planTypeBatches`, each batch in
 * (ocid, resourceType) order.
 */
export function batchByType(records: readonly InventoryRecord[], dependencies: ReadonlyMap<string, readonly string[]>, target: number): InventoryRecord[][] {
  const byType = groupBy(records, (r) => r.resourceType);
  const plan = planTypeBatches(new Map([...byType].map(([type, list]) => [type, list.length])), dependencies, target);
  return plan.map((types) => types.flatMap((type) => byType.get(type) ?? []).sort(compareRecords));
}

function markError(record: InventoryRecord, reason: string): void {
  record.enrichStatus = 'ERROR';
  record.enrichError = reason;
}
