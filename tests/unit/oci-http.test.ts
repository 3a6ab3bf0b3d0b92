import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { describeFailure } from '../../src/oci/enrichers/context.js';
import { ApiCallRecorder, asOciError, OciHttpClient, OciTransportError } from '../../src/oci/http.js';
import { backoffDelay, DEFAULT_RATE_LEARNING, DEFAULT_RETRY_POLICY, FamilyLimiter, parseRetryAfter, RateLearner, type RetryPolicy } from '../../src/oci/throttle.js';

/** The product's limiter, paced fast enough that a test never waits on it. */
const testLimiter = (maxConcurrency = 8) => new FamilyLimiter(new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 1000, minRate: 500 }), maxConcurrency);

const fastPolicy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2000, requestTimeoutMs: 2000, deadlineMs: 10_000 };

/** Signs by stamping a counter, so the test can see every attempt was signed afresh. */
function countingSigner() {
  let n = 0;
  return {
    signed: () => n,
    async signHttpRequest(req: { headers: Headers }) {
      n++;
      req.headers.set('x-date', new Date().toUTCString());
      req.headers.set('authorization', `Signature test-${n}`);
    },
  };
}

function makeClient(policy: RetryPolicy, signer = countingSigner(), recorder = new ApiCallRecorder()) {
  const client = new OciHttpClient({
    service: 'query',
    signer,
    policy,
    limiter: testLimiter(),
    recorder,
    log: { debug() {} },
  });
  return { client, signer, recorder };
}

function request(url: string) {
  return { method: 'POST' as const, uri: url, headers: new Headers({ 'content-type': 'application/json' }), body: '{"q":1}' };
}

describe('OciHttpClient', () => {
  let server: Server;
  let base: string;
  const seen: Array<{ url: string; auth: string; at: number; body: string }> = [];
  let script: Array<(res: import('node:http').ServerResponse, req: IncomingMessage) => void> = [];

  before(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        seen.push({ url: req.url ?? '', auth: String(req.headers.authorization), at: Date.now(), body });
        const step = script.shift();
        if (step) step(res, req);
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('honours Retry-After on 429 and re-signs each attempt', async () => {
    seen.length = 0;
    script = [(res) => res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"code":"TooManyRequests"}')];
    const { client, signer, recorder } = makeClient(fastPolicy);
    const response = await client.send(request(`${base}/search`), false, 'ResourceSearch', 'searchResources');
    assert.equal(response.status, 200);
    assert.equal(seen.length, 2);
    assert.ok((seen[1]?.at ?? 0) - (seen[0]?.at ?? 0) >= 950, 'second attempt waited for Retry-After');
    assert.equal(signer.signed(), 2);
    assert.notEqual(seen[0]?.auth, seen[1]?.auth);
    assert.equal(seen[1]?.body, '{"q":1}', 'body resent intact');
    const stats = recorder.snapshot().query?.searchResources;
    assert.deepEqual(stats, { calls: 2, retries: 1, throttled: 1, errors: 0 });
  });

  test('429 without the TooManyRequests body is still retried', async () => {
    seen.length = 0;
    script = [(res) => res.writeHead(429).end('slow down')];
    const { client } = makeClient(fastPolicy);
    const response = await client.send(request(`${base}/x`), false, 'S', 'op');
    assert.equal(response.status, 200);
    assert.equal(seen.length, 2);
  });

  test('gives the final 5xx back to the SDK after maxAttempts', async () => {
    seen.length = 0;
    script = Array.from({ length: 10 }, () => (res: import('node:http').ServerResponse) => res.writeHead(503).end('{"code":"ServiceUnavailable"}'));
    const { client, recorder } = makeClient(fastPolicy);
    const response = await client.send(request(`${base}/x`), false, 'S', 'listThings');
    assert.equal(response.status, 503);
    assert.equal(seen.length, fastPolicy.maxAttempts);
    assert.equal(recorder.snapshot().query?.listThings?.errors, 1);
    script = [];
  });

  test('does not retry a 404', async () => {
    seen.length = 0;
    script = [(res) => res.writeHead(404).end('{"code":"NotAuthorizedOrNotFound"}')];
    const { client } = makeClient(fastPolicy);
    const response = await client.send(request(`${base}/x`), false, 'S', 'getThing');
    assert.equal(response.status, 404);
    assert.equal(seen.length, 1);
  });

  test('a dead endpoint fails with a transport error in bounded attempts', async () => {
    const dead = createServer();
    await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const { client, recorder } = makeClient(fastPolicy);
    await assert.rejects(client.send(request(`http://127.0.0.1:${port}/x`), false, 'S', 'searchResources'), (error: unknown) => {
      assert.ok(error instanceof OciTransportError);
      assert.match(error.message, /searchResources failed/);
      assert.doesNotMatch(error.message, /Signature/);
      return true;
    });
    assert.equal(recorder.snapshot().query?.searchResources?.calls, fastPolicy.maxAttempts);
  });
});

describe('retry arithmetic', () => {
  test('Retry-After as seconds and as an HTTP date', () => {
    assert.equal(parseRetryAfter('3'), 3000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now), 5000);
    assert.equal(parseRetryAfter('soon'), undefined);
    assert.equal(parseRetryAfter(null), undefined);
  });

  test('backoff grows, stays under the cap, and is jittered', () => {
    const p = DEFAULT_RETRY_POLICY;
    assert.ok(backoffDelay(p, 0, () => 1) <= p.baseDelayMs);
    assert.ok(backoffDelay(p, 3, () => 1) > backoffDelay(p, 1, () => 1));
    assert.ok(backoffDelay(p, 30, () => 1) <= p.maxDelayMs);
    assert.notEqual(backoffDelay(p, 3, () => 0), backoffDelay(p, 3, () => 1));
  });

  test('the limiter keeps at most its concurrency in flight and hands a released slot to a waiter', async () => {
    const limiter = testLimiter(2);
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    const waiting = limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(third, false, 'a third request waits for a slot');
    limiter.release();
    await waiting;
    assert.equal(third, true);
    const aborted = new AbortController();
    const blocked = limiter.acquire(aborted.signal);
    aborted.abort(new Error('stop'));
    limiter.release();
    await assert.rejects(blocked, /stop/);
  });
});

describe('OciHttpClient body handling', () => {
  test('a connection reset half-way through the body is retried', async (t) => {
    let n = 0;
    const server = createServer((_req, res) => {
      n++;
      if (n === 1) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"items":[');
        setTimeout(() => res.socket?.destroy(), 10);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[1]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { client, recorder } = makeClient(fastPolicy);
    const response = await client.send(request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/x`), false, 'S', 'listThings');
    assert.equal(await response.text(), '{"items":[1]}');
    assert.equal(n, 2);
    assert.equal(recorder.snapshot().query?.listThings?.retries, 1);
  });
});

describe('asOciError', () => {
  test("turns the SDK retrier's plain { code, message } object back into an Error with a readable reason", () => {
    // What the SDK rethrows when our transport gave up.
    const plain = { code: undefined, message: 'iaas getInstance failed after 8 s: connection error ECONNRESET', requestEndpoint: 'x' };
    const error = asOciError(plain, 'getInstance', 'iaas');
    assert.ok(error instanceof OciTransportError);
    assert.equal(error.message, plain.message);
    assert.equal(describeFailure('getInstance', error), 'getInstance: connection error ECONNRESET');
    assert.equal(describeFailure('getInstance', plain), 'getInstance: [object Object]', 'what the enricher reported before');
    const other = asOciError({ message: 'socket hang up' }, 'listVcns');
    assert.ok(other instanceof Error);
    assert.equal(other.message, 'listVcns: socket hang up');
  });

  test('leaves service errors (with a statusCode) and real Errors alone', () => {
    const serviceError = { statusCode: 404, serviceCode: 'NotAuthorizedOrNotFound', message: 'nope' };
    assert.equal(asOciError(serviceError, 'getVcn'), serviceError);
    const real = new TypeError('x');
    assert.equal(asOciError(real, 'getVcn'), real);
  });
});
