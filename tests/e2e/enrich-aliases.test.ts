// Both spellings of a type through the emulator, as a real tenancy's search gives them: the
// emulator reports about half of the volumes, DHCP options, IPSec connections and DNS zones
// with the other spelling; each record is enriched by its row, keeps its spelling, and a
// compartment's records of both spellings cost one list. Summary-only types cost no call.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TYPE_ALIASES } from '../../src/oci/enrichers/index.js';
import { searchAll, sdkClients, withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';

test('alias spellings from search are enriched by their row, one list per compartment for both', async (t) => {
  const fx = await withEmulator(t, { seed: 21, size: { regions: 1, compartments: 3, resources: 2500 }, aliasSpellings: true });
  const run = await discoverAndEnrich(fx);
  const store = fx.emulator.tenancy.store;

  for (const [alias, canonical] of TYPE_ALIASES) {
    const spelled = run.records.filter((r) => r.resourceType === alias);
    const plain = run.records.filter((r) => r.resourceType === canonical);
    if (canonical === 'Volume') {
      assert.ok(spelled.length > 5 && plain.length > 5, `${alias} ${spelled.length}, ${canonical} ${plain.length}: both spellings appear`);
    }
    for (const r of [...spelled, ...plain]) {
      assert.equal(r.enrichStatus, 'OK', `${r.resourceType} ${r.ocid}: ${r.enrichError}`);
      assert.equal(r.details.metadata?.id, r.ocid);
      assert.equal(store.get(r.ocid)?.resourceType, canonical, 'the emulator holds it under the row spelling');
    }
  }

  // listVolumes: one per compartment holding volumes of either spelling (one page each here).
  const cells = new Set(run.records.filter((r) => r.resourceType === 'Volume' || r.resourceType === 'BlockVolume').map((r) => r.compartmentId));
  const lists = run.enrichRequests.filter((r) => r.operation === 'listVolumes').length;
  const gets = run.enrichRequests.filter((r) => r.operation === 'getVolume').length;
  assert.ok(lists <= cells.size, `${lists} listVolumes for ${cells.size} compartments`);
  assert.equal(gets, 0, 'no volume needed a get');

  // Search answers a typed query for either spelling with the records so spelled.
  const clients = sdkClients(fx);
  t.after(() => clients.closeAll());
  const region = fx.emulator.tenancy.homeRegion;
  const blockVolumes = await searchAll(clients.search(region), 'query BlockVolume resources');
  assert.deepEqual(new Set(blockVolumes.map((r) => r.resourceType)), new Set(['BlockVolume']));
  const found = new Set(blockVolumes.map((r) => r.identifier));
  for (const r of run.records.filter((x) => x.resourceType === 'BlockVolume')) assert.ok(found.has(r.ocid), `${r.ocid} found by its spelling`);
});

test('summary-only types end OK without a single call', async (t) => {
  const fx = await withEmulator(t, { seed: 4, size: { regions: 1, compartments: 2, resources: 600 } });
  const run = await discoverAndEnrich(fx);
  for (const type of ['LimitsIncreaseRequest', 'ProcessAutomationInstance', 'QueryServiceProject']) {
    const records = run.records.filter((r) => r.resourceType === type);
    assert.ok(records.length > 0, `the tenancy has a ${type}`);
    for (const r of records) {
      assert.equal(r.enrichStatus, 'OK');
      assert.equal(r.details.metadata, undefined);
    }
  }
  // The emulator serves no route for them: any call would be a 404 (or an unmatched operation).
  assert.deepEqual(run.enrichRequests.filter((r) => r.status !== 200 || r.operation === null).map((r) => `${r.path} ${r.status}`), []);
});
