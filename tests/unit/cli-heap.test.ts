// The CLI sets V8's heap growth at start-up unless node was given its own (docs/benchmarks.md).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { limitHeapGrowth } from '../../src/cli/heap.js';

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
