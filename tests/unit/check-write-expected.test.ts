// `check --write-expected` streams a sorted inventory (issue 11 item 1: check streams like
// merge): the same bytes as the sort-in-memory path it falls back to for unsorted input.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeExpectedInventory } from '../../src/cli/commands/check.js';
import { canonicalJson, type InventoryRecord } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const work = await mkdtemp(join(tmpdir(), 'check-expected-'));
after(() => rm(work, { recursive: true, force: true }));

const records: InventoryRecord[] = ['ocid1.a', 'ocid1.b', 'ocid1.c', 'ocid1.d'].map((ocid, i) => makeRecord({ ocid, resourceType: i % 2 ? 'Vcn' : 'Instance' }));
const expectedLines = (list: InventoryRecord[]) => list.map((r) => canonicalJson({ ...r, collectedAt: undefined }));

test('a sorted inventory is written line by line; JSONL and JSON, scoped and empty, as before', async () => {
  const sorted = join(work, 'sorted.jsonl');
  await writeFile(sorted, records.map((r) => `${canonicalJson(r)}\n`).join(''));
  assert.equal(await writeExpectedInventory(sorted, join(work, 'e.jsonl'), undefined), 4);
  assert.equal(await readFile(join(work, 'e.jsonl'), 'utf8'), expectedLines(records).map((l) => `${l}\n`).join(''));
  const vcns = (r: InventoryRecord) => r.resourceType === 'Vcn';
  assert.equal(await writeExpectedInventory(sorted, join(work, 'e.json'), vcns), 2);
  assert.equal(await readFile(join(work, 'e.json'), 'utf8'), `[\n${expectedLines(records.filter(vcns)).join(',\n')}\n]\n`);
  assert.equal(await writeExpectedInventory(sorted, join(work, 'none.json'), () => false), 0);
  assert.equal(await readFile(join(work, 'none.json'), 'utf8'), '[\n\n]\n');
});

test('an unsorted inventory falls back to sorting; a repeated ocid is refused with its line', async () => {
  const unsorted = join(work, 'unsorted.jsonl');
  await writeFile(unsorted, [...records].reverse().map((r) => `${canonicalJson(r)}\n`).join(''));
  assert.equal(await writeExpectedInventory(unsorted, join(work, 'u.jsonl'), undefined), 4);
  assert.equal(await readFile(join(work, 'u.jsonl'), 'utf8'), expectedLines(records).map((l) => `${l}\n`).join(''));
  const repeated = join(work, 'repeated.jsonl');
  await writeFile(repeated, [records[0], records[0]].map((r) => `${canonicalJson(r)}\n`).join(''));
  await assert.rejects(writeExpectedInventory(repeated, join(work, 'r.jsonl'), undefined), { name: 'InventoryInputError', message: /line 2: duplicate ocid ocid1\.a/ });
});
