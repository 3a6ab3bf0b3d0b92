// Builders for the emulator's non-IAM catalog entries: strict get routes (wrong type or
// region → 404), paged list routes filtered by compartment and parent, and the common wire
// fields every OCI model shares. One spec per resource type keeps each service file short.
import type { JsonObject, JsonValue } from '../json.js';
import type { CatalogEntry, GenContext, GeneratedResource, Route, RouteRequest, RouteResult, TenancyView } from './types.js';

/** Default and largest page the emulated lists serve. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export interface WireNames {
  id?: string;
  name?: string;
  time?: string;
  /** The model has no lifecycleState (a Cpe, a Bucket). */
  noState?: boolean;
  /** The model has no tags (a TagDefault). */
  noTags?: boolean;
}

export interface ListRouteSpec {
  operation: string;
  /** Query parameters (besides compartmentId) that filter on an attr of the same name. */
  filters?: string[];
  /** Query parameters the real API requires besides compartmentId. */
  required?: string[];
  /** Return `{ items }` instead of a bare array (a *Collection model). */
  collection?: boolean;
  /** The list is not per compartment (listLogs under a log group). */
  noCompartment?: boolean;
  /**
   * The query parameter (REST spelling) that, when `true`, widens the list to the compartment's
   * whole subtree; `tenancyOnly`: OCI accepts it only with the tenancy as compartmentId
   * (400 InvalidParameter otherwise), as listAlarms and listCompartments do; `accessLevels`:
   * the values the list's `accessLevel` takes (another value is a 400). The emulated caller may
   * read every compartment, so RESTRICTED and ACCESSIBLE list the same; a caller without read
   * at the root is the `deniedSubtree` fault.
   */
  subtree?: { param: string; tenancyOnly?: boolean; accessLevels?: readonly string[] };
}

/** Cloud Guard's and Data Safe's accessLevel values. */
export const RESTRICTED_OR_ACCESSIBLE: readonly string[] = ['RESTRICTED', 'ACCESSIBLE'];

/** Ocids of `rootId` and every compartment below it. */
export function compartmentSubtree(view: TenancyView, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of view.list('Compartment')) children.set(c.compartmentId, [...(children.get(c.compartmentId) ?? []), c.ocid]);
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop() as string) ?? []) {
      if (!out.has(child)) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}

export interface EntrySpec {
  resourceType: string;
  ocidKind: string;
  service: string;
  /** Path prefix including the API version, e.g. `/20160918/instances`. */
  basePath: string;
  getOperation: string;
  list?: ListRouteSpec;
  names?: WireNames;
  dependsOn?: string[];
  weight?: number;
  /** Lives in an availability domain (its SDK model requires one): search then reports it. */
  adScoped?: boolean;
  lifecycleStates: { active: string; terminated?: string };
  generate(base: Omit<GeneratedResource, 'attrs'>, ctx: GenContext): JsonObject;
  /** Fields of the list item; defaults to the full object. */
  summaryFields?: string[];
  /** Computed wire fields (from the view) beyond the attrs. */
  extraWire?(resource: GeneratedResource, view: TenancyView): JsonObject;
}

export function commonWire(resource: GeneratedResource, names: WireNames = {}): JsonObject {
  const out: JsonObject = {
    [names.id ?? 'id']: resource.ocid,
    compartmentId: resource.compartmentId,
    [names.name ?? 'displayName']: resource.displayName,
    [names.time ?? 'timeCreated']: resource.timeCreated,
  };
  if (!names.noState) out.lifecycleState = resource.lifecycleState;
  if (!names.noTags) {
    out.freeformTags = resource.freeformTags;
    out.definedTags = resource.definedTags;
  }
  if (resource.availabilityDomain) out.availabilityDomain = resource.availabilityDomain;
  return out;
}

export function notFound(): RouteResult {
  return { status: 404 };
}

export function badRequest(message: string, code = 'InvalidParameter'): RouteResult {
  return { status: 400, code, message };
}

/** The resource behind an id, only when it is of the type and in the region asked. */
export function findOwn(view: TenancyView, id: string | undefined, resourceType: string, region: string): GeneratedResource | undefined {
  if (!id) return undefined;
  const resource = view.get(id);
  if (!resource || resource.resourceType !== resourceType || resource.region !== region) return undefined;
  return resource;
}

/** One page of items; `page` is the offset the previous page handed out. */
export function paged(req: RouteRequest, items: JsonValue[], collection = false): RouteResult {
  const rawLimit = req.query.get('limit');
  const limit = rawLimit === null ? DEFAULT_PAGE_SIZE : Number(rawLimit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) return badRequest(`limit must be 1..${MAX_PAGE_SIZE}`);
  const rawPage = req.query.get('page');
  const offset = rawPage === null ? 0 : Number(rawPage);
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length) return badRequest('invalid page token');
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? String(offset + limit) : undefined;
  return {
    status: 200,
    body: collection ? { items: slice } : slice,
    ...(next ? { headers: { 'opc-next-page': next } } : {}),
  };
}

function wireOf(spec: EntrySpec, resource: GeneratedResource, view: TenancyView): JsonObject {
  return { ...commonWire(resource, spec.names), ...resource.attrs, ...(spec.extraWire?.(resource, view) ?? {}) };
}

function pick(object: JsonObject, fields: string[]): JsonObject {
  const out: JsonObject = {};
  for (const field of fields) if (field in object) out[field] = object[field] as JsonValue;
  return out;
}

export function getRoute(spec: EntrySpec, pattern: string, toWire: (r: GeneratedResource, v: TenancyView) => JsonObject): Route {
  return {
    service: spec.service,
    method: 'GET',
    pattern,
    operation: spec.getOperation,
    handle(req, view) {
      const resource = findOwn(view, req.params.id, spec.resourceType, req.region);
      return resource ? { status: 200, body: toWire(resource, view) } : notFound();
    },
  };
}

/** Resources a list route returns: region, compartment and attr filters applied, by ocid. */
export function listed(spec: EntrySpec, list: ListRouteSpec, req: RouteRequest, view: TenancyView, extra: Record<string, string> = {}): GeneratedResource[] | RouteResult {
  const compartmentId = req.query.get('compartmentId');
  if (!list.noCompartment && !compartmentId) return badRequest('compartmentId is required', 'MissingParameter');
  for (const name of list.required ?? []) if (!req.query.get(name)) return badRequest(`${name} is required`, 'MissingParameter');
  const filters: Record<string, string> = { ...extra };
  for (const name of list.filters ?? []) {
    const value = req.query.get(name);
    if (value) filters[name] = value;
  }
  const accessLevel = req.query.get('accessLevel');
  if (accessLevel !== null && list.subtree?.accessLevels && !list.subtree.accessLevels.includes(accessLevel)) {
    return badRequest(`accessLevel must be one of ${list.subtree.accessLevels.join(', ')}`);
  }
  const wide = list.subtree && compartmentId && req.query.get(list.subtree.param) === 'true';
  if (wide && list.subtree?.tenancyOnly && compartmentId !== view.tenancyId) {
    return badRequest(`${list.subtree.param} can only be true when compartmentId is the tenancy`);
  }
  const scope = wide && compartmentId ? compartmentSubtree(view, compartmentId) : undefined;
  return view
    .list(spec.resourceType, { region: req.region, ...(compartmentId && !scope ? { compartmentId } : {}) })
    .filter((r) => !scope || scope.has(r.compartmentId))
    .filter((r) => Object.entries(filters).every(([key, value]) => (key === 'availabilityDomain' ? r.availabilityDomain === value : r.attrs[key] === value)))
    .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
}

/**
 * A catalog entry from a spec: get at `{basePath}/{id}`, list at `{basePath}`. The routes read
 * `toWire`/`toSummary` from the entry when they answer, so a service file that wraps them
 * afterwards (dropping fields the real model lacks) changes every route, lists included.
 */
export function defineEntry(spec: EntrySpec): CatalogEntry {
  const toWire = (resource: GeneratedResource, view: TenancyView) => wireOf(spec, resource, view);
  const summaryFields = spec.summaryFields;
  const entry: CatalogEntry = {
    resourceType: spec.resourceType,
    ocidKind: spec.ocidKind,
    ...(spec.dependsOn ? { dependsOn: spec.dependsOn } : {}),
    ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
    ...(spec.adScoped ? { adScoped: true } : {}),
    lifecycleStates: spec.lifecycleStates,
    generate: spec.generate,
    toWire,
    ...(summaryFields ? { toSummary: (resource: GeneratedResource, view: TenancyView) => pick(entry.toWire(resource, view), summaryFields) } : {}),
    routes: [],
  };
  entry.routes.push(getRoute(spec, `${spec.basePath}/{id}`, (r, v) => entry.toWire(r, v)));
  const list = spec.list;
  if (list) {
    entry.routes.push({
      service: spec.service,
      method: 'GET',
      pattern: spec.basePath,
      operation: list.operation,
      handle(req, view) {
        const found = listed(spec, list, req, view);
        if (!Array.isArray(found)) return found;
        const toItem = entry.toSummary ?? entry.toWire;
        return paged(req, found.map((r) => toItem(r, view)), list.collection);
      },
    });
  }
  return entry;
}

const GONE_STATES = new Set(['TERMINATED', 'DELETED', 'DELETING', 'DETACHED']);

/**
 * A live parent of the given type: same compartment first, then anywhere in the region. Only
 * live ones: OCI takes a vault's keys and a log group's logs with it, and a child reachable
 * only through its parent (a key, a log) would otherwise be unreadable.
 */
export function parentOf(ctx: GenContext, resourceType: string, base: { region: string; compartmentId: string }): GeneratedResource | undefined {
  const live = (where: { region: string; compartmentId?: string }) => ctx.find(resourceType, where).filter((r) => !GONE_STATES.has(r.lifecycleState));
  const near = live({ region: base.region, compartmentId: base.compartmentId });
  if (near.length > 0) return ctx.pick(near);
  const anywhere = live({ region: base.region });
  return anywhere.length > 0 ? ctx.pick(anywhere) : undefined;
}

export function parentId(ctx: GenContext, resourceType: string, base: { region: string; compartmentId: string }): string | null {
  return parentOf(ctx, resourceType, base)?.ocid ?? null;
}

/** A private IPv4 in 10.x. */
export function privateIp(ctx: GenContext): string {
  return `10.${ctx.int(0, 255)}.${ctx.int(0, 255)}.${ctx.int(2, 254)}`;
}

export function publicIpAddress(ctx: GenContext): string {
  return `${ctx.pick([129, 130, 132, 140, 141, 150, 152, 158])}.${ctx.int(0, 255)}.${ctx.int(0, 255)}.${ctx.int(1, 254)}`;
}

