// Test helper: the real discovery and the real enricher against a started emulator, through
// the real SDK clients, so enrichment tests start from the records a run would have.
import type { InventoryRecord } from '../../src/core/record.js';
import type { RequestLogEntry } from '../../src/emulator/index.js';
import { resolveAuth } from '../../src/oci/auth.js';
import { createOciClients, type OciClients } from '../../src/oci/clients.js';
import { createOciDiscovery } from '../../src/oci/discovery.js';
import { createEnricher, type EnricherDeps } from '../../src/oci/enrichers/index.js';
import { planTypeBatches, splitBatch } from '../../src/pipeline/collect.js';
import { discoverAll } from '../../src/pipeline/discover.js';
import { type Logger, memoryLogger } from '../../src/pipeline/log.js';
import type { EmulatorFixture } from './emulator.js';

export interface EnrichRun {
  records: InventoryRecord[];
  byOcid: Map<string, InventoryRecord>;
  /** Emulator requests sent by enrichment alone (discovery's are left out). */
  enrichRequests: RequestLogEntry[];
  log: Logger & { lines: Array<{ level: string; message: string }> };
}

export interface EnrichRunOptions extends Partial<Pick<EnricherDeps, 'listThreshold' | 'workers' | 'table' | 'detail'>> {
  /** Runs between discovery and enrichment: delete from the store, set faults, … */
  beforeEnrich?(records: InventoryRecord[]): void;
  /**
   * Enrich each region in batches as a run does (planTypeBatches with the port's dependencies
   * and order, about this many records each, one after the other, then regionDone); absent:
   * each region in one call.
   */
  batchRecords?: number;
  /** Hears each batch's types, in order, when `batchRecords` is set. */
  onBatch?(region: string, types: readonly string[]): void;
}

/** Discover every region with Resource Search, then enrich region by region. */
export async function discoverAndEnrich(fx: EmulatorFixture, options: EnrichRunOptions = {}): Promise<EnrichRun> {
  const auth = await resolveAuth({ method: 'api_key', profile: fx.auth.profile, configFile: fx.auth.configFile });
  const clients: OciClients = createOciClients({ auth: auth.provider, endpointTemplate: fx.emulator.endpointTemplate, log: { debug() {} } });
  const log = memoryLogger();
  try {
    const discovery = createOciDiscovery({ auth, clients, bootstrapRegion: fx.emulator.tenancy.homeRegion });
    const regions = (await discovery.listRegions()).map((r) => r.name);
    const homeRegion = fx.emulator.tenancy.homeRegion;
    const found = await discoverAll(
      discovery,
      { regions, homeRegion, query: 'query all resources', includeTerminated: false, scope: undefined, workers: 4, collectedAt: '2024-01-01T00:00:00.000Z' },
      log,
    );
    const records = [...found.records.values()];
    options.beforeEnrich?.(records);
    const mark = fx.emulator.requests.length;
    const enricher = createEnricher({
      clients,
      tenancyId: fx.emulator.tenancy.tenancyId,
      homeRegion,
      workers: options.workers ?? 8,
      log,
      ...(options.listThreshold !== undefined ? { listThreshold: options.listThreshold } : {}),
      ...(options.table ? { table: options.table } : {}),
      ...(options.detail ? { detail: options.detail } : {}),
    });
    for (const region of regions) {
      const ofRegion = records.filter((r) => r.region === region);
      if (options.batchRecords === undefined) {
        await enricher.enrichRegion(region, ofRegion);
        continue;
      }
      const counts = new Map<string, number>();
      for (const r of ofRegion) counts.set(r.resourceType, (counts.get(r.resourceType) ?? 0) + 1);
      for (const types of planTypeBatches(counts, enricher.typeDependencies?.(), options.batchRecords, enricher.typeOrder?.())) {
        options.onBatch?.(region, types);
        const batch = ofRegion.filter((r) => types.includes(r.resourceType));
        for (const chunk of splitBatch(batch, types, enricher.splittableTypes?.() ?? new Set(), options.batchRecords)) {
          if (chunk.length > 0) await enricher.enrichRegion(region, chunk);
        }
      }
      enricher.regionDone?.(region);
    }
    return { records, byOcid: new Map(records.map((r) => [r.ocid, r])), enrichRequests: fx.emulator.requests.slice(mark), log };
  } finally {
    clients.closeAll();
  }
}

/**
 * The enrichment calls of a run per operation, sorted: what batching must not change. The
 * Object Storage namespace is left out: it is read once per batch that needs it.
 */
export function callsByOperation(run: EnrichRun): Array<[string, number]> {
  const byOperation = new Map<string, number>();
  for (const q of run.enrichRequests) {
    if (q.operation === null || q.operation === 'getNamespace') continue;
    byOperation.set(q.operation, (byOperation.get(q.operation) ?? 0) + 1);
  }
  return [...byOperation].sort();
}
