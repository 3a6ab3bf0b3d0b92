// Records are built with their keys in canonical order (recordFromSummary, applyObject), so
// canonicalJson can hand a whole record to JSON.stringify. The text must be what the old
// construction (record and search summary in declaration order, metadata appended to the
// details) gave: canonicalJson sorts either way; here the order itself is checked too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson, type InventoryRecord, type JsonObject, type SearchSummary } from '../../src/core/record.js';
import { applyObject } from '../../src/oci/enrichers/context.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';
import { recordFromSummary } from '../../src/pipeline/discover.js';

/** The construction this replaced (src/pipeline/discover.ts before). */
function oldRecordFromSummary(summary: SearchSummary, region: string, collectedAt: string): InventoryRecord {
  const record: InventoryRecord = {
    ocid: summary.identifier,
    resourceType: summary.resourceType,
    displayName: summary.displayName,
    compartmentId: summary.compartmentId,
    region,
    lifecycleState: summary.lifecycleState,
    timeCreated: summary.timeCreated,
    definedTags: summary.definedTags,
    freeformTags: summary.freeformTags,
    collectedAt,
    enrichStatus: 'NOT_IMPLEMENTED',
    enrichError: null,
    details: { searchSummary: { ...summary, definedTags: summary.definedTags, systemTags: summary.systemTags } as unknown as JsonObject },
    relationships: [],
  };
  if (summary.availabilityDomain) record.availabilityDomain = summary.availabilityDomain;
  return record;
}

const summary = (over: Partial<SearchSummary> = {}): SearchSummary => ({
  identifier: 'ocid1.instance.oc1.iad.aaaa',
  resourceType: 'Instance',
  displayName: 'web "1" \u2028 ünïcode 🚀',
  compartmentId: 'ocid1.compartment.oc1..bbbb',
  timeCreated: '2026-01-02T03:04:05.000Z',
  lifecycleState: 'RUNNING',
  availabilityDomain: 'Uocm:US-ASHBURN-AD-1',
  definedTags: { Ops: { Owner: 'x', CostCenter: 42 } },
  freeformTags: { z: '1', a: '2', __proto__x: '3' },
  systemTags: { 'orcl-cloud': { 'free-tier-retained': 'true' } },
  identityContext: {},
  additionalDetails: { zeta: [1, { b: 2, a: null }], alpha: 'x' },
  ...over,
});

const isCanonicalOrder = (value: unknown): boolean => {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(isCanonicalOrder);
  const keys = Object.keys(value);
  return keys.every((k, i) => i === 0 || (keys[i - 1] as string) < k) && Object.values(value).every(isCanonicalOrder);
};

test('a record from a search summary has the old canonical text, and its own keys, details and summary are in order', () => {
  const cases = [
    summary(),
    summary({ availabilityDomain: null }),
    summary({ availabilityDomain: '' }),
    summary({ displayName: null, compartmentId: null, timeCreated: null, lifecycleState: null }),
  ];
  // A summary with a key the type does not list (a port's extra) keeps it, in the old order.
  const extra = { ...summary(), zExtra: 'kept' } as unknown as SearchSummary;
  for (const s of [...cases, extra]) {
    const record = recordFromSummary(s, 'us-ashburn-1', '2026-11-30T00:00:00.000Z');
    const old = oldRecordFromSummary(s, 'us-ashburn-1', '2026-11-30T00:00:00.000Z');
    assert.equal(canonicalJson(record), canonicalJson(old));
    assert.deepEqual(Object.keys(record), Object.keys(record).sort(), 'record keys in order');
    assert.deepEqual(Object.keys(record.details), ['searchSummary']);
  }
  for (const s of cases) {
    const searchSummary = recordFromSummary(s, 'r', 't').details.searchSummary as JsonObject;
    assert.deepEqual(Object.keys(searchSummary), Object.keys(searchSummary).sort(), 'summary keys in order');
  }
});

test('applyObject puts metadata before the summary, replacing an earlier one, with the same canonical text', () => {
  const row = ENRICHER_TABLE.find((r) => r.resourceType === 'Instance' && r.get);
  assert.ok(row);
  // Tags and details already in order (as toPlainJson makes them), unlike the summary above.
  const inOrder = { freeformTags: { a: '1' }, definedTags: { Ops: { CostCenter: 42, Owner: 'x' } }, additionalDetails: { a: 1 } };
  const record = recordFromSummary(summary(inOrder), 'us-ashburn-1', 't');
  const old = oldRecordFromSummary(summary(inOrder), 'us-ashburn-1', 't');
  const object = { id: 'ocid1.instance.oc1.iad.aaaa', shape: 'VM.Standard.E4.Flex', vcnId: 'ocid1.vcn.oc1.iad.cccc', displayName: 'web' };
  applyObject(record, row, object);
  applyObject(record, row, { ...object, shape: 'second' });
  old.details = { ...old.details, metadata: { ...(record.details.metadata as JsonObject) } };
  old.enrichStatus = record.enrichStatus;
  old.relationships = record.relationships;
  assert.deepEqual(Object.keys(record.details), ['metadata', 'searchSummary']);
  assert.equal((record.details.metadata as JsonObject).shape, 'second');
  assert.equal(canonicalJson(record), canonicalJson(old));
  // The whole record is in canonical order: its canonical text is JSON.stringify's.
  assert.ok(isCanonicalOrder(record));
  assert.equal(canonicalJson(record), JSON.stringify(record));
});
