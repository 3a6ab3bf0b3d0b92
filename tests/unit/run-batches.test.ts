// A region is enriched in batches of whole resource types (bounded memory, issue 11): a type
// and the types its enrichment reads stay together, so the enricher's calls do not change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchByType } from '../../src/pipeline/run.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const records = (type: string, n: number) => Array.from({ length: n }, (_, i) => makeRecord({ ocid: `ocid1.${type.toLowerCase()}.oc1..${i}`, resourceType: type }));

test('batches hold whole types, about the target size, with dependent types together', () => {
  const all = [...records('Key', 30), ...records('Instance', 120), ...records('Vault', 3), ...records('Bucket', 40), ...records('Subnet', 50), ...records('Vcn', 5)];
  const dependencies = new Map([
    ['Key', ['Vault']],
    ['Subnet', ['Vcn']],
  ]);
  const batches = batchByType(all, dependencies, 60);
  assert.equal(batches.flat().length, all.length);
  const batchOf = new Map<string, Set<number>>();
  batches.forEach((batch, i) => {
    for (const r of batch) batchOf.set(r.resourceType, (batchOf.get(r.resourceType) ?? new Set()).add(i));
  });
  for (const [type, where] of batchOf) assert.equal(where.size, 1, `${type} is split across batches`);
  assert.equal([...(batchOf.get('Key') ?? [])][0], [...(batchOf.get('Vault') ?? [])][0]);
  assert.equal([...(batchOf.get('Subnet') ?? [])][0], [...(batchOf.get('Vcn') ?? [])][0]);
  assert.ok(batches.length >= 3, 'records beyond the target size are split');
  for (const batch of batches) assert.ok(batch.length <= 60 || new Set(batch.map((r) => r.resourceType)).size === 1 || batch.length <= 120, 'only a single oversized group exceeds the target');
});

test('a dependency chain joins transitively, and no records is one empty batch', () => {
  const all = [...records('A', 10), ...records('B', 10), ...records('C', 10), ...records('D', 10)];
  const batches = batchByType(all, new Map([['A', ['B']], ['C', ['B']]]), 5);
  const withA = batches.find((b) => b.some((r) => r.resourceType === 'A')) ?? [];
  assert.deepEqual(new Set(withA.map((r) => r.resourceType)), new Set(['A', 'B', 'C']));
  assert.deepEqual(batchByType([], new Map(), 5), [[]]);
});
