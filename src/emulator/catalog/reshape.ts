// Reshaping a catalog entry's wire objects to the SDK model: the list item as the summary model
// (fields it lacks dropped, renamed ones renamed), placeholders the common fields added dropped,
// and a list route scoped by a parent instead of a compartment.
import type { JsonObject } from '../json.js';
import { badRequest, type EntrySpec, listed, paged } from './service-kit.js';
import type { CatalogEntry, RouteRequest, TenancyView } from './types.js';

/** The list item: the wire object reshaped as the SDK's summary model (fields it lacks dropped). */
export function summarize(entry: CatalogEntry, drop: string[], rename: Record<string, string> = {}): CatalogEntry {
  entry.toSummary = (r, v) => {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(entry.toWire(r, v))) {
      if (drop.includes(key)) continue;
      out[rename[key] ?? key] = value;
    }
    return out;
  };
  return entry;
}

/** Drop wire fields the model lacks (placeholders the common fields added). */
export function withoutFields(entry: CatalogEntry, fields: string[]): CatalogEntry {
  const toWire = entry.toWire;
  entry.toWire = (r, v) => {
    const wire = toWire(r, v);
    for (const field of fields) delete wire[field];
    return wire;
  };
  return entry;
}

/**
 * A list that takes a parent instead of a compartment (`listDrgRouteTables?drgId=`,
 * `listPrivateIps?subnetId=`): at least one of `parents` is required, each given one filters.
 */
export function parentScopedList(entry: CatalogEntry, spec: EntrySpec, operation: string, parents: string[], collection = false): CatalogEntry {
  const route = entry.routes.find((r) => r.operation === operation);
  if (!route) throw new Error(`${spec.resourceType}: no ${operation} route`);
  route.handle = (req: RouteRequest, view: TenancyView) => {
    if (!parents.some((name) => req.query.get(name))) return badRequest(`one of ${parents.join(', ')} is required`, 'MissingParameter');
    const found = listed(spec, { operation, noCompartment: true, filters: parents }, req, view);
    if (!Array.isArray(found)) return found;
    const toItem = entry.toSummary ?? entry.toWire;
    return paged(req, found.map((r) => toItem(r, view)), collection);
  };
  return entry;
}
