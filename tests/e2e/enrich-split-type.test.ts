// A region's type bigger than a batch (issue 11, bounded memory: at 1M resources one region held
// 39k instances, the run's largest batch) is enriched a few whole compartments at a time when
// its row reads nothing across compartments. Through the real SDK against the emulator: the
// records and the API calls are those of the region enriched in one call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../../src/core/record.js';
import { createEnricher } from '../../src/oci/enrichers/engine.js';
import { splitBatch } from '../../src/pipeline/collect.js';
import { withEmulator } from '../helpers/emulator.js';
import { callsByOperation, discoverAndEnrich } from '../helpers/enrich-run.js';

test('types the enricher may split: per-compartment rows; not the VNIC, parents, parent-scoped children or types others read', () => {
  const enricher = createEnricher({ clients: {} as never, tenancyId: 't', homeRegion: 'r', workers: 1, log: { debug() {}, info() {}, warn() {}, error() {} } as never });
  const splittable = enricher.splittableTypes?.() ?? new Set<string>();
  assert.ok(splittable.has('Instance'));
  for (const type of ['Vnic', 'PrivateIp', 'Subnet', 'Vault', 'Key']) assert.ok(!splittable.has(type), type);
});

test('splitBatch: one splittable type over the target in chunks of whole compartments, in compartment order; anything else whole', () => {
  const item = (compartmentId: string | null, n: number) => ({ compartmentId, n });
  const items = [item('c3', 1), item('c1', 2), item('c2', 3), item('c1', 4), item(null, 5), item('c3', 6), item('c2', 7)];
  const chunks = splitBatch(items, ['Instance'], new Set(['Instance']), 3);
  assert.deepEqual(
    chunks.map((c) => c.map((i) => i.n)),
    [[5, 2, 4], [3, 7], [1, 6]],
  );
  // A compartment bigger than the target stays whole.
  assert.deepEqual(splitBatch(items, ['Instance'], new Set(['Instance']), 1).map((c) => c.length), [1, 2, 2, 2]);
  assert.equal(splitBatch(items, ['Instance'], new Set(), 3).length, 1);
  assert.equal(splitBatch(items, ['Instance', 'Vnic'], new Set(['Instance']), 3).length, 1);
  assert.equal(splitBatch(items, ['Instance'], new Set(['Instance']), 7).length, 1);
});

test('a type split by compartments enriches to the same records with the same calls as one batch', async (t) => {
  const options = { seed: 29, profile: 'realistic' as const, aliasSpellings: false, size: { regions: 2, compartments: 8, resources: 2500 } };
  const whole = await discoverAndEnrich(await withEmulator(t, options));
  const target = 40;
  const split = await discoverAndEnrich(await withEmulator(t, options), { batchRecords: target });

  // Some region's instances were more than a batch, over several compartments: they were split.
  const enricher = createEnricher({ clients: {} as never, tenancyId: 't', homeRegion: 'r', workers: 1, log: { debug() {}, info() {}, warn() {}, error() {} } as never });
  const splittable = enricher.splittableTypes?.() ?? new Set<string>();
  const instances = whole.records.filter((r) => r.resourceType === 'Instance');
  const regions = new Set(instances.map((r) => r.region));
  const chunked = [...regions].map((region) => splitBatch(instances.filter((r) => r.region === region), ['Instance'], splittable, target).length);
  assert.ok(chunked.some((n) => n > 1), `instance chunks per region: ${chunked.join(', ')}`);

  assert.equal(split.records.length, whole.records.length);
  assert.ok(split.records.filter((r) => r.resourceType === 'Instance').every((r) => r.enrichStatus === 'OK'));
  for (const record of split.records) assert.equal(canonicalJson(record), canonicalJson(whole.byOcid.get(record.ocid) ?? null), record.ocid);
  assert.deepEqual(callsByOperation(split), callsByOperation(whole));
});
