// The registry of every resource type the emulator knows: IAM plus the services enrichers call.
import { IDENTITY_CATALOG, IDENTITY_ROUTES } from './identity.js';
import { SERVICE_CATALOG } from './services.js';
import type { CatalogEntry, Route } from './types.js';

export const CATALOG: CatalogEntry[] = [...IDENTITY_CATALOG, ...SERVICE_CATALOG];

/** Routes that belong to no single resource type (tenancy, regions, availability domains). */
export const EXTRA_ROUTES: Route[] = [...IDENTITY_ROUTES];

export function catalogEntry(resourceType: string, catalog: readonly CatalogEntry[] = CATALOG): CatalogEntry | undefined {
  return catalog.find((e) => e.resourceType === resourceType);
}
