// Property test (issue 9, item 1): resource types, regions, compartments and states are tenancy
// data, so a tally keyed by them must treat `constructor`, `__proto__`, `toString` or
// `hasOwnProperty` as plain keys. Generated inventories mixing those names with ordinary ones
// go through diff, run summary, report.md, the change report, the graph, merge and coverage;
// every count must equal a Map-based recount and every key must be an own key.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, test } from 'node:test';
import { enrichCoverageCommand } from '../../src/cli/commands/coverage.js';
import { diffInventories } from '../../src/core/diff.js';
import { renderChangeReport } from '../../src/core/markdown.js';
import type { InventoryRecord } from '../../src/core/record.js';
import { buildGraph } from '../../src/export/graph.js';
import { writeInventoryJsonl } from '../../src/export/jsonl.js';
import { DEFAULT_CONFIG } from '../../src/pipeline/config.js';
import { mergeRuns } from '../../src/pipeline/merge.js';
import type { CompartmentInfo } from '../../src/pipeline/ports.js';
import { renderRunReport } from '../../src/pipeline/report.js';
import { buildRunSummary, countBy } from '../../src/pipeline/summary.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const PROTO = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const work = await mkdtemp(join(tmpdir(), 'proto-keys-'));
after(() => rm(work, { recursive: true, force: true }));

/** mulberry32: a small seeded generator, so a failure names a reproducible seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number, size: number): InventoryRecord[] {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const names = [...PROTO, 'Instance', 'Vcn', 'us-ashburn-1'];
  const records: InventoryRecord[] = [];
  for (let i = 0; i < size; i++) {
    records.push(
      makeRecord({
        ocid: `ocid1.thing.oc1..${seed}x${i.toString(36).padStart(4, '0')}`,
        resourceType: pick(names),
        region: pick(names),
        compartmentId: pick(names),
        lifecycleState: pick(names),
        displayName: pick(names),
        freeformTags: rand() < 0.3 ? { [pick(names)]: pick(names) } : {},
      }),
    );
  }
  return records;
}

function recount(records: readonly InventoryRecord[], key: (r: InventoryRecord) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
  return counts;
}

function assertSameCounts(actual: Record<string, number>, expected: Map<string, number>, what: string): void {
  assert.equal(Object.keys(actual).length, expected.size, `${what}: key count`);
  for (const [key, n] of expected) {
    assert.ok(Object.hasOwn(actual, key), `${what}: ${key} is an own key`);
    assert.equal(actual[key], n, `${what}: ${key}`);
  }
}

const compartments: CompartmentInfo[] = [{ ocid: 'ocid1.tenancy.oc1..t', name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' }];

for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
  test(`seed ${seed}: prototype-named keys are data in diff, summary, reports, graph, merge and coverage`, async () => {
    const dir = join(work, `seed-${seed}`);
    await mkdir(dir, { recursive: true });
    const prev = generate(seed, 60);
    // The current side: some removed, some added, some changed, the rest unchanged.
    const rand = prng(seed + 1000);
    const curr = prev.filter(() => rand() > 0.2).map((r) => (rand() < 0.3 ? { ...r, displayName: `${r.displayName}-renamed` } : r));
    curr.push(...generate(seed + 500, 15));
    await writeInventoryJsonl(join(dir, 'prev.jsonl'), prev);
    await writeInventoryJsonl(join(dir, 'curr.jsonl'), curr);

    const diff = await diffInventories(join(dir, 'prev.jsonl'), join(dir, 'curr.jsonl'), { outdir: dir });
    const prevOcids = new Set(prev.map((r) => r.ocid));
    const currOcids = new Set(curr.map((r) => r.ocid));
    const removed = recount(prev.filter((r) => !currOcids.has(r.ocid)), (r) => r.resourceType);
    const added = recount(curr.filter((r) => !prevOcids.has(r.ocid)), (r) => r.resourceType);
    for (const [type, n] of removed) assert.equal(Object.hasOwn(diff.countsByType, type) ? diff.countsByType[type]?.removed : -1, n, `removed ${type}`);
    for (const [type, n] of added) assert.equal(Object.hasOwn(diff.countsByType, type) ? diff.countsByType[type]?.added : -1, n, `added ${type}`);
    const onDisk = JSON.parse(await readFile(join(dir, 'diff_summary.json'), 'utf8')) as { counts_by_type: Record<string, unknown> };
    assert.deepEqual(Object.keys(onDisk.counts_by_type).sort(), Object.keys(diff.countsByType).sort(), 'diff_summary.json keeps every type as a key');

    for (const key of ['resourceType', 'region', 'compartmentId', 'lifecycleState'] as const) {
      assertSameCounts(countBy(curr, (r) => String(r[key])), recount(curr, (r) => String(r[key])), `countBy ${key}`);
    }
    const summary = buildRunSummary({
      records: curr,
      regions: [],
      status: 'SUCCESS',
      config: DEFAULT_CONFIG,
      identity: { tenancyId: 'ocid1.tenancy.oc1..t', tenancyName: 't', homeRegion: 'us-ashburn-1', principal: 'p', authMethod: 'api_key' },
      startedAt: new Date(0),
      finishedAt: new Date(1000),
      timings: {},
      apiCalls: {},
      toolVersion: '0.0.0',
      outputs: [],
      diff: undefined,
      warnings: [],
      dropped: { terminated: 0, outOfScope: 0 },
    });
    assertSameCounts(summary.counts_by_resource_type, recount(curr, (r) => r.resourceType), 'counts_by_resource_type');
    const reparsed = JSON.parse(JSON.stringify(summary)) as typeof summary;
    assertSameCounts(reparsed.counts_by_resource_type, recount(curr, (r) => r.resourceType), 'counts_by_resource_type through JSON');

    const report = await renderRunReport(summary, curr, compartments, undefined);
    for (const [type, n] of recount(curr, (r) => r.resourceType)) {
      assert.ok(report.includes(`| ${n} |`), `report.md has a row for ${type}`);
    }
    const changes = renderChangeReport(diff, { limit: 65_536 });
    assert.ok(Buffer.byteLength(changes, 'utf8') <= 65_536);
    assert.match(changes, /Removed|Added|Changed/);

    const graph = buildGraph(curr, compartments);
    assert.equal(graph.nodes.length, curr.length + compartments.length);
    const inCompartment = recount(curr, (r) => String(r.compartmentId));
    for (const [target, n] of inCompartment) {
      assert.equal(graph.edges.filter((e) => e.relation_type === 'IN_COMPARTMENT' && e.target_ocid === target).length, n, `edges into ${target}`);
    }

    // Merge: two shards whose regions and types are prototype names.
    const shards: string[] = [];
    for (const [i, part] of [curr.slice(0, 30), curr.slice(30)].entries()) {
      const shard = join(dir, `shard-${i}`);
      await mkdir(shard, { recursive: true });
      await writeInventoryJsonl(join(shard, 'inventory.jsonl'), part);
      const region = PROTO[i] ?? 'x';
      await writeFile(
        join(shard, 'run_summary.json'),
        JSON.stringify({
          ...summary,
          home_region: 'constructor',
          scope: { ...summary.scope, regions: [region] },
          regions: [{ region, status: 'OK', count: part.length, error: null, duration_ms: 1 }],
          timings_ms: { toString: 5, valueOf: 7 },
          api_calls: { toString: { hasOwnProperty: { calls: 1, retries: 0, throttled: 0, errors: 0 } } },
          outputs: ['inventory.jsonl'],
        }),
      );
      shards.push(shard);
    }
    const merged = await mergeRuns(shards, { outdir: join(dir, 'merged'), toolVersion: '0.0.0' });
    assertSameCounts(merged.summary.counts_by_resource_type, recount(curr, (r) => r.resourceType), 'merged counts_by_resource_type');
    assert.equal(merged.summary.api_calls_total, 2);

    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    assert.equal(await enrichCoverageCommand({ inventory: join(dir, 'curr.jsonl'), json: true }, out), 0);
    const coverage = JSON.parse(text) as { total: number; types: Array<{ type: string; count: number }> };
    assert.equal(coverage.total, curr.length);
    for (const [type, n] of recount(curr, (r) => r.resourceType)) assert.equal(coverage.types.find((t) => t.type === type)?.count, n, `coverage ${type}`);
  });
}
