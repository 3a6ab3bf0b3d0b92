// A search summary for pipeline unit tests: an ACTIVE resource in compartment `c1`, named after its ocid.
import type { SearchSummary } from '../../src/core/record.js';

export function searchSummary(id: string, type: string, extra: Partial<SearchSummary> = {}): SearchSummary {
  return {
    identifier: id,
    resourceType: type,
    displayName: id,
    compartmentId: 'c1',
    timeCreated: '2026-01-01T00:00:00.000Z',
    lifecycleState: 'ACTIVE',
    availabilityDomain: null,
    definedTags: {},
    freeformTags: {},
    systemTags: {},
    identityContext: {},
    additionalDetails: {},
    ...extra,
  };
}
