import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { canonicalJson, compareRecords } from '../../src/core/record.js';
import { writeInventoryParquet } from '../../src/export/parquet.js';
import { makeRecord, NASTY_NAMES, nastyRecords } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-parquet-'));
after(() => rm(dir, { recursive: true, force: true }));

async function readBack(path: string): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({ file: await asyncBufferFromFile(path) });
}

test('every nasty name and nested field reads back from hyparquet exactly, rows in ocid order', async () => {
  const records = nastyRecords();
  const path = join(dir, 'nasty.parquet');
  assert.equal(await writeInventoryParquet(path, records), records.length);
  const rows = await readBack(path);
  const expected = [...records].sort(compareRecords);
  assert.equal(rows.length, expected.length);
  rows.forEach((row, i) => {
    const record = expected[i];
    assert.ok(record);
    assert.equal(row.ocid, record.ocid);
    assert.equal(row.displayName, record.displayName);
    assert.equal(row.region, record.region);
    assert.equal(row.enrichStatus, record.enrichStatus);
    assert.equal(row.enrichError, null);
    // JSON columns (JSON logical type): hyparquet hands them back parsed.
    assert.deepEqual(row.freeformTags, record.freeformTags);
    assert.deepEqual(row.definedTags, record.definedTags);
    assert.deepEqual(row.details, record.details);
    assert.deepEqual(row.relationships, record.relationships);
  });
  const names = new Set(rows.map((row) => row.displayName));
  for (const name of NASTY_NAMES) assert.ok(names.has(name), `missing ${JSON.stringify(name)}`);
});

test('timeCreated and collectedAt are UTC millisecond timestamps; unparseable or missing times are null', async () => {
  const path = join(dir, 'times.parquet');
  await writeInventoryParquet(path, [
    makeRecord({ ocid: 'ocid1.a', timeCreated: '2024-03-04T05:06:07.890Z', collectedAt: '2025-01-02T03:04:05.678Z' }),
    makeRecord({ ocid: 'ocid1.b', timeCreated: null, collectedAt: '' }),
    makeRecord({ ocid: 'ocid1.c', timeCreated: 'not a time' }),
  ]);
  const rows = await readBack(path);
  const first = rows[0];
  assert.ok(first?.timeCreated instanceof Date && first.collectedAt instanceof Date);
  assert.equal(first.timeCreated.toISOString(), '2024-03-04T05:06:07.890Z');
  assert.equal(first.collectedAt.toISOString(), '2025-01-02T03:04:05.678Z');
  assert.equal(rows[1]?.timeCreated, null);
  assert.equal(rows[1]?.collectedAt, null);
  assert.equal(rows[2]?.timeCreated, null);

  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  const byName = new Map(metadata.schema.map((element) => [element.name, element]));
  assert.equal(byName.get('timeCreated')?.type, 'INT64');
  assert.deepEqual(byName.get('timeCreated')?.logical_type, { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' });
  assert.equal(byName.get('displayName')?.converted_type, 'UTF8');
  for (const column of ['definedTags', 'freeformTags', 'details', 'relationships']) {
    assert.equal(byName.get(column)?.type, 'BYTE_ARRAY', column);
    assert.equal(byName.get(column)?.converted_type, 'JSON', column);
    assert.deepEqual(byName.get(column)?.logical_type, { type: 'JSON' }, column);
  }
  assert.equal(byName.get('compartmentPath')?.converted_type, 'UTF8');
  assert.equal(byName.get('ocid')?.repetition_type, 'REQUIRED');
});

test('large inventories are split into row groups of 10k rows (one group in memory at a time)', async () => {
  const records = Array.from({ length: 20_001 }, (_, i) =>
    makeRecord({ ocid: `ocid1.instance.oc1..${String(i).padStart(7, '0')}`, displayName: `vm-${i}` }),
  );
  const path = join(dir, 'big.parquet');
  await writeInventoryParquet(path, records);
  const metadata = await parquetMetadataAsync(await asyncBufferFromFile(path));
  assert.deepEqual(
    metadata.row_groups.map((group) => Number(group.num_rows)),
    [10_000, 10_000, 1],
  );
  const tail = await parquetReadObjects({ file: await asyncBufferFromFile(path), rowStart: 9_999, rowEnd: 10_001, columns: ['ocid', 'displayName'] });
  assert.deepEqual(tail, [
    { ocid: 'ocid1.instance.oc1..0009999', displayName: 'vm-9999' },
    { ocid: 'ocid1.instance.oc1..0010000', displayName: 'vm-10000' },
  ]);
});

test('an empty inventory is still a readable file; a duplicate ocid writes nothing', async () => {
  const empty = join(dir, 'empty.parquet');
  await writeInventoryParquet(empty, []);
  assert.deepEqual(await readBack(empty), []);

  const dupDir = await mkdtemp(join(dir, 'dup-'));
  await assert.rejects(
    writeInventoryParquet(join(dupDir, 'inventory.parquet'), [makeRecord({ ocid: 'ocid1.x' }), makeRecord({ ocid: 'ocid1.x', resourceType: 'Vcn' })]),
    /duplicate ocid ocid1\.x/,
  );
  assert.deepEqual(await readdir(dupDir), []);
});

test('compartmentPath, as in the CSV; JSON columns hold canonical JSON text (sorted keys)', async () => {
  const path = join(dir, 'paths.parquet');
  const record = makeRecord({ ocid: 'ocid1.a', compartmentId: 'ocid1.compartment..x', freeformTags: { zeta: '1', alpha: '2' } });
  await writeInventoryParquet(path, [record, makeRecord({ ocid: 'ocid1.b', compartmentId: 'ocid1.compartment..unknown' }), makeRecord({ ocid: 'ocid1.c', compartmentId: null })], new Map([['ocid1.compartment..x', 'root/prod/app']]));
  const rows = await readBack(path);
  assert.deepEqual(rows.map((r) => r.compartmentPath), ['root/prod/app', null, null]);
  // The raw bytes, as DuckDB sees them: canonical JSON.
  const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : bytes);
  const raw = await parquetReadObjects({ file: await asyncBufferFromFile(path), columns: ['freeformTags', 'details'], parsers: { jsonFromBytes: text } });
  assert.equal(raw[0]?.freeformTags, '{"alpha":"2","zeta":"1"}');
  assert.equal(raw[0]?.details, canonicalJson(record.details));
});
