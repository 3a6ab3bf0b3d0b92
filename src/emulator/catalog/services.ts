// Catalog entries for every non-IAM resource type the emulator serves (compute, network,
// storage, database, platform services). Owned by the enrichment work: each enricher row has
// its entry here, split by service.
import { COMPUTE_CATALOG } from './compute.js';
import { DATA_CATALOG } from './data.js';
import { INFRA_CATALOG } from './infra.js';
import { NETWORK_CATALOG } from './network.js';
import { PLATFORM_CATALOG } from './platform.js';
import { SECURITY_CATALOG } from './security.js';
import type { CatalogEntry } from './types.js';

export const SERVICE_CATALOG: CatalogEntry[] = [...NETWORK_CATALOG, ...COMPUTE_CATALOG, ...DATA_CATALOG, ...PLATFORM_CATALOG, ...SECURITY_CATALOG, ...INFRA_CATALOG];
