// The aggregates an executive summary is written from, read from a finished run directory
// (run_summary.json, diff.json, inventory.jsonl): counts and names OCI defines (resource
// types, regions, statuses), field paths with every map key hidden, and compartments as
// depth-numbered placeholders. No display name, ocid, tag or value is kept here, except the
// placeholder → compartment path map, which stays on this machine for the second pass.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { GLOBAL_RESOURCE_TYPES } from '../core/record.js';
import { readInventory, resolveInventoryFile } from '../core/inventory-reader.js';
import { ConfigError } from '../pipeline/config.js';

/** OCI resource type names are PascalCase words; anything else is counted as "other". */
export const SAFE_TYPE = /^[A-Z][A-Za-z0-9]{1,63}$/;
/** OCI region identifiers: `us-ashburn-1`, `me-dcc-muscat-1`. */
export const SAFE_REGION = /^[a-z]{2,3}(?:-[a-z]+){1,3}-\d{1,2}$/;
/** A field path segment kept as is: an SDK model's camelCase field name. */
const SAFE_SEGMENT = /^[a-z][A-Za-z0-9]{0,40}$/;
/** Fields whose children are user-chosen keys (tags, metadata maps, configuration): the keys show as `*`. */
const MAP_FIELDS: ReadonlySet<string> = new Set([
  'freeformTags', 'definedTags', 'systemTags', 'tags', 'extendedMetadata', 'config', 'configuration', 'parameters',
  'labels', 'annotations', 'environment', 'environmentVariables', 'variables', 'properties', 'attributes', 'options', 'settings',
]);

export const RUN_STATUSES = ['SUCCESS', 'DEGRADED', 'PARTIAL', 'FAILED', 'INTERRUPTED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

export interface SummaryFacts {
  status: RunStatus;
  resources: number;
  globalResources: number;
  regions: Array<{ region: string; resources: number; failed: boolean }>;
  otherRegions: number;
  compartments: { total: number; byDepth: number[] };
  enrichment: { ok: number; notImplemented: number; errors: number; skipped: number };
  byType: Array<{ type: string; count: number }>;
  otherTypes: { types: number; count: number };
  diff?: {
    baseline: 'previous-run' | 'expected';
    counts: ChangeCounts & { unverified: number; unchanged: number };
    byType: Array<{ type: string } & ChangeCounts>;
    topFields: Array<{ path: string; count: number }>;
    compartments: Array<{ placeholder: number; depth: number | null } & ChangeCounts>;
  };
}

export interface RunFacts {
  facts: SummaryFacts;
  /** `compartment #N` → the compartment's path (`root/prod/apps`): for the second pass only. */
  placeholders: Map<number, string>;
  tenancyId: string;
  homeRegion: string;
  inventoryFile: string;
  diffFile: string | undefined;
}

const TOP_TYPES = 25;
const TOP_CHANGED_TYPES = 10;
const TOP_FIELDS = 12;
const TOP_COMPARTMENTS = 5;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const RunSummarySchema = v.object({
  status: v.picklist(RUN_STATUSES),
  tenancy_id: v.string(),
  home_region: v.string(),
  total_discovered: count,
  enriched_ok: count,
  not_implemented: count,
  errors: count,
  skipped: v.optional(count, 0),
  counts_by_resource_type: v.record(v.string(), count),
  regions: v.array(v.object({ region: v.string(), status: v.string(), count })),
  diff: v.nullable(v.object({ baseline: v.string(), added: count, removed: count, changed: count, unverified: v.optional(count, 0), unchanged: count })),
});

const RefSchema = v.object({ ocid: v.string(), resourceType: v.string(), compartmentId: v.optional(v.nullable(v.string())) });
const DiffSchema = v.object({
  added: v.array(RefSchema),
  removed: v.array(RefSchema),
  changed: v.array(v.object({ ocid: v.string(), resourceType: v.string(), changes: v.array(v.object({ path: v.string() })) })),
});

async function readJson<T>(file: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, code ? `cannot read it (${code})` : `not valid JSON: ${(error as Error).message}`);
  }
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new ConfigError(file, `not a run's file${path ? ` (field ${path})` : ''}: ${issue.message}`);
  }
  return result.output;
}

/** A changed field's path with every user-chosen key hidden: `freeformTags.*`, `details.metadata.metadata.*`. */
export function generalizePath(path: string): string {
  const parts = path.split('.');
  const out: string[] = [];
  let hide = false;
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] ?? '';
    const segment = /^\d+$/.test(raw) || /^\[\d*\]$/.test(raw) ? '[]' : raw;
    if (hide) {
      out.push('*');
      break; // below a hidden key the rest says nothing more
    }
    const kept = segment === '[]' || SAFE_SEGMENT.test(segment) ? segment : '*';
    out.push(kept);
    if (kept === '*') break;
    // details.metadata is the SDK object; a `metadata` below it (an instance's) is a user map.
    hide = MAP_FIELDS.has(segment) || (segment === 'metadata' && i >= 2);
  }
  return out.join('.');
}

function add(map: Map<string, ChangeCounts>, key: string, kind: keyof ChangeCounts): void {
  const row = map.get(key) ?? { added: 0, removed: 0, changed: 0 };
  row[kind]++;
  map.set(key, row);
}

const total = (c: ChangeCounts) => c.added + c.removed + c.changed;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function collectRunFacts(runDir: string): Promise<RunFacts> {
  const summary = await readJson(join(runDir, 'run_summary.json'), RunSummarySchema);
  const inventoryFile = await resolveInventoryFile(runDir);
  const diffFile = summary.diff ? join(runDir, 'diff.json') : undefined;
  const diff = diffFile ? await readJson(diffFile, DiffSchema) : undefined;

  // Which compartment each changed record sits in: only the changed ocids are looked up.
  const changedCompartment = new Map<string, string | null>();
  for (const c of diff?.changed ?? []) changedCompartment.set(c.ocid, null);
  const parents = new Map<string, string>();
  const names = new Map<string, string>();
  const perRegion = new Map<string, number>();
  let globals = 0;
  for await (const record of readInventory(inventoryFile)) {
    if (GLOBAL_RESOURCE_TYPES.has(record.resourceType)) globals++;
    else perRegion.set(record.region, (perRegion.get(record.region) ?? 0) + 1);
    if (record.resourceType === 'Compartment' && record.compartmentId) {
      parents.set(record.ocid, record.compartmentId);
      names.set(record.ocid, record.displayName ?? record.ocid);
    }
    if (changedCompartment.has(record.ocid)) changedCompartment.set(record.ocid, record.compartmentId);
  }
  const depthOf = (id: string | null | undefined): number | null => {
    if (!id) return null;
    if (id === summary.tenancy_id) return 0;
    let depth = 0;
    let at: string | undefined = id;
    const seen = new Set<string>();
    while (at !== undefined && at !== summary.tenancy_id) {
      if (seen.has(at)) return null;
      seen.add(at);
      depth++;
      at = parents.get(at);
    }
    return at === summary.tenancy_id ? depth : null;
  };
  const pathOf = (id: string): string => {
    const parts: string[] = [];
    let at: string | undefined = id;
    const seen = new Set<string>();
    while (at !== undefined && at !== summary.tenancy_id && !seen.has(at)) {
      seen.add(at);
      parts.unshift(names.get(at) ?? at);
      at = parents.get(at);
    }
    return ['root', ...parts].join('/');
  };
  const byDepth: number[] = [];
  for (const id of parents.keys()) {
    const d = depthOf(id);
    if (d !== null) byDepth[d] = (byDepth[d] ?? 0) + 1;
  }

  const types = Object.entries(summary.counts_by_resource_type).sort(([a, x], [b, y]) => y - x || byName(a, b));
  const safeTypes = types.filter(([t]) => SAFE_TYPE.test(t));
  const shown = safeTypes.slice(0, TOP_TYPES);
  const hidden = types.filter(([t]) => !shown.some(([s]) => s === t));
  const failed = new Set(summary.regions.filter((r) => r.status !== 'OK').map((r) => r.region));
  const regionNames = new Set([...summary.regions.map((r) => r.region), ...perRegion.keys()]);
  const regions = [...regionNames].filter((r) => SAFE_REGION.test(r)).sort(byName).map((region) => ({ region, resources: perRegion.get(region) ?? 0, failed: failed.has(region) }));

  const facts: SummaryFacts = {
    status: summary.status,
    resources: summary.total_discovered,
    globalResources: globals,
    regions,
    otherRegions: regionNames.size - regions.length,
    compartments: { total: parents.size, byDepth: Array.from(byDepth, (n) => n ?? 0) },
    enrichment: { ok: summary.enriched_ok, notImplemented: summary.not_implemented, errors: summary.errors, skipped: summary.skipped },
    byType: shown.map(([type, n]) => ({ type, count: n })),
    otherTypes: { types: hidden.length, count: hidden.reduce((s, [, n]) => s + n, 0) },
  };
  const placeholders = new Map<number, string>();
  if (summary.diff && diff) {
    const perType = new Map<string, ChangeCounts>();
    const perCompartment = new Map<string, ChangeCounts>();
    const fields = new Map<string, number>();
    for (const r of diff.added) {
      add(perType, r.resourceType, 'added');
      if (r.compartmentId) add(perCompartment, r.compartmentId, 'added');
    }
    for (const r of diff.removed) {
      add(perType, r.resourceType, 'removed');
      if (r.compartmentId) add(perCompartment, r.compartmentId, 'removed');
    }
    for (const r of diff.changed) {
      add(perType, r.resourceType, 'changed');
      const compartment = changedCompartment.get(r.ocid);
      if (compartment) add(perCompartment, compartment, 'changed');
      // A path counts once per resource, however many of its keys changed.
      for (const path of new Set(r.changes.map((c) => generalizePath(c.path)))) fields.set(path, (fields.get(path) ?? 0) + 1);
    }
    const ranked = [...perCompartment].sort(([a, x], [b, y]) => total(y) - total(x) || byName(a, b)).slice(0, TOP_COMPARTMENTS);
    const compartments = ranked.map(([id, c], i) => {
      placeholders.set(i + 1, id === summary.tenancy_id ? 'root' : pathOf(id));
      return { placeholder: i + 1, depth: depthOf(id), ...c };
    });
    facts.diff = {
      baseline: summary.diff.baseline === 'expected' ? 'expected' : 'previous-run',
      counts: { added: summary.diff.added, removed: summary.diff.removed, changed: summary.diff.changed, unverified: summary.diff.unverified, unchanged: summary.diff.unchanged },
      byType: [...perType]
        .filter(([t]) => SAFE_TYPE.test(t))
        .sort(([a, x], [b, y]) => total(y) - total(x) || byName(a, b))
        .slice(0, TOP_CHANGED_TYPES)
        .map(([type, c]) => ({ type, ...c })),
      topFields: [...fields].sort(([a, x], [b, y]) => y - x || byName(a, b)).slice(0, TOP_FIELDS).map(([path, n]) => ({ path, count: n })),
      compartments,
    };
  }
  return { facts, placeholders, tenancyId: summary.tenancy_id, homeRegion: summary.home_region, inventoryFile, diffFile };
}
