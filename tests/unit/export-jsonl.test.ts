import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { canonicalJson, compareRecords, parseRecord } from '../../src/core/record.js';
import { writeInventoryJsonl } from '../../src/export/jsonl.js';
import { makeRecord, NASTY_NAMES, nastyRecords } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-jsonl-'));
after(() => rm(dir, { recursive: true, force: true }));

test('nasty names round-trip exactly, one canonical line per record, sorted by (ocid, resourceType)', async () => {
  const records = nastyRecords();
  const path = join(dir, 'inventory.jsonl');
  assert.equal(await writeInventoryJsonl(path, records), records.length);
  const text = await readFile(path, 'utf8');
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'file ends with a newline');
  assert.equal(lines.length, records.length, 'no name broke a line');
  const parsed = lines.map((line) => parseRecord(JSON.parse(line)));
  assert.deepEqual(parsed, [...records].sort(compareRecords));
  assert.deepEqual(new Set(parsed.map((r) => r.displayName)), new Set(NASTY_NAMES));
  for (const [i, line] of lines.entries()) assert.equal(line, canonicalJson(parsed[i]));
});

test('keys are sorted recursively', async () => {
  const path = join(dir, 'keys.jsonl');
  await writeInventoryJsonl(path, [makeRecord({ ocid: 'ocid1.a', details: { zeta: 1, alpha: { y: 2, b: [{ d: 1, c: 2 }] } } })]);
  const line = (await readFile(path, 'utf8')).trimEnd();
  assert.ok(line.includes('"details":{"alpha":{"b":[{"c":2,"d":1}],"y":2},"zeta":1}'), line);
  const topKeys = Object.keys(JSON.parse(line));
  assert.deepEqual(topKeys, [...topKeys].sort());
});

test('ties on ocid order by resourceType, and lines are byte-identical whatever the input order', async () => {
  const a = makeRecord({ ocid: 'ocid1.b', resourceType: 'Vcn' });
  const b = makeRecord({ ocid: 'ocid1.a', resourceType: 'Subnet' });
  const c = makeRecord({ ocid: 'ocid1.c', resourceType: 'Instance' });
  await writeInventoryJsonl(join(dir, 'one.jsonl'), [a, b, c]);
  await writeInventoryJsonl(join(dir, 'two.jsonl'), [c, a, b]);
  const one = await readFile(join(dir, 'one.jsonl'), 'utf8');
  assert.equal(one, await readFile(join(dir, 'two.jsonl'), 'utf8'));
  assert.deepEqual(one.trimEnd().split('\n').map((l) => JSON.parse(l).ocid), ['ocid1.a', 'ocid1.b', 'ocid1.c']);
});

test('a duplicate ocid throws and leaves the previous file untouched, with no temporary file behind', async () => {
  const sub = await mkdtemp(join(dir, 'dup-'));
  const path = join(sub, 'inventory.jsonl');
  await writeFile(path, 'previous run\n');
  await assert.rejects(
    writeInventoryJsonl(path, [makeRecord({ ocid: 'ocid1.same' }), makeRecord({ ocid: 'ocid1.other' }), makeRecord({ ocid: 'ocid1.same', resourceType: 'Vnic' })]),
    /duplicate ocid ocid1\.same \(Instance, Vnic\)/,
  );
  assert.equal(await readFile(path, 'utf8'), 'previous run\n');
  assert.deepEqual(await readdir(sub), ['inventory.jsonl']);
});

test('large arrays stream out completely (more lines than one write batch)', async () => {
  const records = Array.from({ length: 25_003 }, (_, i) => makeRecord({ ocid: `ocid1.x..${String(i).padStart(6, '0')}` }));
  const path = join(dir, 'large.jsonl');
  await writeInventoryJsonl(path, records);
  const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
  assert.equal(lines.length, records.length);
  assert.equal(JSON.parse(lines.at(-1) ?? '').ocid, 'ocid1.x..025002');
});
