// The generic enricher (EnrichPort): executes the enrichment table for one region's records.
// Records are grouped by (type, compartment); a group of at least `listThreshold` records whose
// row has a full list is served by one paged list, the rest by one get each. Failures mark
// the record ERROR with a stable reason and the run goes on; types without a row are left
// NOT_IMPLEMENTED and cost no call.
import type { InventoryRecord } from '../../core/record.js';
import { groupBy, groupByCompartment } from '../../core/group.js';
import type { Logger } from '../../pipeline/log.js';
import type { EnrichPort, EnrichProgress } from '../../pipeline/ports.js';
import type { OciClients } from '../clients.js';
import { applyObject, callOperation, describeFailure, LIST_PAGE_LIMIT, markError, RegionContext } from './context.js';
import { instanceLinkTasks } from './instance-links.js';
import { assembleVnics, attachmentFacts, VnicFacts } from './vnic-assembly.js';
import { DEFAULT_ENRICH_DETAIL, type EnrichDetail } from '../../pipeline/enrich-detail.js';
import { type PoolTask, runPool } from './pool.js';
import { ENRICHER_TABLE, TYPE_ALIASES } from './table/index.js';
import type { EnricherRow, ListScope } from './table/types.js';
import { vaultKeyTasks } from './vault-keys.js';

export interface EnricherDeps {
  clients: OciClients;
  tenancyId: string;
  homeRegion: string;
  workers: number;
  log: Logger;
  /** Smallest group a list serves; smaller groups use gets. */
  listThreshold?: number;
  /** Defaults to ENRICHER_TABLE; tests may narrow it. */
  table?: readonly EnricherRow[];
  /** How much of a VNIC and a bucket to keep (docs/enrichment.md, "Detail levels"); default standard. */
  detail?: EnrichDetail;
}

export const DEFAULT_LIST_THRESHOLD = 2;

export function createEnricher(deps: EnricherDeps): EnrichPort {
  const table = atDetail(deps.table ?? ENRICHER_TABLE, deps.detail ?? DEFAULT_ENRICH_DETAIL);
  const rows = rowsByType(table);
  const supported: ReadonlySet<string> = new Set(rows.keys());
  const threshold = Math.max(1, deps.listThreshold ?? DEFAULT_LIST_THRESHOLD);
  const dependencies = dependenciesOf(rows);
  const order = orderOf(rows);
  const splittable = splittableOf(rows, dependencies);
  const limitRefused = new Set<string>();
  const vnicRow = rows.get('Vnic');
  const assembling = vnicRow?.special === 'vnic';
  // Per region, what the VNIC assembly needs of earlier batches (see VnicFacts).
  const regionFacts = new Map<string, VnicFacts>();
  const factsOf = (region: string): VnicFacts => {
    let facts = regionFacts.get(region);
    if (!facts) {
      facts = new VnicFacts();
      regionFacts.set(region, facts);
    }
    return facts;
  };

  return {
    supportedTypes: () => supported,
    typeDependencies: () => dependencies,
    typeOrder: () => order,
    splittableTypes: () => splittable,
    regionDone: (region) => {
      regionFacts.delete(region);
    },

    async enrichRegion(region: string, records: InventoryRecord[], progress?: EnrichProgress): Promise<void> {
      // By the row's spelling: one list serves both spellings of a type, and a parent spelled
      // either way is found.
      const byType = groupBy(records, (record) => rows.get(record.resourceType)?.resourceType ?? record.resourceType);
      const ctx = new RegionContext(region, deps.clients, deps.log, byType, limitRefused);
      const privateIpRow = rows.get('PrivateIp');
      if (assembling && privateIpRow) {
        // The PrivateIp row's listings per subnet: their primary IPs place this region's VNICs.
        ctx.onChildren = (row, parentId, items) => {
          if (row === privateIpRow) factsOf(region).addListing(parentId, items);
        };
      }
      const total = records.filter((r) => rows.has(r.resourceType)).length;
      let done = 0;
      const settle = (n: number) => {
        done += n;
        progress?.(done, total);
      };

      // Rows that read another type's enriched fields (a Key its Vault's endpoint) go second.
      const first: PoolTask[] = [];
      const second: PoolTask[] = [];
      for (const [type, ofType] of byType) {
        const row = rows.get(type);
        if (!row) continue;
        if (row.special === 'vnic') continue;
        const cells = groupByCompartment(ofType);
        const queue = row.after?.length ? second : first;
        if (parentsOnceIsCheaper(ctx, row, ofType)) {
          queue.push(() => serveFromRegionParents(ctx, row, ofType, settle));
          continue;
        }
        if (subtreeIsCheaper(row, cells, threshold)) {
          // A principal without tenancy-wide read is refused the subtree list: then per compartment.
          const perCompartment = () => [...cells].flatMap(([compartmentId, group]) => groupTasks(ctx, row, compartmentId, group, threshold, settle));
          queue.push(() => listGroup(ctx, row, deps.tenancyId, ofType, settle, perCompartment));
          continue;
        }
        for (const [compartmentId, group] of cells) queue.push(...groupTasks(ctx, row, compartmentId, group, threshold, settle));
      }
      await runPool(deps.workers, first);
      await runPool(deps.workers, second);

      const instances = byType.get('Instance');
      if (instances && rows.has('Instance')) {
        const links: PoolTask[] = [];
        const collect = assembling ? (items: unknown[]) => attachmentFacts(items, factsOf(region).attachments) : undefined;
        for (const [compartmentId, group] of groupByCompartment(instances)) links.push(...instanceLinkTasks(ctx, compartmentId, group, collect));
        await runPool(deps.workers, links);
      }
      if (assembling && (byType.has('Subnet') || byType.has('NetworkSecurityGroup') || byType.has('PublicIp'))) factsOf(region).addRecords(byType);
      const vnics = byType.get('Vnic');
      if (vnics && vnicRow && assembling) {
        await assembleVnics({ ctx, row: vnicRow, privateIpRow, facts: factsOf(region), workers: deps.workers, settle }, vnics);
        // Every VNIC of the region is in this batch (Vnic is never split): nothing later reads the facts.
        regionFacts.delete(region);
      }
    },
  };
}

/**
 * The table at a detail level: below `complete`, the Vnic row is assembled from lists, after
 * the types whose records it reads facts of (`after`: the same batch or an earlier one, see
 * `orderOf`); at `lean`, buckets come from listBuckets.
 */
export function atDetail(table: readonly EnricherRow[], detail: EnrichDetail): EnricherRow[] {
  if (detail === 'complete') return [...table];
  return table.map((row) => {
    if (row.resourceType === 'Vnic') return { ...row, special: 'vnic', after: ['Instance', 'PrivateIp', 'Subnet', 'NetworkSecurityGroup', 'PublicIp'] };
    if (row.resourceType === 'Bucket' && detail === 'lean') return leanBucket(row);
    return row;
  });
}

/** A bucket from its listBuckets summary (`fields=tags`): name, namespace, creator, etag, tags. */
function leanBucket(row: EnricherRow): EnricherRow {
  const { get: _get, ...rest } = row;
  return {
    ...rest,
    list: {
      method: 'listBuckets',
      itemsPath: ['items'],
      listIsFull: true,
      idField: 'name',
      matchBy: 'displayName',
      request: (s) => ({ namespaceName: s.env.namespace, compartmentId: s.compartmentId, fields: ['tags'] }),
    },
    relations: [],
  };
}

/** Rows by every spelling search may give their type. */
function rowsByType(table: readonly EnricherRow[]): Map<string, EnricherRow> {
  const rows = new Map(table.map((row) => [row.resourceType, row]));
  for (const [alias, canonical] of TYPE_ALIASES) {
    const row = rows.get(canonical);
    if (row && !rows.has(alias)) rows.set(alias, row);
  }
  return rows;
}

function spellingsOf(rows: ReadonlyMap<string, EnricherRow>): Map<string, string[]> {
  const spellings = new Map<string, string[]>();
  for (const [type, row] of rows) spellings.set(row.resourceType, [...(spellings.get(row.resourceType) ?? []), type]);
  return spellings;
}

/**
 * Types a type's enrichment reads: its row's `after` and list parent, and the row's other
 * spellings. The assembled VNIC's `after` types are not among them: it reads only the facts
 * kept from them (VnicFacts), so they only go first (`orderOf`).
 */
function dependenciesOf(rows: ReadonlyMap<string, EnricherRow>): Map<string, string[]> {
  const spellings = spellingsOf(rows);
  const dependencies = new Map<string, string[]>();
  for (const [type, row] of rows) {
    const direct = [...(row.special === 'vnic' ? [] : (row.after ?? [])), ...(row.list?.parentType ? [row.list.parentType] : [])];
    const all = new Set(direct.flatMap((dep) => spellings.get(dep) ?? [dep]));
    for (const spelling of spellings.get(row.resourceType) ?? []) if (spelling !== type) all.add(spelling);
    dependencies.set(type, [...all]);
  }
  return dependencies;
}

/** The assembled VNIC's `after` types (every spelling), which are enriched in the same batch or an earlier one. */
/**
 * Types that may be enriched a few compartments at a time: their row lists per compartment or
 * gets (no subtree or per-parent list, which serve a whole region at once), reads no other
 * type's records, is read by none (a Vault its Keys, a Subnet its private IPs), and is not the
 * VNIC assembly (it needs the region's VNICs together). An instance's attachments are listed
 * per compartment and kept per region for the VNICs, so instances split.
 */
function splittableOf(rows: ReadonlyMap<string, EnricherRow>, dependencies: ReadonlyMap<string, readonly string[]>): Set<string> {
  const readByOthers = new Set<string>();
  for (const [type, deps] of dependencies) for (const dependency of deps) if (dependency !== type) readByOthers.add(dependency);
  const out = new Set<string>();
  for (const [type, row] of rows) {
    if (row.special || row.after?.length || row.list?.parentType || row.list?.subtree || readByOthers.has(type)) continue;
    if ((dependencies.get(type) ?? []).length > 0) continue;
    out.add(type);
  }
  return out;
}

function orderOf(rows: ReadonlyMap<string, EnricherRow>): Map<string, string[]> {
  const spellings = spellingsOf(rows);
  const order = new Map<string, string[]>();
  for (const [type, row] of rows) {
    if (row.special !== 'vnic' || !row.after?.length) continue;
    order.set(type, [...new Set(row.after.flatMap((dep) => spellings.get(dep) ?? [dep]))]);
  }
  return order;
}

const PARENT_LISTS_AT_ONCE = 4;

/** Items a list page is expected to hold. */
const EXPECTED_PAGE = LIST_PAGE_LIMIT;

/**
 * The expected-cost choice for a row whose list covers a subtree: one list from the tenancy
 * costs about a page per EXPECTED_PAGE records of the region; the per-compartment plan costs
 * a list per compartment with a group (a page per EXPECTED_PAGE each) and a get per lone
 * record. Subtree wins when it is cheaper.
 */
function subtreeIsCheaper(row: EnricherRow, cells: ReadonlyMap<string, InventoryRecord[]>, threshold: number): boolean {
  const list = row.list;
  if (!list?.subtree || !list.listIsFull || list.parentType || row.special || row.summaryOnly) return false;
  let perCompartment = 0;
  let records = 0;
  for (const [compartmentId, group] of cells) {
    records += group.length;
    const listed = compartmentId !== '' && (group.length >= threshold || !row.get);
    perCompartment += listed ? Math.ceil(group.length / EXPECTED_PAGE) : group.length;
  }
  return Math.ceil(records / EXPECTED_PAGE) < perCompartment;
}

function groupTasks(
  ctx: RegionContext,
  row: EnricherRow,
  compartmentId: string,
  group: InventoryRecord[],
  threshold: number,
  settle: (n: number) => void,
): PoolTask[] {
  if (row.summaryOnly) {
    for (const record of group) {
      record.enrichStatus = 'OK';
      record.enrichError = null;
    }
    settle(group.length);
    return [];
  }
  if (row.special === 'vaultKey') return vaultKeyTasks(ctx, row, compartmentId, group, settle);
  const list = row.list;
  // A parent-scoped list costs a call per parent in the compartment: with a get to fall back
  // on, it is worth it only when the group outnumbers the parents (private IPs per subnet).
  const parents = list?.parentType && row.get ? (ctx.byType.get(list.parentType) ?? []).filter((p) => p.compartmentId === compartmentId).length : 0;
  const useList = list?.listIsFull && compartmentId !== '' && (group.length >= threshold || !row.get) && (parents === 0 || parents < group.length);
  if (!useList) return group.map((record) => getTask(ctx, row, record, settle));
  return [() => listGroup(ctx, row, compartmentId, group, settle)];
}

function getTask(ctx: RegionContext, row: EnricherRow, record: InventoryRecord, settle: (n: number) => void): PoolTask {
  return async () => {
    const get = row.get;
    if (!get) {
      markError(record, `${row.list?.method ?? 'enrich'}: not found by list`);
    } else {
      try {
        const client = await ctx.clientFor(row);
        const request = get.request(refOf(record), await ctx.env(row));
        const response = await callOperation(client, get.method, request);
        applyObject(record, row, response[get.responseKey]);
      } catch (error) {
        markError(record, describeFailure(get.method, error));
      }
    }
    settle(1);
    return undefined;
  };
}

async function listGroup(ctx: RegionContext, row: EnricherRow, compartmentId: string, group: InventoryRecord[], settle: (n: number) => void, subtreeFallback?: () => PoolTask[]): Promise<PoolTask[]> {
  const list = row.list;
  if (!list) return [];
  const scopes = await listScopes(ctx, row, compartmentId);
  const extra = subtreeFallback && list.subtree ? { [list.subtree.param]: true, ...list.subtree.extra } : {};
  const found = new Map<string, unknown>();
  const idField = list.idField ?? 'id';
  try {
    const client = await ctx.clientFor(row);
    for (const scope of scopes) {
      const items = list.parentType ? await ctx.childrenOf(row, scope) : await ctx.listPaged(client, row.service, list.method, { ...list.request(scope), ...extra }, list.itemsPath);
      for (const item of items) {
        const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
        if (typeof id === 'string') found.set(id, item);
      }
    }
  } catch (error) {
    if (subtreeFallback) {
      ctx.log.debug(`${row.resourceType} in ${ctx.region}: subtree list refused (${describeFailure(list.method, error)}); listing per compartment`);
      return subtreeFallback();
    }
    // One failed list fails its group: retrying each record by get would hammer a service
    // that just refused us.
    const reason = describeFailure(list.method, error);
    for (const record of group) markError(record, reason);
    settle(group.length);
    return [];
  }
  const leftovers: PoolTask[] = [];
  const missing: InventoryRecord[] = [];
  for (const record of group) {
    const item = found.get(list.matchBy === 'displayName' ? (record.displayName ?? '') : record.ocid);
    if (item !== undefined) {
      applyObject(record, row, item);
      settle(1);
    } else {
      missing.push(record);
    }
  }
  // No get to fall back on (a Log), or more misses than the region has parents (private IPs
  // of an app compartment whose subnets live in a network compartment): look under every
  // parent of the region, once per region. Search may also place a child apart from its
  // parent while its index catches up with a move.
  const regionParents = list.parentType ? (ctx.byType.get(list.parentType)?.length ?? 0) : 0;
  if (missing.length > 0 && list.parentType && (!row.get || missing.length > regionParents)) return serveFromRegionParents(ctx, row, missing, settle);
  // Not in the list: changed since search, in another scope, or a deleted resource.
  for (const record of missing) leftovers.push(getTask(ctx, row, record, settle));
  return leftovers;
}

/**
 * A parent-scoped row (private IPs per subnet) lists each parent of the region once, serving
 * every compartment, when the region holds fewer parents than records of the type: that
 * costs a call per parent instead of a get per record (or a list per parent per compartment).
 */
function parentsOnceIsCheaper(ctx: RegionContext, row: EnricherRow, records: InventoryRecord[]): boolean {
  const list = row.list;
  if (!list?.parentType || !list.listIsFull || !row.get || row.special || row.summaryOnly) return false;
  const parents = ctx.byType.get(list.parentType)?.length ?? 0;
  return parents > 0 && parents < records.length;
}

/**
 * Records of a parent-scoped row served from the region's listing under every parent (listed
 * once per region); a record under no parent is read by get.
 */
async function serveFromRegionParents(ctx: RegionContext, row: EnricherRow, group: InventoryRecord[], settle: (n: number) => void): Promise<PoolTask[]> {
  let found: Map<string, unknown>;
  try {
    found = await ctx.regionWideChildren(row, () => listUnderEveryParent(ctx, row));
  } catch (error) {
    const reason = describeFailure(row.list?.method ?? 'list', error);
    for (const record of group) markError(record, reason);
    settle(group.length);
    return [];
  }
  const leftovers: PoolTask[] = [];
  for (const record of group) {
    const item = found.get(record.ocid);
    if (item === undefined) {
      // Not under any parent of the search: moved, deleted, or its parent is not visible.
      leftovers.push(getTask(ctx, row, record, settle));
    } else {
      applyObject(record, row, item);
      settle(1);
    }
  }
  return leftovers;
}

/** Every child of a parent-scoped list, under every parent of the region, by ocid. */
async function listUnderEveryParent(ctx: RegionContext, row: EnricherRow): Promise<Map<string, unknown>> {
  const list = row.list;
  const found = new Map<string, unknown>();
  if (!list?.parentType) return found;
  const env = await ctx.env(row);
  const idField = list.idField ?? 'id';
  const parents = ctx.byType.get(list.parentType) ?? [];
  // A few parents at once: a region may hold hundreds of subnets.
  await runPool(
    PARENT_LISTS_AT_ONCE,
    parents.map((parent) => async () => {
      const scope: ListScope = { compartmentId: parent.compartmentId ?? '', parentId: parent.ocid, env };
      for (const item of await ctx.childrenOf(row, scope)) {
        const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[idField] : undefined;
        if (typeof id === 'string') found.set(id, item);
      }
      return undefined;
    }),
  );
  return found;
}

async function listScopes(ctx: RegionContext, row: EnricherRow, compartmentId: string): Promise<ListScope[]> {
  const env = await ctx.env(row);
  const list = row.list;
  if (list?.parentType) {
    const parents = (ctx.byType.get(list.parentType) ?? []).filter((p) => p.compartmentId === compartmentId);
    return parents.map((parent) => ({ compartmentId, parentId: parent.ocid, env }));
  }
  return [{ compartmentId, env }];
}

function refOf(record: InventoryRecord) {
  return {
    ocid: record.ocid,
    displayName: record.displayName,
    compartmentId: record.compartmentId,
    availabilityDomain: record.availabilityDomain ?? null,
  };
}
