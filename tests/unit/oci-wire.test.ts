// The socket-level HTTP/1.1 client (src/oci/wire): a raw `net` server on 127.0.0.1 answers
// with bytes written by hand — split anywhere, chunked with extensions and trailers, answered
// twice, cut short, oversized, malformed — and the client must read what a correct client
// reads, refuse the rest with a clear transport error, and never reuse a spoiled socket.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { type AddressInfo, createServer, type Server, Socket } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { closeIdleSockets, IDLE_CLOSE_MS, MAX_SOCKETS_PER_HOST, RequestTimeoutError, wireRequest } from '../../src/oci/wire/client.js';
import { MAX_BODY_BYTES, MAX_HEAD_BYTES } from '../../src/oci/wire/parser.js';

interface SeenRequest {
  head: string;
  body: string;
  /** Which connection (1, 2, …) it came on. */
  connection: number;
}

type Answer = (socket: Socket, request: SeenRequest, n: number) => void | Promise<void>;

/** A server that splits the byte stream into requests (head + Content-Length body) and hands each to `answer`. */
class RawServer {
  server: Server;
  port = 0;
  connections = 0;
  open = new Set<Socket>();
  requests: SeenRequest[] = [];
  answer: Answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');

  constructor() {
    this.server = createServer((socket) => {
      const id = ++this.connections;
      this.open.add(socket);
      socket.on('close', () => this.open.delete(socket));
      socket.on('error', () => {});
      let buffered = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffered = Buffer.concat([buffered, chunk]);
        for (;;) {
          const end = buffered.indexOf('\r\n\r\n');
          if (end < 0) return;
          const head = buffered.subarray(0, end).toString('latin1');
          const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
          if (buffered.length < end + 4 + length) return;
          const body = buffered.subarray(end + 4, end + 4 + length).toString('utf8');
          buffered = buffered.subarray(end + 4 + length);
          const request = { head, body, connection: id };
          this.requests.push(request);
          void this.answer(socket, request, this.requests.length);
        }
      });
    });
  }

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path = '/x'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const get = (uri: string, extra: Partial<Parameters<typeof wireRequest>[0]> = {}) =>
  wireRequest({ method: 'GET', uri, headers: new Headers({ accept: 'application/json' }), body: undefined, timeoutMs: 10_000, ...extra });

/** Writes `bytes` one small piece at a time, so every boundary of the parser is crossed. */
async function dribble(socket: Socket, bytes: string | Buffer, piece = 3): Promise<void> {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  for (let at = 0; at < buffer.length; at += piece) {
    socket.write(buffer.subarray(at, at + piece));
    await delay(1);
  }
}

const transportError = (code: string) => (error: unknown) => {
  assert.equal((error as { code?: unknown }).code, code, String(error));
  return true;
};

describe('socket-level HTTP client', () => {
  const server = new RawServer();
  before(() => server.start());
  after(() => server.stop());
  beforeEach(() => {
    closeIdleSockets();
    server.requests = [];
  });

  test('writes one well-formed request: request line, the given headers, Host, Accept-Encoding and the body with its length', async () => {
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    const response = await wireRequest({
      method: 'POST',
      uri: `${server.url('/20160918/search?limit=5')}#frag`,
      headers: new Headers({ 'content-type': 'application/json', 'x-thing': 'é' }),
      body: '{"q":"ünïcode"}',
      timeoutMs: 10_000,
    });
    assert.equal(response.status, 200);
    const [seen] = server.requests;
    assert.ok(seen);
    const lines = seen.head.split('\r\n');
    assert.equal(lines[0], 'POST /20160918/search?limit=5 HTTP/1.1');
    assert.ok(lines.includes(`host: 127.0.0.1:${server.port}`));
    assert.ok(lines.includes('accept-encoding: gzip, deflate'));
    assert.ok(lines.includes(`content-length: ${Buffer.byteLength('{"q":"ünïcode"}')}`));
    assert.ok(lines.includes('x-thing: \u00e9'), 'header values are byte strings (latin1 on the wire)');
    assert.equal(seen.body, '{"q":"ünïcode"}');
  });

  test('a POST without a body says Content-Length: 0; a GET sends no length', async () => {
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    await wireRequest({ method: 'POST', uri: server.url(), headers: new Headers(), body: undefined, timeoutMs: 10_000 });
    await get(server.url());
    assert.match(server.requests[0]?.head ?? '', /\r\ncontent-length: 0(\r\n|$)/);
    assert.doesNotMatch(server.requests[1]?.head ?? '', /content-length/i);
  });

  test('an answer split into three-byte pieces reads the same; twenty requests share one socket', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 20 }, (_, i) => ({ id: i, name: `n${i}` })) });
    server.answer = (socket) => dribble(socket, `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nOpc-Request-Id: r1\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    const before = server.connections;
    for (let i = 0; i < 20; i++) {
      const response = await get(server.url(`/x/${i}`));
      assert.equal(response.status, 200);
      assert.equal(response.statusText, 'OK');
      assert.equal(response.headers.get('opc-request-id'), 'r1');
      assert.equal(response.body.toString(), body);
      if (i === 2) break; // dribbling is slow; reuse is checked below at full speed
    }
    server.answer = (socket) => void socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    for (let i = 0; i < 20; i++) assert.equal((await get(server.url(`/y/${i}`))).body.toString(), body);
    assert.equal(server.connections - before, 1, 'one connection for every sequential request');
  });

  test('chunked transfer-encoding: extensions, split chunk lines, trailers; the socket is reused', async () => {
    server.answer = (socket) =>
      dribble(socket, 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\nX-Other: o\r\n\r\n', 2);
    const before = server.connections;
    const first = await get(server.url());
    assert.equal(first.body.toString(), 'hello 0123456789');
    assert.equal(first.headers.get('x-trailer'), undefined, 'trailers are not headers');
    const second = await get(server.url());
    assert.equal(second.body.toString(), 'hello 0123456789');
    assert.equal(server.connections - before, 1);
  });

  test('a body bigger than a socket chunk, with Content-Length and chunked', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 'abcdefghij');
    server.answer = (socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\n\r\n`);
      socket.write(big);
    };
    assert.ok((await get(server.url())).body.equals(big));
    server.answer = (socket) => {
      socket.write('HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n');
      for (let at = 0; at < big.length; at += 100_000) {
        const part = big.subarray(at, at + 100_000);
        socket.write(`${part.length.toString(16)}\r\n`);
        socket.write(part);
        socket.write('\r\n');
      }
      socket.write('0\r\n\r\n');
    };
    assert.ok((await get(server.url())).body.equals(big));
  });

  test('HEAD, 204 and 304 have no body even with a Content-Length; a 100 Continue is skipped', async () => {
    server.answer = (socket, request) => {
      if (request.head.startsWith('HEAD')) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n');
      else if (request.head.includes('/204')) socket.write('HTTP/1.1 204 No Content\r\n\r\n');
      else if (request.head.includes('/304')) socket.write('HTTP/1.1 304 Not Modified\r\nContent-Length: 55\r\n\r\n');
      else socket.write('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 3\r\n\r\nnew');
    };
    const before = server.connections;
    const head = await wireRequest({ method: 'HEAD', uri: server.url(), headers: new Headers(), body: undefined, timeoutMs: 10_000 });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal((await get(server.url('/204'))).status, 204);
    assert.equal((await get(server.url('/304'))).body.length, 0);
    const created = await get(server.url('/post'));
    assert.equal(created.status, 201);
    assert.equal(created.body.toString(), 'new');
    assert.equal(server.connections - before, 1, 'the socket stays usable after bodiless answers');
  });

  test('Connection: close, HTTP/1.0, and a body read until the connection ends: the socket is not reused', async () => {
    const before = server.connections;
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
    assert.equal((await get(server.url())).body.toString(), 'ok');
    server.answer = (socket) => void socket.write('HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok');
    assert.equal((await get(server.url())).body.toString(), 'ok');
    server.answer = (socket) => void socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end');
    assert.equal((await get(server.url())).body.toString(), 'until the end');
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    assert.equal((await get(server.url())).body.toString(), 'ok');
    assert.equal(server.connections - before, 4, 'a fresh socket after each answer that ends its connection');
  });

  test('an answer sent twice for one request (pipelined by mistake): the first is read, the socket is dropped', async () => {
    server.answer = (socket, _request, n) => {
      if (n === 1) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nfirstHTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nstray');
      else socket.write('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond');
    };
    const before = server.connections;
    assert.equal((await get(server.url())).body.toString(), 'first');
    assert.equal((await get(server.url())).body.toString(), 'second', 'the stray answer is never read as the next one');
    assert.equal(server.connections - before, 2);
  });

  test('a body cut short fails as a reset and is not sent again', async () => {
    server.answer = (socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten..');
      setImmediate(() => socket.destroy());
    };
    await assert.rejects(get(server.url()), (error: unknown) => {
      assert.equal((error as { code?: unknown }).code, 'ECONNRESET');
      assert.match(String(error), /closed mid-body/);
      return true;
    });
    assert.equal(server.requests.length, 1);
  });

  test('a kept-alive socket the server closed unanswered is retried once on a fresh socket; a fresh one is not', async () => {
    server.answer = (socket, _request, n) => {
      if (n === 2) socket.destroy(); // the idle socket, closed as the request arrives
      else socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    };
    const before = server.connections;
    assert.equal((await get(server.url())).body.toString(), 'ok');
    assert.equal((await get(server.url())).body.toString(), 'ok');
    assert.equal(server.requests.length, 3, 'sent again once');
    assert.equal(server.connections - before, 2);
    closeIdleSockets();
    server.requests = [];
    server.answer = (socket) => {
      socket.destroy();
    };
    await assert.rejects(get(server.url()), /socket hang up/);
    assert.equal(server.requests.length, 1, 'a fresh socket closed unanswered is a failure, not retried here');
  });

  test('a header section over the bound, a Content-Length over the body bound: clear errors, nothing buffered past them', async () => {
    server.answer = (socket) => {
      socket.write('HTTP/1.1 200 OK\r\n');
      socket.write(`X-Big: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n`);
    };
    await assert.rejects(get(server.url()), transportError('HPE_HEADER_OVERFLOW'));
    server.answer = (socket) => void socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${MAX_BODY_BYTES + 1}\r\n\r\nxx`);
    await assert.rejects(get(server.url()), transportError('ERR_BODY_TOO_LARGE'));
  });

  test('malformed status lines, header lines, lengths and chunk sizes are transport errors', async () => {
    const cases: [string, string][] = [
      ['HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['ICY 200 OK\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/1.1 20 OK\r\n\r\n', 'HPE_INVALID_CONSTANT'],
      ['HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nok', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\n folded\r\nContent-Length: 2\r\n\r\nok', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\nno colon\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
      ['HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
      ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nok', 'HPE_INVALID_CONTENT_LENGTH'],
      ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'HPE_INVALID_CHUNK_SIZE'],
      ['HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nokX\r\n0\r\n\r\n', 'HPE_INVALID_CHUNK_SIZE'],
      [`HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n${'1'.repeat(5000)}`, 'HPE_INVALID_CHUNK_SIZE'],
      ['HTTP/1.1 101 Switching Protocols\r\n\r\n', 'HPE_UNEXPECTED_UPGRADE'],
    ];
    for (const [answer, code] of cases) {
      server.answer = (socket) => void socket.write(answer);
      await assert.rejects(get(server.url()), transportError(code), JSON.stringify(answer));
    }
    // And the pool is still healthy afterwards.
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    assert.equal((await get(server.url())).body.toString(), 'ok');
  });

  test('Transfer-Encoding and Content-Length together: chunked wins and the socket is not reused', async () => {
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n');
    const before = server.connections;
    assert.equal((await get(server.url())).body.toString(), 'ok');
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    await get(server.url());
    assert.equal(server.connections - before, 2);
  });

  test('headers: names lower-cased into a Map (a __proto__ name is data), duplicates joined, Set-Cookie kept apart', async () => {
    server.answer = (socket) =>
      void socket.write('HTTP/1.1 404 Not Found\r\n__proto__: p\r\nX-Dup: a\r\nx-dup: b\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nETag:  "e"  \r\nContent-Length: 0\r\n\r\n');
    const response = await get(server.url());
    assert.equal(response.status, 404);
    assert.equal(response.statusText, 'Not Found');
    assert.equal(response.headers.get('__proto__'), 'p');
    assert.equal(response.headers.get('x-dup'), 'a, b');
    assert.equal(response.headers.get('etag'), '"e"');
    assert.deepEqual(response.setCookie, ['a=1', 'b=2']);
  });

  test('no answer: RequestTimeoutError, the socket destroyed; an interrupt fails every request in flight', async () => {
    server.answer = () => {};
    await assert.rejects(get(server.url(), { timeoutMs: 300 }), (error: unknown) => error instanceof RequestTimeoutError);
    const abort = new AbortController();
    const pending = [get(server.url(), { signal: abort.signal, timeoutMs: 60_000 }), get(server.url(), { signal: abort.signal, timeoutMs: 60_000 })];
    while (server.requests.length < 3) await delay(5);
    abort.abort();
    for (const p of pending) await assert.rejects(p, /interrupted/);
    await assert.rejects(get(server.url(), { signal: abort.signal }), /interrupted/);
  });

  test(`at most ${MAX_SOCKETS_PER_HOST} sockets per host; requests beyond wait for one, then all are answered`, async () => {
    const held: Socket[] = [];
    server.answer = (socket) => {
      held.push(socket);
    };
    const before = server.connections;
    const pending = Array.from({ length: MAX_SOCKETS_PER_HOST + 20 }, (_, i) => get(server.url(`/n/${i}`)));
    while (server.requests.length < MAX_SOCKETS_PER_HOST) await delay(5);
    await delay(100);
    assert.equal(server.requests.length, MAX_SOCKETS_PER_HOST, 'the rest wait for a socket');
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    for (const socket of held) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    const answers = await Promise.all(pending);
    assert.equal(answers.length, MAX_SOCKETS_PER_HOST + 20);
    assert.equal(server.connections - before, MAX_SOCKETS_PER_HOST);
  });

  test('an idle socket is closed by the client after a few seconds', async () => {
    let used: Socket | undefined;
    server.answer = (socket) => {
      used = socket;
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    };
    await get(server.url());
    assert.ok(used);
    const closed = once(used, 'close');
    // A lower bound only: it must close, some time after IDLE_CLOSE_MS.
    const started = Date.now();
    await closed;
    assert.ok(Date.now() - started >= IDLE_CLOSE_MS - 200);
  });

  test('a request is one socket write, head and body together', async () => {
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    await get(server.url()); // a socket in the pool, so only the request's own writes are counted
    const writes: number[] = [];
    const write = Socket.prototype.write;
    Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
      // The client's sockets only (the server's answers are writes in this process too).
      if (this.remotePort === server.port) writes.push(Buffer.byteLength(args[0] as string | Buffer));
      return write.apply(this, args);
    } as Socket['write'];
    try {
      await wireRequest({ method: 'POST', uri: server.url('/one'), headers: new Headers({ 'content-type': 'application/json' }), body: '{"a":"é"}', timeoutMs: 10_000 });
      await get(server.url('/two'));
    } finally {
      Socket.prototype.write = write;
    }
    assert.equal(writes.length, 2, `writes: ${writes.join(', ')}`);
    assert.equal(server.requests.at(-2)?.body, '{"a":"é"}');
  });

  test('idle pooled sockets and the deadline interval do not keep a process alive', async () => {
    server.answer = (socket) => void socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    const client = new URL('../../src/oci/wire/client.js', import.meta.url).href;
    const script = `import { wireRequest } from ${JSON.stringify(client)};
const r = await wireRequest({ method: 'GET', uri: process.argv[1], headers: new Headers(), body: undefined, timeoutMs: 10000 });
await new Promise((resolve) => setImmediate(resolve));
console.log(JSON.stringify({ status: r.status, active: process.getActiveResourcesInfo() }));`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, server.url()], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0);
    const report = JSON.parse(out) as { status: number; active: string[] };
    assert.equal(report.status, 200);
    assert.ok(!report.active.includes('TCPSocketWrap') && !report.active.includes('Timeout'), `still keeping the process alive: ${report.active.join(', ')}`);
  });

  test('bad requests are refused before anything is written', async () => {
    const before = server.requests.length;
    await assert.rejects(get(`${server.url('/a b')}`), /unescaped/);
    await assert.rejects(get('ftp://127.0.0.1/x'), /unsupported protocol/);
    await assert.rejects(get('http://127.0.0.1:99999/x'), /invalid URL host/);
    await assert.rejects(wireRequest({ method: 'GET', uri: server.url(), headers: [['x-a', 'b\r\nx-injected: 1']], body: undefined, timeoutMs: 1000 }), /invalid request header x-a/);
    assert.equal(server.requests.length, before);
  });
});
