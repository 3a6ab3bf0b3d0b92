// Metadata shaping: plain JSON, relation paths, stable edges (redaction: tests/unit/redact.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeRelations, relationsFrom, toMetadataJson, valuesAt } from '../../src/oci/enrichers/metadata.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';
import { supportedResourceTypes, TYPE_ALIASES } from '../../src/oci/enrichers/index.js';

test('dates become ISO strings and undefined is dropped', () => {
  const out = toMetadataJson({ timeCreated: new Date('2024-05-01T10:00:00Z'), gone: undefined, nested: [{ n: 1, bad: Number.NaN }] });
  assert.deepEqual(out, { timeCreated: '2024-05-01T10:00:00.000Z', nested: [{ n: 1, bad: null }] });
});

test('relation paths walk objects, arrays and wildcards; only ocids, never self', () => {
  const metadata = {
    vcnId: 'ocid1.vcn.oc1..v',
    securityListIds: ['ocid1.securitylist.oc1..b', 'ocid1.securitylist.oc1..a'],
    backendSets: { web: { backends: [{ targetId: 'ocid1.instance.oc1..i' }, { targetId: null }] } },
    self: 'ocid1.subnet.oc1..s',
    cidr: '10.0.0.0/16',
  };
  assert.deepEqual(valuesAt(metadata, 'backendSets.*.backends.*.targetId'), ['ocid1.instance.oc1..i']);
  const edges = relationsFrom(
    metadata,
    [
      { field: 'vcnId', relation: 'IN_VCN' },
      { field: 'securityListIds', relation: 'USES_SECURITY_LIST' },
      { field: 'backendSets.*.backends.*.targetId', relation: 'ROUTES_TO' },
      { field: 'self', relation: 'SELF' },
      { field: 'cidr', relation: 'NOT_AN_OCID' },
    ],
    'ocid1.subnet.oc1..s',
  );
  assert.deepEqual(normalizeRelations([...edges, edges[0] ?? { relation_type: '', target_ocid: '' }]), [
    { relation_type: 'IN_VCN', target_ocid: 'ocid1.vcn.oc1..v' },
    { relation_type: 'ROUTES_TO', target_ocid: 'ocid1.instance.oc1..i' },
    { relation_type: 'USES_SECURITY_LIST', target_ocid: 'ocid1.securitylist.oc1..a' },
    { relation_type: 'USES_SECURITY_LIST', target_ocid: 'ocid1.securitylist.oc1..b' },
  ]);
});

test('the table has one row per type, at least 60, each with a way to read the object', () => {
  const types = ENRICHER_TABLE.map((r) => r.resourceType);
  assert.equal(new Set(types).size, types.length, 'duplicate rows');
  assert.ok(types.length >= 60, `only ${types.length} rows`);
  // Supported: every row's type and its other spellings (table/aliases.ts).
  const aliases = [...TYPE_ALIASES.keys()].filter((alias) => types.includes(TYPE_ALIASES.get(alias) ?? ''));
  assert.deepEqual([...supportedResourceTypes()].sort(), [...types, ...aliases].sort());
  for (const row of ENRICHER_TABLE) {
    // A summary-only row reads nothing: it makes no call (tests/unit/enrich-aliases.test.ts).
    if (row.summaryOnly) assert.ok(!row.get && !row.list, `${row.resourceType} is summary-only yet names an operation`);
    else assert.ok(row.get || row.list, `${row.resourceType} has neither get nor list`);
    if (row.list?.parentType) assert.ok(types.includes(row.list.parentType), `${row.resourceType} lists under unknown ${row.list.parentType}`);
  }
});

test('every row loads an SDK client class that has the operations it names', async () => {
  for (const row of ENRICHER_TABLE.filter((r) => !r.summaryOnly)) {
    const ctor = await row.client();
    const proto = ctor.prototype as Record<string, unknown>;
    for (const method of [row.get?.method, row.list?.method]) {
      if (method) assert.equal(typeof proto[method], 'function', `${row.resourceType}: ${ctor.name}.${method}`);
    }
  }
});
