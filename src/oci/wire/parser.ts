// An HTTP/1.1 response parser for the socket-level client (client.ts): status line, header
// section, and a body framed by Content-Length, chunked transfer-encoding (trailers read and
// dropped), or the end of the connection; no body for HEAD, 1xx, 204 and 304. It is fed the
// socket's chunks as they come, so a response may be split anywhere. Every byte is the
// server's: the header section and the body are bounded, and anything malformed is a
// `WireProtocolError` (the retry layer treats it as a reset; the connection is not reused).

/** Bytes of a response's header section (status line, headers, and each trailer section). */
export const MAX_HEAD_BYTES = 64 * 1024;
/**
 * Bytes of a response body, as sent and once inflated. Nothing bounded bodies before the
 * socket-level client; OCI's largest answers (a page of 1,000 items, a Terraform state) are
 * far below this.
 */
export const MAX_BODY_BYTES = 128 * 1024 * 1024;
/** Bytes of one chunk-size line, extensions included. */
const MAX_CHUNK_LINE_BYTES = 4096;

/** A response that is not HTTP/1.x as the client reads it; `code` names what was wrong. */
export class WireProtocolError extends Error {
  override name = 'WireProtocolError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Where the parser is in a response (numbers, so the switch below stays a jump table).
const State = { Head: 0, Length: 1, ChunkSize: 2, ChunkData: 3, ChunkEnd: 4, Trailers: 5, UntilClose: 6, Done: 7 } as const;
type State = (typeof State)[keyof typeof State];

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: ([^\r\n]*))?$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DIGITS = /^\d{1,15}$/;
const HEX = /^[0-9A-Fa-f]{1,12}$/;

/** The parsed answer: headers lower-cased into a Map (duplicates joined by ", "), the body whole. */
export interface ParsedResponse {
  status: number;
  statusText: string;
  headers: Map<string, string>;
  setCookie: string[];
  body: Buffer;
  /** The connection may carry another request: HTTP/1.1 without `Connection: close` (1.0 with keep-alive), nothing sent past the end. */
  keepAlive: boolean;
}

/**
 * One response at a time: `expect` before a request, `feed` with each chunk until it returns
 * true, `close` when the connection ended (completes a body read until the end, or throws).
 */
export class ResponseParser {
  private state: State = State.Done;
  private pending: Buffer | undefined;
  private noBody = false;
  private status = 0;
  private statusText = '';
  // Replaced by each response's own (readHead), never shared between responses.
  private headers = new Map<string, string>();
  private setCookie: string[] = [];
  private keepAlive = true;
  private remaining = 0;
  private chunks: Buffer[] = [];
  private bodyBytes = 0;
  private trailerBytes = 0;
  /** Bytes of the response seen so far (0: nothing read, a reused socket may be retried). */
  received = 0;
  /** Bytes past the end of the response (a server answering twice): the connection is spoiled. */
  extra = false;

  /** Ready for the answer to a request; `head` when the request was a HEAD (no body follows). */
  expect(head: boolean): void {
    this.state = State.Head;
    this.pending = undefined;
    this.noBody = head;
    this.keepAlive = true;
    this.chunks = [];
    this.bodyBytes = 0;
    this.trailerBytes = 0;
    this.received = 0;
    this.extra = false;
  }

  get idle(): boolean {
    return this.state === State.Done;
  }

  /** Feeds one chunk; true once the response is complete. Throws `WireProtocolError`. */
  feed(chunk: Buffer): boolean {
    if (this.state === State.Done) {
      this.extra = true;
      return true;
    }
    this.received += chunk.length;
    let data = chunk;
    if (this.pending) {
      data = Buffer.concat([this.pending, chunk]);
      this.pending = undefined;
    }
    let at = 0;
    while (at < data.length) {
      switch (this.state) {
        case State.Head: {
          const end = data.indexOf(HEAD_END, at);
          if (end < 0) return this.keep(data, at, MAX_HEAD_BYTES, 'HPE_HEADER_OVERFLOW', 'response header section too large');
          if (end - at > MAX_HEAD_BYTES) throw new WireProtocolError('HPE_HEADER_OVERFLOW', 'response header section too large');
          this.readHead(data.toString('latin1', at, end));
          at = end + 4;
          break;
        }
        case State.Length: {
          at = this.bodyFrom(data, at);
          if (this.remaining === 0) this.state = State.Done;
          break;
        }
        case State.ChunkSize: {
          const end = data.indexOf(CRLF, at);
          if (end < 0) return this.keep(data, at, MAX_CHUNK_LINE_BYTES, 'HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
          if (end - at > MAX_CHUNK_LINE_BYTES) throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
          const line = data.toString('latin1', at, end);
          const semi = line.indexOf(';');
          const size = (semi < 0 ? line : line.slice(0, semi)).trim();
          if (!HEX.test(size)) throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
          this.remaining = Number.parseInt(size, 16);
          at = end + 2;
          this.state = this.remaining === 0 ? State.Trailers : State.ChunkData;
          break;
        }
        case State.ChunkData: {
          at = this.bodyFrom(data, at);
          if (this.remaining === 0) this.state = State.ChunkEnd;
          break;
        }
        case State.ChunkEnd: {
          if (data.length - at < 2) return this.keep(data, at, 2, 'HPE_INVALID_CHUNK_SIZE', 'malformed chunk');
          if (data[at] !== 0x0d || data[at + 1] !== 0x0a) throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk (no CRLF after its data)');
          at += 2;
          this.state = State.ChunkSize;
          break;
        }
        case State.Trailers: {
          const end = data.indexOf(CRLF, at);
          if (end < 0) return this.keep(data, at, MAX_HEAD_BYTES - this.trailerBytes, 'HPE_HEADER_OVERFLOW', 'response trailer section too large');
          this.trailerBytes += end - at + 2;
          if (this.trailerBytes > MAX_HEAD_BYTES) throw new WireProtocolError('HPE_HEADER_OVERFLOW', 'response trailer section too large');
          // Trailer fields are read past and dropped; an empty line ends the message.
          if (end === at) this.state = State.Done;
          at = end + 2;
          break;
        }
        case State.UntilClose:
          this.body(at === 0 ? data : data.subarray(at));
          at = data.length;
          break;
        case State.Done:
          this.extra = true;
          return true;
      }
    }
    return this.state === State.Done;
  }

  /** The connection ended: the body read until then is the body, or the response is cut short. */
  close(): boolean {
    if (this.state === State.UntilClose) {
      this.state = State.Done;
      return true;
    }
    return this.state === State.Done;
  }

  /** The finished response (once `feed` or `close` said so). */
  result(): ParsedResponse {
    const body = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, this.bodyBytes);
    this.chunks = [];
    return {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
      setCookie: this.setCookie,
      body,
      keepAlive: this.keepAlive && !this.extra,
    };
  }

  private keep(data: Buffer, at: number, limit: number, code: string, message: string): false {
    if (data.length - at > limit) throw new WireProtocolError(code, message);
    this.pending = at === 0 ? data : data.subarray(at);
    return false;
  }

  /** Takes what is left of the current body part (or chunk) from `data` at `at`; returns where it ended. */
  private bodyFrom(data: Buffer, at: number): number {
    const take = Math.min(this.remaining, data.length - at);
    this.body(data.subarray(at, at + take));
    this.remaining -= take;
    return at + take;
  }

  private body(part: Buffer): void {
    if (part.length === 0) return;
    this.bodyBytes += part.length;
    if (this.bodyBytes > MAX_BODY_BYTES) throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes`);
    this.chunks.push(part);
  }

  private readHead(text: string): void {
    const lines = text.split('\r\n');
    const match = STATUS_LINE.exec(lines[0] ?? '');
    if (!match) throw new WireProtocolError('HPE_INVALID_CONSTANT', 'malformed status line');
    const status = Number(match[2]);
    const headers = new Map<string, string>();
    const setCookie: string[] = [];
    let contentLength: string | undefined;
    let transferEncoding: string | undefined;
    let connection = '';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      if (colon <= 0) throw new WireProtocolError('HPE_INVALID_HEADER_TOKEN', 'malformed header line');
      const name = line.slice(0, colon);
      // A name with spaces around it, or a folded line, is how responses are smuggled.
      if (!TOKEN.test(name)) throw new WireProtocolError('HPE_INVALID_HEADER_TOKEN', 'malformed header name');
      const key = name.toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'set-cookie') setCookie.push(value);
      else if (key === 'content-length') {
        if (!DIGITS.test(value) || (contentLength !== undefined && contentLength !== value)) throw new WireProtocolError('HPE_INVALID_CONTENT_LENGTH', 'malformed Content-Length');
        contentLength = value;
      } else if (key === 'transfer-encoding') transferEncoding = transferEncoding === undefined ? value : `${transferEncoding}, ${value}`;
      else if (key === 'connection') connection += `${value.toLowerCase()},`;
      const seen = headers.get(key);
      headers.set(key, seen === undefined ? value : key === 'content-length' ? seen : `${seen}, ${value}`);
    }
    if (status < 200) {
      // 100 Continue and other interim answers: the real one follows. 101 would switch protocols.
      if (status === 101) throw new WireProtocolError('HPE_UNEXPECTED_UPGRADE', 'unexpected protocol switch');
      this.state = State.Head;
      return;
    }
    this.status = status;
    this.statusText = match[3] ?? '';
    this.headers = headers;
    this.setCookie = setCookie;
    const http10 = match[1] === '0';
    this.keepAlive = http10 ? /(?:^|[\s,])keep-alive\s*,/.test(connection) : !/(?:^|[\s,])close\s*,/.test(connection);
    if (this.noBody || status === 204 || status === 304) {
      this.state = State.Done;
      return;
    }
    if (transferEncoding !== undefined) {
      // Both framings: chunked wins, and the connection is not trusted with another request.
      if (contentLength !== undefined) this.keepAlive = false;
      const codings = transferEncoding.toLowerCase().split(',');
      if ((codings[codings.length - 1] ?? '').trim() === 'chunked') {
        this.state = State.ChunkSize;
        return;
      }
      this.keepAlive = false;
      this.state = State.UntilClose;
      return;
    }
    if (contentLength !== undefined) {
      this.remaining = Number(contentLength);
      if (this.remaining > MAX_BODY_BYTES) throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes`);
      this.state = this.remaining === 0 ? State.Done : State.Length;
      return;
    }
    this.keepAlive = false;
    this.state = State.UntilClose;
  }
}
