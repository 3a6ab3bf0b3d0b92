// A record's shape must not depend on how it was read. A row served by both a list (groups) and a
// get (singletons, leftovers) must get the same fields from both, or a compartment that goes from
// one resource of a kind to two would show the first as changed with nothing changed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { SUMMARY_LIST_TYPES } from '../../src/oci/enrichers/table/list-shape.js';
import { listItemModel, packageOfClient, possibleFields, responseModel } from '../helpers/sdk-model.js';

async function fieldSets(row: (typeof ENRICHER_TABLE)[number]) {
  const list = row.list;
  const get = row.get;
  assert.ok(list && get);
  const pkg = packageOfClient((await row.client()).name);
  const listModel = listItemModel(pkg, list.method, list.itemsPath);
  const getModel = responseModel(pkg, get.method, get.responseKey);
  assert.ok(listModel && getModel, `${row.resourceType}: models of ${list.method} / ${get.method}`);
  return { listModel, getModel, listFields: possibleFields(pkg, listModel), getFields: possibleFields(pkg, getModel) };
}

test('every row served by list and get gets one field set from both (the SDK models agree)', async () => {
  const rows = ENRICHER_TABLE.filter((r) => r.list?.listIsFull && r.get && !r.special && !r.summaryOnly);
  assert.ok(rows.length > 50, `only ${rows.length} rows`);
  for (const row of rows) {
    const { listModel, getModel, listFields, getFields } = await fieldSets(row);
    if (row.fields) continue; // one field set by projection: the next test
    const onlyGet = [...getFields].filter((f) => !listFields.has(f));
    const onlyList = [...listFields].filter((f) => !getFields.has(f));
    assert.deepEqual(
      { onlyGet, onlyList },
      { onlyGet: [], onlyList: [] },
      `${row.resourceType}: ${listModel} and ${getModel} differ; add it to table/list-shape.ts (read by get)`,
    );
  }
});

test('the rows listed as thin are read by get, and each is thin indeed (no stale entry)', async () => {
  for (const type of SUMMARY_LIST_TYPES) {
    const row = ENRICHER_TABLE.find((r) => r.resourceType === type);
    assert.ok(row, `${type} has no row`);
    assert.equal(row.list?.listIsFull, false, `${type} is still served by its list`);
    const { listFields, getFields } = await fieldSets(row);
    const same = listFields.size === getFields.size && [...listFields].every((f) => getFields.has(f));
    assert.ok(!same, `${type}: its list item has the get's fields after all; serve it by list again`);
  }
});

test('a row that keeps a projected field set keeps exactly the fields its list item and get share', async () => {
  const rows = ENRICHER_TABLE.filter((r) => r.fields);
  assert.deepEqual(rows.map((r) => r.resourceType).sort(), ['CloudGuardSavedQuery', 'ContainerImage', 'DataSafeUserAssessment']);
  for (const row of rows) {
    const { listModel, getModel, listFields, getFields } = await fieldSets(row);
    const shared = [...getFields].filter((f) => listFields.has(f)).sort();
    assert.deepEqual([...(row.fields ?? [])].sort(), shared, `${row.resourceType}: fields must be what ${listModel} and ${getModel} share`);
    assert.equal(row.list?.listIsFull, true, `${row.resourceType}: a projected row is served by its list`);
    for (const relation of row.relations) assert.ok(shared.includes(relation.field.split('.')[0] ?? ''), `${row.resourceType}: relation ${relation.field} outside the kept fields`);
  }
});
