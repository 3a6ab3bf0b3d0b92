// The enrichment call budget (issue 12): calls per resource on a generated tenancy, per row.
// A cheap path: the emulator without latency or rate limit, the real discovery and the real
// enricher in this process (through the real SDK), in the run's batches of whole types, so
// the calls are the ones `oci-inv run` would make. Every request enrichment sends counts,
// attachment lists and the namespace lookup included.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InventoryRecord } from '../src/core/record.js';
import { type GeneratorProfile, startEmulator } from '../src/emulator/index.js';
import { resolveAuth } from '../src/oci/auth.js';
import { createOciClients } from '../src/oci/clients.js';
import { createOciDiscovery } from '../src/oci/discovery.js';
import { createEnricher, ENRICHER_TABLE, rowFor } from '../src/oci/enrichers/index.js';
import { discoverAll } from '../src/pipeline/discover.js';
import type { EnrichDetail } from '../src/pipeline/enrich-detail.js';
import { silentLogger } from '../src/pipeline/log.js';
import { batchByType, ENRICH_BATCH_RECORDS } from '../src/pipeline/run.js';

export interface RowSpend {
  /** The row's type, or what else spent the calls (`Instance attachments`, `namespace`). */
  row: string;
  records: number;
  calls: number;
  operations: Map<string, number>;
}

export interface CallBudget {
  profile: GeneratorProfile;
  /** The enrichment detail level measured (docs/enrichment.md, "Detail levels"). */
  detail: EnrichDetail;
  resources: number;
  records: number;
  /** Records of a type with a row (alias spellings included). */
  enrichable: number;
  calls: number;
  callsPerResource: number;
  notOk: number;
  rows: RowSpend[];
  compartments: number;
  regions: number;
}

const ATTACHMENT_OPS = new Set(['listVnicAttachments', 'listVolumeAttachments', 'listBootVolumeAttachments']);
/** Lists only the VNIC assembly reads (its private IP listings are the PrivateIp row's). */
const VNIC_ASSEMBLY_OPS = new Set(['listPublicIps', 'listNetworkSecurityGroupVnics', 'listIpv6s']);

/** Which row an enrichment request belongs to, by service and operation. */
function attributor(): (service: string, operation: string | null) => string {
  const byOp = new Map<string, string>();
  for (const row of ENRICHER_TABLE) {
    for (const op of [row.get?.method, row.list?.method]) if (op) byOp.set(`${row.service} ${op}`, row.resourceType);
  }
  return (service, operation) => {
    if (operation === null) return 'unmatched';
    if (ATTACHMENT_OPS.has(operation)) return 'Instance attachments';
    if (VNIC_ASSEMBLY_OPS.has(operation)) return 'Vnic';
    if (operation === 'listBuckets') return 'Bucket';
    if (operation === 'getNamespace') return 'namespace';
    return byOp.get(`${service} ${operation}`) ?? `other (${operation})`;
  };
}

export async function measureCallBudget(options: {
  resources: number;
  regions: number;
  profile: GeneratorProfile;
  seed?: number;
  compartments?: number;
  workers?: number;
  detail?: EnrichDetail;
}): Promise<CallBudget> {
  const detail = options.detail ?? 'standard';
  const compartments = options.compartments ?? Math.max(8, Math.round(options.resources / 700));
  const emulator = await startEmulator({ seed: options.seed ?? 7, profile: options.profile, size: { regions: options.regions, compartments, resources: options.resources } });
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-budget-'));
  try {
    const files = await emulator.writeAuthFiles(join(dir, 'auth'), {});
    const auth = await resolveAuth({ method: 'api_key', profile: files.profile, configFile: files.configFile });
    const clients = createOciClients({ auth: auth.provider, endpointTemplate: emulator.endpointTemplate, log: { debug() {} } });
    try {
      const discovery = createOciDiscovery({ auth, clients, bootstrapRegion: emulator.tenancy.homeRegion });
      const regions = (await discovery.listRegions()).map((r) => r.name);
      const homeRegion = emulator.tenancy.homeRegion;
      const found = await discoverAll(
        discovery,
        { regions, homeRegion, query: 'query all resources', includeTerminated: false, scope: undefined, workers: 4, collectedAt: '2024-01-01T00:00:00.000Z' },
        silentLogger,
      );
      const records = [...found.records.values()];
      const mark = emulator.requests.length;
      const enricher = createEnricher({ clients, tenancyId: emulator.tenancy.tenancyId, homeRegion, workers: options.workers ?? 16, log: silentLogger, detail });
      const dependencies = enricher.typeDependencies?.() ?? new Map<string, string[]>();
      for (const region of regions) {
        const mine = records.filter((r) => r.region === region);
        for (const batch of batchByType(mine, dependencies, ENRICH_BATCH_RECORDS)) await enricher.enrichRegion(region, batch);
      }
      const requests = emulator.requests.slice(mark);
      const rowOf = attributor();
      const spend = new Map<string, RowSpend>();
      const at = (row: string) => {
        let s = spend.get(row);
        if (!s) spend.set(row, (s = { row, records: 0, calls: 0, operations: new Map() }));
        return s;
      };
      for (const r of records) {
        const row = rowFor(r.resourceType);
        if (row) at(row.resourceType).records++;
      }
      for (const q of requests) {
        const s = at(rowOf(q.service, q.operation));
        s.calls++;
        const op = q.operation ?? q.path;
        s.operations.set(op, (s.operations.get(op) ?? 0) + 1);
      }
      const enrichable = records.filter((r: InventoryRecord) => rowFor(r.resourceType)).length;
      return {
        profile: options.profile,
        detail,
        resources: emulator.tenancy.resources.length,
        records: records.length,
        enrichable,
        calls: requests.length,
        callsPerResource: requests.length / Math.max(1, records.length),
        notOk: records.filter((r) => rowFor(r.resourceType) && r.enrichStatus !== 'OK').length,
        rows: [...spend.values()].sort((a, b) => b.calls - a.calls || a.row.localeCompare(b.row)),
        compartments,
        regions: options.regions,
      };
    } finally {
      clients.closeAll();
    }
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints one profile's figures and its top rows; true when within `target`. */
export function printCallBudget(b: CallBudget, target: number, top = 10): boolean {
  console.log(`\n== enrichment calls per resource: ${b.profile} profile, detail ${b.detail} (target ≤ ${target}) ==`);
  console.log(`tenancy                   ${b.resources} resources, ${b.regions} regions, ${b.compartments} compartments; records ${b.records} (${b.enrichable} with a row), not OK ${b.notOk}`);
  console.log(`enrichment calls          ${b.calls}; per resource ${b.callsPerResource.toFixed(4)}`);
  console.log(`top ${top} rows by calls      records   calls  calls/record  operations`);
  for (const s of b.rows.slice(0, top)) {
    const ops = [...s.operations].sort((a, c) => c[1] - a[1]).map(([op, n]) => `${op} ${n}`).join(', ');
    console.log(`  ${s.row.padEnd(22)} ${String(s.records).padStart(8)} ${String(s.calls).padStart(7)}  ${(s.records ? s.calls / s.records : 0).toFixed(3).padStart(12)}  ${ops}`);
  }
  return b.callsPerResource <= target && b.notOk === 0;
}

// `node build/bench/enrich-budget.js [resources] [profile…]`: this part alone.
if (process.argv[1]?.endsWith('enrich-budget.js')) {
  const resources = Number(process.argv[2] ?? process.env.BENCH_BUDGET_RESOURCES ?? 100_000);
  const profiles = (process.argv.slice(3).length ? process.argv.slice(3) : ['realistic', 'uniform']) as GeneratorProfile[];
  const top = Number(process.env.BENCH_BUDGET_TOP ?? 15);
  for (const profile of profiles) {
    // Realistic: the default level and `lean` (the bucket summary); uniform: the default.
    const details: EnrichDetail[] = profile === 'realistic' ? ['standard', 'lean'] : ['standard'];
    for (const detail of details) {
      const b = await measureCallBudget({ resources, regions: Number(process.env.BENCH_REGIONS ?? 4), profile, detail });
      printCallBudget(b, profile === 'realistic' ? 0.1 : 0.3, top);
    }
  }
}
