import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Papa from 'papaparse';
import { compareRecords } from '../../src/core/record.js';
import { CSV_BASE_COLUMNS, FORMULA_TRIGGER, parseTagColumn, writeInventoryCsv } from '../../src/export/csv.js';
import { makeRecord, NASTY_NAMES, nastyRecords } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-csv-'));
after(() => rm(dir, { recursive: true, force: true }));

/**
 * Parsed exactly as a consumer would: papaparse with its defaults. The file ends with a line
 * break, which papaparse (unlike DuckDB, Python's csv or a spreadsheet) reads as one more,
 * empty row: that row is checked and dropped.
 */
async function parseCsv(path: string): Promise<string[][]> {
  const result = Papa.parse<string[]>(await readFile(path, 'utf8'));
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.data.at(-1), [''], 'the file ends with a line break');
  return result.data.slice(0, -1);
}

/** What a cell must read back as: the value, with the documented apostrophe before a formula trigger. */
const defused = (value: string): string => (FORMULA_TRIGGER.test(value) ? `'${value}` : value);

test('nasty names round-trip through papaparse; formula triggers get exactly one leading apostrophe', async () => {
  const records = nastyRecords();
  const path = join(dir, 'nasty.csv');
  assert.equal(await writeInventoryCsv(path, records), records.length);
  const [headerRow, ...rows] = await parseCsv(path);
  assert.deepEqual(headerRow, [...CSV_BASE_COLUMNS]);
  const sorted = [...records].sort(compareRecords);
  assert.equal(rows.length, sorted.length);
  for (const [i, row] of rows.entries()) {
    const record = sorted[i];
    assert.ok(record);
    assert.equal(row[0], record.ocid);
    assert.equal(row[2], defused(record.displayName ?? ''), `displayName of ${record.ocid}`);
  }
  const names = rows.map((row) => row[2]);
  for (const name of NASTY_NAMES) assert.ok(names.includes(defused(name ?? '')), JSON.stringify(name));
  // the cases OWASP lists, including one papaparse's built-in pattern misses (a newline after)
  for (const danger of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tleading tab', "=cmd|' /C calc'!A0\nsecond line"]) {
    assert.ok(names.includes(`'${danger}`), JSON.stringify(danger));
  }
  assert.ok(names.includes('lone\rcarriage'), 'a CR inside a cell is not a trigger');
});

test('columns: compartment path from the resolver, empty cells for nulls and unknowns, CRLF, a final line break', async () => {
  const path = join(dir, 'columns.csv');
  await writeInventoryCsv(
    path,
    [
      makeRecord({ ocid: 'ocid1.a', compartmentId: 'ocid1.compartment..x', timeCreated: '2024-01-01T00:00:00.000Z', enrichStatus: 'ERROR' }),
      makeRecord({ ocid: 'ocid1.b', compartmentId: 'ocid1.compartment..unknown', lifecycleState: null, timeCreated: null }),
      makeRecord({ ocid: 'ocid1.c', compartmentId: null }),
    ],
    { compartmentPaths: new Map([['ocid1.compartment..x', 'root/prod/app']]) },
  );
  const text = await readFile(path, 'utf8');
  assert.ok(text.endsWith('\r\n'));
  assert.equal(text.split('\r\n').length, 5);
  const [, a, b, c] = await parseCsv(path);
  assert.deepEqual(a, ['ocid1.a', 'Instance', 'name', 'ocid1.compartment..x', 'root/prod/app', 'eu-frankfurt-1', 'RUNNING', '2024-01-01T00:00:00.000Z', 'ERROR']);
  assert.deepEqual(b?.slice(3, 8), ['ocid1.compartment..unknown', '', 'eu-frankfurt-1', '', '']);
  assert.deepEqual(c?.slice(3, 5), ['', '']);
});

test('tag columns: freeform and defined keys, non-string values as JSON, missing as empty, injection-safe', async () => {
  const path = join(dir, 'tags.csv');
  await writeInventoryCsv(
    path,
    [
      makeRecord({ ocid: 'ocid1.a', freeformTags: { Owner: 'alice, "ops"' }, definedTags: { Ops: { CostCenter: '=42', Seats: 3, Meta: { x: [1] } } } }),
      makeRecord({ ocid: 'ocid1.b' }),
    ],
    { tagColumns: ['freeform:Owner', 'defined:Ops.CostCenter', 'defined:Ops.Seats', 'defined:Ops.Meta'] },
  );
  const [headerRow, a, b] = await parseCsv(path);
  assert.deepEqual(headerRow?.slice(CSV_BASE_COLUMNS.length), ['freeform:Owner', 'defined:Ops.CostCenter', 'defined:Ops.Seats', 'defined:Ops.Meta']);
  assert.deepEqual(a?.slice(CSV_BASE_COLUMNS.length), ['alice, "ops"', "'=42", '3', '{"x":[1]}']);
  assert.deepEqual(b?.slice(CSV_BASE_COLUMNS.length), ['', '', '', '']);
});

test('tag column specs are checked', () => {
  assert.deepEqual(parseTagColumn('defined:Ops.Cost.Center'), { header: 'defined:Ops.Cost.Center', kind: 'defined', namespace: 'Ops', key: 'Cost.Center' });
  for (const bad of ['Owner', 'freeform:', 'defined:Ops', 'defined:.Key', 'tag:Ops.Key']) {
    assert.throws(() => parseTagColumn(bad), /expected freeform:KEY or defined:NAMESPACE\.KEY/, bad);
  }
});

test('more rows than one write batch arrive whole and in order', async () => {
  const records = Array.from({ length: 12_345 }, (_, i) => makeRecord({ ocid: `ocid1.x..${String(i).padStart(6, '0')}`, displayName: `a,b\n${i}` }));
  const path = join(dir, 'large.csv');
  await writeInventoryCsv(path, records);
  const rows = (await parseCsv(path)).slice(1);
  assert.equal(rows.length, records.length);
  assert.deepEqual(rows.at(-1)?.slice(0, 3), ['ocid1.x..012344', 'Instance', 'a,b\n12344']);
});
