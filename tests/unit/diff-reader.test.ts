// The inventory reader: corrupt input names file, line and field; nothing is skipped; the
// fast path for complete records gives exactly what the valibot schema would.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InventoryInputError, readInventory, scanInventory } from '../../src/core/inventory-reader.js';
import { canonicalJson, type InventoryRecord, parseRecord } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-reader-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function readAll(path: string): Promise<InventoryRecord[]> {
  const out: InventoryRecord[] = [];
  for await (const record of readInventory(path)) out.push(record);
  return out;
}

const line = (ocid: string, extra: Record<string, unknown> = {}) => `${canonicalJson({ ...makeRecord({ ocid }), ...extra })}\n`;

async function expectInputError(path: string, lineNumber: number, pattern: RegExp, field?: string): Promise<void> {
  await assert.rejects(readAll(path), (error: unknown) => {
    assert.ok(error instanceof InventoryInputError, `expected InventoryInputError, got ${String(error)}`);
    assert.equal(error.name, 'InventoryInputError');
    assert.equal(error.file, path);
    assert.equal(error.line, lineNumber);
    assert.match(error.message, pattern);
    assert.ok(error.message.startsWith(`${path}: `), error.message);
    if (field) assert.equal(error.field, field);
    return true;
  });
}

describe('readInventory errors', () => {
  test('bad JSON at line 3', async () => {
    const path = await file('bad-json.jsonl', `${line('a')}${line('b')}{"ocid": "c",\n${line('d')}`);
    await expectInputError(path, 3, /line 3: not valid JSON/);
  });

  test('a record without ocid', async () => {
    const { ocid: _dropped, ...rest } = makeRecord({ ocid: 'x' });
    const path = await file('no-ocid.jsonl', `${line('a')}${JSON.stringify(rest)}\n`);
    await expectInputError(path, 2, /line 2: field ocid/, 'ocid');
  });

  test('an empty ocid and a wrong field type name the field', async () => {
    await expectInputError(await file('empty-ocid.jsonl', line('', {})), 1, /ocid must not be empty/, 'ocid');
    await expectInputError(await file('bad-tags.jsonl', line('a', { freeformTags: { env: 3 } })), 1, /field freeformTags\.env/, 'freeformTags.env');
  });

  test('a duplicate ocid names the line and the first one', async () => {
    const path = await file('dup.jsonl', `${line('a')}${line('b')}${line('c')}${line('a')}`);
    await expectInputError(path, 4, /duplicate ocid a \(first seen at line 1\)/, 'ocid');
  });

  test('a JSON value that is not an object', async () => {
    await expectInputError(await file('array-line.jsonl', `${line('a')}[1,2]\n`), 2, /not a JSON object/);
  });

  test('a missing file and a directory without inventory.jsonl', async () => {
    await expectInputError(join(dir, 'missing.jsonl'), 0, /no such file/);
    const empty = join(dir, 'empty-run');
    await mkdir(empty);
    await expectInputError(empty, 0, /without an inventory\.jsonl/);
  });

  test('a .json array reports the item number', async () => {
    const path = await file('items.json', JSON.stringify([makeRecord({ ocid: 'a' }), { resourceType: 'X' }]));
    await assert.rejects(readAll(path), (error: unknown) => error instanceof InventoryInputError && error.line === 2 && /item 2: field ocid/.test(error.message));
  });
});

describe('readInventory records', () => {
  test('blank lines and CRLF endings are accepted, everything else is returned', async () => {
    const path = await file('crlf.jsonl', `${line('a').trim()}\r\n\r\n${line('b')}`);
    assert.deepEqual((await readAll(path)).map((r) => r.ocid), ['a', 'b']);
  });

  test('entries carry their line numbers', async () => {
    const path = await file('numbers.jsonl', `${line('a')}\n${line('b')}`);
    const lines: number[] = [];
    for await (const entry of scanInventory(path)) lines.push(entry.line);
    assert.deepEqual(lines, [1, 3]);
  });

  test('a short hand-written record gets the schema defaults', async () => {
    const path = await file('short.json', JSON.stringify([{ ocid: 'a', resourceType: 'Vcn' }]));
    const [record] = await readAll(path);
    assert.deepEqual(record, parseRecord({ ocid: 'a', resourceType: 'Vcn' }));
    assert.equal(record?.enrichStatus, 'NOT_IMPLEMENTED');
    assert.deepEqual(record?.relationships, []);
  });

  test('the fast path returns what the schema returns, unknown keys stripped', async () => {
    const full = makeRecord({ ocid: 'a', availabilityDomain: 'AD-1', relationships: [{ relation_type: 'IN', target_ocid: 't' }] });
    const withExtra = { ...makeRecord({ ocid: 'b' }), surprise: 1 };
    const edgeExtra = { ...makeRecord({ ocid: 'c' }), relationships: [{ relation_type: 'IN', target_ocid: 't', note: 'x' }] };
    const path = await file('fast.jsonl', [full, withExtra, edgeExtra].map((r) => `${JSON.stringify(r)}\n`).join(''));
    const records = await readAll(path);
    assert.deepEqual(records, [parseRecord(full), parseRecord(withExtra), parseRecord(edgeExtra)]);
    assert.equal(Object.hasOwn(records[1] ?? {}, 'surprise'), false);
  });
});
