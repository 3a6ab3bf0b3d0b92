// What every enrichment step of one region shares: the region's clients, lazily resolved
// facts (the Object Storage namespace), SDK calls by operation name, paging, and the one
// place a failure becomes a record's stable enrichError.
import type { InventoryRecord, JsonObject } from '../../core/record.js';
import type { Logger } from '../../pipeline/log.js';
import type { OciClients } from '../clients.js';
import { asOciError } from '../http.js';
import { normalizeRelations, relationsFrom, toMetadataJson } from './metadata.js';
import type { ClientLoader, EnricherRow, ListScope, RequestEnv } from './table/types.js';

export type SdkRequest = Record<string, unknown>;
export type SdkResponse = Record<string, unknown>;

/**
 * Items asked per list page. OCI lists answer 100 or fewer items a page unless asked for
 * more; most accept up to 1000. A list that rejects the limit (400) is asked again without
 * it, and not asked with it again in the run.
 */
export const LIST_PAGE_LIMIT = 1000;

/** Each row's client class, loaded once: `row.client()` is a dynamic import, once per record otherwise. */
const clientClasses = new WeakMap<ClientLoader, ReturnType<ClientLoader>>();

function clientClass(load: ClientLoader): ReturnType<ClientLoader> {
  let pending = clientClasses.get(load);
  if (!pending) {
    pending = load();
    clientClasses.set(load, pending);
    // A failed load is not kept: the next record asks again (and fails on its own).
    pending.catch(() => clientClasses.delete(load));
  }
  return pending;
}

export class RegionContext {
  private namespacePromise: Promise<string> | undefined;
  private readonly regionWide = new Map<string, Promise<Map<string, unknown>>>();
  /** One listing per (row, parent) in this batch: the VNIC assembly reads the private IP rows' lists. */
  private readonly underParent = new Map<string, Promise<unknown[]>>();
  /** Hears every listing `childrenOf` made, once it arrived (the engine keeps VNIC facts from them). */
  onChildren: ((row: EnricherRow, parentId: string, items: unknown[]) => void) | undefined;

  constructor(
    readonly region: string,
    readonly clients: OciClients,
    readonly log: Logger,
    /** Every record of the region, by type: parents for scoped lists (log groups, vaults). */
    readonly byType: ReadonlyMap<string, InventoryRecord[]>,
    /** `service operation` of lists that refused LIST_PAGE_LIMIT; shared by the run's regions. */
    private readonly limitRefused: Set<string> = new Set(),
  ) {}

  /** Every item of a list, in pages of LIST_PAGE_LIMIT where the service accepts it. */
  async listPaged(client: object, service: string, method: string, request: SdkRequest, itemsPath: readonly string[]): Promise<unknown[]> {
    const key = `${service} ${method}`;
    if (!this.limitRefused.has(key)) {
      try {
        return await listAll(client, method, { ...request, limit: LIST_PAGE_LIMIT }, itemsPath);
      } catch (error) {
        if ((error as { statusCode?: unknown } | null)?.statusCode !== 400) throw error;
        this.limitRefused.add(key);
        this.log.debug(`${method}: limit ${LIST_PAGE_LIMIT} refused; paging at the service's default`);
      }
    }
    return listAll(client, method, request, itemsPath);
  }

  async clientFor(row: Pick<EnricherRow, 'client' | 'service'>): Promise<object> {
    return this.clients.get(await clientClass(row.client), row.service, this.region);
  }

  /** Only rows that need it pay for the namespace lookup: one call per region. */
  async env(row: EnricherRow): Promise<RequestEnv> {
    if (!row.needsNamespace) return { namespace: '' };
    this.namespacePromise ??= this.fetchNamespace();
    return { namespace: await this.namespacePromise };
  }

  /** A region-wide read shared by every compartment group of a type: made once, on first need. */
  regionWideChildren(row: EnricherRow, read: () => Promise<Map<string, unknown>>): Promise<Map<string, unknown>> {
    let pending = this.regionWide.get(row.resourceType);
    if (!pending) {
      pending = read();
      this.regionWide.set(row.resourceType, pending);
    }
    return pending;
  }

  /** Every item of a parent-scoped row's list under one parent, listed once per batch. */
  childrenOf(row: EnricherRow, scope: ListScope): Promise<unknown[]> {
    const list = row.list;
    if (!list?.parentType || !scope.parentId) return Promise.resolve([]);
    const key = `${row.resourceType} ${scope.parentId}`;
    let pending = this.underParent.get(key);
    if (!pending) {
      const parentId = scope.parentId;
      pending = this.clientFor(row)
        .then((client) => this.listPaged(client, row.service, list.method, list.request(scope), list.itemsPath))
        .then((items) => {
          this.onChildren?.(row, parentId, items);
          return items;
        });
      // A failed listing is not kept: the next reader asks again (and fails on its own).
      pending.catch(() => this.underParent.delete(key));
      this.underParent.set(key, pending);
    }
    return pending;
  }

  private async fetchNamespace(): Promise<string> {
    const { ObjectStorageClient } = await import('oci-objectstorage');
    const client = this.clients.get(ObjectStorageClient, 'objectstorage', this.region);
    const response = await client.getNamespace({});
    return response.value;
  }
}

/** Call an SDK operation by name; the table names operations as strings. */
export async function callOperation(client: object, method: string, request: SdkRequest): Promise<SdkResponse> {
  const fn = (client as Record<string, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`${method}: no such operation on ${client.constructor.name}`);
  let response: unknown;
  try {
    response = await fn.call(client, request);
  } catch (error) {
    throw asOciError(error, method);
  }
  if (response === null || typeof response !== 'object') throw new Error(`${method}: empty response`);
  return response as SdkResponse;
}

/** Every item of a paged list, paging with the request we built (`page` ← `opcNextPage`). */
export async function listAll(client: object, method: string, request: SdkRequest, itemsPath: readonly string[]): Promise<unknown[]> {
  const items: unknown[] = [];
  const seenPages = new Set<string>();
  let page: string | undefined;
  do {
    const response = await callOperation(client, method, page ? { ...request, page } : request);
    let node: unknown = response;
    for (const key of itemsPath) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(node)) items.push(...node);
    const next = response.opcNextPage;
    page = typeof next === 'string' && next ? next : undefined;
    // A server that repeats a page token would loop forever.
    if (page && seenPages.has(page)) throw new Error(`${method}: page token repeated`);
    if (page) seenPages.add(page);
  } while (page);
  return items;
}

/** Store an SDK object on the record and derive the row's edges. */
export function applyObject(record: InventoryRecord, row: EnricherRow, object: unknown): void {
  const metadata = toMetadataJson(object);
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
    markError(record, `${row.get?.method ?? row.list?.method ?? 'enrich'}: response had no object`);
    return;
  }
  const kept = row.fields ? project(metadata as JsonObject, row.fields) : (metadata as JsonObject);
  // `metadata` first: with `searchSummary` after it the details are in canonical key order, so
  // canonicalJson can leave the whole record to JSON.stringify (src/core/record.ts).
  const { metadata: _replaced, ...others } = record.details;
  record.details = { metadata: kept, ...others };
  record.enrichStatus = 'OK';
  record.enrichError = null;
  record.relationships = normalizeRelations([...record.relationships, ...relationsFrom(kept, row.relations, record.ocid)]);
}

/** The row's field set of an object, whichever call returned it (`EnricherRow.fields`). */
function project(object: JsonObject, fields: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) {
    const value = object[field];
    if (value !== undefined && Object.hasOwn(object, field)) out[field] = value;
  }
  return out;
}

export function markError(record: InventoryRecord, reason: string): void {
  record.enrichStatus = 'ERROR';
  record.enrichError = reason;
}

/**
 * `<operation>: <status> <code>` for service errors, `<operation>: <problem>` for transport
 * failures: no request ids, timestamps or durations, so the same failure reads the same in
 * every run and diffs stay quiet.
 */
export function describeFailure(operation: string, error: unknown): string {
  if (error !== null && typeof error === 'object') {
    const { statusCode, serviceCode } = error as { statusCode?: unknown; serviceCode?: unknown };
    if (typeof statusCode === 'number') {
      return `${operation}: ${statusCode}${typeof serviceCode === 'string' && serviceCode ? ` ${serviceCode}` : ''}`;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  const problem = message.replace(/^.*? failed after \d+ s: /, '').replace(/ocid1\.[\w.-]+/g, '<ocid>');
  return `${operation}: ${problem}`;
}
