// The diff engine against inventories with known drift: exact counts, exact changed paths,
// ignored-only changes counted unchanged, unsorted inputs, duplicates, and diff.json on disk.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compareRecordVersions, diffInventories, failOnTriggered, recordHash } from '../../src/core/diff.js';
import { ignoreRulesFrom } from '../../src/core/ignore.js';
import { InventoryInputError } from '../../src/core/inventory-reader.js';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-diff-engine-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCounter = 0;
async function writeJsonl(records: InventoryRecord[], sort = true): Promise<string> {
  const path = join(dir, `inv-${fileCounter++}.jsonl`);
  const ordered = sort ? [...records].sort(compareRecords) : records;
  await writeFile(path, ordered.map((r) => `${canonicalJson(r)}\n`).join(''));
  return path;
}

const id = (n: number) => `ocid1.instance.oc1..${String(n).padStart(4, '0')}`;

/** A baseline of six resources and a current inventory with one drift of each kind. */
function driftFixture(): { prev: InventoryRecord[]; curr: InventoryRecord[] } {
  const prev = [
    makeRecord({ ocid: id(1), displayName: 'tagged', freeformTags: { env: 'dev' }, definedTags: { Ops: { CostCenter: '42' } } }),
    makeRecord({ ocid: id(2), displayName: 'nested', details: { metadata: { shapeConfig: { ocpus: 2, memoryInGBs: 16 }, nsgIds: ['a', 'b'] } } }),
    makeRecord({ ocid: id(3), displayName: 'old-name' }),
    makeRecord({ ocid: id(4), displayName: 'stateful', lifecycleState: 'RUNNING' }),
    makeRecord({ ocid: id(5), displayName: 'volatile', details: { metadata: { timeUpdated: '2025-01-01T00:00:00Z', shape: 'E4' } } }),
    makeRecord({ ocid: id(6), displayName: 'doomed', resourceType: 'Volume' }),
  ];
  const curr = [
    makeRecord({ ocid: id(1), displayName: 'tagged', freeformTags: { env: 'prod' }, definedTags: { Ops: { CostCenter: '42', Owner: 'ann' } }, collectedAt: 'later' }),
    makeRecord({ ocid: id(2), displayName: 'nested', details: { metadata: { shapeConfig: { ocpus: 4, memoryInGBs: 16 }, nsgIds: ['a', 'c'] } } }),
    makeRecord({ ocid: id(3), displayName: 'new-name' }),
    makeRecord({ ocid: id(4), displayName: 'stateful', lifecycleState: 'STOPPED' }),
    makeRecord({ ocid: id(5), displayName: 'volatile', details: { metadata: { timeUpdated: '2025-02-02T00:00:00Z', shape: 'E4' } }, collectedAt: 'x' }),
    makeRecord({ ocid: id(7), displayName: 'newcomer', resourceType: 'Bucket' }),
  ];
  return { prev, curr };
}

describe('diffInventories', () => {
  test('reports each kind of drift with exact counts and paths', async () => {
    const { prev, curr } = driftFixture();
    const ignore = ignoreRulesFrom(['details.metadata.timeUpdated']);
    const result = await diffInventories(await writeJsonl(prev), await writeJsonl(curr), { ignore });
    assert.deepEqual(result.counts, { added: 1, removed: 1, changed: 4, unverified: 0, unchanged: 1, total_prev: 6, total_curr: 6 });
    assert.deepEqual(result.added.map((r) => r.ocid), [id(7)]);
    assert.deepEqual(result.removed.map((r) => r.ocid), [id(6)]);
    const paths = Object.fromEntries(result.changed.map((c) => [c.ocid, c.changes]));
    assert.deepEqual(paths[id(1)], [
      { path: 'definedTags.Ops.Owner', after: 'ann' },
      { path: 'freeformTags.env', before: 'dev', after: 'prod' },
    ]);
    assert.deepEqual(paths[id(2)], [
      { path: 'details.metadata.nsgIds', before: ['a', 'b'], after: ['a', 'c'] },
      { path: 'details.metadata.shapeConfig.ocpus', before: 2, after: 4 },
    ]);
    assert.deepEqual(paths[id(3)], [{ path: 'displayName', before: 'old-name', after: 'new-name' }]);
    assert.deepEqual(paths[id(4)], [{ path: 'lifecycleState', before: 'RUNNING', after: 'STOPPED' }]);
    assert.equal(paths[id(5)], undefined, 'a change only in an ignored field counts as unchanged');
    assert.deepEqual(result.countsByType.Instance, { added: 0, removed: 0, changed: 4, unverified: 0, unchanged: 1 });
    assert.deepEqual(result.countsByType.Volume, { added: 0, removed: 1, changed: 0, unverified: 0, unchanged: 0 });
    assert.deepEqual(result.countsByType.Bucket, { added: 1, removed: 0, changed: 0, unverified: 0, unchanged: 0 });
  });

  test('without the ignore rule the volatile field is a change', async () => {
    const { prev, curr } = driftFixture();
    const result = await diffInventories(await writeJsonl(prev), await writeJsonl(curr));
    assert.equal(result.counts.changed, 5);
    const volatile = result.changed.find((c) => c.ocid === id(5));
    assert.deepEqual(volatile?.changes.map((c) => c.path), ['details.metadata.timeUpdated']);
  });

  test('writes diff.json and diff_summary.json that hold every item and no temp files', async () => {
    const { prev, curr } = driftFixture();
    const outdir = join(dir, 'out-full');
    await mkdir(outdir);
    const result = await diffInventories(await writeJsonl(prev), await writeJsonl(curr), { outdir, ignore: ignoreRulesFrom([], true) });
    const diff = JSON.parse(await readFile(join(outdir, 'diff.json'), 'utf8'));
    assert.deepEqual(diff.counts, result.counts);
    assert.equal(diff.added.length, 1);
    assert.equal(diff.added[0].displayName, 'newcomer');
    assert.equal(diff.removed[0].ocid, id(6));
    assert.deepEqual(diff.changed.map((c: { ocid: string }) => c.ocid), [id(1), id(2), id(3), id(4)]);
    assert.match(diff.changed[0].hashBefore, /^[0-9a-f]{64}$/);
    assert.notEqual(diff.changed[0].hashBefore, diff.changed[0].hashAfter);
    const summary = JSON.parse(await readFile(join(outdir, 'diff_summary.json'), 'utf8'));
    assert.deepEqual(summary.counts, result.counts);
    assert.equal(summary.counts_by_type.Volume.removed, 1);
    assert.deepEqual((await readdir(outdir)).sort(), ['diff.json', 'diff_summary.json']);
  });

  test('an empty section is still valid JSON', async () => {
    const records = [makeRecord({ ocid: id(1) })];
    const outdir = join(dir, 'out-empty');
    await mkdir(outdir);
    await diffInventories(await writeJsonl(records), await writeJsonl(records), { outdir });
    const diff = JSON.parse(await readFile(join(outdir, 'diff.json'), 'utf8'));
    assert.deepEqual([diff.added, diff.removed, diff.changed], [[], [], []]);
    assert.equal(diff.counts.unchanged, 1);
  });

  test('unsorted inputs give the same result as sorted ones', async () => {
    const { prev, curr } = driftFixture();
    const sorted = await diffInventories(await writeJsonl(prev), await writeJsonl(curr));
    const unsorted = await diffInventories(await writeJsonl([...prev].reverse(), false), await writeJsonl([...curr].reverse(), false));
    assert.deepEqual(unsorted.counts, sorted.counts);
    assert.deepEqual(unsorted.changed, sorted.changed);
    assert.deepEqual(unsorted.added, sorted.added);
    assert.deepEqual(unsorted.sortedInMemory, { prev: true, curr: true });
    assert.deepEqual(sorted.sortedInMemory, { prev: false, curr: false });
  });

  test('a duplicate ocid is an input error naming file and line, sorted or not', async () => {
    const a = makeRecord({ ocid: id(1) });
    const b = makeRecord({ ocid: id(2) });
    const sortedDup = await writeJsonl([a, b, { ...b, displayName: 'again' }], false);
    await assert.rejects(diffInventories(sortedDup, await writeJsonl([a])), (error: unknown) => {
      assert.ok(error instanceof InventoryInputError);
      assert.equal(error.file, sortedDup);
      assert.equal(error.line, 3);
      assert.equal(error.field, 'ocid');
      assert.match(error.message, /duplicate ocid .*0002/);
      return true;
    });
    const unsortedDup = await writeJsonl([b, a, { ...b, resourceType: 'Volume' }], false);
    await assert.rejects(diffInventories(await writeJsonl([a]), unsortedDup), (error: unknown) => {
      assert.ok(error instanceof InventoryInputError);
      assert.equal(error.file, unsortedDup);
      assert.equal(error.line, 3);
      return true;
    });
  });

  test('a run directory stands for its inventory.jsonl', async () => {
    const runDir = join(dir, 'run-dir');
    await mkdir(runDir);
    await writeFile(join(runDir, 'inventory.jsonl'), `${canonicalJson(makeRecord({ ocid: id(9) }))}\n`);
    const result = await diffInventories(runDir, await writeJsonl([]));
    assert.deepEqual(result.counts, { added: 0, removed: 1, changed: 0, unverified: 0, unchanged: 0, total_prev: 1, total_curr: 0 });
    assert.equal(result.prev, join(runDir, 'inventory.jsonl'));
  });

  test('a filter scopes both sides and the totals', async () => {
    const { prev, curr } = driftFixture();
    const result = await diffInventories(await writeJsonl(prev), await writeJsonl(curr), { filter: (r) => r.resourceType !== 'Instance' });
    assert.deepEqual(result.counts, { added: 1, removed: 1, changed: 0, unverified: 0, unchanged: 0, total_prev: 1, total_curr: 1 });
  });

  test('samples are bounded per type while counts stay complete', async () => {
    const prev = Array.from({ length: 30 }, (_, i) => makeRecord({ ocid: id(i) }));
    const result = await diffInventories(await writeJsonl(prev), await writeJsonl([]), { samplePerType: 5 });
    assert.equal(result.counts.removed, 30);
    assert.equal(result.removed.length, 5);
  });
});

describe('record comparison and hash agree', () => {
  const base = makeRecord({ ocid: id(1), freeformTags: {}, details: { metadata: { a: 1 } } });
  const cases: Array<[string, InventoryRecord]> = [
    ['collectedAt only', { ...base, collectedAt: 'other' }],
    ['empty object vs missing key', { ...base, details: { metadata: { a: 1 }, extra: {} } }],
    ['ignored field added', { ...base, details: { metadata: { a: 1, timeUpdated: 'now' } } }],
    ['object key order', { ...base, details: { metadata: { a: 1 } }, freeformTags: {} }],
    ['null vs empty object', { ...base, details: { metadata: { a: 1 }, extra: null } }],
    ['array order', { ...base, relationships: [{ relation_type: 'B', target_ocid: 'y' }, { relation_type: 'A', target_ocid: 'x' }] }],
    ['number change', { ...base, details: { metadata: { a: 2 } } }],
  ];
  const withArrays = { ...base, relationships: [{ relation_type: 'A', target_ocid: 'x' }, { relation_type: 'B', target_ocid: 'y' }] };
  const ignore = ignoreRulesFrom(['details.metadata.timeUpdated']);
  for (const [name, other] of cases) {
    test(name, () => {
      const left = name === 'array order' ? withArrays : base;
      const equalByWalk = compareRecordVersions(left, other, ignore).length === 0;
      const equalByHash = recordHash(left, ignore) === recordHash(other, ignore);
      assert.equal(equalByWalk, equalByHash);
    });
  }
  test('the expected outcomes', () => {
    const unchanged = (r: InventoryRecord) => compareRecordVersions(base, r, ignore).length === 0;
    assert.deepEqual(
      cases.filter(([n]) => n !== 'array order').map(([n, r]) => [n, unchanged(r)]),
      [
        ['collectedAt only', true],
        ['empty object vs missing key', true],
        ['ignored field added', true],
        ['object key order', true],
        ['null vs empty object', false],
        ['number change', false],
      ],
    );
    assert.equal(compareRecordVersions(withArrays, cases[5]?.[1] ?? base).length, 1, 'arrays compare in order');
  });
  test('a key named __proto__ is compared as data', () => {
    const a = JSON.parse(`{"ocid":"x","resourceType":"T","details":{"__proto__":{"a":1}}}`) as InventoryRecord;
    const b = JSON.parse(`{"ocid":"x","resourceType":"T","details":{"__proto__":{"a":2}}}`) as InventoryRecord;
    assert.deepEqual(compareRecordVersions(a, b), [{ path: 'details.__proto__.a', before: 1, after: 2 }]);
    assert.notEqual(recordHash(a), recordHash(b));
  });
});

describe('failOnTriggered', () => {
  const counts = (added: number, removed: number, changed: number) => ({ added, removed, changed });
  test('each mode looks at its own kind of change', () => {
    assert.equal(failOnTriggered(counts(1, 1, 1), 'none'), false);
    assert.equal(failOnTriggered(counts(0, 0, 0), 'drift'), false);
    assert.equal(failOnTriggered(counts(0, 0, 1), 'drift'), true);
    assert.equal(failOnTriggered(counts(0, 1, 0), 'added'), false);
    assert.equal(failOnTriggered(counts(1, 0, 0), 'added'), true);
    assert.equal(failOnTriggered(counts(1, 0, 1), 'removed'), false);
    assert.equal(failOnTriggered(counts(0, 1, 0), 'removed'), true);
    assert.equal(failOnTriggered(counts(1, 1, 0), 'changed'), false);
    assert.equal(failOnTriggered(counts(0, 0, 2), 'changed'), true);
  });
});

describe('canonicalText', () => {
  test('matches canonicalJson on ordinary values', async () => {
    const { canonicalText } = await import('../../src/core/diff/compare.js');
    for (const value of [driftFixture().prev, { b: [1, { d: null, c: 'x' }], a: true, u: undefined }, 'é"\n', 3.5, null]) {
      assert.equal(canonicalText(value), canonicalJson(value));
    }
  });
});
