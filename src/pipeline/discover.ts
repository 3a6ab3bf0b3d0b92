// Discovery: every subscribed (or requested) region searched in parallel, summaries turned
// into records, terminated resources and out-of-scope compartments left out, and each ocid kept
// once — global IAM resources, which every region's search returns, with the home region.
import { subtreeOf } from '../core/compartments.js';
import { GLOBAL_RESOURCE_TYPES, type InventoryRecord, type SearchSummary } from '../core/record.js';
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

export function recordFromSummary(summary: SearchSummary, region: string, collectedAt: string): InventoryRecord {
  const record: InventoryRecord = {
    ocid: summary.identifier,
    resourceType: summary.resourceType,
    displayName: summary.displayName,
    compartmentId: summary.compartmentId,
    region,
    lifecycleState: summary.lifecycleState,
    timeCreated: summary.timeCreated,
    definedTags: summary.definedTags,
    freeformTags: summary.freeformTags,
    collectedAt,
    enrichStatus: 'NOT_IMPLEMENTED',
    enrichError: null,
    details: {
      searchSummary: {
        ...summary,
        definedTags: summary.definedTags,
        systemTags: summary.systemTags,
      },
    },
    relationships: [],
  };
  if (summary.availabilityDomain) record.availabilityDomain = summary.availabilityDomain;
  return record;
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
export async function runPool<T>(items: readonly T[], workers: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
}

export async function discoverAll(port: DiscoveryPort, options: DiscoverOptions, log: Logger): Promise<DiscoverResult> {
  const records = new Map<string, InventoryRecord>();
  const outcomes: RegionOutcome[] = [];
  let seen = 0;
  let droppedTerminated = 0;
  let droppedOutOfScope = 0;

  const accept = (summary: SearchSummary, region: string) => {
    seen++;
    if (!options.includeTerminated && summary.lifecycleState && TERMINAL_STATES.has(summary.lifecycleState.toUpperCase())) {
      droppedTerminated++;
      return;
    }
    if (options.scope && !(summary.compartmentId && options.scope.has(summary.compartmentId))) {
      droppedOutOfScope++;
      return;
    }
    const isGlobal = GLOBAL_RESOURCE_TYPES.has(summary.resourceType);
    const existing = records.get(summary.identifier);
    if (existing) {
      // Same resource seen again: a global one from another region, or a repeat across pages.
      if (isGlobal && region === options.homeRegion) existing.collectedAt = options.collectedAt;
      return;
    }
    records.set(summary.identifier, recordFromSummary(summary, isGlobal ? options.homeRegion : region, options.collectedAt));
  };

  await runPool(options.regions, options.workers, async (region) => {
    const started = Date.now();
    let count = 0;
    const live = options.progress?.region(region);
    if (live) live.search = 'running';
    try {
      options.signal?.throwIfAborted();
      await port.search(
        region,
        options.query,
        (page) => {
          for (const item of page.items) accept(item, region);
          count += page.items.length;
          if (live) {
            live.pages++;
            live.records = count;
          }
        },
        options.signal,
      );
      outcomes.push({ region, status: 'OK', count, error: null, duration_ms: Date.now() - started });
      if (live) live.search = 'done';
      log.info(`${region}: ${count} resources found`, {
        phase: 'discovery',
        region,
        counts: { records: count, pages: live?.pages ?? 0 },
        duration_ms: Date.now() - started,
      });
    } catch (error) {
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
      outcomes.push(outcome);
      if (live) live.search = interrupted ? 'interrupted' : 'failed';
      const message = interrupted ? `${region}: search interrupted after ${count} resources` : `${region}: discovery failed after ${count} resources: ${outcome.error}`;
      log.warn(message, { phase: 'discovery', region, counts: { records: count }, duration_ms: outcome.duration_ms });
    }
  });
  outcomes.sort((a, b) => a.region.localeCompare(b.region));
  return { records, regions: outcomes, seen, droppedTerminated, droppedOutOfScope };
}
