// A minimal HTTP/1.1 client on `net` / `tls` sockets, for the SDK's requests when no proxy is
// configured (node-transport.ts puts the Response the SDK reads on top). Per (scheme, host,
// port) a keep-alive pool of at most MAX_SOCKETS_PER_HOST sockets, the most recently used idle
// socket first; idle sockets do not keep the process alive and are closed after IDLE_CLOSE_MS.
// A request is one socket write (head and body in one buffer); the answer is read by
// parser.ts. One interval for the whole process checks deadlines and idle sockets, instead of
// a timer per request. node:http did the same work through ClientRequest, IncomingMessage,
// the agent's socket bookkeeping, streams and events per request (issue 11, item 2).
import * as net from 'node:net';
import * as tls from 'node:tls';
import { type ParsedResponse, ResponseParser, WireProtocolError } from './parser.js';

/** Sockets per (scheme, host, port); the limiters keep requests in flight lower than this. */
export const MAX_SOCKETS_PER_HOST = 64;
/** An idle socket is closed after this long (servers close theirs after 5 s or more). */
export const IDLE_CLOSE_MS = 4000;
/** How often deadlines and idle sockets are checked (a timeout fires up to this late). */
const TICK_MS = 100;

/** An attempt that outlived its time: `describeTransportError` names it "request timed out". */
export class RequestTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor() {
    super('request timed out');
  }
}

export interface WireRequest {
  method: string;
  /** Absolute http: or https: URI. */
  uri: string;
  /** Iterated once; names as `Headers` gives them (lower case). */
  headers: Iterable<[string, string]>;
  body: string | undefined;
  timeoutMs: number;
  /** The run's signal: once aborted, every request in flight on it fails at once. */
  signal?: AbortSignal | undefined;
}

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// As node:http refuses them: a path with spaces or controls would split the request line.
const INVALID_PATH = /[^\u0021-\u00ff]/;
// What `Headers` refuses in a value: a request is written as raw text.
const INVALID_VALUE = /[\0\r\n]/;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

function connectionError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

class Exchange {
  readonly promise: Promise<ParsedResponse>;
  private resolve!: (response: ParsedResponse) => void;
  private reject!: (error: Error) => void;
  connection: Connection | undefined;
  /** Sent again once already, on a fresh socket, after a reused one closed without answering. */
  retried = false;
  done = false;

  constructor(
    readonly pool: Pool,
    readonly payload: Buffer | string,
    readonly head: boolean,
    readonly deadline: number,
    private readonly tracked: Set<Exchange> | undefined,
  ) {
    this.promise = new Promise<ParsedResponse>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  succeed(response: ParsedResponse): void {
    if (this.done) return;
    this.done = true;
    this.tracked?.delete(this);
    this.resolve(response);
  }

  /** Ends the exchange with `error`; its socket (if it has one) is destroyed, never reused. */
  fail(error: Error): void {
    if (this.done) return;
    this.done = true;
    this.tracked?.delete(this);
    const connection = this.connection;
    this.connection = undefined;
    if (connection) {
      connection.exchange = undefined;
      connection.destroy();
    } else this.pool.dequeue(this);
    this.reject(error);
  }
}

class Connection {
  readonly socket: net.Socket;
  readonly parser = new ResponseParser();
  exchange: Exchange | undefined;
  /** Responses read whole on this socket (more than 0: a reused socket). */
  served = 0;
  /** When it went idle; 0 while it carries a request. */
  idleSince = 0;
  closed = false;

  constructor(readonly pool: Pool) {
    const socket = pool.secure
      ? tls.connect({ host: pool.hostname, port: pool.port, ...(pool.servername ? { servername: pool.servername } : {}), ...(pool.session ? { session: pool.session } : {}) })
      : net.connect({ host: pool.hostname, port: pool.port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('end', () => this.onEnd());
    socket.on('error', (error: Error) => this.onLoss(error));
    socket.on('close', () => this.onLoss(undefined));
    if (pool.secure) socket.on('session', (session: Buffer) => pool.keepSession(session));
  }

  send(exchange: Exchange): void {
    this.exchange = exchange;
    exchange.connection = this;
    this.idleSince = 0;
    this.parser.expect(exchange.head);
    this.socket.ref();
    if (typeof exchange.payload === 'string') this.socket.write(exchange.payload, 'latin1');
    else this.socket.write(exchange.payload);
  }

  destroy(): void {
    if (!this.closed) {
      this.closed = true;
      this.socket.destroy();
    }
    this.pool.remove(this);
  }

  private onData(chunk: Buffer): void {
    const exchange = this.exchange;
    if (!exchange) {
      // Bytes nobody asked for (on an idle socket, or past a response): the socket is spoiled.
      this.destroy();
      return;
    }
    let complete: boolean;
    try {
      complete = this.parser.feed(chunk);
    } catch (error) {
      exchange.fail(error instanceof Error ? error : new WireProtocolError('HPE_INTERNAL', String(error)));
      return;
    }
    if (complete) this.finish(exchange);
  }

  private finish(exchange: Exchange): void {
    this.exchange = undefined;
    exchange.connection = undefined;
    const response = this.parser.result();
    this.served++;
    if (response.keepAlive && !this.closed) this.pool.release(this);
    else this.destroy();
    exchange.succeed(response);
  }

  private onEnd(): void {
    const exchange = this.exchange;
    // A body read until the connection ends is complete now.
    if (exchange && this.parser.close()) this.finish(exchange);
    else this.onLoss(undefined);
  }

  /** The socket failed or closed: the exchange on it (if any) is retried once, or fails. */
  private onLoss(error: Error | undefined): void {
    const exchange = this.exchange;
    this.exchange = undefined;
    if (!exchange) {
      this.destroy();
      return;
    }
    exchange.connection = undefined;
    // As node:http's agent would have it: a kept-alive socket the server closed while we
    // picked it up has answered nothing, and the request goes again on a fresh socket, once.
    if (this.served > 0 && this.parser.received === 0 && !exchange.retried && !exchange.done) {
      exchange.retried = true;
      // First in line for the socket this one's removal frees.
      this.pool.queue.unshift(exchange);
      this.destroy();
      if (this.pool.queue[0] === exchange) {
        this.pool.queue.shift();
        this.pool.openFor(exchange);
      }
      return;
    }
    this.destroy();
    exchange.fail(
      error ??
        (this.parser.received === 0
          ? connectionError('ECONNRESET', 'socket hang up')
          : connectionError('ECONNRESET', 'connection closed mid-body')),
    );
  }
}

class Pool {
  readonly all = new Set<Connection>();
  /** Idle sockets, the most recently used last (popped first). */
  readonly idle: Connection[] = [];
  /** Requests waiting for a socket, first come first served. */
  readonly queue: Exchange[] = [];
  session: Buffer | undefined;
  readonly servername: string | undefined;

  constructor(
    readonly secure: boolean,
    readonly hostname: string,
    readonly port: number,
    /** The Host header when the caller sent none. */
    readonly authority: string,
  ) {
    // SNI names a host, never an address.
    this.servername = secure && net.isIP(hostname) === 0 ? hostname : undefined;
  }

  keepSession(session: Buffer): void {
    this.session = session;
  }

  start(exchange: Exchange): void {
    while (this.idle.length > 0) {
      const connection = this.idle.pop() as Connection;
      if (!connection.closed && !connection.socket.destroyed) {
        connection.send(exchange);
        return;
      }
      this.all.delete(connection);
    }
    if (this.all.size < MAX_SOCKETS_PER_HOST) this.openFor(exchange);
    else this.queue.push(exchange);
    ticking();
  }

  openFor(exchange: Exchange): void {
    const connection = new Connection(this);
    this.all.add(connection);
    connection.send(exchange);
    ticking();
  }

  release(connection: Connection): void {
    const next = this.queue.shift();
    if (next) {
      connection.send(next);
      return;
    }
    connection.idleSince = Date.now();
    connection.socket.unref();
    this.idle.push(connection);
  }

  remove(connection: Connection): void {
    if (!this.all.delete(connection)) return;
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
    const next = this.queue.shift();
    if (next) this.openFor(next);
  }

  dequeue(exchange: Exchange): void {
    const at = this.queue.indexOf(exchange);
    if (at >= 0) this.queue.splice(at, 1);
  }

  /** Fails what outlived its deadline, closes what sat idle too long; false once empty. */
  tick(now: number): boolean {
    for (const connection of this.all) {
      const exchange = connection.exchange;
      if (exchange) {
        if (now >= exchange.deadline) exchange.fail(new RequestTimeoutError());
      } else if (connection.idleSince > 0 && now - connection.idleSince >= IDLE_CLOSE_MS) connection.destroy();
    }
    for (const exchange of [...this.queue]) if (now >= exchange.deadline) exchange.fail(new RequestTimeoutError());
    return this.all.size > 0 || this.queue.length > 0;
  }
}

// A Map: the origin is the URI's text, never an object key.
const pools = new Map<string, Pool>();
let ticker: NodeJS.Timeout | undefined;

function ticking(): void {
  if (ticker) return;
  ticker = setInterval(() => {
    const now = Date.now();
    let busy = false;
    for (const pool of pools.values()) busy = pool.tick(now) || busy;
    if (!busy && ticker) {
      clearInterval(ticker);
      ticker = undefined;
    }
  }, TICK_MS);
  ticker.unref();
}

function poolFor(origin: string): Pool {
  let pool = pools.get(origin);
  if (pool) return pool;
  const schemeEnd = origin.indexOf('://');
  const scheme = origin.slice(0, schemeEnd).toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') throw new Error(`unsupported protocol ${scheme.slice(0, 16)}:`);
  const secure = scheme === 'https';
  let authority = origin.slice(schemeEnd + 3);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let hostname: string;
  let portText = '';
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) throw new Error('invalid URL host');
    hostname = authority.slice(1, close);
    if (authority[close + 1] === ':') portText = authority.slice(close + 2);
    else if (close + 1 !== authority.length) throw new Error('invalid URL host');
  } else {
    const colon = authority.lastIndexOf(':');
    hostname = colon < 0 ? authority : authority.slice(0, colon);
    if (colon >= 0) portText = authority.slice(colon + 1);
  }
  hostname = hostname.toLowerCase();
  const port = portText === '' ? (secure ? 443 : 80) : /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  if (!hostname || !(port > 0 && port < 65536) || INVALID_PATH.test(hostname)) throw new Error('invalid URL host');
  pool = new Pool(secure, hostname, port, authority.toLowerCase());
  pools.set(origin, pool);
  return pool;
}

// Requests in flight per run signal, so one listener per signal ends them all on interrupt.
const inFlight = new WeakMap<AbortSignal, Set<Exchange>>();

function trackedBy(signal: AbortSignal): Set<Exchange> {
  let set = inFlight.get(signal);
  if (!set) {
    const exchanges = new Set<Exchange>();
    set = exchanges;
    inFlight.set(signal, exchanges);
    signal.addEventListener(
      'abort',
      () => {
        for (const exchange of [...exchanges]) exchange.fail(new Error('interrupted'));
        exchanges.clear();
      },
      { once: true },
    );
  }
  return set;
}

/**
 * One HTTP/1.1 exchange on a pooled socket, the body read whole (not inflated). Rejects on a
 * connection error, a reset or malformed answer, or `timeoutMs` after the call.
 */
export function wireRequest(request: WireRequest): Promise<ParsedResponse> {
  const { signal } = request;
  if (signal?.aborted) return Promise.reject(new Error('interrupted'));
  const tracked = signal ? trackedBy(signal) : undefined;
  let exchange: Exchange;
  try {
    const { uri, method, body } = request;
    // Origin and path-with-query from the text, without a URL object.
    const schemeEnd = uri.indexOf('://');
    if (schemeEnd < 0) throw new Error('invalid URL');
    let end = schemeEnd + 3;
    while (end < uri.length) {
      const c = uri.charCodeAt(end);
      if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
      end++;
    }
    const pool = poolFor(uri.slice(0, end));
    const hash = uri.indexOf('#', end);
    let path = hash < 0 ? uri.slice(end) : uri.slice(end, hash);
    if (path === '' || path.charCodeAt(0) === 0x3f) path = `/${path}`;
    if (INVALID_PATH.test(path)) throw new Error('request path contains unescaped characters');
    if (!TOKEN.test(method)) throw new Error('invalid request method');
    let head = `${method} ${path} HTTP/1.1\r\n`;
    let host = false;
    let acceptEncoding = false;
    let contentLength = false;
    // `Headers` refused bad names and values when they were set; anything else is checked here.
    const checked = request.headers instanceof Headers;
    for (const [name, value] of request.headers) {
      if (!checked && (INVALID_VALUE.test(value) || !TOKEN.test(name))) throw new Error(`invalid request header ${TOKEN.test(name) ? name : ''}`.trim());
      head += `${name}: ${value}\r\n`;
      if (name === 'host') host = true;
      else if (name === 'accept-encoding') acceptEncoding = true;
      else if (name === 'content-length') contentLength = true;
    }
    if (!host) head += `host: ${pool.authority}\r\n`;
    // As fetch asked, and what node-transport.ts inflates.
    if (!acceptEncoding) head += 'accept-encoding: gzip, deflate\r\n';
    let payload: Buffer | string;
    if (body === undefined || body === '') {
      if (!contentLength && (body !== undefined || BODY_METHODS.has(method))) head += 'content-length: 0\r\n';
      payload = `${head}\r\n`;
    } else {
      const bodyBytes = Buffer.byteLength(body, 'utf8');
      if (!contentLength) head += `content-length: ${bodyBytes}\r\n`;
      head += '\r\n';
      // One write: the head (latin1, as `Headers` holds byte strings) and the body (UTF-8).
      const buffer = Buffer.allocUnsafe(head.length + bodyBytes);
      buffer.write(head, 0, 'latin1');
      buffer.write(body, head.length, 'utf8');
      payload = buffer;
    }
    exchange = new Exchange(pool, payload, method === 'HEAD', Date.now() + request.timeoutMs, tracked);
  } catch (error) {
    return Promise.reject(error);
  }
  tracked?.add(exchange);
  exchange.pool.start(exchange);
  return exchange.promise;
}

/** Closes every idle socket (tests; the process never needs to: idle sockets are unref'd). */
export function closeIdleSockets(): void {
  for (const pool of pools.values()) for (const connection of [...pool.idle]) connection.destroy();
}
