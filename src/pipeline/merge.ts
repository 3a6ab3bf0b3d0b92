// `oci-inv merge`: shard runs (one per region from a CI matrix) become one run directory, as
// if one run had covered every region: one record per ocid (global IAM resources, which every
// shard sees, kept once with the home region), one run_summary.json with totals recomputed,
// and every export written again by the same writers a run uses.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { duplicateError, type InventoryEntry, InventoryInputError, scanInventory } from '../core/inventory-reader.js';
import { canonicalJson, compareRecords, GLOBAL_RESOURCE_TYPES, type InventoryRecord } from '../core/record.js';
import { writeExportsFromStream } from '../export/exports.js';
import { kWayMerge } from '../export/kway.js';
import type { SpilledRecord } from '../export/spill.js';
import { DEFAULT_CONFIG, type Format, FORMATS } from './config.js';
import { writeJsonAtomic, writeTextAtomic } from './outputs.js';
import type { ApiCallStats, CompartmentInfo } from './ports.js';
import { renderRunReport } from './report.js';
import { makeRunDir, RunInputError } from './run.js';
import { InventoryTally, type RunSummary } from './summary.js';

const RegionSchema = v.object({
  region: v.string(),
  status: v.picklist(['OK', 'FAILED']),
  count: v.number(),
  error: v.nullable(v.string()),
  duration_ms: v.optional(v.number(), 0),
});
const CallStatsSchema = v.record(
  v.string(),
  v.record(v.string(), v.object({ calls: v.number(), retries: v.number(), throttled: v.number(), errors: v.number() })),
);

/** The fields merge relies on; the rest of a shard's summary is recomputed, not copied. */
const ShardSummarySchema = v.object({
  status: v.picklist(['SUCCESS', 'DEGRADED', 'PARTIAL', 'FAILED']),
  tenancy_id: v.string(),
  home_region: v.string(),
  query: v.string(),
  scope: v.optional(v.object({ compartment: v.nullable(v.string()), include_terminated: v.boolean() }), {
    compartment: null,
    include_terminated: false,
  }),
  started_at: v.string(),
  finished_at: v.string(),
  timings_ms: v.optional(v.record(v.string(), v.number()), {}),
  regions: v.array(RegionSchema),
  dropped: v.optional(v.object({ terminated: v.number(), out_of_scope: v.number() }), { terminated: 0, out_of_scope: 0 }),
  api_calls: v.optional(CallStatsSchema, {}),
  outputs: v.optional(v.array(v.string()), []),
  warnings: v.optional(v.array(v.string()), []),
  enrich_detail: v.optional(v.nullable(v.string())),
});
type ShardSummary = v.InferOutput<typeof ShardSummarySchema>;

const GraphNodeSchema = v.object({
  ocid: v.string(),
  resourceType: v.string(),
  displayName: v.nullable(v.string()),
  compartmentId: v.nullable(v.string()),
  lifecycleState: v.nullable(v.string()),
});

export interface MergeOptions {
  outdir: string;
  toolVersion: string;
  now?: () => Date;
  warn?: (message: string) => void;
}

export interface MergeResult {
  runDir: string;
  status: RunSummary['status'];
  summary: RunSummary;
  duplicatesDropped: number;
}

async function readShardSummary(dir: string): Promise<ShardSummary> {
  const file = join(dir, 'run_summary.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InventoryInputError(dir, 0, 'has no run_summary.json (not a run directory?)');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InventoryInputError(file, 0, 'not valid JSON');
  }
  const result = v.safeParse(ShardSummarySchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new InventoryInputError(file, 0, `${path ? `field ${path}: ` : ''}${issue.message}`, path || undefined);
  }
  return result.output;
}

/** The compartment tree a shard knew, from its graph nodes (identity's tree, not only search hits). */
async function readShardCompartments(dir: string): Promise<CompartmentInfo[] | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, 'graph_nodes.jsonl'), 'utf8');
  } catch {
    return undefined;
  }
  const out: CompartmentInfo[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const parsed = v.safeParse(GraphNodeSchema, JSON.parse(line));
    if (!parsed.success) throw new InventoryInputError(join(dir, 'graph_nodes.jsonl'), index + 1, parsed.issues[0].message);
    const node = parsed.output;
    if (node.resourceType !== 'Compartment' && node.resourceType !== 'Tenancy') continue;
    const isRoot = node.resourceType === 'Tenancy';
    out.push({
      ocid: node.ocid,
      name: isRoot ? 'root' : (node.displayName ?? node.ocid),
      parentId: isRoot ? null : node.compartmentId,
      path: '',
      lifecycleState: node.lifecycleState ?? 'ACTIVE',
    });
  }
  return out;
}

/** `root/a/b` paths, computed the way discovery does for a live tenancy. */
function withPaths(compartments: Map<string, CompartmentInfo>, tenancyId: string): CompartmentInfo[] {
  const paths = new Map<string, string>();
  const pathOf = (id: string, seen: Set<string>): string => {
    const known = paths.get(id);
    if (known) return known;
    const c = compartments.get(id);
    if (!c || id === tenancyId || c.parentId === null) return 'root';
    if (seen.has(id)) return 'root';
    seen.add(id);
    const path = `${pathOf(c.parentId, seen)}/${c.name}`;
    paths.set(id, path);
    return path;
  };
  if (!compartments.has(tenancyId)) {
    compartments.set(tenancyId, { ocid: tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' });
  }
  return [...compartments.values()]
    .map((c) => ({ ...c, path: c.ocid === tenancyId ? 'root' : pathOf(c.ocid, new Set()) }))
    .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
}

function addCalls(into: ApiCallStats, from: ApiCallStats): void {
  for (const [service, ops] of Object.entries(from)) {
    const target = Object.hasOwn(into, service) ? (into[service] ?? {}) : {};
    Object.defineProperty(into, service, { value: target, enumerable: true, writable: true, configurable: true });
    for (const [op, s] of Object.entries(ops)) {
      const t = (Object.hasOwn(target, op) ? target[op] : undefined) ?? { calls: 0, retries: 0, throttled: 0, errors: 0 };
      const sum = { calls: t.calls + s.calls, retries: t.retries + s.retries, throttled: t.throttled + s.throttled, errors: t.errors + s.errors };
      // defineProperty: names come from a shard's run_summary.json, and "__proto__" must stay a key.
      Object.defineProperty(target, op, { value: sum, enumerable: true, writable: true, configurable: true });
    }
  }
}


/**
 * Which copy of a repeated ocid to keep: an enriched one (every shard enriches the global IAM
 * resources through the home region's identity endpoint, but one shard's call may have
 * failed), then the home region's, so a global IAM resource ends up exactly as a single
 * all-region run would have recorded it.
 */
function prefer(a: InventoryRecord, b: InventoryRecord, homeRegion: string): InventoryRecord {
  if (a.enrichStatus === 'OK' && b.enrichStatus !== 'OK') return a;
  if (b.enrichStatus === 'OK' && a.enrichStatus !== 'OK') return b;
  if (a.region === homeRegion) return a;
  if (b.region === homeRegion) return b;
  return a;
}

export async function mergeRuns(dirs: readonly string[], options: MergeOptions): Promise<MergeResult> {
  if (dirs.length === 0) throw new RunInputError('merge: give at least one run directory');
  const warn = options.warn ?? (() => {});
  const now = options.now ?? (() => new Date());
  const t0 = Date.now();

  const shards = await Promise.all(dirs.map(async (dir) => ({ dir, summary: await readShardSummary(dir) })));
  const first = shards[0]?.summary as ShardSummary;
  for (const { dir, summary } of shards) {
    if (summary.tenancy_id !== first.tenancy_id) {
      throw new RunInputError(`merge: ${dir} is tenancy ${summary.tenancy_id}, ${shards[0]?.dir} is ${first.tenancy_id}: shards must be one tenancy`);
    }
    if (summary.query !== first.query) warn(`${dir} used query "${summary.query}", not "${first.query}"`);
  }
  const homeRegion = first.home_region;

  const compartments = new Map<string, CompartmentInfo>();
  const withoutNodes: string[] = [];
  for (const { dir } of shards) {
    const known = await readShardCompartments(dir);
    if (!known) withoutNodes.push(dir);
    for (const c of known ?? []) if (!compartments.has(c.ocid)) compartments.set(c.ocid, c);
  }
  // A shard without graph_nodes.jsonl (every record's node, Compartment records included):
  // its Compartment records are read in one streaming pass, keeping their tree fields only.
  for (const dir of withoutNodes) {
    for await (const { record: r } of scanInventory(dir)) {
      if (r.resourceType === 'Compartment' && !compartments.has(r.ocid)) {
        compartments.set(r.ocid, { ocid: r.ocid, name: r.displayName ?? r.ocid, parentId: r.compartmentId, path: '', lifecycleState: r.lifecycleState ?? 'ACTIVE' });
      }
    }
  }
  const tree = withPaths(compartments, first.tenancy_id);

  // A region that two shards both covered counts once; its OK outcome wins over a failure.
  const regions = new Map<string, ShardSummary['regions'][number]>();
  for (const { summary } of shards) {
    for (const r of summary.regions) {
      const seen = regions.get(r.region);
      if (!seen || (seen.status === 'FAILED' && r.status === 'OK')) regions.set(r.region, r);
    }
  }

  const formats = new Set<Format>(['jsonl']);
  for (const { summary } of shards) {
    for (const f of FORMATS) if (summary.outputs.includes(`inventory.${f}`)) formats.add(f);
  }

  // The shards' inventories are sorted (every run writes them so): a k-way merge over them
  // streams into the one-pass writer, each ocid once, and only the running counts stay in memory.
  const runDir = await makeRunDir(options.outdir, now());
  const tally = new InventoryTally();
  // Recounted after dedupe, as a run counts: regional records per region, global IAM records once in `global`.
  const perRegion = new Map<string, number>();
  const merged = mergeShardInventories(
    shards.map((s) => s.dir),
    homeRegion,
    (kept, dropped) => {
      if (!GLOBAL_RESOURCE_TYPES.has(dropped.resourceType) && kept.region !== dropped.region) {
        warn(`${dropped.ocid} (${dropped.resourceType}) appears in ${kept.region} and ${dropped.region}; keeping one`);
      }
    },
  );
  let outputs: string[];
  try {
    outputs = await writeExportsFromStream(runDir, merged.records(), tree, {
      formats: [...formats],
      tagColumns: DEFAULT_CONFIG.tagColumns,
      onRecord: (record) => {
        tally.add(record);
        // Regional records only: the global IAM ones are counted once, in `global` (tally.globals).
        if (!GLOBAL_RESOURCE_TYPES.has(record.resourceType)) perRegion.set(record.region, (perRegion.get(record.region) ?? 0) + 1);
      },
    });
  } catch (error) {
    // A bad shard line found half way: nothing was renamed into place; no empty run is left.
    await rm(runDir, { recursive: true, force: true });
    throw error;
  }
  const duplicatesDropped = merged.duplicates;
  const anyPartial =
    shards.some(({ summary }) => summary.status === 'PARTIAL' || summary.status === 'FAILED') || [...regions.values()].some((r) => r.status === 'FAILED');
  const status: RunSummary['status'] = anyPartial ? 'PARTIAL' : tally.unverified > 0 ? 'DEGRADED' : 'SUCCESS';

  const apiCalls: ApiCallStats = {};
  const timings: Record<string, number> = {};
  const warnings: string[] = [];
  let terminated = 0;
  let outOfScope = 0;
  for (const { dir, summary } of shards) {
    addCalls(apiCalls, summary.api_calls);
    // Shards run side by side: a phase took as long as its slowest shard.
    for (const [phase, ms] of Object.entries(summary.timings_ms)) {
      const slowest = Math.max((Object.hasOwn(timings, phase) ? timings[phase] : 0) ?? 0, ms);
      Object.defineProperty(timings, phase, { value: slowest, enumerable: true, writable: true, configurable: true });
    }
    terminated += summary.dropped.terminated;
    outOfScope += summary.dropped.out_of_scope;
    for (const w of summary.warnings) warnings.push(`${dir}: ${w}`);
  }
  timings.merge = Date.now() - t0;
  const details = new Set(shards.map((s) => String(s.summary.enrich_detail ?? 'complete')));
  if (details.size > 1) warnings.push(`shards were enriched at different detail levels (${[...details].sort().join(', ')}): their Vnic and Bucket records keep different fields`);
  let callsTotal = 0;
  for (const ops of Object.values(apiCalls)) for (const s of Object.values(ops)) callsTotal += s.calls;
  const startedAt = shards.map((s) => s.summary.started_at).sort()[0] ?? first.started_at;
  const finishedAt = shards.map((s) => s.summary.finished_at).sort().at(-1) ?? first.finished_at;
  const byStatus = tally.countsByStatus();

  const summary: RunSummary & { merged_from: string[] } = {
    tool_version: options.toolVersion,
    status,
    tenancy_id: first.tenancy_id,
    home_region: homeRegion,
    query: first.query,
    scope: { compartment: first.scope.compartment, include_terminated: first.scope.include_terminated, regions: [...regions.keys()] },
    // Shards of one run share a detail level; mixed ones say so in the warnings.
    ...(first.enrich_detail !== undefined ? { enrich_detail: first.enrich_detail } : {}),
    started_at: startedAt,
    finished_at: finishedAt,
    duration_ms: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
    timings_ms: timings,
    total_discovered: tally.total,
    enriched_ok: byStatus.OK ?? 0,
    not_implemented: byStatus.NOT_IMPLEMENTED ?? 0,
    errors: byStatus.ERROR ?? 0,
    skipped: byStatus.SKIPPED ?? 0,
    unverified: byStatus.ERROR ?? 0,
    counts_by_resource_type: tally.countsByType(),
    counts_by_enrich_status: byStatus,
    regions: [...regions.values()].map((r) => ({ ...r, count: perRegion.get(r.region) ?? 0 })),
    global: { count: tally.globals, region: homeRegion },
    dropped: { terminated, out_of_scope: outOfScope },
    api_calls: apiCalls,
    api_calls_total: callsTotal,
    outputs,
    diff: null,
    warnings,
    merged_from: [...dirs],
  };
  await writeJsonAtomic(join(runDir, 'run_summary.json'), summary);
  await writeTextAtomic(join(runDir, 'report.md'), await renderRunReport(summary, tally, tree, undefined));
  return { runDir, status, summary, duplicatesDropped };
}

/**
 * One shard's entries, each checked against the one before it: a repeated ocid or a record
 * out of (ocid, resourceType) order is refused with its file and line.
 */
async function* checkedShard(dir: string): AsyncGenerator<InventoryEntry> {
  let previous: InventoryEntry | undefined;
  for await (const entry of scanInventory(dir)) {
    if (previous) {
      if (previous.record.ocid === entry.record.ocid) throw duplicateError(entry, previous.line);
      if (compareRecords(previous.record, entry.record) > 0) {
        throw new InventoryInputError(entry.file, entry.line, `not in (ocid, resourceType) order after ${previous.record.ocid}: merge reads shard inventories as oci-inv writes them (sorted)`, 'ocid', entry.unit);
      }
    }
    previous = entry;
    yield entry;
  }
}

/**
 * The shards' sorted inventories merged into one stream in (ocid, resourceType) order through
 * the shared min-heap merge (`kWayMerge`, as a run's spill files), each ocid once: the copies
 * of an ocid come out of the merge one after another (every shard is sorted by ocid first),
 * and `prefer` folds them in merge order (`onDuplicate` hears of each one dropped); global
 * records are moved to the home region. Memory: one record per shard, and the copies of the
 * ocid at hand.
 */
export function mergeShardInventories(
  dirs: readonly string[],
  homeRegion: string,
  onDuplicate: (kept: InventoryRecord, dropped: InventoryRecord) => void = () => {},
): { records: () => AsyncGenerator<SpilledRecord>; readonly duplicates: number } {
  let duplicates = 0;
  const emit = (record: InventoryRecord): SpilledRecord => {
    if (GLOBAL_RESOURCE_TYPES.has(record.resourceType)) record.region = homeRegion;
    return { record, line: canonicalJson(record) };
  };
  async function* records(): AsyncGenerator<SpilledRecord> {
    const byRecord = (a: InventoryEntry, b: InventoryEntry) => compareRecords(a.record, b.record);
    let kept: InventoryRecord | undefined;
    for await (const { value } of kWayMerge(dirs.map(checkedShard), byRecord)) {
      const record = value.record;
      if (kept !== undefined && kept.ocid === record.ocid) {
        duplicates++;
        const winner = prefer(kept, record, homeRegion);
        onDuplicate(winner, winner === kept ? record : kept);
        kept = winner;
        continue;
      }
      if (kept !== undefined) yield emit(kept);
      kept = record;
    }
    if (kept !== undefined) yield emit(kept);
  }
  return {
    records,
    get duplicates() {
      return duplicates;
    },
  };
}
