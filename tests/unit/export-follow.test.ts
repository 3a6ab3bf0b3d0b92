// The run's tail (issue 11 item 3): the exports start on the run files already spilled while the
// last bucket still enriches (SpillFollower), up to the frontier collectRegions reports (no
// record still to come sorts before it), and the rest goes after the last batch. The stream must
// be the same sequence as the merge after the last spill, in every case.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { InventoryRecord, SearchSummary } from '../../src/core/record.js';
import { writeExportsFromStream } from '../../src/export/exports.js';
import { SpillStore } from '../../src/export/spill.js';
import { collectRegions } from '../../src/pipeline/collect.js';
import { DEFAULT_CONFIG } from '../../src/pipeline/config.js';
import { RunProgress, silentLogger } from '../../src/pipeline/log.js';
import type { DiscoveryPort, EnrichPort } from '../../src/pipeline/ports.js';
import { SearchBuckets } from '../../src/pipeline/search-buckets.js';
import { makeRecord } from '../helpers/export-fixtures.js';
import { searchSummary } from '../helpers/search-summary.js';

const work = await mkdtemp(join(tmpdir(), 'export-follow-'));
after(() => rm(work, { recursive: true, force: true }));

const ocid = (n: number) => `ocid1.instance.oc1..${String(n).padStart(5, '0')}`;

test('the follower yields only what is below the frontier, then the rest once finished: the same sequence as the merge after the last spill, repeats to the earliest run', async () => {
  const store = new SpillStore(join(work, 'a', '.spill'));
  const follower = store.follow();
  const iterator = follower.records({ dedupe: true })[Symbol.asyncIterator]();
  // What the stream yields and what the test did, in the order they happened.
  const events: string[] = [];
  const pull = () =>
    iterator.next().then((r) => {
      events.push(r.done ? 'end' : `${r.value.record.ocid.slice(-2)} ${r.value.record.region}`);
      return r;
    });
  // Two regions' runs: odd and even numbers, and 40 in both (the same regional ocid twice).
  await store.add([10, 20, 30, 40, 50].map((n) => makeRecord({ ocid: ocid(n), region: 'r1' })));
  const waiting = pull();
  await store.add([5, 15, 25, 40, 45].map((n) => makeRecord({ ocid: ocid(n), region: 'r2' })));
  await new Promise((resolve) => setImmediate(resolve));
  events.push('advance 25');
  follower.advance(ocid(25));
  await waiting;
  for (let i = 0; i < 3; i++) await pull();
  const held = pull();
  // A lower frontier later is ignored; a batch spilled now holds nothing below the frontier it was counted in.
  follower.advance(ocid(1));
  await store.add([25, 40, 60].map((n) => makeRecord({ ocid: ocid(n), region: 'r3' })));
  await new Promise((resolve) => setImmediate(resolve));
  events.push('finish');
  follower.finish();
  let last = await held;
  while (!last.done) last = await pull();
  const expected: string[] = [];
  for await (const { record } of store.merged({ dedupe: true })) expected.push(`${record.ocid.slice(-2)} ${record.region}`);
  assert.deepEqual(events, ['advance 25', '05 r2', '10 r1', '15 r2', '20 r1', 'finish', ...expected.slice(4), 'end'], 'strictly below the frontier until finished');
  assert.deepEqual(
    events.filter((e) => !['advance 25', 'finish', 'end'].includes(e)),
    expected,
    'the same sequence as the merge after the last spill',
  );
  assert.ok(expected.includes('40 r1') && !expected.includes('40 r2'), 'a repeat goes to the earlier run file');
  assert.equal(follower.yielded, expected.length);
  await store.cleanup();
});

test('a run that fails while the exports follow it leaves no export under a final name', async () => {
  const dir = join(work, 'b');
  const store = new SpillStore(join(dir, '.spill'));
  const follower = store.follow();
  await store.add([1, 2, 3].map((n) => makeRecord({ ocid: ocid(n) })));
  let twoWritten!: () => void;
  const written = new Promise<void>((resolve) => {
    twoWritten = resolve;
  });
  let records = 0;
  const exporting = writeExportsFromStream(dir, follower.records({ dedupe: true }), [], {
    formats: ['jsonl', 'csv', 'parquet'],
    onRecord: () => {
      if (++records === 2) twoWritten();
    },
  });
  follower.advance(ocid(3));
  // The exports take what is below the frontier, then the run fails.
  await written;
  assert.equal(follower.yielded, 2);
  follower.fail(new Error('enrichment blew up'));
  await assert.rejects(exporting, /enrichment blew up/);
  await store.cleanup();
  assert.deepEqual(await readdir(dir), [], 'no export file and no temporary file left');
});

const summary = (id: string, type: string): SearchSummary => searchSummary(id, type);

test('the frontier collectRegions reports never passes a record not yet spilled, and comes while the last region enriches', async () => {
  const dir = join(work, 'c');
  // Two regions; the home region has four batches of one type each, interleaved in ocid order with the other's.
  const types = ['Alpha', 'Beta', 'Gamma', 'Delta'];
  const all: string[] = [];
  const byRegion = new Map<string, SearchSummary[]>();
  for (const region of ['home-1', 'other-1']) {
    const list: SearchSummary[] = [];
    for (const [t, type] of types.entries()) {
      for (let i = 0; i < 3; i++) {
        const id = `ocid1.x.oc1..${type.toLowerCase()}-${region}-${t}${i}`;
        list.push(summary(id, type));
        all.push(id);
      }
    }
    byRegion.set(region, list);
  }
  const discovery: DiscoveryPort = {
    identity: async () => ({ tenancyId: 't', tenancyName: 't', homeRegion: 'home-1', principal: 'u', authMethod: 'api_key' }),
    listRegions: async () => [],
    listCompartments: async () => [],
    search: async (region, _query, onPage) => {
      await onPage({ items: byRegion.get(region) ?? [] });
    },
    apiCalls: () => ({}),
    close() {},
  };
  let otherDone!: () => void;
  const otherEnriched = new Promise<void>((resolve) => {
    otherDone = resolve;
  });
  const enrich: EnrichPort = {
    supportedTypes: () => new Set(types),
    typeDependencies: () => new Map(),
    async enrichRegion(region, records) {
      // The home region waits until the other is done: it enriches alone after that.
      if (region === 'home-1') await otherEnriched;
      for (const r of records) r.enrichStatus = 'OK';
    },
  };
  const spilled = new Set<string>();
  const frontiers: Array<{ below: string; spilledBefore: number }> = [];
  let batches = 0;
  const result = await collectRegions({
    regions: ['home-1', 'other-1'],
    homeRegion: 'home-1',
    config: { ...DEFAULT_CONFIG, workersRegion: 2 },
    scope: undefined,
    collectedAt: '2026-11-30T00:00:00.000Z',
    discovery,
    enrich,
    buckets: new SearchBuckets(join(dir, 'search')),
    log: silentLogger,
    progress: new RunProgress(),
    warn: () => undefined,
    batchRecords: 3,
    onFrontier: (below) => {
      for (const id of all) if (id < below) assert.ok(spilled.has(id), `frontier ${below} passed ${id}, not yet spilled`);
      frontiers.push({ below, spilledBefore: batches });
    },
    done: async (records: InventoryRecord[]) => {
      await new Promise((resolve) => setImmediate(resolve));
      for (const r of records) spilled.add(r.ocid);
      batches++;
      if (records[0]?.region === 'other-1' && [...spilled].filter((id) => id.includes('other-1')).length === 12) otherDone();
    },
  });
  assert.equal(result.records, 24);
  assert.ok(frontiers.length > 0, 'a frontier was reported');
  assert.ok(
    frontiers.some((f) => f.spilledBefore < batches),
    'a frontier came before the last batch was spilled (the exports can start while the last region enriches)',
  );
  for (let i = 1; i < frontiers.length; i++) assert.ok((frontiers[i] as { below: string }).below >= (frontiers[i - 1] as { below: string }).below, 'never decreases');
  await rm(dir, { recursive: true, force: true });
});
