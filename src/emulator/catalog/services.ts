// Catalog entries for every non-IAM resource type the emulator serves (compute, network,
// storage, database, platform services). Owned by the enrichment work: each enricher row has
// its entry here, split by service.
import { AI_CATALOG } from './ai.js';
import { ANALYTICS_CATALOG } from './analytics.js';
import { COMPUTE_CATALOG } from './compute.js';
import { CONTAINER_CATALOG } from './containers.js';
import { DATA_SAFE_CATALOG } from './data-safe.js';
import { DATA_CATALOG } from './data.js';
import { DATABASE_SERVICES_CATALOG } from './database-services.js';
import { DATA_SCIENCE_CATALOG } from './datascience.js';
import { DEVOPS_CATALOG } from './devops.js';
import { INFRA_CATALOG } from './infra.js';
import { MEDIA_CATALOG } from './media.js';
import { NETWORK_CATALOG } from './network.js';
import { OBSERVABILITY_CATALOG } from './observability.js';
import { OSMH_CATALOG } from './osmh.js';
import { PLATFORM_SERVICES_CATALOG } from './platform-services.js';
import { PLATFORM_CATALOG } from './platform.js';
import { ORM_STACK_CATALOG } from './resource-manager-stack.js';
import { RESOURCE_MANAGER_CATALOG } from './resource-manager.js';
import { SECURITY_CATALOG } from './security.js';
import { SUMMARY_ONLY_CATALOG } from './summary-only.js';
import type { CatalogEntry } from './types.js';

export const SERVICE_CATALOG: CatalogEntry[] = [
  ...NETWORK_CATALOG,
  ...COMPUTE_CATALOG,
  ...DATA_CATALOG,
  ...PLATFORM_CATALOG,
  ...AI_CATALOG,
  ...ANALYTICS_CATALOG,
  ...CONTAINER_CATALOG,
  ...DATABASE_SERVICES_CATALOG,
  ...DATA_SAFE_CATALOG,
  ...DATA_SCIENCE_CATALOG,
  ...DEVOPS_CATALOG,
  ...MEDIA_CATALOG,
  ...OBSERVABILITY_CATALOG,
  ...OSMH_CATALOG,
  ...PLATFORM_SERVICES_CATALOG,
  // Stacks before their jobs: a job points at a generated stack.
  ...ORM_STACK_CATALOG,
  ...RESOURCE_MANAGER_CATALOG,
  ...SECURITY_CATALOG,
  ...SUMMARY_ONLY_CATALOG,
  ...INFRA_CATALOG,
];
