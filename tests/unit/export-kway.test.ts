// The one k-way merge behind the run's spill merge and `merge`'s shard merge
// (src/export/kway.ts): order, ties, sources of every length, and early ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { kWayMerge } from '../../src/export/kway.js';

async function* from<T>(items: readonly T[], log?: string[], name?: string): AsyncGenerator<T> {
  try {
    for (const item of items) yield item;
  } finally {
    log?.push(`closed ${name}`);
  }
}

const byKey = (a: [string, string], b: [string, string]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

test('kWayMerge yields every item in order; equal items come from the lower source first', async () => {
  const sources: Array<Array<[string, string]>> = [
    [['b', 's0'], ['d', 's0'], ['d', 's0#2']],
    [],
    [['a', 's2'], ['b', 's2'], ['d', 's2'], ['z', 's2']],
    [['b', 's3'], ['c', 's3']],
  ];
  const out: string[] = [];
  for await (const { value, source } of kWayMerge(sources.map((s) => from(s)), byKey)) out.push(`${value[0]}:${value[1]}:${source}`);
  assert.deepEqual(out, ['a:s2:2', 'b:s0:0', 'b:s2:2', 'b:s3:3', 'c:s3:3', 'd:s0:0', 'd:s0#2:0', 'd:s2:2', 'z:s2:2']);
});

test('kWayMerge over many sources matches a stable sort of their concatenation', async () => {
  const sources: number[][] = [];
  for (let s = 0; s < 300; s++) {
    const list: number[] = [];
    for (let i = 0; i < (s * 7) % 23; i++) list.push((s * 31 + i * 17) % 97);
    sources.push(list.sort((a, b) => a - b));
  }
  const out: Array<[number, number]> = [];
  for await (const { value, source } of kWayMerge(sources.map((s) => from(s)), (a, b) => a - b)) out.push([value, source]);
  const expected = sources.flatMap((list, source) => list.map((value) => [value, source] as [number, number])).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  assert.deepEqual(out, expected);
});

test('kWayMerge closes every source when the consumer stops early or a source throws', async () => {
  const log: string[] = [];
  for await (const { value } of kWayMerge([from([1, 3], log, 'a'), from([2, 4], log, 'b')], (a, b) => a - b)) if (value === 2) break;
  assert.deepEqual(log.sort(), ['closed a', 'closed b']);

  const closed: string[] = [];
  async function* bad(): AsyncGenerator<number> {
    yield 5;
    throw new Error('line 2: bad');
  }
  await assert.rejects(
    (async () => {
      for await (const _ of kWayMerge([from([1, 9], closed, 'good'), bad()], (a, b) => a - b)) void _;
    })(),
    /line 2: bad/,
  );
  assert.deepEqual(closed, ['closed good']);
});
