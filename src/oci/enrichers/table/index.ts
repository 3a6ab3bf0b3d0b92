// The enrichment table: one row per Resource Search type we enrich.
import { AI_ROWS } from './ai.js';
import { canonicalType } from './aliases.js';
import { ANALYTICS_ROWS } from './analytics.js';
import { COMPUTE_ROWS } from './compute.js';
import { CONTAINER_ROWS } from './containers.js';
import { DATA_SAFE_ROWS } from './data-safe.js';
import { DATA_ROWS } from './data.js';
import { DATABASE_SERVICES_ROWS } from './database-services.js';
import { DATA_SCIENCE_ROWS } from './datascience.js';
import { DEVOPS_ROWS } from './devops.js';
import { IDENTITY_ROWS } from './identity.js';
import { INFRA_ROWS } from './infra.js';
import { SUMMARY_LIST_TYPES } from './list-shape.js';
import { MEDIA_ROWS } from './media.js';
import { NETWORK_ROWS } from './network.js';
import { OBSERVABILITY_ROWS } from './observability.js';
import { OSMH_ROWS } from './osmh.js';
import { PLATFORM_SERVICES_ROWS } from './platform-services.js';
import { PLATFORM_ROWS } from './platform.js';
import { ORM_STACK_ROWS } from './resource-manager-stack.js';
import { RESOURCE_MANAGER_ROWS } from './resource-manager.js';
import { SECURITY_ROWS } from './security.js';
import { SUMMARY_ROWS } from './summary.js';
import type { EnricherRow } from './types.js';

const ROWS: readonly EnricherRow[] = [
  ...COMPUTE_ROWS,
  ...NETWORK_ROWS,
  ...DATA_ROWS,
  ...IDENTITY_ROWS,
  ...PLATFORM_ROWS,
  ...AI_ROWS,
  ...ANALYTICS_ROWS,
  ...CONTAINER_ROWS,
  ...DATABASE_SERVICES_ROWS,
  ...DATA_SAFE_ROWS,
  ...DATA_SCIENCE_ROWS,
  ...DEVOPS_ROWS,
  ...MEDIA_ROWS,
  ...OBSERVABILITY_ROWS,
  ...OSMH_ROWS,
  ...PLATFORM_SERVICES_ROWS,
  ...RESOURCE_MANAGER_ROWS,
  ...SECURITY_ROWS,
  ...SUMMARY_ROWS,
  ...ORM_STACK_ROWS,
  ...INFRA_ROWS,
];

/** A row whose list item is a thinner summary is read by get (table/list-shape.ts). */
function getWhereListIsThin(row: EnricherRow): EnricherRow {
  return row.list?.listIsFull && row.get && SUMMARY_LIST_TYPES.has(row.resourceType) ? { ...row, list: { ...row.list, listIsFull: false } } : row;
}

export const ENRICHER_TABLE: readonly EnricherRow[] = ROWS.map(getWhereListIsThin);

const BY_TYPE = new Map(ENRICHER_TABLE.map((row) => [row.resourceType, row]));

export function rowFor(resourceType: string): EnricherRow | undefined {
  return BY_TYPE.get(canonicalType(resourceType));
}

export { canonicalType, TYPE_ALIASES } from './aliases.js';

export type { EnricherRow } from './types.js';
