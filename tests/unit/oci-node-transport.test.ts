// The wire under OciHttpClient (src/oci/node-transport.ts over src/oci/wire): keep-alive reuse, the
// per-attempt timeout, Retry-After, interrupts, compressed bodies, and what the SDK reads of
// the response (json, headers, and the body as a stream for GetStackTfState), and TLS.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { createSecureContext, type SecureContext } from 'node:tls';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as common from 'oci-common';
import { ResourceManagerClient } from 'oci-resourcemanager';
import { NO_CIRCUIT_BREAKER } from '../../src/oci/clients.js';
import { ApiCallRecorder, OciHttpClient, OciTransportError } from '../../src/oci/http.js';
import { BufferedResponse, nodeRequest, ResponseHeaders } from '../../src/oci/node-transport.js';
import { MAX_BODY_BYTES } from '../../src/oci/wire/parser.js';
import { DEFAULT_RATE_LEARNING, FamilyLimiter, RateLearner, type RetryPolicy } from '../../src/oci/throttle.js';

const policy: RetryPolicy = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 5000, requestTimeoutMs: 10_000, deadlineMs: 60_000 };

function makeClient(overrides: Partial<RetryPolicy> = {}, signal?: AbortSignal) {
  const recorder = new ApiCallRecorder();
  const client = new OciHttpClient({
    service: 'query',
    signer: {
      async signHttpRequest(req: { headers: Headers }) {
        req.headers.set('authorization', 'Signature test');
      },
    },
    policy: { ...policy, ...overrides },
    limiter: new FamilyLimiter(new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 1000, minRate: 500 }), 8),
    recorder,
    log: { debug() {} },
    ...(signal ? { signal } : {}),
  });
  return { client, recorder };
}

const get = (uri: string) => ({ method: 'GET' as const, uri, headers: new Headers() });

describe('transport (socket-level client)', () => {
  let server: Server;
  let base: string;
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(200).end('{}');
  const sockets = new Set<Socket>();
  let connections = 0;

  before(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => handler(req, res));
    });
    server.on('connection', (socket: Socket) => {
      connections++;
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );

  test('keeps connections alive: 20 requests one after another use one socket', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"n":1}');
    const before = connections;
    const { client, recorder } = makeClient();
    for (let i = 0; i < 20; i++) {
      const response = await client.send(get(`${base}/x/${i}`), false, 'S', 'getThing');
      assert.deepEqual(await response.json(), { n: 1 });
    }
    assert.equal(recorder.snapshot().query?.getThing?.calls, 20);
    assert.equal(connections - before, 1, 'one connection for 20 sequential requests');
  });

  test('an attempt that gets no answer times out and the next attempt is sent', async () => {
    let n = 0;
    handler = (_req, res) => {
      n++;
      if (n === 1) return; // never answered
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    };
    const { client, recorder } = makeClient({ requestTimeoutMs: 300 });
    const response = await client.send(get(`${base}/slow`), false, 'S', 'getSlow');
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(n, 2);
    assert.equal(recorder.snapshot().query?.getSlow?.retries, 1);
  });

  test('every attempt timing out ends in a transport error that says so', async () => {
    handler = () => {}; // never answered
    const { client, recorder } = makeClient({ requestTimeoutMs: 200, maxAttempts: 2 });
    await assert.rejects(client.send(get(`${base}/hang`), false, 'S', 'getHang'), (error: unknown) => {
      assert.ok(error instanceof OciTransportError);
      assert.match(error.message, /getHang failed after \d+ s: request timed out/);
      return true;
    });
    assert.equal(recorder.snapshot().query?.getHang?.calls, 2);
  });

  test('a malformed answer is retried like a reset; one that stays malformed names what was wrong', async () => {
    let n = 0;
    handler = (req, res) => {
      n++;
      if (n === 1 || req.url?.includes('always')) req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: zz\r\n\r\n');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":2}');
    };
    const { client, recorder } = makeClient();
    const response = await client.send(get(`${base}/flaky`), false, 'S', 'getFlaky');
    assert.deepEqual(await response.json(), { ok: 2 });
    assert.equal(recorder.snapshot().query?.getFlaky?.retries, 1);
    await assert.rejects(client.send(get(`${base}/always`), false, 'S', 'getBroken'), /getBroken failed after \d+ s: connection error HPE_INVALID_CONTENT_LENGTH$/);
  });

  test('a 429 with Retry-After is waited out and sent again', async () => {
    const at: number[] = [];
    handler = (_req, res) => {
      at.push(Date.now());
      if (at.length === 1) res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"code":"TooManyRequests"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"done":1}');
    };
    const { client, recorder } = makeClient();
    const response = await client.send(get(`${base}/busy`), false, 'S', 'listBusy');
    assert.equal(response.status, 200);
    assert.equal(at.length, 2);
    // Retry-After: 1 means at least a second between the two (a lower bound, never an upper one).
    assert.ok((at[1] ?? 0) - (at[0] ?? 0) >= 950, `waited ${(at[1] ?? 0) - (at[0] ?? 0)} ms`);
    assert.equal(recorder.snapshot().query?.listBusy?.throttled, 1);
  });

  test('an interrupt ends a request in flight at once', async () => {
    handler = () => {}; // never answered
    const abort = new AbortController();
    const { client } = makeClient({ requestTimeoutMs: 60_000 }, abort.signal);
    const pending = client.send(get(`${base}/wait`), false, 'S', 'getWait');
    setTimeout(() => abort.abort(new Error('SIGINT')), 50);
    await assert.rejects(pending, /getWait: interrupted/);
  });

  test('a gzip body is inflated; the SDK reads headers case-insensitively', async () => {
    let asked = '';
    handler = (req, res) => {
      asked = String(req.headers['accept-encoding']);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'opc-request-id': 'r1' }).end(gzipSync('{"items":[1,2,3]}'));
    };
    const { client } = makeClient();
    const response = await client.send(get(`${base}/zip`), false, 'S', 'listZip');
    assert.match(asked, /gzip/);
    assert.deepEqual(await response.json(), { items: [1, 2, 3] });
    assert.equal(response.headers.get('Opc-Request-Id'), 'r1');
    assert.equal(response.headers.get('opc-next-page'), null);
  });

  test('a compressed body that would inflate past the body bound fails (a gzip bomb is not inflated whole)', async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_BODY_BYTES + 1024));
    assert.ok(bomb.length < 1024 * 1024);
    handler = (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb);
    await assert.rejects(nodeRequest(`${base}/bomb`, { method: 'GET', headers: new Headers(), body: undefined, timeoutMs: 30_000 }), (error: unknown) => {
      assert.equal((error as { code?: unknown }).code, 'ERR_BODY_TOO_LARGE');
      assert.match(String(error), /response body over \d+ bytes once inflated/);
      return true;
    });
  });

  test('a Content-Encoding the transport does not know is left as it came (never an object key)', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-encoding': 'constructor' }).end('plain');
    const { client } = makeClient();
    const response = await client.send(get(`${base}/odd`), false, 'S', 'getOdd');
    assert.equal(await response.text(), 'plain');
  });

  test('the SDK reads a binary body as a stream (GetStackTfState) and turns a 404 into an OciError', async () => {
    const state = JSON.stringify({ version: 4, resources: [{ type: 'oci_core_vcn', name: 'v' }] });
    handler = (req, res) => {
      if (req.url?.includes('missing')) {
        res.writeHead(404, { 'content-type': 'application/json', 'opc-request-id': 'rq-404' }).end('{"code":"NotAuthorizedOrNotFound","message":"no stack"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'opc-request-id': 'rq' }).end(state);
    };
    const { client: httpClient } = makeClient();
    const rm = new ResourceManagerClient({ httpClient }, { retryConfiguration: common.NoRetryConfigurationDetails, circuitBreaker: NO_CIRCUIT_BREAKER });
    rm.endpoint = base;
    const response = await rm.getStackTfState({ stackId: 'ocid1.ormstack.oc1..a' });
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.value as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    assert.equal(Buffer.concat(chunks).toString('utf8'), state);
    assert.equal(response.opcRequestId, 'rq');
    await assert.rejects(rm.getStackTfState({ stackId: 'missing' }), (error: unknown) => {
      assert.equal((error as { statusCode?: unknown }).statusCode, 404);
      assert.equal((error as { serviceCode?: unknown }).serviceCode, 'NotAuthorizedOrNotFound');
      return true;
    });
  });
});

describe('BufferedResponse', () => {
  test('answers what the SDK reads of a Response', async () => {
    const headers = new ResponseHeaders(new Map([['opc-request-id', 'x'], ['etag', 'e']]), ['a=1', 'b=2']);
    const response = new BufferedResponse(200, 'OK', headers, Buffer.from('\ufeff{"a":1}'), 'http://h/p');
    assert.equal(response.ok, true);
    assert.deepEqual(await response.json(), { a: 1 }, 'a byte-order mark is not text');
    assert.equal(headers.get('ETag'), 'e');
    assert.equal(headers.get('set-cookie'), 'a=1, b=2');
    assert.deepEqual([...headers.keys()], ['etag', 'opc-request-id', 'set-cookie']);
    assert.equal(new BufferedResponse(204, '', headers, Buffer.alloc(0), '').body, null);
  });
});

describe('https: the CA store and NODE_EXTRA_CA_CERTS', () => {
  let dir: string;
  let server: HttpsServer | undefined;
  let base = '';
  /** The SNI names clients sent (none for an address). */
  const serverNames: string[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oci-inv-tls-'));
    // A self-signed certificate for 127.0.0.1, made by the openssl CLI.
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    if (made.status !== 0) return;
    const key = await readFile(join(dir, 'key.pem'));
    const cert = await readFile(join(dir, 'cert.pem'));
    const context = createSecureContext({ key, cert });
    const SNICallback = (name: string, done: (error: Error | null, context: SecureContext) => void) => {
      serverNames.push(name);
      done(null, context);
    };
    server = createHttpsServer({ key, cert, SNICallback }, (req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"tls":true}'));
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  // The client runs in a child process: NODE_EXTRA_CA_CERTS is read when Node starts.
  async function sendFromChild(env: NodeJS.ProcessEnv, uri = `${base}/tls`): Promise<{ code: number | null; out: string }> {
    const script = join(dir, 'send.mjs');
    const http = new URL('../../src/oci/http.js', import.meta.url).href;
    const throttle = new URL('../../src/oci/throttle.js', import.meta.url).href;
    await writeFile(
      script,
      `import { ApiCallRecorder, OciHttpClient } from ${JSON.stringify(http)};
import { DEFAULT_RATE_LEARNING, FamilyLimiter, RateLearner } from ${JSON.stringify(throttle)};
const client = new OciHttpClient({ service: 'query', signer: { async signHttpRequest() {} },
  policy: { maxAttempts: 1, baseDelayMs: 5, maxDelayMs: 5, maxRetryAfterMs: 5, requestTimeoutMs: 20000, deadlineMs: 20000 },
  limiter: new FamilyLimiter(new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 1000 }), 4), recorder: new ApiCallRecorder(), log: { debug() {} } });
try {
  const response = await client.send({ method: 'GET', uri: process.argv[2], headers: new Headers() }, false, 'query', 'getTls');
  console.log(response.status, await response.text());
} catch (error) { console.log('failed:', error.message); }
`,
    );
    const child = spawn(process.execPath, [script, uri], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { code, out: out.trim() };
  }

  test('a certificate the CA store does not know fails as a transport error; NODE_EXTRA_CA_CERTS makes it trusted', async (t) => {
    if (!server) {
      t.skip('no openssl CLI to make a certificate');
      return;
    }
    const untrusted = await sendFromChild({});
    assert.match(untrusted.out, /^failed: .*getTls failed after \d+ s: connection error (DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)/);
    const trusted = await sendFromChild({ NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
    assert.equal(trusted.out, '200 {"tls":true}');
  });

  test('SNI names the host and never an address; a trusted certificate for another name fails verification', async (t) => {
    if (!server) {
      t.skip('no openssl CLI to make a certificate');
      return;
    }
    serverNames.length = 0;
    const byAddress = await sendFromChild({ NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
    assert.equal(byAddress.out, '200 {"tls":true}');
    assert.equal(serverNames.length, 0, 'no SNI for 127.0.0.1');
    // localhost reaches the same server, whose certificate names only 127.0.0.1.
    const byName = await sendFromChild({ NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') }, base.replace('127.0.0.1', 'localhost'));
    assert.match(byName.out, /^failed: .*getTls failed after \d+ s: connection error ERR_TLS_CERT_ALTNAME_INVALID/);
    assert.ok(serverNames.includes('localhost'), `SNI seen: ${serverNames.join(', ')}`);
  });
});
