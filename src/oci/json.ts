// SDK objects → plain JSON, the one conversion every OCI adapter uses at the edge: Dates (typed
// Date, often arriving as strings) to ISO strings, undefined and functions dropped, non-finite
// numbers to null. Secrets are redacted later, by the pipeline's one policy (src/core/redact.ts).
import type { JsonObject, JsonValue } from '../core/record.js';

export function toPlainJson(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map((item) => toPlainJson(item));
  if (typeof value === 'object') {
    const out: JsonObject = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined || typeof child === 'function') continue;
      out[key] = toPlainJson(child);
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
