import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupBy, groupByCompartment } from '../../src/core/group.js';

test('groupBy keeps first-seen group order and item order, and hostile keys are plain data', () => {
  const items = ['__proto__:a', 'b:1', '__proto__:b', 'constructor:x', 'b:2'];
  const groups = groupBy(items, (s) => s.split(':')[0] ?? '');
  assert.deepEqual([...groups.keys()], ['__proto__', 'b', 'constructor']);
  assert.deepEqual(groups.get('__proto__'), ['__proto__:a', '__proto__:b']);
  assert.deepEqual(groups.get('b'), ['b:1', 'b:2']);
  assert.equal(Object.getPrototypeOf({}), Object.prototype);
});

test('groupByCompartment puts tenancy-level items (no compartment) under the empty key', () => {
  const items = [
    { id: 1, compartmentId: 'ocid1.compartment.oc1..b' },
    { id: 2, compartmentId: null },
    { id: 3, compartmentId: 'ocid1.compartment.oc1..b' },
    { id: 4, compartmentId: '' },
  ];
  const groups = groupByCompartment(items);
  assert.deepEqual([...groups.keys()], ['ocid1.compartment.oc1..b', '']);
  assert.deepEqual(groups.get('')?.map((i) => i.id), [2, 4]);
  assert.deepEqual(groups.get('ocid1.compartment.oc1..b')?.map((i) => i.id), [1, 3]);
});
