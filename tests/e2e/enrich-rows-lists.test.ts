// Every list-served row through its list: with a list threshold of one, each record of a row
// with a full list (or a list and no get) is read from the list's items, so the list's path,
// paging, parent scoping and item model are checked for every such row, not only for the
// types that happen to have two records in one compartment of the generated tenancy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonObject, JsonValue } from '../../src/core/record.js';
import { CATALOG } from '../../src/emulator/index.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';
import { listItemModel, packageOfClient, possibleFields } from '../helpers/sdk-model.js';

function stringsAt(value: JsonValue | undefined, path: string): string[] {
  let nodes: JsonValue[] = value === undefined ? [] : [value];
  for (const segment of path.split('.')) {
    nodes = nodes.flatMap((node): JsonValue[] => {
      if (node === null || typeof node !== 'object') return [];
      if (segment === '*') return Array.isArray(node) ? node : Object.values(node);
      return Array.isArray(node) || !(segment in node) ? [] : [node[segment] as JsonValue];
    });
  }
  return nodes.flatMap((node) => (Array.isArray(node) ? node : [node])).filter((s): s is string => typeof s === 'string');
}

test('every list-served row reads its records from its list, items shaped as the SDK list model', async (t) => {
  const fx = await withEmulator(t, { seed: 11, size: { regions: 2, compartments: 3, resources: 500 } });
  const run = await discoverAndEnrich(fx, { listThreshold: 1 });
  const store = fx.emulator.tenancy.store;

  for (const row of ENRICHER_TABLE) {
    const list = row.list;
    if (!list || row.special || !(list.listIsFull || !row.get)) continue;
    await t.test(row.resourceType, async () => {
      const records = run.records.filter((r) => r.resourceType === row.resourceType);
      assert.ok(records.length > 0, 'the generated tenancy has none of this type: the test would prove nothing');
      const pkg = packageOfClient((await row.client()).name);
      const model = listItemModel(pkg, list.method, list.itemsPath);
      assert.ok(model, `${list.method} has no item model at ${list.itemsPath.join('.')}`);
      const allowed = possibleFields(pkg, model);

      const calls = run.enrichRequests.filter((r) => r.operation === list.method);
      // A parent-scoped list with a get to fall back on is skipped where the parents in a
      // compartment are at least as many as its records (the engine's expected-cost choice).
      const cells = new Map<string, number>();
      for (const r of records) cells.set(`${r.region} ${r.compartmentId ?? ''}`, (cells.get(`${r.region} ${r.compartmentId ?? ''}`) ?? 0) + 1);
      const parentsIn = (cell: string) => run.records.filter((p) => p.resourceType === list.parentType && `${p.region} ${p.compartmentId ?? ''}` === cell).length;
      const listWorthIt = !list.parentType || !row.get || [...cells].some(([cell, n]) => parentsIn(cell) > 0 && parentsIn(cell) < n);
      if (listWorthIt) assert.ok(calls.length > 0, `${list.method} was never called`);
      assert.ok(calls.every((c) => c.status === 200), `${list.method}: ${calls.map((c) => `${c.status} ${c.path}`).join(', ')}`);
      // Every record came from the list: no get fell back for a record it missed. (A
      // parent-scoped list covers the parents in the record's compartment only: a record
      // whose parent lives elsewhere is read by get, as designed.)
      if (row.get && !list.parentType) {
        const ocids = new Set(records.map((r) => r.ocid));
        const gets = run.enrichRequests.filter((r) => r.operation === row.get?.method && [...ocids].some((id) => r.path.includes(id)));
        assert.deepEqual(gets.map((g) => g.path), [], `${row.resourceType}: records the list missed`);
      }

      const entry = CATALOG.find((e) => e.resourceType === row.resourceType);
      assert.ok(entry);
      for (const record of records) {
        const label = `${record.ocid} (${record.displayName})`;
        assert.equal(record.enrichStatus, 'OK', `${label}: ${record.enrichError ?? ''}`);
        const metadata = record.details.metadata ?? {};
        // A parent-scoped list's record may be read by get (parent elsewhere, or the engine's
        // expected-cost choice): then its object is the get's model.
        const readByGet: boolean = !!row.get && !!list.parentType && run.enrichRequests.some((r) => r.operation === row.get?.method && r.path.includes(record.ocid));
        const unknown: string[] = readByGet ? [] : Object.keys(metadata).filter((k) => !allowed.has(k));
        assert.deepEqual(unknown, [], `${label}: fields the list model ${model} does not have`);
        const truth = store.get(record.ocid);
        assert.ok(truth, label);
        const wire: JsonObject = entry.toWire(truth, store);
        const names = new Set(row.relations.map((r) => r.relation));
        const expected: string[] = row.relations.flatMap((spec) => stringsAt(wire, spec.field).filter((id) => id.startsWith('ocid1.') && id !== record.ocid).map((id) => `${spec.relation} ${id}`));
        const actual = record.relationships.filter((e) => names.has(e.relation_type)).map((e) => `${e.relation_type} ${e.target_ocid}`);
        assert.deepEqual(actual.sort(), [...new Set(expected)].sort(), `${label}: edges`);
      }
    });
  }
});
