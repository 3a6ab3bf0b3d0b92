// Turns an SDK object into what details.metadata stores: plain JSON (Dates as ISO strings,
// undefined dropped), and the relationship edges a table row's fields describe. Secrets are
// not handled here: the pipeline applies the one redaction policy (src/core/redact.ts) to the
// whole record, search summary and tags included, before anything is written.
import type { JsonObject, JsonValue, RecordRelationship } from '../../core/record.js';
import { toPlainJson } from '../json.js';
import type { RelationSpec } from './table/types.js';

/** Plain JSON of an SDK value (redaction happens once, in the pipeline). */
export function toMetadataJson(value: unknown): JsonValue {
  return toPlainJson(value);
}

/** Every string value at a dotted path (`*` walks all children; arrays at the end flatten). */
export function valuesAt(value: JsonValue | undefined, path: string): string[] {
  const segments = path.split('.');
  let current: JsonValue[] = value === undefined ? [] : [value];
  for (const segment of segments) {
    const next: JsonValue[] = [];
    for (const item of current) {
      if (item === null || typeof item !== 'object') continue;
      if (segment === '*') next.push(...(Array.isArray(item) ? item : Object.values(item)));
      else if (!Array.isArray(item) && segment in item) next.push(item[segment] as JsonValue);
    }
    current = next;
  }
  const out: string[] = [];
  for (const item of current) {
    if (typeof item === 'string' && item) out.push(item);
    else if (Array.isArray(item)) for (const inner of item) if (typeof inner === 'string' && inner) out.push(inner);
  }
  return out;
}

/** Edges from a row's relation fields: only ocids, never the record itself. */
export function relationsFrom(metadata: JsonObject, specs: readonly RelationSpec[], selfOcid: string): RecordRelationship[] {
  const edges: RecordRelationship[] = [];
  for (const spec of specs) {
    for (const target of valuesAt(metadata, spec.field)) {
      if (target.startsWith('ocid1.') && target !== selfOcid) edges.push({ relation_type: spec.relation, target_ocid: target });
    }
  }
  return edges;
}

/** Deduplicated, sorted by (relation, target): stable output across runs. */
export function normalizeRelations(edges: readonly RecordRelationship[]): RecordRelationship[] {
  if (edges.length < 2) return [...edges];
  const seen = new Map<string, RecordRelationship>();
  for (const edge of edges) seen.set(`${edge.relation_type}\u0000${edge.target_ocid}`, edge);
  // Indexing, not destructuring: a destructured parameter walks an iterator per comparison.
  const keyed = [...seen.entries()];
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map((entry) => entry[1]);
}
