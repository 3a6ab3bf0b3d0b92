// Catalog entries for every non-IAM resource type the emulator serves (compute, network,
// storage, database, platform services). Owned by the enrichment work: each enricher row has
// its entry here, split by service.
import { AI_CATALOG } from './ai.js';
import { COMPUTE_CATALOG } from './compute.js';
import { DATA_CATALOG } from './data.js';
import { DATABASE_SERVICES_CATALOG } from './database-services.js';
import { DATA_SCIENCE_CATALOG } from './datascience.js';
import { NETWORK_CATALOG } from './network.js';
import { PLATFORM_CATALOG } from './platform.js';
import { PLATFORM_SERVICES_CATALOG } from './platform-services.js';
import type { CatalogEntry } from './types.js';

export const SERVICE_CATALOG: CatalogEntry[] = [...NETWORK_CATALOG, ...COMPUTE_CATALOG, ...DATA_CATALOG, ...PLATFORM_CATALOG, ...AI_CATALOG, ...PLATFORM_SERVICES_CATALOG, ...DATABASE_SERVICES_CATALOG, ...DATA_SCIENCE_CATALOG];
