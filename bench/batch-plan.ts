// The enrichment batches a run plans (issue 11; docs/benchmarks.md, "Memory"): for a generated
// tenancy, the largest batch per region — whole types, joined by the types their enrichment
// reads (`typeDependencies`, e.g. the Vnic row at `standard` waits for Instance, PrivateIp,
// Subnet, NetworkSecurityGroup and PublicIp). No CLI, no emulator server: the generator and
// the same planner as a run.
//   node build/bench/batch-plan.js [resources=200000] [profile=uniform] [detail=standard]
import { CATALOG } from '../src/emulator/index.js';
import { generateTenancy } from '../src/emulator/generator.js';
import { resolveSize } from '../src/emulator/sizes.js';
import { createEnricher } from '../src/oci/enrichers/engine.js';
import type { OciClients } from '../src/oci/clients.js';
import type { EnrichDetail } from '../src/pipeline/enrich-detail.js';
import { ENRICH_BATCH_RECORDS, planTypeBatches } from '../src/pipeline/collect.js';
import { GLOBAL_RESOURCE_TYPES } from '../src/core/record.js';
import type { GeneratorProfile } from '../src/emulator/index.js';

function main(): void {
  const resources = Number(process.argv[2] ?? 200_000);
  const profile = (process.argv[3] ?? 'uniform') as GeneratorProfile;
  const detail = (process.argv[4] ?? 'standard') as EnrichDetail;
  const size = resolveSize({ regions: 4, compartments: Math.max(8, Math.round(resources / 700)), resources });
  const { store } = generateTenancy({ seed: 7, size, catalog: CATALOG, profile });
  const port = createEnricher({ clients: {} as OciClients, tenancyId: '', homeRegion: '', workers: 1, log: { debug() {}, info() {}, warn() {}, error() {} }, detail });
  const dependencies = port.typeDependencies?.();
  const perBucket = new Map<string, Map<string, number>>();
  for (const r of store.all()) {
    const bucket = GLOBAL_RESOURCE_TYPES.has(r.resourceType) ? 'globals' : r.region;
    const counts = perBucket.get(bucket) ?? new Map<string, number>();
    counts.set(r.resourceType, (counts.get(r.resourceType) ?? 0) + 1);
    perBucket.set(bucket, counts);
  }
  console.log(`${store.all().length} resources, profile ${profile}, detail ${detail}, target ${ENRICH_BATCH_RECORDS} records a batch`);
  for (const [bucket, counts] of [...perBucket].sort()) {
    const plan = planTypeBatches(counts, dependencies, ENRICH_BATCH_RECORDS);
    const sized = plan.map((types) => ({ types, size: types.reduce((n, t) => n + (counts.get(t) ?? 0), 0) })).sort((a, b) => b.size - a.size);
    const top = sized[0];
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const largest = top ? top.types.filter((t) => (counts.get(t) ?? 0) > 0).sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0)).slice(0, 6).map((t) => `${t} ${counts.get(t)}`).join(', ') : '';
    console.log(`${bucket.padEnd(16)} ${String(total).padStart(8)} records, ${plan.length} batches, largest ${top?.size ?? 0} (${top?.types.length ?? 0} types: ${largest})`);
  }
}

main();
