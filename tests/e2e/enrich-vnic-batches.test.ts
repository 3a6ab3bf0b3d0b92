// The `standard` VNIC across batches (issue 11, bounded memory; docs/architecture.md, "Data
// flow"): the types a VNIC is assembled from (Instance, PrivateIp, Subnet, NSG, PublicIp) are
// enriched in earlier batches of the region and spilled, and the VNIC batch reads only the facts
// kept from them. Through the real SDK against the emulator: every record comes out as when the
// region is enriched in one call, with the same API calls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../../src/core/record.js';
import type { GeneratorProfile } from '../../src/emulator/index.js';
import { withEmulator } from '../helpers/emulator.js';
import { callsByOperation, discoverAndEnrich } from '../helpers/enrich-run.js';

const WAITED_FOR = ['Instance', 'PrivateIp', 'Subnet', 'NetworkSecurityGroup', 'PublicIp'];

for (const profile of ['realistic', 'uniform'] as GeneratorProfile[]) {
  test(`standard (${profile}): VNICs enriched in a batch of their own, after the types they are assembled from, equal the one-batch records with the same calls`, async (t) => {
    const options = { seed: 23, profile, aliasSpellings: false, size: { regions: 2, compartments: 5, resources: 2500 } };
    const whole = await discoverAndEnrich(await withEmulator(t, options));
    const batches: Array<{ region: string; types: readonly string[] }> = [];
    const split = await discoverAndEnrich(await withEmulator(t, options), { batchRecords: 150, onBatch: (region, types) => batches.push({ region, types }) });

    // The VNICs' batch comes after (or is) the batch of every type they wait for, and in some
    // region those types were enriched (and dropped) before the VNICs' batch.
    let before = 0;
    for (const region of new Set(batches.map((b) => b.region))) {
      const ofRegion = batches.filter((b) => b.region === region);
      const vnicAt = ofRegion.findIndex((b) => b.types.includes('Vnic'));
      if (vnicAt < 0) continue;
      for (const type of WAITED_FOR) {
        const at = ofRegion.findIndex((b) => b.types.includes(type));
        assert.ok(at <= vnicAt, `${region}: ${type} in batch ${at}, Vnic in ${vnicAt}`);
        if (at >= 0 && at < vnicAt) before++;
      }
    }
    assert.ok(before > 0, 'every waited-for type shared the VNICs\' batch: nothing was carried');
    assert.ok(batches.some((b) => b.types.includes('Vnic')));

    const vnics = split.records.filter((r) => r.resourceType === 'Vnic');
    assert.ok(vnics.length > 10 && vnics.every((v) => v.enrichStatus === 'OK'), `${vnics.length} VNICs`);
    assert.equal(split.records.length, whole.records.length);
    for (const record of split.records) assert.equal(canonicalJson(record), canonicalJson(whole.byOcid.get(record.ocid) ?? null), record.ocid);
    assert.deepEqual(callsByOperation(split), callsByOperation(whole));
  });
}
