// Types whose search summary is all we keep (issue 12): they end OK without a call. Their
// services hold nothing an inventory needs beyond what search returns (a limits request's
// state, an instance's name and tags), and reading them would need packages or scopes
// (a limits service request per service, a tenancy-level workspace) for no new edge.
import type { EnricherRow } from './types.js';

/** A row that makes no call: `client` is never loaded. */
function summaryOnly(resourceType: string, service: string): EnricherRow {
  return {
    resourceType,
    service,
    client: () => Promise.reject(new Error(`${resourceType}: summary-only row has no client`)),
    relations: [],
    summaryOnly: true,
  };
}

export const SUMMARY_ROWS: EnricherRow[] = [
  summaryOnly('LimitsIncreaseRequest', 'limits'),
  summaryOnly('ProcessAutomationInstance', 'process'),
  summaryOnly('QueryServiceProject', 'queryservice'),
];
