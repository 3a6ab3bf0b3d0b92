// Throttling never becomes a record failure while the region's retry budget lasts: 429 (and
// 503 with Retry-After) are retried past maxAttempts and the deadline; once the budget is
// spent, throttling counts as an ordinary attempt again.
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { ApiCallRecorder, OciHttpClient } from '../../src/oci/http.js';
import { DEFAULT_RATE_LEARNING, FamilyLimiter, RateLearner, RetryBudget, type RetryPolicy } from '../../src/oci/throttle.js';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 50, requestTimeoutMs: 2000, deadlineMs: 10_000 };

function client(budget: RetryBudget | undefined, recorder = new ApiCallRecorder()) {
  return new OciHttpClient({
    service: 'logging',
    signer: { async signHttpRequest() {} },
    policy,
    // The product's limiter, paced fast enough that the test never waits on it.
    limiter: new FamilyLimiter(new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 1000, minRate: 500 }), 8),
    ...(budget ? { budget } : {}),
    recorder,
    log: { debug() {} },
  });
}

const req = (uri: string) => ({ method: 'GET' as const, uri, headers: new Headers(), body: undefined });

describe('retry budget', () => {
  let base: string;
  let script: Array<(res: ServerResponse) => void> = [];
  let seen = 0;
  const server = createServer((_req, res) => {
    seen++;
    const step = script.shift();
    if (step) step(res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const throttle429 = (res: ServerResponse) => res.writeHead(429, { 'retry-after': '0' }).end('{"code":"TooManyRequests"}');
  const busy503 = (res: ServerResponse) => res.writeHead(503, { 'retry-after': '0' }).end('{"code":"ServiceUnavailable"}');

  test('ten throttled answers in a row, more than maxAttempts, still end in success', async () => {
    seen = 0;
    script = [...Array.from({ length: 7 }, () => throttle429), ...Array.from({ length: 3 }, () => busy503)];
    const budget = new RetryBudget(100);
    const recorder = new ApiCallRecorder();
    const response = await client(budget, recorder).send(req(`${base}/logs/1`), false, '', 'getLog');
    assert.equal(response.status, 200);
    assert.equal(seen, 11);
    assert.equal(budget.spent, 10);
    assert.deepEqual(recorder.snapshot().logging?.getLog, { calls: 11, retries: 10, throttled: 10, errors: 0 });
  });

  test('once the region budget is spent, throttling is bounded by maxAttempts again', async () => {
    seen = 0;
    script = Array.from({ length: 20 }, () => throttle429);
    const budget = new RetryBudget(2);
    const response = await client(budget).send(req(`${base}/logs/2`), false, '', 'getLog');
    assert.equal(response.status, 429);
    assert.equal(seen, 2 + policy.maxAttempts);
    assert.equal(budget.spent, 2);
    script = [];
  });

  test('a 503 without Retry-After is an ordinary failure, not throttling', async () => {
    seen = 0;
    script = Array.from({ length: 10 }, () => (res: ServerResponse) => res.writeHead(503).end('{}'));
    const budget = new RetryBudget(100);
    const response = await client(budget).send(req(`${base}/logs/3`), false, '', 'getLog');
    assert.equal(response.status, 503);
    assert.equal(seen, policy.maxAttempts);
    assert.equal(budget.spent, 0);
    script = [];
  });
});
