// IaC coverage wired to OCI (docs/iac.md): the states from files and globs, plus Resource
// Manager stacks read through the SDK, matched against a finished inventory. Shared by
// `oci-inv iac`, `run --tf-state` and the action.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readInventory } from '../core/inventory-reader.js';
import { IacIgnoreRules } from '../iac/ignore.js';
import { isOcid, ocidRegion } from '../iac/mapping.js';
import { type IacOutcome, type IacRunOptions, loadStateIndex, runIac, type StateSource } from '../iac/run-iac.js';
import type { StateIndex } from '../iac/coverage.js';
import { ConfigError, type RunConfig, sourceOf } from '../pipeline/config.js';
import { resolveRegionSelectors } from '../pipeline/preflight.js';
import type { OciClients } from '../oci/clients.js';

/** Reads and checks every state file before anything else happens (a bad one is exit 2, no API call). */
export async function preloadStates(config: RunConfig, flag?: string): Promise<{ index: StateIndex; ignore: IacIgnoreRules } | undefined> {
  if (config.tfState.length === 0 && config.ormStacks.length === 0) return undefined;
  let ignore: IacIgnoreRules;
  try {
    ignore = IacIgnoreRules.from(config.iac.ignore, config.iac.defaultIgnores, `${sourceOf(config, 'iac')}: ignore`);
  } catch (error) {
    throw new ConfigError(sourceOf(config, 'iac'), (error as Error).message.replace(/^[^:]*: ignore: /, 'ignore: '));
  }
  for (const id of config.ormStacks) {
    if (id !== 'all' && !(isOcid(id) && id.startsWith('ocid1.ormstack.'))) throw new ConfigError(sourceOf(config, 'ormStacks'), `"${id}" is not a stack ocid (ocid1.ormstack.…) or "all"`);
  }
  const index = await loadStateIndex(config.tfState, [], flag ?? sourceOf(config, 'tfState'));
  return { index, ignore };
}

/** The stacks `--orm-stacks` names, with their regions from the inventory (`all`: every OrmStack record). */
export async function stackRefs(ids: readonly string[], inventory: string, regionKeys: ReadonlyMap<string, string>): Promise<Array<{ ocid: string; region: string }>> {
  const wanted = new Set(ids);
  const all = wanted.has('all');
  const found = new Map<string, string>();
  for await (const record of readInventory(inventory)) {
    if (record.resourceType === 'OrmStack' && (all || wanted.has(record.ocid)) && !/^(DELETED|DELETING|FAILED)$/.test(record.lifecycleState ?? '')) found.set(record.ocid, record.region);
  }
  for (const id of wanted) {
    if (id === 'all' || found.has(id)) continue;
    const segment = ocidRegion(id);
    const region = regionKeys.get(segment) ?? (segment.includes('-') ? segment : undefined);
    if (!region) throw new ConfigError('--orm-stacks', `${id}: not in the inventory and its region "${segment}" is unknown`);
    found.set(id, region);
  }
  return [...found.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ocid, region]) => ({ ocid, region }));
}

export interface CoverageRun {
  config: RunConfig;
  preloaded: { index: StateIndex; ignore: IacIgnoreRules };
  inventory: string;
  outDir: string | undefined;
  /** OCI clients for `--orm-stacks`; absent when none are asked for. */
  clients?: OciClients;
  regionKeys?: ReadonlyMap<string, string>;
  tenancyId: string | undefined;
  redactionSecret: string | undefined;
  compartmentPaths?: ReadonlyMap<string, string>;
  partial?: boolean;
  baseline?: string | undefined;
  scopeCompartment?: string | undefined;
  /** Region names in scope (`--regions`, resolved); undefined: every region. */
  regions?: ReadonlySet<string> | undefined;
}

export async function runCoverage(run: CoverageRun): Promise<IacOutcome> {
  const { config, preloaded } = run;
  if (config.ormStacks.length > 0) {
    if (!run.clients) throw new ConfigError('--orm-stacks', 'needs an OCI connection');
    const { ormStateSources } = await import('../oci/orm-state.js');
    const refs = await stackRefs(config.ormStacks, run.inventory, run.regionKeys ?? new Map());
    const sources: StateSource[] = ormStateSources(run.clients, refs);
    const more = await loadStateIndex([], sources);
    for (const summary of more.summaries) preloaded.index.summaries.push(summary);
    mergeInto(preloaded.index, more);
  }
  const options: IacRunOptions = {
    inventory: run.inventory,
    outDir: run.outDir,
    ignore: preloaded.ignore,
    failOn: config.iacFailOn,
    baseline: run.baseline,
    tenancyId: run.tenancyId,
    redactionSecret: run.redactionSecret,
    top: config.iac.top,
    scopeCompartment: run.scopeCompartment,
    ...(run.regions ? { regions: run.regions, regionKeys: run.regionKeys ?? new Map() } : {}),
    ...(run.compartmentPaths ? { compartmentPaths: run.compartmentPaths } : {}),
    ...(run.partial ? { partial: true } : {}),
  };
  return runIac(preloaded.index, options);
}

function mergeInto(target: StateIndex, source: StateIndex): void {
  target.instances += source.instances;
  target.noRecord.push(...source.noRecord);
  for (const [ocid, entry] of source.byOcid) {
    const existing = target.byOcid.get(ocid);
    if (!existing) target.byOcid.set(ocid, entry);
    else {
      existing.owners.push(...entry.owners);
      if (!entry.derived) existing.derived = false;
    }
  }
}

/** Tenancy ocid and status of a run directory (run_summary.json), when there is one. */
export async function runFacts(runDir: string): Promise<{ tenancyId: string | undefined; partial: boolean; scopeCompartment: string | undefined; regions: string[]; homeRegion: string | undefined }> {
  try {
    const summary = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { tenancy_id?: unknown; status?: unknown; home_region?: unknown; scope?: { compartment?: unknown; regions?: unknown } };
    const scope = summary.scope?.compartment;
    const regions = summary.scope?.regions;
    return {
      tenancyId: typeof summary.tenancy_id === 'string' ? summary.tenancy_id : undefined,
      partial: summary.status === 'PARTIAL' || summary.status === 'FAILED',
      scopeCompartment: typeof scope === 'string' && scope !== '' ? scope : undefined,
      regions: Array.isArray(regions) ? regions.filter((r): r is string => typeof r === 'string') : [],
      homeRegion: typeof summary.home_region === 'string' ? summary.home_region : undefined,
    };
  } catch {
    return { tenancyId: undefined, partial: false, scopeCompartment: undefined, regions: [], homeRegion: undefined };
  }
}

/**
 * `--regions` (or the config's `regions`) for `oci-inv iac`, resolved as `run` resolves it
 * (names, keys, globs), against the regions the inventory's run read; without a run summary,
 * names and keys are taken as given. Undefined: no region scope.
 */
export function iacRegionScope(config: RunConfig, facts: { regions: string[]; homeRegion: string | undefined }, sdkKeys: ReadonlyMap<string, string>): Set<string> | undefined {
  if (config.regions.length === 0) return undefined;
  if (facts.regions.length === 0) return new Set(config.regions.map((r) => sdkKeys.get(r.trim().toLowerCase()) ?? r.trim().toLowerCase()));
  const keyOf = new Map<string, string>();
  for (const [key, name] of sdkKeys) keyOf.set(name, key);
  const known = facts.regions.map((name) => ({ name, key: keyOf.get(name) ?? '', isHome: name === facts.homeRegion, status: 'READY' }));
  return new Set(resolveRegionSelectors(config.regions, known, sdkKeys, sourceOf(config, 'regions')));
}
