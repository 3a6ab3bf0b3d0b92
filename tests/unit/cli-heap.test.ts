// The CLI sets V8's heap growth at start-up unless node was given its own (docs/benchmarks.md),
// and keeps it following the live heap: room above a small one, 1.25× of a big one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { HEAP_GROWING_PERCENT, HEAP_GROWING_PERCENT_MAX, HEAP_HEADROOM_BYTES, HeapGrowthPolicy, heapGrowingPercent, limitHeapGrowth } from '../../src/cli/heap.js';

const MB = 1 << 20;

test('the heap growth flag is set unless node was started with one', () => {
  assert.equal(limitHeapGrowth(['--heap-growing-percent=50']), false);
  assert.equal(limitHeapGrowth(['--heap_growing_percent=50']), false);
  assert.equal(limitHeapGrowth(['--enable-source-maps']), true);
});

test('V8 accepts the flag at run time (an unknown flag would print a warning on stderr)', () => {
  const url = new URL('../../src/cli/heap.js', import.meta.url).href;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', `const { limitHeapGrowth } = await import(${JSON.stringify(url)}); console.log(limitHeapGrowth([]));`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'true');
  assert.equal(r.stderr, '');
});

test('the growth leaves a small live heap 32 MB of room and a big one 25 %', () => {
  assert.equal(HEAP_HEADROOM_BYTES, 32 * MB);
  assert.equal(heapGrowingPercent(0), HEAP_GROWING_PERCENT_MAX);
  assert.equal(heapGrowingPercent(4 * MB), HEAP_GROWING_PERCENT_MAX);
  assert.equal(heapGrowingPercent(16 * MB), 200);
  assert.equal(heapGrowingPercent(57 * MB), 57);
  assert.equal(heapGrowingPercent(100 * MB), 32);
  assert.equal(heapGrowingPercent(128 * MB), HEAP_GROWING_PERCENT);
  assert.equal(heapGrowingPercent(310 * MB), HEAP_GROWING_PERCENT);
  for (let live = MB; live < 400 * MB; live += 7 * MB) {
    const room = (live * heapGrowingPercent(live)) / 100;
    assert.ok(room >= Math.min(HEAP_HEADROOM_BYTES, live * 3) - MB / 100 && room >= live / 4, `room ${room} at ${live}`);
    assert.ok(live < 128 * MB ? room <= HEAP_HEADROOM_BYTES + live / 100 + 1 : room === live / 4, `room ${room} at ${live}`);
  }
});

test('the policy sets the flag after a full collection only when the percent changes', () => {
  const flags: string[] = [];
  const policy = new HeapGrowthPolicy((f) => flags.push(f));
  policy.set(HEAP_GROWING_PERCENT_MAX);
  policy.afterMajorGc(57 * MB);
  policy.afterMajorGc(57 * MB);
  policy.afterMajorGc(300 * MB);
  assert.deepEqual(flags, ['--heap-growing-percent=300', '--heap-growing-percent=57', '--heap-growing-percent=25']);
  assert.equal(policy.percent, 25);
});

// A live set of ~70 MB with objects that live long enough to be promoted, then die: a flat
// 25 % collects in full every ~17 MB promoted, the policy every ~32 MB. Counts, not times.
const CHURN = `
const { PerformanceObserver, constants } = await import('node:perf_hooks');
if (process.argv[1] === 'policy') (await import(process.argv[2])).limitHeapGrowth([]);
else (await import('node:v8')).setFlagsFromString('--heap-growing-percent=25');
let majors = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors++; }).observe({ entryTypes: ['gc'] });
const keep = []; for (let i = 0; i < 200000; i++) keep.push({ i, s: 'x'.repeat(100) + i });
const ring = new Array(400000);
for (let i = 0; i < 3000000; i++) ring[i % ring.length] = { i, a: [i, i + 1], s: String(i) };
setTimeout(() => console.log(majors, keep.length, ring.length), 50);
`;

test('a small live heap gets fewer full collections than with a flat 25 %', () => {
  const url = new URL('../../src/cli/heap.js', import.meta.url).href;
  const majors = (mode: string) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHURN, mode, url], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout.trim().split(' ')[0]);
  };
  const flat = majors('flat');
  const policy = majors('policy');
  assert.ok(flat >= 4, `flat 25 %: ${flat} full collections`);
  assert.ok(policy * 2 <= flat, `policy ${policy} full collections, flat 25 % ${flat}`);
});
