// The bounded-memory export path (docs/architecture.md, "Data flow"): batches spilled to sorted
// run files, merged back in (ocid, resourceType) order, and written in one pass to every export,
// byte for byte what the per-file writers produce from the same records in memory.
import assert from 'node:assert/strict';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../src/core/record.js';
import { writeInventoryCsv } from '../../src/export/csv.js';
import { sortedRecordStream, writeExportsFromStream } from '../../src/export/exports.js';
import { writeGraph } from '../../src/export/graph.js';
import { writeInventoryJsonl } from '../../src/export/jsonl.js';
import { writeInventoryParquet } from '../../src/export/parquet.js';
import { collectEdges, writeRelationships } from '../../src/export/relationships.js';
import { SpillStore } from '../../src/export/spill.js';
import type { CompartmentInfo } from '../../src/pipeline/ports.js';
import { InventoryTally } from '../../src/pipeline/summary.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const work = await mkdtemp(join(tmpdir(), 'export-spill-'));
after(() => rm(work, { recursive: true, force: true }));

const TENANCY = 'ocid1.tenancy.oc1..t';
const compartments: CompartmentInfo[] = [
  { ocid: TENANCY, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' },
  { ocid: 'ocid1.compartment.oc1..app', name: 'app', parentId: TENANCY, path: 'root/app', lifecycleState: 'ACTIVE' },
  { ocid: 'ocid1.compartment.oc1..zz', name: 'zz', parentId: TENANCY, path: 'root/zz', lifecycleState: 'ACTIVE' },
];

/** Three region batches, interleaved in ocid order, with edges, tags and a compartment record. */
function batches(perBatch: number): InventoryRecord[][] {
  const regions = ['us-ashburn-1', 'eu-frankfurt-1', 'uk-london-1'];
  return regions.map((region, r) => {
    const list: InventoryRecord[] = [];
    for (let i = perBatch - 1; i >= 0; i--) {
      const n = i * regions.length + r;
      list.push(
        makeRecord({
          ocid: `ocid1.instance.oc1..${String(n).padStart(6, '0')}`,
          resourceType: n % 7 === 0 ? 'Vcn' : 'Instance',
          region,
          compartmentId: n % 2 === 0 ? 'ocid1.compartment.oc1..app' : TENANCY,
          displayName: `vm-${n}, "quoted"`,
          enrichStatus: n % 11 === 0 ? 'ERROR' : 'OK',
          enrichError: n % 11 === 0 ? 'getInstance: 500' : null,
          freeformTags: { Owner: `team-${n % 3}` },
          details: { zeta: n, alpha: { b: [1, 2], a: 'x' } },
          relationships: n % 5 === 0 ? [{ relation_type: 'USES', target_ocid: `ocid1.instance.oc1..${String((n + 1) % (perBatch * 3)).padStart(6, '0')}` }, { relation_type: 'USES', target_ocid: 'ocid1.subnet.oc1..outside' }] : [],
        }),
      );
    }
    if (r === 0) list.push(makeRecord({ ocid: 'ocid1.compartment.oc1..app', resourceType: 'Compartment', region, compartmentId: TENANCY, displayName: 'app' }));
    return list;
  });
}

test('spilled batches come back once each, in (ocid, resourceType) order, with their canonical lines; cleanup removes the files', async () => {
  const store = new SpillStore(join(work, 'spill-a', '.spill'));
  const parts = batches(50);
  // Region workers finish at once: concurrent batches must each get their own run file.
  await Promise.all(parts.map((part) => store.add(part)));
  assert.equal(store.count, 151);
  const seen: InventoryRecord[] = [];
  for await (const { record, line } of store.merged()) {
    assert.equal(line, canonicalJson(record));
    seen.push(record);
  }
  const expected = parts.flat().sort(compareRecords);
  assert.deepEqual(
    seen.map((r) => r.ocid),
    expected.map((r) => r.ocid),
  );
  assert.equal((await readdir(store.dir)).length, 3);
  await store.cleanup();
  await assert.rejects(stat(store.dir), { code: 'ENOENT' });
  await store.cleanup();
});

test('the one-pass writer over the spill merge writes every export byte for byte as the per-file writers do', async () => {
  const parts = batches(4000);
  const all = parts.flat();
  const oldDir = join(work, 'old');
  const newDir = join(work, 'new');
  await mkdir(oldDir);
  await mkdir(newDir);
  const paths = new Map(compartments.map((c) => [c.ocid, c.path]));
  await writeInventoryJsonl(join(oldDir, 'inventory.jsonl'), all);
  await writeInventoryCsv(join(oldDir, 'inventory.csv'), all, { compartmentPaths: paths, tagColumns: ['freeform:Owner'] });
  await writeInventoryParquet(join(oldDir, 'inventory.parquet'), all, paths);
  await writeRelationships(join(oldDir, 'relationships.jsonl'), collectEdges(all));
  await writeGraph(oldDir, all, compartments);

  const store = new SpillStore(join(newDir, '.spill'));
  for (const part of parts) await store.add(part);
  const tally = new InventoryTally();
  const written = await writeExportsFromStream(newDir, store.merged(), compartments, {
    formats: ['jsonl', 'csv', 'parquet'],
    tagColumns: ['freeform:Owner'],
    onRecord: (record) => tally.add(record),
  });
  await store.cleanup();
  assert.deepEqual(written, ['inventory.jsonl', 'inventory.csv', 'inventory.parquet', 'relationships.jsonl', 'graph_nodes.jsonl', 'graph_edges.jsonl', 'graph.mmd']);
  for (const name of written) {
    assert.ok((await readFile(join(newDir, name))).equals(await readFile(join(oldDir, name))), `${name} differs`);
  }
  assert.deepEqual((await readdir(newDir)).sort(), [...written].sort(), 'no temporary or spill file is left');
  const reference = InventoryTally.of(all);
  assert.equal(tally.total, all.length);
  assert.deepEqual(tally.countsByType(), reference.countsByType());
  assert.deepEqual([...tally.errorReasons], [...reference.errorReasons]);
  assert.equal(tally.unverified, reference.unverified);
});

test('a repeated ocid across two batches fails the export and leaves no file under a final name', async () => {
  const dir = join(work, 'dup');
  await mkdir(dir);
  const store = new SpillStore(join(dir, '.spill'));
  await store.add([makeRecord({ ocid: 'ocid1.a' }), makeRecord({ ocid: 'ocid1.b' })]);
  await store.add([makeRecord({ ocid: 'ocid1.b', resourceType: 'Vnic' })]);
  await assert.rejects(writeExportsFromStream(dir, store.merged(), [], { formats: ['jsonl', 'csv', 'parquet'] }), /duplicate ocid ocid1\.b/);
  await store.cleanup();
  assert.deepEqual(await readdir(dir), []);
});

test('a Parquet row group also ends at its byte budget, so big records never make a big group', async () => {
  const dir = join(work, 'groups');
  await mkdir(dir);
  const records = Array.from({ length: 50 }, (_, i) => makeRecord({ ocid: `ocid1.x.oc1..${String(i).padStart(3, '0')}`, details: { blob: 'y'.repeat(2000) } }));
  await writeExportsFromStream(dir, sortedRecordStream(records), [], { formats: ['jsonl', 'parquet'], parquetGroupBytes: 20_000 });
  const file = await asyncBufferFromFile(join(dir, 'inventory.parquet'));
  const metadata = await parquetMetadataAsync(file);
  const sizes = metadata.row_groups.map((g) => Number(g.num_rows));
  assert.ok(sizes.length >= 5, `expected several groups, got ${sizes.join(',')}`);
  assert.equal(sizes.reduce((a, b) => a + b, 0), 50);
  const rows = await parquetReadObjects({ file, columns: ['ocid'] });
  assert.deepEqual(
    rows.map((r) => (r as { ocid: string }).ocid),
    records.map((r) => r.ocid),
  );
});

test('hundreds of run files merge in order, and an ocid in several runs comes from the earliest run first', async () => {
  const store = new SpillStore(join(work, 'spill-many', '.spill'));
  const runs = 300;
  let seed = 1;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let r = 0; r < runs; r++) {
    const list: InventoryRecord[] = [];
    for (let i = 0; i < 20; i++) {
      // About one ocid in three is in some other run too (the same regional ocid from two searches).
      const n = Math.floor(rand() * 4000);
      list.push(makeRecord({ ocid: `ocid1.instance.oc1..${String(n).padStart(5, '0')}`, displayName: `run ${r}`, region: `r${r}` }));
    }
    // One run file per batch, in the order the batches were added.
    await store.add(list.filter((rec, i) => list.findIndex((o) => o.ocid === rec.ocid) === i));
  }
  assert.equal(store.files, runs);
  const merged: InventoryRecord[] = [];
  for await (const { record } of store.merged()) merged.push(record);
  const deduped: InventoryRecord[] = [];
  for await (const { record } of store.merged({ dedupe: true })) deduped.push(record);
  for (let i = 1; i < merged.length; i++) assert.ok(compareRecords(merged[i - 1] as InventoryRecord, merged[i] as InventoryRecord) <= 0, `out of order at ${i}`);
  assert.equal(merged.length, store.count);
  // The first copy of each ocid is the one from the lowest run number.
  const firstRun = new Map<string, number>();
  for (const record of merged) if (!firstRun.has(record.ocid)) firstRun.set(record.ocid, Number(record.region.slice(1)));
  const lowest = new Map<string, number>();
  for (const record of merged) lowest.set(record.ocid, Math.min(lowest.get(record.ocid) ?? Infinity, Number(record.region.slice(1))));
  assert.deepEqual(firstRun, lowest);
  assert.ok(merged.length > deduped.length);
  assert.deepEqual(
    deduped.map((r) => `${r.ocid} ${r.region}`),
    [...lowest].map(([ocid, run]) => `${ocid} r${run}`),
  );
  await store.cleanup();
});

test('run files are read a chunk at a time: records longer than a chunk, and multi-byte characters across chunk ends, come back whole', async () => {
  const store = new SpillStore(join(work, 'spill-chunks', '.spill'));
  // 32 KB chunks: a 100 KB record spans four; the 3- and 4-byte characters fall across chunk ends.
  const big = (n: number) =>
    makeRecord({ ocid: `ocid1.bucket.oc1..${n}`, resourceType: 'Bucket', displayName: `b-${n}`, details: { metadata: { blob: `${'é€😀'.repeat(4000 + n)}|${'x'.repeat(n * 7)}` } } });
  const first = [big(1), big(3), makeRecord({ ocid: 'ocid1.bucket.oc1..5' })];
  const second = [big(2), makeRecord({ ocid: 'ocid1.bucket.oc1..4' }), big(6)];
  await store.add(first);
  await store.add(second);
  const back: string[] = [];
  for await (const { record, line } of store.merged()) {
    assert.equal(line, canonicalJson(record));
    back.push(line);
  }
  assert.deepEqual(back, [...first, ...second].sort(compareRecords).map((r) => canonicalJson(r)));
  await store.cleanup();
});
