// Reshaping a catalog entry's wire objects to the SDK model: the list item as the summary model
// (fields it lacks dropped, renamed ones renamed), placeholders the common fields added dropped.
import type { JsonObject } from '../json.js';
import type { CatalogEntry } from './types.js';

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
