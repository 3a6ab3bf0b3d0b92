// The rate sweep's split of wall time beyond the floor (bench/sweep-timeline.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sweepTimeline, type TimedRequest } from '../../bench/sweep-timeline.js';

test('slow start splits into the time before the first enrichment call and the ramp after it; the parts add up to wall − floor', () => {
  const rps = 10;
  const requests: TimedRequest[] = [];
  // Spawned at 0; discovery: 3 calls from 200 ms, 100 ms apart; enrichment from 1,000 ms at 5/s
  // for two seconds, then at the limit (10/s) for five seconds; exit at 8,500 ms.
  for (let i = 0; i < 3; i++) requests.push({ at: 200 + i * 100, throttled: false, discovery: true });
  for (let t = 1_000; t < 3_000; t += 200) requests.push({ at: t, throttled: false });
  requests.push({ at: 2_950, throttled: true });
  for (let t = 3_000; t < 8_000; t += 100) requests.push({ at: t, throttled: false });
  const spawnedAt = 0;
  const exitedAt = 8_500;
  const t = sweepTimeline(requests, rps, spawnedAt, exitedAt);
  const goodCalls = requests.filter((r) => !r.throttled).length;
  const floor = goodCalls / rps;
  const sum = t.startupSeconds + t.slowStartSeconds + t.steadySeconds + t.tailSeconds;
  assert.ok(Math.abs(floor + sum - (exitedAt - spawnedAt) / 1000) < 1e-9, `floor ${floor} + parts ${sum}`);
  assert.equal(t.startupSeconds, 0.2);
  // 800 ms to the first enrichment call, in which 3 good calls took 0.3 s at the limit.
  assert.ok(Math.abs(t.beforeEnrichSeconds - 0.5) < 1e-9, `before enrichment ${t.beforeEnrichSeconds}`);
  assert.ok(t.slowStartSeconds > t.beforeEnrichSeconds, 'the ramp at 5/s adds to it');
  assert.deepEqual(t.throttledPerSecond.slice(0, 3), [0, 0, 1]);
});

test('with no discovery call marked, nothing counts as before enrichment', () => {
  const requests: TimedRequest[] = [];
  for (let t = 0; t < 3_000; t += 100) requests.push({ at: t, throttled: false });
  const t = sweepTimeline(requests, 10, 0, 3_000);
  assert.equal(t.beforeEnrichSeconds, 0);
});
