// CSV formula injection (issue 10): OWASP's triggers, the same after leading spaces, line
// breaks or a double quote, and the full-width/small forms some spreadsheets fold to ASCII —
// each cell is written with exactly one leading apostrophe and reads back otherwise intact.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Papa from 'papaparse';
import { FORMULA_TRIGGER, writeInventoryCsv } from '../../src/export/csv.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-csv-defuse-'));
after(() => rm(dir, { recursive: true, force: true }));

const DANGEROUS: Array<[string, string]> = [
  ['equals', '=1+1'],
  ['plus', '+1+1'],
  ['minus', '-1+1'],
  ['at', '@SUM(A1)'],
  ['tab', '\t=1'],
  ['CR', '\r=1'],
  ['LF', '\n=1'],
  ['space before =', ' =HYPERLINK("http://evil","x")'],
  ['spaces before +', '   +1'],
  ['newline before @', '\n@SUM(A1)'],
  ['CRLF before -', '\r\n-2+3'],
  ['quote before =', '"=1+1'],
  ['quote and space before =', '" =cmd'],
  ['full-width equals ＝', '＝1+1'],
  ['full-width plus ＋', '＋1+1'],
  ['small plus ﹢', '﹢1+1'],
  ['full-width minus －', '－1+1'],
  ['small minus ﹣', '﹣1+1'],
  ['full-width at ＠', '＠SUM(A1)'],
  ['small equals ﹦', '﹦1+1'],
  ['ideographic space before ＝', '\u3000＝1'],
  ['space before full-width ＝', ' ＝1'],
];
const HARMLESS = ['web-1', 'a=b', 'x+y', 'email@example.com', ' leading space', '"quoted"', 'trailing =', '1-2'];

test('every trigger and trigger-after-whitespace-or-quote is matched, harmless cells are not', () => {
  for (const [label, cell] of DANGEROUS) assert.ok(FORMULA_TRIGGER.test(cell), label);
  for (const cell of HARMLESS) assert.ok(!FORMULA_TRIGGER.test(cell), JSON.stringify(cell));
});

test('each dangerous cell is written with one leading apostrophe and reads back intact', async () => {
  const cells = [...DANGEROUS.map(([, c]) => c), ...HARMLESS];
  const records = cells.map((displayName, i) => makeRecord({ ocid: `ocid1.x.oc1..${String(i).padStart(3, '0')}`, displayName }));
  const path = join(dir, 'defuse.csv');
  await writeInventoryCsv(path, records);
  const parsed = Papa.parse<string[]>(await readFile(path, 'utf8'));
  assert.deepEqual(parsed.errors, []);
  const names = parsed.data.slice(1).map((row) => row[2]);
  for (const [label, cell] of DANGEROUS) assert.ok(names.includes(`'${cell}`), `${label}: ${JSON.stringify(names)}`);
  for (const cell of HARMLESS) assert.ok(names.includes(cell), JSON.stringify(cell));
});
