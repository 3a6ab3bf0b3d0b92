// The wire under OciHttpClient when no proxy is configured: node:http / node:https on one
// keep-alive agent per scheme (bounded sockets per host), the whole body read before the SDK
// sees the answer, and a small Response stand-in instead of a WHATWG Response. Issue 11: undici's
// `fetch` (WHATWG streams, a Request, a Response and their Headers per call, a second Response
// rebuilt around the buffered body) was about a fifth of the CLI's CPU; this path does one
// http.request and one Buffer.concat per attempt. TLS is Node's default (the bundled CA store
// plus NODE_EXTRA_CA_CERTS), as it was under fetch.
import * as http from 'node:http';
import * as https from 'node:https';
import { urlToHttpOptions } from 'node:url';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

/** Sockets per host and scheme; the limiters keep requests in flight lower than this. */
export const MAX_SOCKETS_PER_HOST = 64;

const agentOptions: http.AgentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST, maxFreeSockets: MAX_SOCKETS_PER_HOST, scheduling: 'lifo' };
let agents: { http: http.Agent; https: https.Agent } | undefined;

/** The process's keep-alive agents (made on first use; idle sockets do not keep it alive). */
export function keepAliveAgents(): { http: http.Agent; https: https.Agent } {
  agents ??= { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  return agents;
}

/** An attempt that outlived its time: `describeTransportError` names it "request timed out". */
export class RequestTimeoutError extends Error {
  override name = 'TimeoutError';
  constructor() {
    super('request timed out');
  }
}

/** What the SDK reads of a response's headers (`get` above all), over Node's lower-cased object. */
export class ResponseHeaders {
  constructor(private readonly raw: http.IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return typeof value === 'string' ? value : value.join(', ');
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  getSetCookie(): string[] {
    return this.raw['set-cookie'] ?? [];
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, parent: ResponseHeaders) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this);
  }
}

/**
 * The part of a WHATWG Response the SDK and the transport use: status, statusText, headers,
 * json()/text()/arrayBuffer(), and `body` as a ReadableStream (made only when asked for, by the
 * few operations that hand the body out, such as GetStackTfState).
 */
export class BufferedResponse {
  readonly type = 'basic';
  readonly redirected = false;
  bodyUsed = false;
  private stream: ReadableStream<Uint8Array> | null | undefined;

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly data: Buffer,
    readonly url: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  get body(): ReadableStream<Uint8Array> | null {
    if (this.stream === undefined) {
      this.stream = this.status === 204 || this.status === 304 ? null : new Blob([this.data]).stream();
    }
    return this.stream;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    const text = this.data.toString('utf8');
    // As fetch decodes it: a leading byte-order mark is not text.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.bodyUsed = true;
    const copy = new Uint8Array(this.data.byteLength);
    copy.set(this.data);
    return copy.buffer;
  }

  async blob(): Promise<Blob> {
    this.bodyUsed = true;
    return new Blob([this.data]);
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this.status, this.statusText, this.headers, this.data, this.url);
  }

  /** For the SDK, whose HttpClient returns a Response: this object answers what it reads of one. */
  asResponse(): Response {
    return this as unknown as Response;
  }
}

const gunzip = promisify(zlib.gunzip);
// A Map: the Content-Encoding is the server's text, never an object key.
const inflaters = new Map<string, (data: Buffer) => Promise<Buffer>>([
  ['gzip', gunzip],
  ['x-gzip', gunzip],
  ['deflate', promisify(zlib.inflate)],
  ['br', promisify(zlib.brotliDecompress)],
]);

// Requests in flight per run signal, so one listener per signal ends them all on interrupt.
const inFlight = new WeakMap<AbortSignal, Set<http.ClientRequest>>();

function trackedBy(signal: AbortSignal): Set<http.ClientRequest> {
  let set = inFlight.get(signal);
  if (!set) {
    const requests = new Set<http.ClientRequest>();
    set = requests;
    inFlight.set(signal, requests);
    signal.addEventListener(
      'abort',
      () => {
        for (const request of requests) request.destroy(new Error('interrupted'));
        requests.clear();
      },
      { once: true },
    );
  }
  return set;
}

export interface NodeRequestOptions {
  method: string;
  headers: Headers;
  body: string | undefined;
  timeoutMs: number;
  /** The run's signal: once aborted, requests in flight are destroyed. */
  signal?: AbortSignal | undefined;
}

/**
 * One HTTP exchange over the keep-alive agent, body read whole (and inflated if the server
 * compressed it). Rejects on a connection error, a reset mid-body, or `timeoutMs` after start.
 */
export function nodeRequest(uri: string, options: NodeRequestOptions): Promise<BufferedResponse> {
  const url = new URL(uri);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
  const headers: Record<string, string> = {};
  for (const [name, value] of options.headers) headers[name] = value;
  headers['accept-encoding'] ??= 'gzip, deflate';
  const { body } = options;
  if (body !== undefined && headers['content-length'] === undefined) headers['content-length'] = String(Buffer.byteLength(body, 'utf8'));
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new Error('interrupted'));
  const pool = keepAliveAgents();
  return new Promise<BufferedResponse>((resolve, reject) => {
    const target = urlToHttpOptions(url);
    const request = (secure ? https : http).request({
      protocol: target.protocol,
      hostname: target.hostname,
      port: target.port,
      path: target.path,
      method: options.method,
      headers,
      agent: secure ? pool.https : pool.http,
    });
    const tracked = signal ? trackedBy(signal) : undefined;
    tracked?.add(request);
    let settled = false;
    const timer = setTimeout(() => request.destroy(new RequestTimeoutError()), options.timeoutMs);
    const finish = (error: Error | undefined, response?: BufferedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      tracked?.delete(request);
      if (error) reject(error);
      else if (response) resolve(response);
    };
    request.on('error', (error) => finish(error));
    request.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', (error) => finish(error));
      incoming.on('aborted', () => finish(Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' })));
      incoming.on('end', () => {
        if (!incoming.complete) {
          finish(Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' }));
          return;
        }
        const raw = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
        const status = incoming.statusCode ?? 0;
        const make = (data: Buffer) => new BufferedResponse(status, incoming.statusMessage ?? '', new ResponseHeaders(incoming.headers), data, uri);
        const encoding = incoming.headers['content-encoding']?.trim().toLowerCase();
        const inflate = encoding && raw.length > 0 ? inflaters.get(encoding) : undefined;
        if (!inflate) {
          finish(undefined, make(raw));
          return;
        }
        inflate(raw).then(
          (data) => finish(undefined, make(data)),
          (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
        );
      });
    });
    request.end(body);
  });
}
