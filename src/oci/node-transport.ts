// The wire under OciHttpClient when no proxy is configured: a socket-level HTTP/1.1 client
// (wire/client.ts: a keep-alive pool per host, one socket write per request, a small response
// parser), the whole body read before the SDK sees the answer, and a small Response stand-in
// instead of a WHATWG Response. Issue 11: undici's `fetch` (WHATWG streams, a Request, a
// Response and their Headers per call) was about a fifth of the CLI's CPU, and node:http's
// ClientRequest / IncomingMessage / agent machinery most of what remained of the wire. TLS is
// Node's default (the bundled CA store plus NODE_EXTRA_CA_CERTS), as it was under fetch.
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { MAX_BODY_BYTES, WireProtocolError } from './wire/parser.js';
import { type WireRequest, wireRequest } from './wire/client.js';

/** What the SDK reads of a response's headers (`get` above all), over the lower-cased names the wire read. */
export class ResponseHeaders {
  constructor(
    private readonly raw: ReadonlyMap<string, string>,
    private readonly cookies: readonly string[] = [],
  ) {}

  get(name: string): string | null {
    const key = name.toLowerCase();
    if (key === 'set-cookie') return this.cookies.length > 0 ? this.cookies.join(', ') : null;
    return this.raw.get(key) ?? null;
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }

  getSetCookie(): string[] {
    return [...this.cookies];
  }

  *entries(): IterableIterator<[string, string]> {
    const names = [...this.raw.keys()];
    if (this.cookies.length > 0) names.push('set-cookie');
    for (const name of names.sort()) {
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

// Inflated no larger than a body may be sent (a small compressed answer must not become a
// huge one in memory).
const limit = { maxOutputLength: MAX_BODY_BYTES };
const gunzip = promisify((data: Buffer, callback: (error: Error | null, result: Buffer) => void) => zlib.gunzip(data, limit, callback));
// A Map: the Content-Encoding is the server's text, never an object key.
const inflaters = new Map<string, (data: Buffer) => Promise<Buffer>>([
  ['gzip', gunzip],
  ['x-gzip', gunzip],
  ['deflate', promisify((data: Buffer, callback: (error: Error | null, result: Buffer) => void) => zlib.inflate(data, limit, callback))],
  ['br', promisify((data: Buffer, callback: (error: Error | null, result: Buffer) => void) => zlib.brotliDecompress(data, limit, callback))],
]);

export type NodeRequestOptions = Omit<WireRequest, 'uri' | 'headers'> & { headers: Headers };

/**
 * One HTTP exchange on a pooled keep-alive socket, body read whole (and inflated if the server
 * compressed it). Rejects on a connection error, a reset mid-body, a malformed answer, or
 * `timeoutMs` after start.
 */
export async function nodeRequest(uri: string, options: NodeRequestOptions): Promise<BufferedResponse> {
  const answer = await wireRequest({ ...options, uri });
  const headers = new ResponseHeaders(answer.headers, answer.setCookie);
  const raw = answer.body;
  const encoding = raw.length > 0 ? answer.headers.get('content-encoding') : undefined;
  const inflate = encoding ? inflaters.get(encoding.trim().toLowerCase()) : undefined;
  if (!inflate) return new BufferedResponse(answer.status, answer.statusText, headers, raw, uri);
  let data: Buffer;
  try {
    data = await inflate(raw);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes once inflated`);
    throw error;
  }
  return new BufferedResponse(answer.status, answer.statusText, headers, data, uri);
}
