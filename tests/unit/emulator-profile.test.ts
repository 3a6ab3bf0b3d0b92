// The generator's `realistic` profile: heavy tails over types and compartments, deterministic
// by seed, every catalog type present (new ones too), and `uniform` unchanged as the default.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from '../../src/core/record.js';
import { CATALOG } from '../../src/emulator/catalog/index.js';
import type { CatalogEntry } from '../../src/emulator/catalog/types.js';
import { generateTenancy } from '../../src/emulator/generator.js';
import { REALISTIC_PROFILE, resolveProfile, resolveSize } from '../../src/emulator/sizes.js';

const size = resolveSize({ regions: 2, compartments: 30, resources: 20_000 });
const realistic = (seed: number, catalog: readonly CatalogEntry[] = CATALOG) => generateTenancy({ seed, size, catalog, profile: 'realistic' });

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

test('realistic: the same seed gives the same tenancy, another seed another; uniform stays the default', () => {
  const a = realistic(3);
  assert.equal(canonicalJson(a.store.all()), canonicalJson(realistic(3).store.all()));
  assert.notEqual(canonicalJson(a.store.all()), canonicalJson(realistic(4).store.all()));
  const small = resolveSize('small');
  const byDefault = generateTenancy({ seed: 5, size: small, catalog: CATALOG });
  const uniform = generateTenancy({ seed: 5, size: small, catalog: CATALOG, profile: 'uniform' });
  assert.equal(canonicalJson(byDefault.store.all()), canonicalJson(uniform.store.all()));
  assert.equal(resolveProfile(undefined), 'uniform');
  assert.throws(() => resolveProfile('zipf'), /unknown generator profile "zipf"/);
});

test('realistic: dominant types lead, many types have a handful, most resources sit in a few compartments', () => {
  const { store } = realistic(7);
  const all = store.all();
  assert.ok(Math.abs(all.length - size.resources) / size.resources < 0.1, `total ${all.length}`);
  const byType = countBy(all, (r) => r.resourceType);
  for (const entry of CATALOG) assert.ok((byType.get(entry.resourceType) ?? 0) >= 1, `${entry.resourceType} present`);

  const present = Object.keys(REALISTIC_PROFILE.dominant).filter((t) => byType.has(t));
  const ranked = [...byType].sort((x, y) => y[1] - x[1]).map(([t]) => t);
  assert.deepEqual(new Set(ranked.slice(0, present.length)), new Set(present), `top types ${ranked.slice(0, 10).join(', ')}`);
  const dominantShare = present.reduce((n, t) => n + (byType.get(t) ?? 0), 0) / all.length;
  assert.ok(dominantShare > 0.6, `dominant types hold ${dominantShare.toFixed(2)}`);
  const handful = [...byType.values()].filter((n) => n <= 3).length;
  assert.ok(handful >= byType.size / 4, `${handful} of ${byType.size} types have 3 or fewer`);

  const byCompartment = [...countBy(all, (r) => r.compartmentId).values()].sort((x, y) => y - x);
  const topFive = byCompartment.slice(0, 5).reduce((n, c) => n + c, 0) / all.length;
  assert.ok(topFive > 0.5, `five compartments hold ${topFive.toFixed(2)}`);
  // Uniform, for contrast, spreads them.
  const uniform = generateTenancy({ seed: 7, size, catalog: CATALOG, profile: 'uniform' }).store.all();
  const uniformTop = [...countBy(uniform, (r) => r.compartmentId).values()].sort((x, y) => y - x).slice(0, 5).reduce((n, c) => n + c, 0) / uniform.length;
  assert.ok(uniformTop < 0.35, `uniform top five ${uniformTop.toFixed(2)}`);
});

test('realistic: a type new to the catalog is placed by the rules, with no list to update', () => {
  const template = CATALOG.find((e) => e.resourceType === 'Cpe');
  assert.ok(template);
  const newcomer: CatalogEntry = { ...template, resourceType: 'BrandNewThing', ocidKind: 'brandnewthing', weight: 0.2 };
  const { store } = realistic(7, [...CATALOG, newcomer]);
  const mine = store.list('BrandNewThing');
  assert.ok(mine.length >= 1 && mine.length <= size.resources * REALISTIC_PROFILE.tailCap, `${mine.length} BrandNewThing`);
});
