// Every row with a full list, served by its list: the list threshold at 1 makes the engine
// list even a lone record's compartment, so each list route, its paging and its item shape
// are exercised through the real SDK (enrich-rows mostly meets singletons, read by get).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';
import { listItemModel, packageOfClient, possibleFields } from '../helpers/sdk-model.js';

test('every full-list row enriches its records from its list items, with no get where the list is per compartment', async (t) => {
  const fx = await withEmulator(t, { seed: 5, size: { regions: 1, compartments: 2, resources: 600 } });
  const run = await discoverAndEnrich(fx, { listThreshold: 1 });
  for (const row of ENRICHER_TABLE.filter((r) => r.list?.listIsFull && !r.special)) {
    const list = row.list;
    if (!list) continue;
    await t.test(row.resourceType, async () => {
      const records = run.records.filter((r) => r.resourceType === row.resourceType);
      assert.ok(records.length > 0, 'the generated tenancy has none of this type: the test would prove nothing');
      const calls = run.enrichRequests.filter((r) => r.service === row.service);
      assert.ok(calls.some((r) => r.operation === list.method), `no ${list.method} call`);
      // A parent-scoped list (DbNode) misses records search placed apart from their parent: those fall back to get.
      if (row.get && !list.parentType) assert.ok(!calls.some((r) => r.operation === row.get?.method && records.some((rec) => r.path.includes(encodeURIComponent(rec.ocid)))), `${row.get.method} called although the list served`);
      const pkg = packageOfClient((await row.client()).name);
      const model = listItemModel(pkg, list.method, list.itemsPath);
      assert.ok(model, `${list.method} has no item model`);
      const allowed = possibleFields(pkg, model);
      // A parent-scoped list's record may be read by get instead (parent elsewhere, or the
      // engine's expected-cost choice): its object is the get's model, not the list item's.
      const readByGet = (ocid: string) => !!row.get && !!list.parentType && calls.some((r) => r.operation === row.get?.method && r.path.includes(encodeURIComponent(ocid)));
      for (const record of records) {
        assert.equal(record.enrichStatus, 'OK', `${record.ocid}: ${record.enrichError ?? ''}`);
        if (readByGet(record.ocid)) continue;
        const metadata = record.details.metadata ?? {};
        assert.equal(metadata[list.idField ?? 'id'], record.ocid);
        const extra = Object.keys(metadata).filter((k) => !allowed.has(k));
        assert.deepEqual(extra, [], `${record.ocid}: fields the list item model ${model} lacks`);
      }
    });
  }
});
