// Rare catalog types in small generated tenancies: each present at least once, and a type's
// lone resource live, so search finds every type a test tenancy is meant to hold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATALOG } from '../../src/emulator/catalog/index.js';
import { generateTenancy, planCounts } from '../../src/emulator/generator.js';
import { resolveSize } from '../../src/emulator/sizes.js';

test('a budget that holds one of each type gives every type at least one, the total unchanged', () => {
  const size = resolveSize({ regions: 2, compartments: 3, resources: 200 });
  const counts = planCounts(CATALOG, size);
  const missing = CATALOG.filter((e) => e.resourceType !== 'Compartment' && (counts.get(e.resourceType) ?? 0) === 0).map((e) => e.resourceType);
  assert.deepEqual(missing, []);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  // The budget is the size less compartments; parents forced in for dependents may add a few.
  assert.ok(total >= size.resources - size.compartments && total <= size.resources, `${total} resources planned`);
});

test("a type's lone resource is never generated terminated", () => {
  let lone = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const size = resolveSize({ regions: 1, compartments: 3, resources: 400 });
    const { store } = generateTenancy({ seed, size, catalog: CATALOG });
    for (const entry of CATALOG) {
      const all = store.list(entry.resourceType);
      if (all.length !== 1 || !entry.lifecycleStates?.terminated) continue;
      lone++;
      assert.equal(all[0]?.lifecycleState, entry.lifecycleStates.active, `seed ${seed}: ${entry.resourceType}`);
    }
  }
  assert.ok(lone > 100, `only ${lone} lone resources: the test would prove little`);
});
