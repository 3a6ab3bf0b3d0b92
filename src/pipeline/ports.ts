// The pipeline's view of the outside world. The core and pipeline depend on these interfaces
// only; `src/oci/` implements them with the OCI SDK, tests with fakes.
import type { CompartmentInfo } from '../core/compartments.js';
import type { Edge, InventoryRecord, SearchSummary } from '../core/record.js';
import type { TransportView } from './log.js';

// Shared with the exports, so it lives in src/core; re-exported for the pipeline's adapters.
export type { CompartmentInfo };

export interface RegionInfo {
  name: string;
  key: string;
  isHome: boolean;
  status: string;
}


export interface Identity {
  tenancyId: string;
  tenancyName: string;
  homeRegion: string;
  /** The principal: user ocid for API keys, or a description for principals. */
  principal: string;
  authMethod: string;
}

/** Counts every API call the run made, by service and operation. */
export interface ApiCallStats {
  [service: string]: { [operation: string]: { calls: number; retries: number; throttled: number; errors: number } };
}

export interface SearchPage {
  items: SearchSummary[];
}

export interface DiscoveryPort {
  identity(): Promise<Identity>;
  listRegions(): Promise<RegionInfo[]>;
  listCompartments(): Promise<CompartmentInfo[]>;
  /**
   * Run a structured search in one region, handing each page over as it arrives; a promise
   * `onPage` returns is awaited before the next page is asked for (backpressure).
   */
  search(region: string, query: string, onPage: (page: SearchPage) => void | Promise<void>, signal?: AbortSignal): Promise<void>;
  apiCalls(): ApiCallStats;
  /** Live transport counters (calls, retries, 429s; per region) for progress, if kept. */
  transport?(): TransportView;
  close(): void;
}

export type EnrichProgress = (done: number, total: number) => void;

export interface EnrichPort {
  /** Resource types this port can enrich. */
  supportedTypes(): ReadonlySet<string>;
  /**
   * Enrich the records of one region in place: set enrichStatus/enrichError, add
   * details.metadata and relationships. Never throws for one resource's failure.
   */
  enrichRegion(region: string, records: InventoryRecord[], progress?: EnrichProgress): Promise<void>;
  /**
   * Types whose records a type's enrichment reads (a Key its Vaults, a child list its parents):
   * the run enriches a region in batches of whole types and keeps these in one batch. Absent:
   * every region is enriched in one batch.
   */
  typeDependencies?(): ReadonlyMap<string, readonly string[]>;
  /**
   * Types whose enrichment reads only what the port keeps of other types' records from an
   * earlier batch of the same region (the `standard` VNIC: its instances' attachments, the
   * subnets, NSGs, public IPs and primary private IPs): the run enriches those in the same or
   * an earlier batch, so they need not share one batch. Absent: none.
   */
  typeOrder?(): ReadonlyMap<string, readonly string[]>;
  /** Every batch of `region` was enriched (or the region stopped): what the port kept for it can go. */
  regionDone?(region: string): void;
  /**
   * Types whose enrichment reads nothing across compartments (a get per record or a list per
   * compartment, no other type waiting on them): a region's type bigger than a batch is then
   * enriched in several batches of whole compartments. Absent: a type is never split.
   */
  splittableTypes?(): ReadonlySet<string>;
}

export type { Edge };
