// Types the inventory keeps as search summaries only (issue 12): the emulator generates them
// so search returns them, and serves no route, so any enrichment call would show as a 404.
import { commonWire } from './service-kit.js';
import type { CatalogEntry } from './types.js';

function searchOnly(resourceType: string, ocidKind: string, active: string): CatalogEntry {
  return {
    resourceType,
    ocidKind,
    weight: 0.1,
    lifecycleStates: { active },
    generate: () => ({}),
    toWire: (resource) => commonWire(resource),
    routes: [],
  };
}

export const SUMMARY_ONLY_CATALOG: CatalogEntry[] = [
  searchOnly('LimitsIncreaseRequest', 'limitsincreaserequest', 'SUCCEEDED'),
  searchOnly('ProcessAutomationInstance', 'opainstance', 'ACTIVE'),
  searchOnly('QueryServiceProject', 'queryserviceproject', 'ACTIVE'),
];
