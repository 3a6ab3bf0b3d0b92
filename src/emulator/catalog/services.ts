// Catalog entries for every non-IAM resource type the emulator serves (compute, network,
// storage, database, …). Owned by the enrichment work: each enricher row has its entry here.
import type { CatalogEntry } from './types.js';

export const SERVICE_CATALOG: CatalogEntry[] = [];
