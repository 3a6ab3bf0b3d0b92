// run_summary.json (SPEC §4): the seed tool's snake_case keys plus status, regions, timings,
// API calls and version, so scripts can gate on a run without parsing the inventory.
import { GLOBAL_RESOURCE_TYPES, type InventoryRecord } from '../core/record.js';
import type { RunConfig } from './config.js';
import type { RegionOutcome } from './discover.js';
import type { DiffOutcome } from './outputs.js';
import type { ApiCallStats, Identity } from './ports.js';

export interface RunSummary {
  tool_version: string;
  status: 'SUCCESS' | 'DEGRADED' | 'PARTIAL' | 'FAILED' | 'INTERRUPTED';
  tenancy_id: string;
  home_region: string;
  query: string;
  scope: { compartment: string | null; include_terminated: boolean; regions: string[] };
  /** The enrichment detail level (standard, lean, complete); null when enrichment was off. */
  enrich_detail?: string | null;
  started_at: string;
  finished_at: string;
  duration_ms: number;
  timings_ms: Record<string, number>;
  total_discovered: number;
  enriched_ok: number;
  not_implemented: number;
  errors: number;
  skipped: number;
  /** Records whose enrichment failed in this run: compared on search fields only (DEGRADED). */
  unverified: number;
  counts_by_resource_type: Record<string, number>;
  counts_by_enrich_status: Record<string, number>;
  /**
   * count: the region's records in the inventory (global IAM records are in `global`, not here);
   * search_count: what the region's search returned, global IAM records and repeats included;
   * duration_ms: search time; enrich_duration_ms: enrichment time.
   */
  regions: Array<{ region: string; status: 'OK' | 'FAILED'; count: number; search_count?: number; error: string | null; duration_ms: number; enrich_duration_ms?: number }>;
  /** The global IAM records (every region's search returns them; kept once, with the home region): sum of regions[].count + global.count = total_discovered. */
  global?: { count: number; region: string };
  dropped: { terminated: number; out_of_scope: number };
  api_calls: ApiCallStats;
  api_calls_total: number;
  outputs: string[];
  diff: null | { baseline: string; baseline_path: string; added: number; removed: number; changed: number; unverified: number; unchanged: number };
  warnings: string[];
}

/**
 * The running aggregates a run keeps instead of its records (docs/architecture.md, "Data
 * flow"): counts by type, enrichment status, region and failure reason, fed one record at a
 * time as the exports stream past. Bounded by types × statuses + regions + distinct reasons.
 */
export class InventoryTally {
  total = 0;
  readonly byType = new Map<string, Map<string, number>>();
  readonly byStatus = new Map<string, number>();
  /** Regional records per region; global (IAM) records are counted in `globals` instead. */
  readonly perRegion = new Map<string, number>();
  globals = 0;
  readonly errorReasons = new Map<string, number>();

  static of(records: Iterable<InventoryRecord>): InventoryTally {
    const tally = new InventoryTally();
    for (const record of records) tally.add(record);
    return tally;
  }

  add(record: InventoryRecord): void {
    this.total++;
    const row = this.byType.get(record.resourceType) ?? new Map<string, number>();
    row.set(record.enrichStatus, (row.get(record.enrichStatus) ?? 0) + 1);
    this.byType.set(record.resourceType, row);
    this.byStatus.set(record.enrichStatus, (this.byStatus.get(record.enrichStatus) ?? 0) + 1);
    if (GLOBAL_RESOURCE_TYPES.has(record.resourceType)) this.globals++;
    else this.perRegion.set(record.region, (this.perRegion.get(record.region) ?? 0) + 1);
    if (record.enrichStatus === 'ERROR') {
      const reason = record.enrichError ?? 'unknown';
      this.errorReasons.set(reason, (this.errorReasons.get(reason) ?? 0) + 1);
    }
  }

  get unverified(): number {
    return this.byStatus.get('ERROR') ?? 0;
  }

  countsByType(): Record<string, number> {
    return sortedRecord(new Map([...this.byType].map(([type, row]) => [type, [...row.values()].reduce((a, b) => a + b, 0)])));
  }

  countsByStatus(): Record<string, number> {
    return sortedRecord(this.byStatus);
  }
}

function sortedRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export interface SummaryInput {
  /** The run's aggregates; or its records, tallied here. */
  tally?: InventoryTally;
  records?: InventoryRecord[];
  regions: RegionOutcome[];
  status: RunSummary['status'];
  config: RunConfig;
  identity: Identity;
  startedAt: Date;
  finishedAt: Date;
  timings: Record<string, number>;
  apiCalls: ApiCallStats;
  toolVersion: string;
  outputs: string[];
  diff: DiffOutcome | undefined;
  warnings: string[];
  dropped: { terminated: number; outOfScope: number };
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Record<string, number> {
  // A Map, so a key named constructor or __proto__ is data (a plain {} would return Object's).
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function buildRunSummary(input: SummaryInput): RunSummary {
  const tally = input.tally ?? InventoryTally.of(input.records ?? []);
  const byStatus = tally.countsByStatus();
  let total = 0;
  for (const ops of Object.values(input.apiCalls)) for (const s of Object.values(ops)) total += s.calls;
  return {
    tool_version: input.toolVersion,
    status: input.status,
    tenancy_id: input.identity.tenancyId,
    home_region: input.identity.homeRegion,
    query: input.config.query,
    scope: {
      compartment: input.config.compartment ?? null,
      include_terminated: input.config.includeTerminated,
      regions: input.regions.map((r) => r.region),
    },
    enrich_detail: input.config.enrich ? input.config.enrichDetail : null,
    started_at: input.startedAt.toISOString(),
    finished_at: input.finishedAt.toISOString(),
    duration_ms: input.finishedAt.getTime() - input.startedAt.getTime(),
    timings_ms: input.timings,
    total_discovered: tally.total,
    enriched_ok: byStatus.OK ?? 0,
    not_implemented: byStatus.NOT_IMPLEMENTED ?? 0,
    errors: byStatus.ERROR ?? 0,
    skipped: byStatus.SKIPPED ?? 0,
    unverified: byStatus.ERROR ?? 0,
    counts_by_resource_type: tally.countsByType(),
    counts_by_enrich_status: byStatus,
    regions: input.regions.map(({ region, status, count, error, duration_ms, enrich_duration_ms }) => ({
      region,
      status,
      count: tally.perRegion.get(region) ?? 0,
      search_count: count,
      error,
      duration_ms,
      ...(enrich_duration_ms === undefined ? {} : { enrich_duration_ms }),
    })),
    global: { count: tally.globals, region: input.identity.homeRegion },
    dropped: { terminated: input.dropped.terminated, out_of_scope: input.dropped.outOfScope },
    api_calls: input.apiCalls,
    api_calls_total: total,
    outputs: input.outputs,
    diff: input.diff
      ? {
          baseline: input.diff.baseline,
          baseline_path: input.diff.baselinePath,
          added: input.diff.counts.added,
          removed: input.diff.counts.removed,
          changed: input.diff.counts.changed,
          unverified: input.diff.counts.unverified ?? 0,
          unchanged: input.diff.counts.unchanged,
        }
      : null,
    warnings: input.warnings,
  };
}
