// The tenancy generator: deterministic per seed, sized as asked, placed by the catalog's rules,
// and seasoned with every kind of hostile display name.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../../src/core/record.js';
import { CATALOG } from '../../src/emulator/catalog/index.js';
import { generateTenancy, generationOrder } from '../../src/emulator/generator.js';
import { NASTY_NAME_KINDS } from '../../src/emulator/names.js';
import { resolveSize } from '../../src/emulator/sizes.js';

const generate = (seed: number, size: Parameters<typeof resolveSize>[0]) => generateTenancy({ seed, size: resolveSize(size), catalog: CATALOG });

test('the same seed gives the same tenancy; another seed a different one', () => {
  const a = generate(42, 'small');
  const b = generate(42, 'small');
  const c = generate(43, 'small');
  assert.equal(canonicalJson(a.store.all()), canonicalJson(b.store.all()));
  assert.equal(a.store.tenancyId, b.store.tenancyId);
  assert.notEqual(canonicalJson(a.store.all()), canonicalJson(c.store.all()));
  assert.equal(new Set(a.store.all().map((r) => r.ocid)).size, a.store.size, 'ocids are unique');
});

test('even a tiny tenancy has a display name of every hostile kind', () => {
  const { store } = generate(7, 'tiny');
  const names = store.all().map((r) => r.displayName);
  for (const kind of NASTY_NAME_KINDS) assert.ok(names.some((n) => kind.test(n)), `no ${kind.kind} name`);
  // Compartment names form paths, so they stay plain.
  for (const c of store.list('Compartment')) assert.match(c.displayName, /^[A-Za-z0-9._-]+$/);
});

test('resources sit in subscribed regions and existing compartments; IAM in the home region', () => {
  const { store } = generate(5, 'medium');
  const byType = new Map(CATALOG.map((e) => [e.resourceType, e]));
  const compartments = new Set([store.tenancyId, ...store.list('Compartment').map((c) => c.ocid)]);
  for (const r of store.all()) {
    const entry = byType.get(r.resourceType);
    assert.ok(entry, r.resourceType);
    assert.ok(store.regions.includes(r.region), `${r.ocid} in ${r.region}`);
    assert.ok(compartments.has(r.compartmentId), `${r.ocid} in unknown compartment`);
    if (entry.global) assert.equal(r.region, store.homeRegion);
    if (entry.rootOnly) assert.equal(r.compartmentId, store.tenancyId);
    // A VNIC's AD is its instance's (or, unattached, one of the region's), set after generation (vnic-world.ts).
    if (entry.adScoped || (r.resourceType === 'Vnic' && !/^TERMINATED/.test(r.lifecycleState))) assert.ok(store.availabilityDomains(r.region).includes(r.availabilityDomain ?? ''), `${r.ocid} AD`);
    else assert.equal(r.availabilityDomain, null);
    assert.equal(typeof r.definedTags['Oracle-Tags']?.CreatedBy, 'string');
    assert.equal(r.definedTags['Oracle-Tags']?.CreatedOn, r.timeCreated);
    assert.ok(Object.keys(r.freeformTags).length > 0);
  }
});

test('the total is close to the size asked, a few percent are terminated, parents come first', () => {
  const size = resolveSize('medium');
  const { store } = generate(9, size);
  const total = store.size;
  assert.ok(Math.abs(total - size.resources) / size.resources < 0.1, `total ${total} vs ${size.resources}`);
  const all = store.all();
  const terminated = all.filter((r) => /^(TERMINATED|DELETED)$/.test(r.lifecycleState)).length / total;
  assert.ok(terminated > 0.005 && terminated < 0.1, `terminated share ${terminated}`);
  const firstIndex = new Map<string, number>();
  all.forEach((r, i) => {
    if (!firstIndex.has(r.resourceType)) firstIndex.set(r.resourceType, i);
  });
  for (const entry of generationOrder(CATALOG)) {
    const mine = firstIndex.get(entry.resourceType);
    if (mine === undefined) continue;
    for (const dep of entry.dependsOn ?? []) {
      const theirs = firstIndex.get(dep);
      if (theirs !== undefined) assert.ok(theirs < mine, `${dep} before ${entry.resourceType}`);
    }
  }
  const depth = Math.max(...store.compartments().map((c) => c.path.split('/').length - 1));
  assert.ok(depth >= 3, `compartment depth ${depth}`);
  assert.equal(store.list('User', { region: store.homeRegion }).length, size.iam.users);
});

test('sizes are validated; presets resolve', () => {
  assert.throws(() => resolveSize({ regions: 9, compartments: 1, resources: 10 }), /regions/);
  assert.throws(() => resolveSize('huge'), /unknown tenancy size "huge"/);
  const large = resolveSize('large');
  assert.equal(large.resources, 100_000);
  assert.ok(large.regions >= 4);
});
