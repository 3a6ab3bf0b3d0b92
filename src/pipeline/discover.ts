// Discovery: every subscribed (or requested) region searched in parallel, summaries turned
// into records, terminated resources and out-of-scope compartments left out, and each ocid kept
// once — global IAM resources, which every region's search returns, with the home region.
import { subtreeOf } from '../core/compartments.js';
import { GLOBAL_RESOURCE_TYPES, type InventoryRecord, type JsonObject, type SearchSummary } from '../core/record.js';
import type { Logger, RunProgress } from './log.js';
import type { CompartmentInfo, DiscoveryPort } from './ports.js';

/** The error of a region whose search was cut short by an interrupt. */
export const INTERRUPTED_REASON = 'interrupted';

export const TERMINAL_STATES: ReadonlySet<string> = new Set(['TERMINATED', 'DELETED']);

export interface RegionOutcome {
  region: string;
  status: 'OK' | 'FAILED';
  count: number;
  error: string | null;
  /** HTTP status of the failure when the service answered (401/403 tell auth apart). */
  httpStatus?: number;
  /** Search time. */
  duration_ms: number;
  /** Enrichment time of the region's records, once enriched. */
  enrich_duration_ms?: number;
}

export interface DiscoverOptions {
  regions: string[];
  homeRegion: string;
  query: string;
  includeTerminated: boolean;
  /** Compartment subtree to keep (ocids), or undefined for the whole tenancy. */
  scope: ReadonlySet<string> | undefined;
  workers: number;
  collectedAt: string;
  /** Live counts per region (pages, records), when someone watches. */
  progress?: RunProgress;
  /** Once aborted, no region starts and running searches stop after their current page. */
  signal?: AbortSignal;
}

export interface DiscoverResult {
  records: Map<string, InventoryRecord>;
  regions: RegionOutcome[];
  seen: number;
  droppedTerminated: number;
  droppedOutOfScope: number;
}

/** The keys of a `SearchSummary` as `normalizeSummary` writes them. */
const SUMMARY_KEYS = [
  'identifier',
  'resourceType',
  'displayName',
  'compartmentId',
  'timeCreated',
  'lifecycleState',
  'availabilityDomain',
  'definedTags',
  'freeformTags',
  'systemTags',
  'identityContext',
  'additionalDetails',
] as const;

/**
 * The summary as kept in `details.searchSummary`, its keys in canonical (sorted) order when it
 * has exactly the keys of a `SearchSummary` (always, from the OCI adapter): canonicalJson then
 * writes it, and a record whose every object is in order, with one `JSON.stringify`.
 */
function searchSummaryOf(summary: SearchSummary): JsonObject {
  const keys = Object.keys(summary);
  if (keys.length !== SUMMARY_KEYS.length || !SUMMARY_KEYS.every((key) => Object.hasOwn(summary, key))) {
    return { ...summary, definedTags: summary.definedTags, systemTags: summary.systemTags } as unknown as JsonObject;
  }
  return {
    additionalDetails: summary.additionalDetails,
    availabilityDomain: summary.availabilityDomain,
    compartmentId: summary.compartmentId,
    definedTags: summary.definedTags,
    displayName: summary.displayName,
    freeformTags: summary.freeformTags,
    identifier: summary.identifier,
    identityContext: summary.identityContext,
    lifecycleState: summary.lifecycleState,
    resourceType: summary.resourceType,
    systemTags: summary.systemTags,
    timeCreated: summary.timeCreated,
  } as JsonObject;
}

/** A record from its search summary, keys in canonical order (see `searchSummaryOf`). */
export function recordFromSummary(summary: SearchSummary, region: string, collectedAt: string): InventoryRecord {
  const record: InventoryRecord = {
    collectedAt,
    compartmentId: summary.compartmentId,
    definedTags: summary.definedTags,
    details: { searchSummary: searchSummaryOf(summary) },
    displayName: summary.displayName,
    enrichError: null,
    enrichStatus: 'NOT_IMPLEMENTED',
    freeformTags: summary.freeformTags,
    lifecycleState: summary.lifecycleState,
    ocid: summary.identifier,
    region,
    relationships: [],
    resourceType: summary.resourceType,
    timeCreated: summary.timeCreated,
  };
  // `availabilityDomain` sorts first: put it there so the record is already in canonical order.
  return summary.availabilityDomain ? { availabilityDomain: summary.availabilityDomain, ...record } : record;
}

/** Compartment ocids in the subtree rooted at `root`, root included. */
export function compartmentSubtree(root: string, compartments: CompartmentInfo[]): Set<string> {
  return subtreeOf(
    root,
    compartments.map((c) => ({ id: c.ocid, parentId: c.parentId })),
  );
}

export function httpStatusOf(error: unknown): number | undefined {
  if (error && typeof error === 'object' && 'statusCode' in error) {
    const code = (error as { statusCode: unknown }).statusCode;
    return typeof code === 'number' ? code : undefined;
  }
  return undefined;
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { statusCode?: unknown; serviceCode?: unknown; message?: unknown };
    if (typeof e.statusCode === 'number') {
      return `${e.statusCode} ${typeof e.serviceCode === 'string' ? e.serviceCode : ''}`.trim() + (typeof e.message === 'string' && e.message ? `: ${firstLine(e.message)}` : '');
    }
    if (typeof e.message === 'string') return firstLine(e.message);
  }
  return String(error);
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Run `task` over `items` with at most `workers` at once. */
export async function runPool<T>(items: readonly T[], workers: number, task: (item: T) => Promise<void>, stop?: { failed: boolean }): Promise<void> {
  let next = 0;
  const state = stop ?? { failed: false };
  let first: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !state.failed) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        state.failed = true;
        first ??= { error };
      }
    }
  };
  // On a failure no new item starts, and the pool rejects only once the items under way have
  // ended: nothing of a failed run keeps writing after the caller has cleaned up (a full disk).
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
  if (first) throw first.error;
}

/** What a discovery sink receives, and the counts every region adds to. */
export interface DiscoverySink {
  /** An accepted summary (not terminated, in scope) from `region`'s search; global types included. */
  accept(summary: SearchSummary, region: string): void;
  /** Awaited after each page (backpressure: the sink may be writing to disk). */
  afterPage?(): Promise<void>;
}

export interface DiscoveryCounts {
  seen: number;
  accepted: number;
  droppedTerminated: number;
  droppedOutOfScope: number;
}

/** An error of the sink itself (a full disk): it ends the run instead of failing the region. */
export class DiscoverySinkError extends Error {
  override name = 'DiscoverySinkError';
  constructor(readonly original: unknown) {
    super(describeError(original));
  }
}

/**
 * Searches one region, handing each accepted summary to `sink` as its page arrives. A region
 * whose search fails keeps what it handed over and is returned FAILED; only a sink error throws.
 */
export async function searchRegion(
  port: DiscoveryPort,
  region: string,
  options: Omit<DiscoverOptions, 'regions' | 'homeRegion' | 'workers' | 'collectedAt'>,
  log: Logger,
  sink: DiscoverySink,
  counts: DiscoveryCounts,
): Promise<RegionOutcome> {
  const started = Date.now();
  let count = 0;
  const live = options.progress?.region(region);
  if (live) live.search = 'running';
  try {
    options.signal?.throwIfAborted();
    await port.search(
      region,
      options.query,
      async (page) => {
        for (const summary of page.items) {
          counts.seen++;
          if (!options.includeTerminated && summary.lifecycleState && TERMINAL_STATES.has(summary.lifecycleState.toUpperCase())) {
            counts.droppedTerminated++;
            continue;
          }
          if (options.scope && !(summary.compartmentId && options.scope.has(summary.compartmentId))) {
            counts.droppedOutOfScope++;
            continue;
          }
          counts.accepted++;
          try {
            sink.accept(summary, region);
          } catch (error) {
            throw new DiscoverySinkError(error);
          }
        }
        count += page.items.length;
        if (live) {
          live.pages++;
          live.records = count;
        }
        if (sink.afterPage) {
          try {
            await sink.afterPage();
          } catch (error) {
            throw new DiscoverySinkError(error);
          }
        }
      },
      options.signal,
    );
    if (live) live.search = 'done';
    log.info(`${region}: ${count} resources found`, {
      phase: 'discovery',
      region,
      counts: { records: count, pages: live?.pages ?? 0 },
      duration_ms: Date.now() - started,
    });
    return { region, status: 'OK', count, error: null, duration_ms: Date.now() - started };
  } catch (error) {
    if (error instanceof DiscoverySinkError) throw error.original;
    const httpStatus = httpStatusOf(error);
    const interrupted = options.signal?.aborted === true;
    const outcome: RegionOutcome = {
      region,
      status: 'FAILED',
      count,
      error: interrupted ? INTERRUPTED_REASON : describeError(error),
      duration_ms: Date.now() - started,
    };
    if (httpStatus !== undefined && !interrupted) outcome.httpStatus = httpStatus;
    if (live) live.search = interrupted ? 'interrupted' : 'failed';
    const message = interrupted ? `${region}: search interrupted after ${count} resources` : `${region}: discovery failed after ${count} resources: ${outcome.error}`;
    log.warn(message, { phase: 'discovery', region, counts: { records: count }, duration_ms: outcome.duration_ms });
    return outcome;
  }
}

/**
 * Every region searched into one map keyed by ocid (tests and tools; a run streams instead,
 * see run.ts): global IAM records once, with the home region.
 */
export async function discoverAll(port: DiscoveryPort, options: DiscoverOptions, log: Logger): Promise<DiscoverResult> {
  const records = new Map<string, InventoryRecord>();
  const outcomes: RegionOutcome[] = [];
  const counts: DiscoveryCounts = { seen: 0, accepted: 0, droppedTerminated: 0, droppedOutOfScope: 0 };
  const sink: DiscoverySink = {
    accept(summary, region) {
      const isGlobal = GLOBAL_RESOURCE_TYPES.has(summary.resourceType);
      // Same resource seen again: a global one from another region, or a repeat across pages.
      if (records.has(summary.identifier)) return;
      records.set(summary.identifier, recordFromSummary(summary, isGlobal ? options.homeRegion : region, options.collectedAt));
    },
  };
  await runPool(options.regions, options.workers, async (region) => {
    outcomes.push(await searchRegion(port, region, options, log, sink, counts));
  });
  outcomes.sort((a, b) => a.region.localeCompare(b.region));
  return { records, regions: outcomes, seen: counts.seen, droppedTerminated: counts.droppedTerminated, droppedOutOfScope: counts.droppedOutOfScope };
}
