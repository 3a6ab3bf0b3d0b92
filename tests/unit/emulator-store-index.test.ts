// The store's (type, region, compartment) list index answers exactly what a filter over the
// whole type answered before it (same resources, same creation order), also after changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG } from '../../src/emulator/catalog/index.js';
import type { GeneratedResource } from '../../src/emulator/catalog/types.js';
import { generateTenancy } from '../../src/emulator/generator.js';
import { resolveSize } from '../../src/emulator/sizes.js';
import type { TenancyStore } from '../../src/emulator/store.js';

/** The list semantics before the index: a scan of every resource of the type. */
function scan(store: TenancyStore, type: string, where: { region?: string; compartmentId?: string }): string[] {
  return store
    .list(type)
    .filter((r) => (where.region === undefined || r.region === where.region) && (where.compartmentId === undefined || r.compartmentId === where.compartmentId))
    .map((r) => r.ocid);
}

function assertSameAsScan(store: TenancyStore): number {
  const compartments = [store.tenancyId, ...store.list('Compartment').map((c) => c.ocid), 'ocid1.compartment.oc1..unknown'];
  const regions = [...store.regions, 'xx-nowhere-1'];
  let nonEmpty = 0;
  for (const type of [...store.types(), 'NoSuchType']) {
    for (const region of regions) {
      const got = store.list(type, { region }).map((r) => r.ocid);
      assert.deepEqual(got, scan(store, type, { region }), `${type} in ${region}`);
      for (const compartmentId of compartments) {
        const both = store.list(type, { region, compartmentId }).map((r) => r.ocid);
        assert.deepEqual(both, scan(store, type, { region, compartmentId }), `${type} in ${region}/${compartmentId}`);
        if (both.length > 0) nonEmpty++;
      }
    }
    for (const compartmentId of compartments) {
      assert.deepEqual(store.list(type, { compartmentId }).map((r) => r.ocid), scan(store, type, { compartmentId }), `${type} in ${compartmentId}`);
    }
  }
  return nonEmpty;
}

test('indexed lists give the same resources, in the same order, as a scan of the type', () => {
  const { store } = generateTenancy({ seed: 11, size: resolveSize({ regions: 3, compartments: 9, resources: 1500 }), catalog: CATALOG });
  assert.ok(assertSameAsScan(store) > 100, 'the tenancy fills many (type, region, compartment) cells');
});

test('the index follows adds, removes and in-place changes marked with touch()', () => {
  const { store } = generateTenancy({ seed: 12, size: resolveSize('small'), catalog: CATALOG });
  const instance = store.list('Instance')[0] as GeneratedResource;
  const where = { region: instance.region, compartmentId: instance.compartmentId };
  assert.ok(store.list('Instance', where).some((r) => r.ocid === instance.ocid));
  store.remove(instance.ocid);
  assert.ok(!store.list('Instance', where).some((r) => r.ocid === instance.ocid), 'removed');
  assertSameAsScan(store);
  store.add(instance);
  assert.equal(store.list('Instance', where).at(-1)?.ocid, instance.ocid, 'added back, last in creation order');
  const other = store.list('Compartment').find((c) => c.ocid !== instance.compartmentId) as GeneratedResource;
  instance.compartmentId = other.ocid;
  store.touch();
  assert.ok(store.list('Instance', { region: instance.region, compartmentId: other.ocid }).some((r) => r.ocid === instance.ocid), 'moved');
  assertSameAsScan(store);
  // Callers may sort or filter what they get: the index is not theirs to change.
  store.list('Instance', { region: instance.region }).length = 0;
  assertSameAsScan(store);
});
