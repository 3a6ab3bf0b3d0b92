import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalJson, compareRecords, parseRecord } from '../../src/core/record.js';

describe('record model', () => {
  test('canonicalJson sorts keys at every depth and drops undefined', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  test('a hostile __proto__ key stays data', () => {
    const parsed: unknown = JSON.parse('{"freeformTags":{"__proto__":"x","a":"b"}}');
    assert.equal(canonicalJson(parsed), '{"freeformTags":{"__proto__":"x","a":"b"}}');
  });

  test('records order by ocid, then resourceType', () => {
    const list = [
      { ocid: 'b', resourceType: 'X' },
      { ocid: 'a', resourceType: 'Z' },
      { ocid: 'a', resourceType: 'Y' },
    ].sort(compareRecords);
    assert.deepEqual(list.map((r) => `${r.ocid}/${r.resourceType}`), ['a/Y', 'a/Z', 'b/X']);
  });

  test('parseRecord fills defaults and names the bad field', () => {
    const r = parseRecord({ ocid: 'ocid1.x', resourceType: 'Vcn' });
    assert.equal(r.enrichStatus, 'NOT_IMPLEMENTED');
    assert.deepEqual(r.relationships, []);
    assert.throws(() => parseRecord({ ocid: 'ocid1.x', resourceType: 'Vcn', enrichStatus: 'MAYBE' }), /field enrichStatus/);
    assert.throws(() => parseRecord({ resourceType: 'Vcn' }), /ocid/);
  });
});
