// Enrichment of a whole generated tenancy against the emulator: the call budget (lists per
// compartment and type, not a get per resource), every covered resource OK when nothing fails,
// and the ERROR path when a resource vanishes between discovery and enrichment.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InventoryRecord } from '../../src/core/record.js';
import { DEFAULT_PAGE_SIZE } from '../../src/emulator/catalog/service-kit.js';
import { DEFAULT_LIST_THRESHOLD } from '../../src/oci/enrichers/engine.js';
import { ENRICHER_TABLE, type EnricherRow } from '../../src/oci/enrichers/index.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';

const covered = new Set(ENRICHER_TABLE.map((row) => row.resourceType));
const listServed = ENRICHER_TABLE.filter((row) => row.list?.listIsFull && !row.special);

/**
 * The most calls a list-served row may make: per (region, compartment) of its records, one
 * list per scope and page (a parent-scoped list: one per parent there), or one get for a lone record;
 * for parent-scoped rows, one more pass over the region's parents (records search placed
 * apart from their parent).
 */
function callBudget(row: EnricherRow, records: InventoryRecord[], listedIn: (cell: string) => number): number {
  const ofType = records.filter((r) => r.resourceType === row.resourceType);
  const cells = new Map<string, number>();
  for (const r of ofType) cells.set(`${r.region} ${r.compartmentId}`, (cells.get(`${r.region} ${r.compartmentId}`) ?? 0) + 1);
  const parentType = row.list?.parentType;
  const parentsIn = (cell: string) => records.filter((p) => p.resourceType === parentType && `${p.region} ${p.compartmentId}` === cell).length;
  let budget = 0;
  // A list of more than a page costs a call per page (the emulator serves OCI's default page);
  // it lists what search left out too (terminated resources).
  for (const [cell, count] of cells) budget += count < DEFAULT_LIST_THRESHOLD && row.get ? 1 : parentType ? parentsIn(cell) : Math.ceil(listedIn(cell) / DEFAULT_PAGE_SIZE);
  if (parentType) {
    const regions = new Set(ofType.map((r) => r.region));
    budget += records.filter((p) => p.resourceType === parentType && regions.has(p.region)).length;
  }
  return budget;
}

test('a few thousand resources: every covered resource ends OK, list-served types within their list plan, dense ones at most 0.1 calls each', async (t) => {
  // Calls grow with types x compartments x regions, resources with the tenancy: the ratio
  // holds where compartments are full enough to list (docs/enrichment.md, "Call budget").
  // The realistic profile (docs/emulator.md): heavy-tailed types and compartments, as the
  // call budget is meant for; the uniform stress case is the bench's.
  // One spelling per type here: the alias spellings have their own test (enrich-aliases).
  const fx = await withEmulator(t, { seed: 11, profile: 'realistic', aliasSpellings: false, size: { regions: 1, compartments: 3, resources: 3000 } });
  const run = await discoverAndEnrich(fx);
  assert.ok(run.records.length > 2000, `only ${run.records.length} records discovered`);

  const failed = run.records.filter((r) => covered.has(r.resourceType) && r.enrichStatus !== 'OK');
  assert.deepEqual(failed.map((r) => `${r.resourceType} ${r.ocid}: ${r.enrichStatus} ${r.enrichError}`), []);
  const untouched = run.records.filter((r) => !covered.has(r.resourceType) && r.enrichStatus !== 'NOT_IMPLEMENTED');
  assert.deepEqual(untouched.map((r) => r.ocid), []);
  assert.deepEqual(run.enrichRequests.filter((r) => r.status !== 200).map((r) => `${r.operation} ${r.status}`), []);

  // Every row stays within its plan. The ratio is a property of density (docs/enrichment.md,
  // "Call budget"): it is held for the rows this tenancy makes dense, at least
  // DENSE_PER_CELL records per (region, compartment) on average, listed per compartment. A
  // sparse row (one of the many rare types) pays a list per cell whatever its size, and a
  // parent-scoped row a list per parent: both are held to their plan only, and the ratio over
  // every row is reported.
  const DENSE_PER_CELL = 10;
  const cellCount = new Set(run.records.map((r) => `${r.region} ${r.compartmentId}`)).size;
  let calls = 0;
  let resources = 0;
  let allCalls = 0;
  let allResources = 0;
  for (const row of listServed) {
    // A get counts against the row whose record it reads: two rows may share a get
    // (VaultSecret and Secret, one type spelled two ways, both call getSecret).
    const ofType = run.records.filter((r) => r.resourceType === row.resourceType).map((r) => r.ocid);
    const rowCalls = run.enrichRequests.filter(
      (r) => r.service === row.service && (r.operation === row.list?.method || (r.operation === row.get?.method && ofType.some((id) => r.path.includes(id)))),
    ).length;
    const budget = callBudget(row, run.records, (cell) => {
      const [region = '', compartmentId = ''] = cell.split(' ');
      return fx.emulator.tenancy.store.list(row.resourceType, { region, compartmentId }).length;
    });
    assert.ok(rowCalls <= budget, `${row.resourceType}: ${rowCalls} calls, plan allows ${budget}`);
    allCalls += rowCalls;
    allResources += ofType.length;
    if (row.list?.parentType || ofType.length < DENSE_PER_CELL * cellCount) continue;
    calls += rowCalls;
    resources += ofType.length;
  }
  t.diagnostic(`${allCalls} calls for ${allResources} resources of all list-served types (${(allCalls / allResources).toFixed(3)} per resource)`);
  // Enough records for the ratio to mean something (about a third of the tenancy).
  assert.ok(resources > 800, `only ${resources} resources of dense list-served types`);
  const ratio = calls / resources;
  t.diagnostic(`${calls} calls for ${resources} resources of dense list-served types (${ratio.toFixed(3)} per resource)`);
  assert.ok(ratio <= 0.1, `${ratio.toFixed(3)} calls per resource of dense list-served types`);
});

/** One run that deletes the chosen resources from the emulator after discovery. */
async function runWithVanished(t: Parameters<typeof withEmulator>[0], pick: (records: InventoryRecord[]) => InventoryRecord[]) {
  const fx = await withEmulator(t, { seed: 3, size: { regions: 1, compartments: 3, resources: 400 } });
  const vanished: string[] = [];
  const run = await discoverAndEnrich(fx, {
    beforeEnrich(records) {
      for (const record of pick(records)) {
        assert.ok(fx.emulator.tenancy.store.remove(record.ocid), `${record.ocid} was in the store`);
        vanished.push(record.ocid);
      }
    },
  });
  return { run, vanished };
}

test('a resource deleted between discovery and enrichment is ERROR with the same reason in every run; the rest stay OK', async (t) => {
  // One of each way a record is read: a list-served type (missed by the list, then a get),
  // a get-only type, a list-only type (Log) and a vault key (per-vault endpoint).
  const choose = (records: InventoryRecord[]) =>
    ['Instance', 'Bastion', 'Log', 'Key'].map((type) => {
      const found = records.filter((r) => r.resourceType === type).sort((a, b) => (a.ocid < b.ocid ? -1 : 1))[0];
      assert.ok(found, `the tenancy has a ${type}`);
      return found;
    });
  const first = await runWithVanished(t, choose);
  const second = await runWithVanished(t, choose);
  assert.deepEqual(second.vanished, first.vanished, 'same seed, same choice');

  const reasons = (run: typeof first.run, ocids: string[]) => ocids.map((ocid) => run.byOcid.get(ocid)?.enrichError ?? null);
  for (const { run, vanished } of [first, second]) {
    for (const ocid of vanished) {
      const record = run.byOcid.get(ocid);
      assert.equal(record?.enrichStatus, 'ERROR', `${record?.resourceType} ${ocid}`);
      assert.ok(record?.enrichError, 'an ERROR says why');
      assert.doesNotMatch(record.enrichError, /ocid1\.|\d{4}-\d\d-\d\dT|opc-request-id/i, 'the reason carries nothing run-specific');
    }
    const others = run.records.filter((r) => covered.has(r.resourceType) && !vanished.includes(r.ocid) && r.enrichStatus !== 'OK');
    assert.deepEqual(others.map((r) => `${r.resourceType}: ${r.enrichError}`), []);
  }
  assert.deepEqual(reasons(second.run, second.vanished), reasons(first.run, first.vanished));
  t.diagnostic(reasons(first.run, first.vanished).join(' | '));
  // The get of a vanished Instance is answered like OCI answers it.
  assert.match(reasons(first.run, first.vanished)[0] ?? '', /^getInstance: 404 NotAuthorizedOrNotFound$/);
});

test('a burst of 503s during enrichment is retried: nothing ends ERROR', async (t) => {
  const fx = await withEmulator(t, { seed: 3, size: { regions: 1, compartments: 3, resources: 300 } });
  const run = await discoverAndEnrich(fx, {
    beforeEnrich() {
      fx.emulator.setFaults({ errorBurst: { after: 2, count: 4 } });
    },
  });
  assert.ok(run.enrichRequests.some((r) => r.fault === 'error'), 'the burst hit enrichment');
  const failed = run.records.filter((r) => covered.has(r.resourceType) && r.enrichStatus !== 'OK');
  assert.deepEqual(failed.map((r) => `${r.resourceType}: ${r.enrichError}`), []);
});
