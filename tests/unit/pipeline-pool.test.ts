import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPool } from '../../src/pipeline/discover.js';

test('runPool: after a failure no new item starts, and it rejects only once the items under way have ended', async () => {
  const started: number[] = [];
  const ended: number[] = [];
  let releaseSlow!: () => void;
  const slow = new Promise<void>((resolve) => {
    releaseSlow = resolve;
  });
  const stop = { failed: false };
  const pool = runPool([1, 2, 3, 4, 5], 2, async (item) => {
    started.push(item);
    if (item === 1) {
      await slow;
      ended.push(item);
      return;
    }
    if (item === 2) throw new Error('disk full');
    ended.push(item);
  }, stop);
  let settled = false;
  void pool.catch(() => undefined).finally(() => {
    settled = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(stop.failed, true, 'the shared flag tells the items under way');
  assert.equal(settled, false, 'item 1 is still under way');
  releaseSlow();
  await assert.rejects(pool, /disk full/);
  assert.deepEqual(started, [1, 2], 'nothing started after the failure');
  assert.deepEqual(ended, [1]);
});

test('runPool: every item runs when none fails', async () => {
  const seen: number[] = [];
  await runPool([1, 2, 3, 4], 3, async (item) => {
    await new Promise((resolve) => setImmediate(resolve));
    seen.push(item);
  });
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4]);
});
