// Entry point of the enrichers: the table (for `oci-inv enrich-coverage`, which must not load
// any SDK service package) and the engine.
import { ENRICHER_TABLE } from './table/index.js';

export { ENRICHER_TABLE, rowFor } from './table/index.js';
export type { EnricherRow } from './table/types.js';
export { createEnricher, type EnricherDeps } from './engine.js';

export function supportedResourceTypes(): ReadonlySet<string> {
  return new Set(ENRICHER_TABLE.map((row) => row.resourceType));
}
