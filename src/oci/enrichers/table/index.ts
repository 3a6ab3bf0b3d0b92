// The enrichment table: one row per Resource Search type we enrich.
import { COMPUTE_ROWS } from './compute.js';
import { DATA_ROWS } from './data.js';
import { IDENTITY_ROWS } from './identity.js';
import { INFRA_ROWS } from './infra.js';
import { NETWORK_ROWS } from './network.js';
import { PLATFORM_ROWS } from './platform.js';
import { SECURITY_ROWS } from './security.js';
import type { EnricherRow } from './types.js';

export const ENRICHER_TABLE: readonly EnricherRow[] = [...COMPUTE_ROWS, ...NETWORK_ROWS, ...DATA_ROWS, ...IDENTITY_ROWS, ...PLATFORM_ROWS, ...SECURITY_ROWS, ...INFRA_ROWS];

const BY_TYPE = new Map(ENRICHER_TABLE.map((row) => [row.resourceType, row]));

export function rowFor(resourceType: string): EnricherRow | undefined {
  return BY_TYPE.get(resourceType);
}

export type { EnricherRow } from './types.js';
