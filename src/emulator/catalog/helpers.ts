// Building blocks for catalog routes: OCI-style paging (`limit`, `page`, `opc-next-page`) and
// the get/list pair most resource types have, with OCI's strictness (wrong type or region → 404).
import type { JsonValue } from '../json.js';
import type { CatalogEntry, GeneratedResource, Route, RouteRequest, RouteResult, TenancyView } from './types.js';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1000;

export function invalidParameter(message: string): RouteResult {
  return { status: 400, code: 'InvalidParameter', message };
}

/** Page tokens are opaque to clients, as in OCI; inside they are an offset. */
export function encodePageToken(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodePageToken(token: string): number | undefined {
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}

/**
 * One page of `items` per the request's `limit` and `page`, `opc-next-page` while more remain.
 * `strictLimit` rejects limits above the maximum instead of clamping (Resource Search does).
 */
export function paged<T>(
  items: readonly T[],
  query: URLSearchParams,
  toItem: (item: T) => JsonValue,
  options: { strictLimit?: boolean; wrap?: (items: JsonValue[]) => JsonValue } = {},
): RouteResult {
  const rawLimit = query.get('limit');
  let limit = DEFAULT_PAGE_LIMIT;
  if (rawLimit !== null) {
    limit = Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1) return invalidParameter(`limit must be a positive integer, got "${rawLimit}"`);
    if (limit > MAX_PAGE_LIMIT) {
      if (options.strictLimit) return invalidParameter(`limit must be between 1 and ${MAX_PAGE_LIMIT}`);
      limit = MAX_PAGE_LIMIT;
    }
  }
  const rawPage = query.get('page');
  let offset = 0;
  if (rawPage !== null) {
    const decoded = decodePageToken(rawPage);
    if (decoded === undefined || decoded > items.length) return invalidParameter('page token is not valid');
    offset = decoded;
  }
  const slice = items.slice(offset, offset + limit).map(toItem);
  const next = offset + limit < items.length ? encodePageToken(offset + limit) : undefined;
  return {
    status: 200,
    body: options.wrap ? options.wrap(slice) : slice,
    ...(next ? { headers: { 'opc-next-page': next } } : {}),
  };
}

/** A resource the request may see: right type, and for regional types the request's region. */
export function visibleResource(
  view: TenancyView,
  id: string | undefined,
  resourceType: string,
  region: string,
  global: boolean,
): GeneratedResource | undefined {
  if (!id) return undefined;
  const resource = view.get(id);
  if (!resource || resource.resourceType !== resourceType) return undefined;
  if (!global && resource.region !== region) return undefined;
  return resource;
}

export interface StandardRoutesSpec {
  service: string;
  /** API version prefix: `/20160918`. */
  version: string;
  /** Collection path segment(s) after the version: `users`, `vcns`. */
  collection: string;
  /** Path parameter name of the id: `userId`. */
  idParam: string;
  getOperation?: string;
  listOperation?: string;
  /** Extra list filtering by query parameters (beyond compartmentId and lifecycleState). */
  filter?(resource: GeneratedResource, req: RouteRequest): boolean;
  /** Query parameter that must equal `displayName` when given (`name` for IAM, `displayName` for most). */
  nameParam?: string;
}

/** Adds `GET /<version>/<collection>/{id}` and `GET /<version>/<collection>?compartmentId=…` routes. */
export function standardRoutes(entry: Omit<CatalogEntry, 'routes'>, spec: StandardRoutesSpec): Route[] {
  const global = entry.global === true;
  const routes: Route[] = [];
  if (spec.getOperation) {
    routes.push({
      service: spec.service,
      method: 'GET',
      pattern: `${spec.version}/${spec.collection}/{${spec.idParam}}`,
      operation: spec.getOperation,
      handle(req, view) {
        const resource = visibleResource(view, req.params[spec.idParam], entry.resourceType, req.region, global);
        return resource ? { status: 200, body: entry.toWire(resource, view) } : { status: 404 };
      },
    });
  }
  if (spec.listOperation) {
    routes.push({
      service: spec.service,
      method: 'GET',
      pattern: `${spec.version}/${spec.collection}`,
      operation: spec.listOperation,
      handle(req, view) {
        const compartmentId = req.query.get('compartmentId');
        if (!compartmentId) return { status: 400, code: 'MissingParameter', message: 'compartmentId is required' };
        const state = req.query.get('lifecycleState');
        const name = spec.nameParam ? req.query.get(spec.nameParam) : null;
        const items = view
          .list(entry.resourceType, global ? { compartmentId } : { compartmentId, region: req.region })
          .filter(
            (r) =>
              (state === null || r.lifecycleState === state) &&
              (name === null || r.displayName === name) &&
              (spec.filter ? spec.filter(r, req) : true),
          );
        const toItem = entry.toSummary ?? entry.toWire;
        return paged(items, req.query, (r) => toItem(r, view));
      },
    });
  }
  return routes;
}

/** Tags and common fields every wire object carries. */
export function tagFields(resource: GeneratedResource): { freeformTags: Record<string, string>; definedTags: GeneratedResource['definedTags'] } {
  return { freeformTags: resource.freeformTags, definedTags: resource.definedTags };
}
