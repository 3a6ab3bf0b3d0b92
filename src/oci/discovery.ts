// DiscoveryPort over the OCI SDK: who we are, which regions, which compartments, and Resource
// Search page by page. SDK objects are normalized here so nothing typed by the SDK leaks inward.
import * as identity from 'oci-identity';
import * as search from 'oci-resourcesearch';
import type { JsonValue, SearchSummary } from '../core/record.js';
import type { CompartmentInfo, DiscoveryPort, Identity, RegionInfo, SearchPage } from '../pipeline/ports.js';
import type { ResolvedAuth } from './auth.js';
import { asOciError } from './http.js';
import { toPlainJsonObject } from './json.js';
import type { OciClients } from './clients.js';

/** An SDK call whose transport failure surfaces as an Error (see asOciError). */
export async function sdkCall<T>(service: string, operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw asOciError(error, operation, service);
  }
}

/** Largest page Resource Search serves. */
export const SEARCH_PAGE_LIMIT = 1000;

export interface OciDiscoveryOptions {
  auth: ResolvedAuth;
  clients: OciClients;
  /** Region for identity calls before the home region is known (config region or first --regions). */
  bootstrapRegion: string;
}

export function createOciDiscovery(options: OciDiscoveryOptions): DiscoveryPort {
  const { auth, clients } = options;
  let homeRegion: string | undefined;
  let regionsCache: RegionInfo[] | undefined;
  const identityClient = (region: string) => clients.get(identity.IdentityClient, 'identity', region);

  async function listRegions(): Promise<RegionInfo[]> {
    if (regionsCache) return regionsCache;
    const response = await sdkCall('identity', 'listRegionSubscriptions', () =>
      identityClient(options.bootstrapRegion).listRegionSubscriptions({ tenancyId: auth.tenancyId }),
    );
    regionsCache = response.items
      .map((s) => ({ name: s.regionName, key: s.regionKey, isHome: Boolean(s.isHomeRegion), status: String(s.status) }))
      .sort((a, b) => Number(b.isHome) - Number(a.isHome) || a.name.localeCompare(b.name));
    homeRegion = regionsCache.find((r) => r.isHome)?.name ?? options.bootstrapRegion;
    return regionsCache;
  }

  async function home(): Promise<string> {
    if (!homeRegion) await listRegions();
    return homeRegion ?? options.bootstrapRegion;
  }

  return {
    async identity(): Promise<Identity> {
      const region = await home();
      const tenancy = await sdkCall('identity', 'getTenancy', () => identityClient(region).getTenancy({ tenancyId: auth.tenancyId }));
      return {
        tenancyId: auth.tenancyId,
        tenancyName: tenancy.tenancy.name ?? '',
        homeRegion: region,
        principal: auth.principal,
        authMethod: auth.method,
      };
    },

    listRegions,

    async listCompartments(): Promise<CompartmentInfo[]> {
      const client = identityClient(await home());
      const raw: identity.models.Compartment[] = [];
      let page: string | undefined;
      do {
        const response = await sdkCall('identity', 'listCompartments', () =>
          client.listCompartments({
            compartmentId: auth.tenancyId,
            compartmentIdInSubtree: true,
            accessLevel: identity.requests.ListCompartmentsRequest.AccessLevel.Any,
            limit: 1000,
            ...(page ? { page } : {}),
          }),
        );
        raw.push(...response.items);
        page = response.opcNextPage;
      } while (page);
      return buildCompartmentTree(
        auth.tenancyId,
        raw.map((c) => ({
          ocid: c.id,
          name: c.name,
          parentId: c.compartmentId,
          lifecycleState: String(c.lifecycleState),
        })),
      );
    },

    async search(region: string, query: string, onPage: (page: SearchPage) => void | Promise<void>, signal?: AbortSignal): Promise<void> {
      const client = clients.get(search.ResourceSearchClient, 'query', region);
      let page: string | undefined;
      do {
        signal?.throwIfAborted();
        const response = await sdkCall('query', 'searchResources', () =>
          client.searchResources({
            searchDetails: { type: 'Structured', query, matchingContextType: search.models.SearchDetails.MatchingContextType.None } as search.models.StructuredSearchDetails,
            limit: SEARCH_PAGE_LIMIT,
            tenantId: auth.tenancyId,
            ...(page ? { page } : {}),
          }),
        );
        await onPage({ items: response.resourceSummaryCollection.items?.map(normalizeSummary) ?? [] });
        page = response.opcNextPage;
      } while (page);
    },

    apiCalls: () => clients.recorder.snapshot(),
    transport: () => clients.recorder.view(),
    close: () => clients.closeAll(),
  };
}

/** Paths from the tenancy root ("root/a/b"); compartments whose parent is unknown hang off root. */
export function buildCompartmentTree(
  tenancyId: string,
  flat: Array<{ ocid: string; name: string; parentId: string; lifecycleState: string }>,
): CompartmentInfo[] {
  const byId = new Map(flat.map((c) => [c.ocid, c]));
  const paths = new Map<string, string>([[tenancyId, 'root']]);
  const pathOf = (id: string, seen: Set<string>): string => {
    const known = paths.get(id);
    if (known) return known;
    const c = byId.get(id);
    if (!c || seen.has(id)) return 'root';
    seen.add(id);
    const path = `${pathOf(c.parentId, seen)}/${c.name}`;
    paths.set(id, path);
    return path;
  };
  const out: CompartmentInfo[] = [{ ocid: tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' }];
  for (const c of flat) {
    out.push({ ocid: c.ocid, name: c.name, parentId: c.parentId, path: pathOf(c.ocid, new Set()), lifecycleState: c.lifecycleState });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** SDK ResourceSummary → SearchSummary: Dates (typed Date, arriving as strings) become ISO strings. */
export function normalizeSummary(s: search.models.ResourceSummary): SearchSummary {
  return {
    identifier: s.identifier,
    resourceType: s.resourceType,
    displayName: s.displayName ?? null,
    compartmentId: s.compartmentId ?? null,
    timeCreated: toIso(s.timeCreated),
    lifecycleState: s.lifecycleState ?? null,
    availabilityDomain: s.availabilityDomain ?? null,
    definedTags: toPlainJsonObject(s.definedTags) as Record<string, Record<string, JsonValue>>,
    freeformTags: Object.fromEntries(Object.entries(s.freeformTags ?? {}).map(([k, v]) => [k, String(v)])),
    systemTags: toPlainJsonObject(s.systemTags) as Record<string, Record<string, JsonValue>>,
    identityContext: toPlainJsonObject(s.identityContext),
    additionalDetails: toPlainJsonObject(s.additionalDetails),
  };
}

export function toIso(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
