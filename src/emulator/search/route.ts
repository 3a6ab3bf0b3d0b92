// Resource Search (`POST /20180409/resources`): each region sees its own resources plus every
// global IAM resource, terminated ones included, in a stable order across pages.
import type { JsonObject } from '../json.js';
import { paged } from '../catalog/helpers.js';
import type { GeneratedResource, Route, RouteResult } from '../catalog/types.js';
import type { TenancyStore } from '../store.js';
import { matchesQuery, type ParsedQuery, parseQuery, QueryError } from './query.js';

const CACHE_LIMIT = 64;

/**
 * Types Resource Search spells two ways in one tenancy (older resources keep the old
 * spelling): the catalog's spelling → the other. With `aliasSpellings` on, about half of
 * the resources of these types (chosen by ocid, so the same every run) are reported with
 * the other spelling, and a typed query matches either spelling.
 */
export const SEARCH_TYPE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['Volume', 'BlockVolume'],
  ['DHCPOptions', 'DhcpOptions'],
  ['IPSecConnection', 'IpSecConnection'],
  ['CustomerDnsZone', 'DnsZone'],
]);

/** The spelling search reports for a resource. */
export function searchTypeOf(r: GeneratedResource, aliasSpellings: boolean): string {
  if (!aliasSpellings) return r.resourceType;
  const alias = SEARCH_TYPE_ALIASES.get(r.resourceType);
  if (!alias) return r.resourceType;
  let hash = 0;
  for (let i = 0; i < r.ocid.length; i++) hash = (hash * 31 + r.ocid.charCodeAt(i)) | 0;
  return (hash & 1) === 1 ? alias : r.resourceType;
}

export function toResourceSummary(r: GeneratedResource, aliasSpellings = false): JsonObject {
  return {
    resourceType: searchTypeOf(r, aliasSpellings),
    identifier: r.ocid,
    compartmentId: r.compartmentId,
    timeCreated: r.timeCreated,
    displayName: r.displayName,
    availabilityDomain: r.availabilityDomain,
    lifecycleState: r.lifecycleState,
    freeformTags: r.freeformTags,
    definedTags: r.definedTags,
    systemTags: {},
    searchContext: null,
    identityContext: {},
    additionalDetails: {},
  };
}

type SearchMatcher = (r: GeneratedResource) => boolean;

function parseSearchDetails(body: unknown): { key: string; matcher: SearchMatcher; sort?: ParsedQuery['sort'] } | RouteResult {
  if (!body || typeof body !== 'object') return { status: 400, code: 'InvalidParameter', message: 'search details are required' };
  const details = body as Record<string, unknown>;
  if (details.type === 'Structured') {
    if (typeof details.query !== 'string') return { status: 400, code: 'InvalidParameter', message: 'query is required' };
    try {
      const parsed = parseQuery(details.query);
      return { key: `S:${details.query}`, matcher: (r) => matchesQuery(r, parsed), sort: parsed.sort };
    } catch (error) {
      if (error instanceof QueryError) return { status: 400, code: 'InvalidParameter', message: `Unable to parse query: ${error.message}` };
      throw error;
    }
  }
  if (details.type === 'FreeText') {
    if (typeof details.text !== 'string') return { status: 400, code: 'InvalidParameter', message: 'text is required' };
    const text = details.text.toLowerCase();
    return { key: `F:${text}`, matcher: (r) => r.displayName.toLowerCase().includes(text) || r.ocid === details.text };
  }
  return { status: 400, code: 'InvalidParameter', message: 'search details type must be Structured or FreeText' };
}

/** `globalTypes`: IAM types every region's search returns (they live in the home region). */
export function createSearchRoutes(store: TenancyStore, globalTypes: ReadonlySet<string>, options: { aliasSpellings?: boolean } = {}): Route[] {
  const aliasSpellings = options.aliasSpellings === true;
  // A query matches the spelling the summary shows (the catalog's, or the other one).
  const asSearched = (r: GeneratedResource): GeneratedResource => {
    const type = searchTypeOf(r, aliasSpellings);
    return type === r.resourceType ? r : { ...r, resourceType: type };
  };
  // Paging a 100k-resource region 1000 at a time must not filter the whole tenancy per page.
  const cache = new Map<string, { version: number; items: GeneratedResource[] }>();
  return [
    {
      service: 'query',
      method: 'POST',
      pattern: '/20180409/resources',
      operation: 'searchResources',
      handle(req) {
        const tenantId = req.query.get('tenantId');
        if (tenantId !== null && tenantId !== store.tenancyId) return { status: 404 };
        const details = parseSearchDetails(req.body);
        if ('status' in details) return details;
        const key = `${req.region}|${details.key}`;
        let entry = cache.get(key);
        if (!entry || entry.version !== store.version) {
          const items = store
            .all()
            .filter((r) => (r.region === req.region || globalTypes.has(r.resourceType)) && details.matcher(asSearched(r)));
          const sort = details.sort;
          if (sort) {
            const dir = sort.descending ? -1 : 1;
            items.sort((a, b) => dir * (a[sort.field] < b[sort.field] ? -1 : a[sort.field] > b[sort.field] ? 1 : 0) || (a.ocid < b.ocid ? -1 : 1));
          }
          entry = { version: store.version, items };
          if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
          cache.set(key, entry);
        }
        return paged(entry.items, req.query, (r) => toResourceSummary(r, aliasSpellings), { strictLimit: true, wrap: (items) => ({ items }) });
      },
    },
  ];
}
