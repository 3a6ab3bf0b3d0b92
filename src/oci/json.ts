// SDK objects → plain JSON, the one conversion every OCI adapter uses at the edge: Dates (typed
// Date, often arriving as strings) to ISO strings, undefined and functions dropped, non-finite
// numbers to null. Secrets are redacted later, by the pipeline's one policy (src/core/redact.ts).
import { type JsonObject, type JsonValue, sortLikeSortKeys } from '../core/record.js';

export function toPlainJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map((item) => toPlainJson(item));
  if (typeof value === 'object') {
    // Keys in canonical order, so canonicalJson can leave the whole subtree to JSON.stringify.
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    if (keys.length > 1) sortLikeSortKeys(keys);
    const out: JsonObject = {};
    for (const key of keys) {
      const child = source[key];
      if (child === undefined || typeof child === 'function') continue;
      // A hostile "__proto__" key stays data instead of setting the copy's prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: toPlainJson(child), enumerable: true, writable: true, configurable: true });
      else out[key] = toPlainJson(child);
    }
    return out;
  }
  return null;
}

/** toPlainJson for a value that should be an object; anything else becomes `{}`. */
export function toPlainJsonObject(value: unknown): JsonObject {
  const json = toPlainJson(value);
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
}
