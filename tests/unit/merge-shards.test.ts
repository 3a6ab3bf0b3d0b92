// `oci-inv merge`: shard run directories (one per region) become one run directory with one
// record per ocid, global IAM resources kept once in the home region, totals recomputed.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { mergeCommand } from '../../src/cli/commands/merge.js';
import { canonicalJson, type InventoryRecord } from '../../src/core/record.js';
import { DEFAULT_CONFIG } from '../../src/pipeline/config.js';
import { mergeRuns, mergeShardInventories } from '../../src/pipeline/merge.js';
import { writeRunOutputs } from '../../src/pipeline/outputs.js';
import type { CompartmentInfo } from '../../src/pipeline/ports.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const work = await mkdtemp(join(tmpdir(), 'merge-shards-'));
after(() => rm(work, { recursive: true, force: true }));

const TENANCY = 'ocid1.tenancy.oc1..t';
const HOME = 'us-ashburn-1';
const compartments: CompartmentInfo[] = [
  { ocid: TENANCY, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' },
  { ocid: 'ocid1.compartment.oc1..app', name: 'app', parentId: TENANCY, path: 'root/app', lifecycleState: 'ACTIVE' },
  { ocid: 'ocid1.compartment.oc1..db', name: 'db', parentId: 'ocid1.compartment.oc1..app', path: 'root/app/db', lifecycleState: 'ACTIVE' },
];

/** The IAM records every region's search returns, attributed to the shard's own region. */
function globals(region: string): InventoryRecord[] {
  return [
    makeRecord({ ocid: 'ocid1.user.oc1..alice', resourceType: 'User', region, compartmentId: TENANCY }),
    makeRecord({ ocid: 'ocid1.compartment.oc1..app', resourceType: 'Compartment', region, compartmentId: TENANCY, displayName: 'app' }),
  ];
}

let shardSerial = 0;
async function writeShard(region: string, records: InventoryRecord[], status: 'SUCCESS' | 'PARTIAL' = 'SUCCESS', formats = ['jsonl', 'csv']): Promise<string> {
  const dir = join(work, `shard-${region}-${++shardSerial}`);
  await mkdir(dir, { recursive: true });
  const outputs = await writeRunOutputs(dir, records, compartments, { ...DEFAULT_CONFIG, formats: formats as typeof DEFAULT_CONFIG.formats });
  const summary = {
    tool_version: '0.0.0',
    status,
    tenancy_id: TENANCY,
    home_region: HOME,
    query: 'query all resources',
    scope: { compartment: null, include_terminated: false, regions: [region] },
    started_at: `2026-01-01T00:00:0${shardSerial}.000Z`,
    finished_at: `2026-01-01T00:01:0${shardSerial}.000Z`,
    duration_ms: 60_000,
    timings_ms: { discovery: 1000 * shardSerial },
    total_discovered: records.length,
    regions: [{ region, status: status === 'SUCCESS' ? 'OK' : 'FAILED', count: records.length, error: status === 'SUCCESS' ? null : 'dead', duration_ms: 5 }],
    dropped: { terminated: 1, out_of_scope: 0 },
    api_calls: { query: { SearchResources: { calls: 3, retries: 1, throttled: 0, errors: 0 } } },
    outputs,
    diff: null,
    warnings: [],
  };
  await writeFile(join(dir, 'run_summary.json'), JSON.stringify(summary));
  return dir;
}

async function jsonl(path: string): Promise<Array<Record<string, unknown>>> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

test('global IAM resources are kept once, in the home region; regional ones all stay', async () => {
  const east = await writeShard(HOME, [...globals(HOME), makeRecord({ ocid: 'ocid1.instance.oc1.iad..a', resourceType: 'Instance', region: HOME, compartmentId: 'ocid1.compartment.oc1..db' })]);
  // The other shard comes first on the command line: the home region must win anyway.
  const west = await writeShard('us-phoenix-1', [
    ...globals('us-phoenix-1'),
    makeRecord({ ocid: 'ocid1.instance.oc1.phx..b', resourceType: 'Instance', region: 'us-phoenix-1', compartmentId: 'ocid1.compartment.oc1..app' }),
  ]);
  const result = await mergeRuns([west, east], { outdir: join(work, 'merged'), toolVersion: '9.9.9' });
  const records = await jsonl(join(result.runDir, 'inventory.jsonl'));
  assert.deepEqual(
    records.map((r) => [r.ocid, r.region]),
    [
      ['ocid1.compartment.oc1..app', HOME],
      ['ocid1.instance.oc1.iad..a', HOME],
      ['ocid1.instance.oc1.phx..b', 'us-phoenix-1'],
      ['ocid1.user.oc1..alice', HOME],
    ],
  );
  assert.equal(result.duplicatesDropped, 2);

  const summary = JSON.parse(await readFile(join(result.runDir, 'run_summary.json'), 'utf8'));
  assert.equal(summary.status, 'SUCCESS');
  assert.equal(summary.total_discovered, 4);
  assert.deepEqual(summary.counts_by_resource_type, { Compartment: 1, Instance: 2, User: 1 });
  assert.deepEqual(summary.scope.regions.sort(), [HOME, 'us-phoenix-1']);
  assert.deepEqual(Object.fromEntries(summary.regions.map((r: { region: string; count: number }) => [r.region, r.count])), { [HOME]: 1, 'us-phoenix-1': 1 });
  assert.deepEqual(summary.global, { count: 2, region: HOME }, 'the global IAM records (compartment, user) once, under their own key');
  assert.equal(summary.api_calls.query.SearchResources.calls, 6);
  assert.equal(summary.dropped.terminated, 2);
  assert.equal(summary.started_at < summary.finished_at, true);
  assert.deepEqual(summary.merged_from, [west, east]);

  // Exports are rewritten from the merged records, with compartment paths from the shards' trees.
  const csv = await readFile(join(result.runDir, 'inventory.csv'), 'utf8');
  assert.equal(csv.split('\r\n').length, 6, 'header, 4 rows, and the final line break');
  assert.match(csv, /ocid1\.instance\.oc1\.iad\.\.a,Instance,[^\r\n]*root\/app\/db/);
  const edges = await jsonl(join(result.runDir, 'graph_edges.jsonl'));
  assert.ok(edges.some((e) => e.source_ocid === 'ocid1.compartment.oc1..db' && e.target_ocid === 'ocid1.compartment.oc1..app'));
  assert.ok((await readdir(result.runDir)).includes('report.md'));
});

test('one partial shard makes the merge partial (exit 4), and parquet is kept when a shard had it', async () => {
  const ok = await writeShard(HOME, globals(HOME), 'SUCCESS', ['jsonl', 'parquet']);
  const dead = await writeShard('eu-frankfurt-1', [], 'PARTIAL');
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await mergeCommand({ outdir: join(work, 'merged-partial'), logLevel: 'silent' }, [ok, dead], stdout);
  assert.equal(code, 4);
  const runDir = out.trim();
  const summary = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8'));
  assert.equal(summary.status, 'PARTIAL');
  assert.equal(summary.regions.find((r: { region: string }) => r.region === 'eu-frankfurt-1').status, 'FAILED');
  assert.ok(summary.outputs.includes('inventory.parquet'));
});

test('shards of different tenancies, or a directory without a run summary, are refused', async () => {
  const a = await writeShard(HOME, globals(HOME));
  const b = await writeShard('us-phoenix-1', []);
  const summary = JSON.parse(await readFile(join(b, 'run_summary.json'), 'utf8'));
  await writeFile(join(b, 'run_summary.json'), JSON.stringify({ ...summary, tenancy_id: 'ocid1.tenancy.oc1..other' }));
  await assert.rejects(mergeRuns([a, b], { outdir: join(work, 'x'), toolVersion: '1' }), { name: 'RunInputError', message: /tenancy/ });

  const empty = join(work, 'not-a-run');
  await mkdir(empty);
  await assert.rejects(mergeRuns([a, empty], { outdir: join(work, 'x'), toolVersion: '1' }), { name: 'InventoryInputError', message: /run_summary\.json/ });
  await assert.rejects(mergeCommand({ logLevel: 'silent' }, []), { name: 'UsageError' });
});

test('merge streams: a k-way merge over the sorted shard inventories, each ocid once, records handed on before a shard is read to its end', async () => {
  const east = await writeShard(HOME, [...globals(HOME), makeRecord({ ocid: 'ocid1.instance.oc1.iad..a', resourceType: 'Instance', region: HOME })]);
  const west = await writeShard('us-phoenix-1', [...globals('us-phoenix-1'), makeRecord({ ocid: 'ocid1.instance.oc1.phx..b', resourceType: 'Instance', region: 'us-phoenix-1' })]);
  // A bad line at the end of one shard: the records before it are already out of the merge.
  await writeFile(join(west, 'inventory.jsonl'), `${await readFile(join(west, 'inventory.jsonl'), 'utf8')}{"ocid": 7}\n`);
  const merged = mergeShardInventories([west, east], HOME);
  const seen: string[] = [];
  await assert.rejects(
    (async () => {
      for await (const { record, line } of merged.records()) {
        seen.push(`${record.ocid} ${record.region}`);
        assert.equal(line, canonicalJson(record));
      }
    })(),
    { name: 'InventoryInputError', message: /inventory\.jsonl: line 4: .*ocid/ },
  );
  assert.deepEqual(seen, [`ocid1.compartment.oc1..app ${HOME}`, `ocid1.instance.oc1.iad..a ${HOME}`, 'ocid1.instance.oc1.phx..b us-phoenix-1']);
  assert.equal(merged.duplicates, 1);
});

test('a shard inventory out of order is refused with its file and line (merge never sorts in memory)', async () => {
  const a = await writeShard(HOME, globals(HOME));
  const lines = (await readFile(join(a, 'inventory.jsonl'), 'utf8')).trim().split('\n');
  await writeFile(join(a, 'inventory.jsonl'), `${[...lines].reverse().join('\n')}\n`);
  await assert.rejects(mergeRuns([a], { outdir: join(work, 'unsorted'), toolVersion: '1' }), { name: 'InventoryInputError', message: /line 2: not in \(ocid, resourceType\) order/ });
  assert.deepEqual(await readdir(join(work, 'unsorted')), [], 'no half-made run directory is left');
});

test('merge order with an ocid repeated across shards: each ocid once, in order, the enriched copy kept, then the home region', async () => {
  const id = (n: string) => `ocid1.instance.oc1..${n}`;
  // Three shards interleaved by ocid; "b" in all three (only phoenix's copy enriched), "d" in
  // london and ashburn (both enriched: ashburn, the home region, wins), "f" in london only.
  const phoenix = await writeShard('us-phoenix-1', [
    makeRecord({ ocid: id('a'), region: 'us-phoenix-1' }),
    makeRecord({ ocid: id('b'), region: 'us-phoenix-1', enrichStatus: 'OK' }),
    makeRecord({ ocid: id('e'), region: 'us-phoenix-1' }),
  ]);
  const london = await writeShard('uk-london-1', [
    makeRecord({ ocid: id('b'), region: 'uk-london-1', enrichStatus: 'ERROR', enrichError: 'getInstance: 500' }),
    makeRecord({ ocid: id('d'), region: 'uk-london-1', enrichStatus: 'OK' }),
    makeRecord({ ocid: id('f'), region: 'uk-london-1' }),
  ]);
  const ashburn = await writeShard(HOME, [
    makeRecord({ ocid: id('b'), region: HOME, enrichStatus: 'ERROR', enrichError: 'getInstance: 500' }),
    makeRecord({ ocid: id('c'), region: HOME }),
    makeRecord({ ocid: id('d'), region: HOME, enrichStatus: 'OK' }),
  ]);
  const dropped: string[] = [];
  const merged = mergeShardInventories([london, ashburn, phoenix], HOME, (kept, lost) => dropped.push(`${lost.ocid.slice(-1)} ${lost.region} for ${kept.region}`));
  const seen: string[] = [];
  for await (const { record } of merged.records()) seen.push(`${record.ocid.slice(-1)} ${record.region} ${record.enrichStatus}`);
  assert.deepEqual(seen, ['a us-phoenix-1 OK', 'b us-phoenix-1 OK', `c ${HOME} OK`, `d ${HOME} OK`, 'e us-phoenix-1 OK', 'f uk-london-1 OK']);
  assert.equal(merged.duplicates, 3);
  // Folded in merge order: london's b loses to ashburn's (home), which loses to phoenix's (enriched).
  assert.deepEqual(dropped, [`b uk-london-1 for ${HOME}`, `b ${HOME} for us-phoenix-1`, `d uk-london-1 for ${HOME}`]);
});
