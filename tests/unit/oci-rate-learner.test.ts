import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ApiCallRecorder, OciHttpClient } from '../../src/oci/http.js';
import { DEFAULT_RATE_LEARNING, FamilyLimiter, familyRateLearning, RateLearner, type RetryPolicy, TenancyPace } from '../../src/oci/throttle.js';

function fakeClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('RateLearner', () => {
  test('a 429 after a second of answers sets the rate just under the success rate measured', () => {
    const clock = fakeClock();
    const learner = new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 200, now: clock.now });
    // 30 successes a second for two seconds: the service's limit is 30/s.
    for (let i = 0; i < 60; i++) {
      learner.onSuccess();
      clock.advance(1000 / 30);
    }
    learner.onThrottle(1000);
    assert.ok(learner.rate > 26 && learner.rate < 30, `rate ${learner.rate}`);
    assert.ok(learner.hasLearned);
  });

  test('a burst of 429s from requests already in flight is one decrease, not one per 429', () => {
    const clock = fakeClock();
    const learner = new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 100, now: clock.now });
    for (let i = 0; i < 100; i++) {
      learner.onSuccess();
      clock.advance(20);
    }
    learner.onThrottle(undefined);
    const once = learner.rate;
    for (let i = 0; i < 20; i++) learner.onThrottle(undefined);
    assert.equal(learner.rate, once);
    clock.advance(1001);
    learner.onThrottle(undefined);
    assert.ok(learner.rate < once);
  });

  test('with nothing measured yet (a 429 first), the rate halves at most', () => {
    const clock = fakeClock();
    const learner = new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 40, now: clock.now });
    learner.onThrottle(1000);
    assert.equal(learner.rate, 20);
  });

  test('a learner unpaced so far is slowed from the pace its calls had, not from its own ceiling', () => {
    const clock = fakeClock();
    const family = new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now: clock.now }));
    assert.equal(family.rate, DEFAULT_RATE_LEARNING.maxRate);
    family.onSuccess();
    clock.advance(300);
    // Held to 40 req/s by the tenancy's pace; half a second of answers is no measurement.
    family.onThrottle(1000, 40);
    assert.ok(family.rate <= 40, `rate ${family.rate}`);
  });

  test('leaving slow start on a guess, a 429 for a call sent after the decrease counts at once', async () => {
    const clock = fakeClock();
    const learner = new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 64, now: clock.now });
    // Four calls in flight (each admitted at once: a token is there), the first 429 after
    // 200 ms of answers: a halving, no more.
    const admit = async () => {
      clock.advance(20);
      await learner.take();
    };
    for (let i = 0; i < 4; i++) await admit();
    learner.onSuccess();
    clock.advance(120);
    learner.onThrottle(1000);
    const first = learner.rate;
    assert.equal(first, 32);
    // The two other calls in flight at the decrease come back 429: the same signal.
    learner.onThrottle(1000);
    learner.onThrottle(1000);
    assert.equal(learner.rate, first);
    // A call sent after the decrease is refused too: the guess was high; down again now.
    await admit();
    clock.advance(50);
    learner.onThrottle(1000);
    assert.ok(learner.rate < first, `rate ${learner.rate}`);
  });

  test('an abort while waiting for a token rejects and leaves the queue', async () => {
    const learner = new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 0.5, minRate: 0.1 });
    await learner.take(); // the one token of the bucket
    const abort = new AbortController();
    const waiting = learner.take(abort.signal);
    abort.abort(new Error('stop'));
    await assert.rejects(waiting, /stop/);
  });
});

describe('TenancyPace: whose 429 is it', () => {
  const setup = () => {
    const clock = fakeClock();
    const options = { ...DEFAULT_RATE_LEARNING, now: clock.now };
    const pace = new TenancyPace(options);
    const big = new RateLearner(familyRateLearning(options));
    const small = new RateLearner(familyRateLearning(options));
    // Two seconds of answers: `big` 180/s, `small` 20/s.
    for (let i = 0; i < 400; i++) {
      const family = i % 10 === 0 ? small : big;
      family.onSuccess();
      pace.successFrom(family);
      clock.advance(5);
    }
    return { clock, pace, big, small };
  };
  const answer = (ctx: ReturnType<typeof setup>, ms: number) => {
    for (let t = 0; t < ms; t += 5) {
      ctx.big.onSuccess();
      ctx.pace.successFrom(ctx.big);
      ctx.clock.advance(5);
    }
  };

  test('one 429 for a small family while another is answered slows that family, and only for a while unless confirmed', () => {
    const ctx = setup();
    const tenancyRate = ctx.pace.rate;
    ctx.pace.throttleFrom(ctx.small, 1000);
    assert.ok(ctx.small.rate < 30, `small slowed to ${ctx.small.rate}`);
    assert.equal(ctx.pace.rate, tenancyRate);
    // No second 429 of its own: a light tenancy-wide overshoot that happened to hit it. Its rate comes back.
    answer(ctx, 3_100);
    assert.equal(ctx.small.rate, DEFAULT_RATE_LEARNING.maxRate);
  });

  test('a second 429 of its own 1-3 s later confirms a family limit: the family stays slowed', () => {
    const ctx = setup();
    ctx.pace.throttleFrom(ctx.small, 1000);
    answer(ctx, 1_500);
    ctx.pace.throttleFrom(ctx.small, 1000);
    answer(ctx, 4_000);
    assert.ok(ctx.small.rate < 30, `small at ${ctx.small.rate}`);
  });

  test('429s from two families within 2 s are the tenancy: it slows, and the family slowed first gets its rate back', () => {
    const ctx = setup();
    const tenancyRate = ctx.pace.rate;
    ctx.pace.throttleFrom(ctx.small, 1000);
    answer(ctx, 200);
    ctx.pace.throttleFrom(ctx.big, 1000);
    assert.ok(ctx.pace.rate < tenancyRate, `tenancy ${ctx.pace.rate}`);
    assert.equal(ctx.small.rate, DEFAULT_RATE_LEARNING.maxRate);
    assert.equal(ctx.big.rate, DEFAULT_RATE_LEARNING.maxRate);
  });
});

describe('FamilyLimiter against a tenancy-wide limit', () => {
  const RPS = 40;
  let server: Server;
  let base = '';
  let granted = 0;
  let throttled = 0;

  before(async () => {
    // The emulator's model: one token bucket for the tenancy, whatever the region in the path.
    let tokens = RPS;
    let last = performance.now();
    server = createServer((req, res) => {
      const now = performance.now();
      tokens = Math.min(RPS, tokens + ((now - last) / 1000) * RPS);
      last = now;
      req.resume();
      if (tokens < 1) {
        throttled++;
        res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"code":"TooManyRequests"}');
        return;
      }
      tokens -= 1;
      granted++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('three regions of one service share what they learn: few 429s per successful call', { timeout: 120_000 }, async () => {
    const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 500, maxRetryAfterMs: 2000, requestTimeoutMs: 10_000, deadlineMs: 60_000 };
    const family = new RateLearner();
    const tenancy = new TenancyPace();
    const recorder = new ApiCallRecorder();
    const clients = ['r1', 'r2', 'r3'].map(
      (region) =>
        new OciHttpClient({
          service: 'iaas',
          region,
          signer: { signHttpRequest: async () => {} },
          policy,
          limiter: new FamilyLimiter(family, 16, tenancy),
          recorder,
          log: { debug() {} },
        }),
    );
    const total = 360;
    let next = 0;
    const worker = async (client: OciHttpClient) => {
      while (next < total) {
        next++;
        const res = await client.send({ method: 'GET', uri: `${base}/x`, headers: new Headers() }, false, 'iaas', 'getThing');
        assert.equal(res.status, 200);
      }
    };
    await Promise.all(clients.flatMap((c) => Array.from({ length: 8 }, () => worker(c))));
    assert.equal(granted, total);
    // Per-region AIMD answered most calls with a 429 first at this limit; a learned tenancy-wide
    // pace sends a few in slow start and then stays under the limit.
    assert.ok(throttled / granted < 0.2, `${throttled} 429s for ${granted} successes`);
    assert.ok(family.hasLearned);
  });
});

describe('TenancyPace: a family that has just taken over the work', () => {
  test('a first 429 judged its own halves it at most, although its answers over two seconds are few', () => {
    const clock = fakeClock();
    const pace = new TenancyPace({ ...DEFAULT_RATE_LEARNING, initialRate: 200, now: clock.now });
    const functions = new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now: clock.now }));
    const iaas = new RateLearner(familyRateLearning({ ...DEFAULT_RATE_LEARNING, now: clock.now }));
    // A few functions calls long ago (another region), then iaas has the tenancy's pace.
    for (let i = 0; i < 5; i++) {
      functions.onSuccess();
      pace.successFrom(functions);
      clock.advance(100);
    }
    for (let i = 0; i < 600; i++) {
      iaas.onSuccess();
      pace.successFrom(iaas);
      clock.advance(5);
    }
    // functions takes over: 30 answers in 150 ms, then one refused while iaas still answers.
    for (let i = 0; i < 30; i++) {
      functions.onSuccess();
      pace.successFrom(functions);
      clock.advance(5);
    }
    iaas.onSuccess();
    pace.successFrom(iaas);
    pace.throttleFrom(functions, 1000);
    assert.ok(functions.rate >= pace.rate / 2, `functions held to ${functions.rate.toFixed(1)} req/s with the tenancy at ${pace.rate.toFixed(1)}`);
  });
});
