// Every row of the enrichment table, end to end: Resource Search discovery and the generic
// enricher through the real SDK against the emulator, each type checked against the SDK's own
// model declarations (operation, response key, fields, relation paths) and against the
// emulator's ground truth (edges, redaction).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonObject, JsonValue } from '../../src/core/record.js';
import { CATALOG } from '../../src/emulator/index.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';
import { VNIC_ATTACHMENT_FIELDS } from '../../src/oci/enrichers/vnic-assembly.js';
import { isKeptValue, isRedactionMarker, Redactor } from '../../src/core/redact.js';
import { withEmulator } from '../helpers/emulator.js';
import { discoverAndEnrich } from '../helpers/enrich-run.js';
import { listItemModel, packageOfClient, pathExists, possibleFields, responseModel } from '../helpers/sdk-model.js';

// Written apart from the enricher's rule on purpose: a key naming secret material, not an id.
const SECRET_NAME = /(password|passphrase|secret|token|private_?key|connection_?strings?)$/i;

/** String values at a dotted path (`*` walks every child), arrays at the end flattened. */
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

/** Every (path, value) under a secret-looking key, at any depth. */
function secretLeaves(value: JsonValue, path: string[] = []): Array<{ path: string[]; value: JsonValue }> {
  if (value === null || typeof value !== 'object') return [];
  const out: Array<{ path: string[]; value: JsonValue }> = [];
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_NAME.test(key) && !/Ids?$/.test(key) && child !== null) out.push({ path: [...path, key], value: child });
    else out.push(...secretLeaves(child, [...path, key]));
  }
  return out;
}

function stringLeaves(value: JsonValue): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return (Array.isArray(value) ? value : Object.values(value)).flatMap(stringLeaves);
}

function at(value: JsonValue | undefined, path: string[]): JsonValue | undefined {
  let node = value;
  for (const key of path) node = node !== null && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined;
  return node;
}

test('every enrichment table row reads its type from the emulator through the real SDK', async (t) => {
  const fx = await withEmulator(t, { seed: 7, size: { regions: 2, compartments: 3, resources: 500 } });
  const run = await discoverAndEnrich(fx);
  const store = fx.emulator.tenancy.store;

  // Summary-only rows make no call (tests/e2e/enrich-aliases.test.ts).
  for (const row of ENRICHER_TABLE.filter((r) => !r.summaryOnly)) {
    await t.test(row.resourceType, async () => {
      const records = run.records.filter((r) => r.resourceType === row.resourceType);
      assert.ok(records.length > 0, 'the generated tenancy has none of this type: the test would prove nothing');

      // The table against the SDK: the operations' response keys name a model, and every
      // relation path exists in it (in the list item's model too when the list serves it).
      const pkg = packageOfClient((await row.client()).name);
      const models: string[] = [];
      if (row.get) {
        const model = responseModel(pkg, row.get.method, row.get.responseKey);
        assert.ok(model, `${row.get.method} has no response field "${row.get.responseKey}"`);
        models.push(model);
      }
      if (row.list && (row.list.listIsFull || !row.get)) {
        const model = listItemModel(pkg, row.list.method, row.list.itemsPath);
        assert.ok(model, `${row.list.method} has no item model at ${row.list.itemsPath.join('.')}`);
        models.push(model);
      }
      for (const spec of row.relations) {
        for (const model of models) assert.ok(pathExists(pkg, model, spec.field), `relation ${spec.relation}: ${model} has no ${spec.field}`);
      }
      // A standard VNIC keeps its attachment's nicIndex and instanceId too (docs/enrichment.md, "Detail levels").
      const allowed = new Set([...models.flatMap((m) => [...possibleFields(pkg, m)]), ...(row.resourceType === 'Vnic' ? VNIC_ATTACHMENT_FIELDS : [])]);
      const relationNames = new Set(row.relations.map((r) => r.relation));

      for (const record of records) {
        const label = `${record.ocid} (${record.displayName})`;
        assert.equal(record.enrichError, null, label);
        assert.equal(record.enrichStatus, 'OK', label);
        const metadata = record.details.metadata;
        assert.ok(metadata, label);
        assert.equal(metadata[row.list?.idField ?? 'id'], record.ocid, `${label}: metadata id`);
        const unknown = Object.keys(metadata).filter((k) => !allowed.has(k));
        assert.deepEqual(unknown, [], `${label}: fields the SDK model (${models.join(', ')}) does not have`);

        const truth = store.get(record.ocid);
        const entry = CATALOG.find((e) => e.resourceType === row.resourceType);
        assert.ok(truth && entry, `${label}: not in the emulator's ground truth`);
        const wire: JsonObject = entry.toWire(truth, store);
        const expected = row.relations
          .flatMap((spec) => stringsAt(wire, spec.field).filter((id) => id.startsWith('ocid1.') && id !== record.ocid).map((id) => `${spec.relation} ${id}`))
          .sort();
        const actual = record.relationships
          .filter((e) => relationNames.has(e.relation_type))
          .map((e) => `${e.relation_type} ${e.target_ocid}`)
          .sort();
        assert.deepEqual(actual, [...new Set(expected)], `${label}: edges`);

        // The pipeline's redaction policy, as a run applies it before writing anything.
        const redacted = new Redactor({ tenancyId: fx.emulator.tenancy.tenancyId }).redactRecord(structuredClone(record)).details.metadata ?? {};
        const text = JSON.stringify(redacted);
        for (const leaf of secretLeaves(wire)) {
          for (const value of stringLeaves(at(redacted, leaf.path) ?? null)) {
            assert.ok(isRedactionMarker(value) || isKeptValue(value), `${label}: ${leaf.path.join('.')} not redacted`);
          }
          for (const secret of stringLeaves(leaf.value)) assert.ok(!text.includes(JSON.stringify(secret)), `${label}: a value under ${leaf.path.join('.')} leaked`);
        }
      }
    });
  }
});
