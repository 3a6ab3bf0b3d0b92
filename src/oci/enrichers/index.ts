// Entry point of the enrichers: the table (for `oci-inv enrich-coverage`, which must not load
// any SDK service package) and the engine.
import { ENRICHER_TABLE, TYPE_ALIASES } from './table/index.js';

export { canonicalType, ENRICHER_TABLE, rowFor, TYPE_ALIASES } from './table/index.js';
export type { EnricherRow } from './table/types.js';
export { createEnricher, type EnricherDeps } from './engine.js';

/** Every type a row serves, alias spellings included. */
export function supportedResourceTypes(): ReadonlySet<string> {
  const types = new Set(ENRICHER_TABLE.map((row) => row.resourceType));
  for (const [alias, canonical] of TYPE_ALIASES) if (types.has(canonical)) types.add(alias);
  return types;
}
