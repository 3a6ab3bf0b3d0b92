export const id = 5211;
export const ids = [5211];
export const modules = {

/***/ 15211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vj: () => (/* binding */ ApiCallRecorder),
  PF: () => (/* binding */ OciHttpClient),
  Uf: () => (/* binding */ asOciError),
  Fm: () => (/* binding */ proxyAwareFetch),
  $v: () => (/* binding */ sanitizeSdkMessage)
});

// UNUSED EXPORTS: OciSigningError, OciTransportError, hostOf

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/oci/wire/parser.js
// An HTTP/1.1 response parser for the socket-level client (client.ts): status line, header
// section, and a body framed by Content-Length, chunked transfer-encoding (trailers read and
// dropped), or the end of the connection; no body for HEAD, 1xx, 204 and 304. It is fed the
// socket's chunks as they come, so a response may be split anywhere. Every byte is the
// server's: the header section and the body are bounded, and anything malformed is a
// `WireProtocolError` (the retry layer treats it as a reset; the connection is not reused).
/** Bytes of a response's header section (status line, headers, and each trailer section). */
const MAX_HEAD_BYTES = 64 * 1024;
/**
 * Bytes of a response body, as sent and once inflated. Nothing bounded bodies before the
 * socket-level client; OCI's largest answers (a page of 1,000 items, a Terraform state) are
 * far below this.
 */
const MAX_BODY_BYTES = 128 * 1024 * 1024;
/** Bytes of one chunk-size line, extensions included. */
const MAX_CHUNK_LINE_BYTES = 4096;
/** A response that is not HTTP/1.x as the client reads it; `code` names what was wrong. */
class WireProtocolError extends Error {
    code;
    name = 'WireProtocolError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
// Where the parser is in a response (numbers, so the switch below stays a jump table).
const State = { Head: 0, Length: 1, ChunkSize: 2, ChunkData: 3, ChunkEnd: 4, Trailers: 5, UntilClose: 6, Done: 7 };
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)(?: ([^\r\n]*))?$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const DIGITS = /^\d{1,15}$/;
const HEX = /^[0-9A-Fa-f]{1,12}$/;
/**
 * One response at a time: `expect` before a request, `feed` with each chunk until it returns
 * true, `close` when the connection ended (completes a body read until the end, or throws).
 */
class ResponseParser {
    state = State.Done;
    pending;
    noBody = false;
    status = 0;
    statusText = '';
    // Replaced by each response's own (readHead), never shared between responses.
    headers = new Map();
    setCookie = [];
    keepAlive = true;
    remaining = 0;
    chunks = [];
    bodyBytes = 0;
    trailerBytes = 0;
    /** Bytes of the response seen so far (0: nothing read, a reused socket may be retried). */
    received = 0;
    /** Bytes past the end of the response (a server answering twice): the connection is spoiled. */
    extra = false;
    /** Ready for the answer to a request; `head` when the request was a HEAD (no body follows). */
    expect(head) {
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
    get idle() {
        return this.state === State.Done;
    }
    /** Feeds one chunk; true once the response is complete. Throws `WireProtocolError`. */
    feed(chunk) {
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
                    if (end < 0)
                        return this.keep(data, at, MAX_HEAD_BYTES, 'HPE_HEADER_OVERFLOW', 'response header section too large');
                    if (end - at > MAX_HEAD_BYTES)
                        throw new WireProtocolError('HPE_HEADER_OVERFLOW', 'response header section too large');
                    this.readHead(data.toString('latin1', at, end));
                    at = end + 4;
                    break;
                }
                case State.Length: {
                    at = this.bodyFrom(data, at);
                    if (this.remaining === 0)
                        this.state = State.Done;
                    break;
                }
                case State.ChunkSize: {
                    const end = data.indexOf(CRLF, at);
                    if (end < 0)
                        return this.keep(data, at, MAX_CHUNK_LINE_BYTES, 'HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
                    if (end - at > MAX_CHUNK_LINE_BYTES)
                        throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
                    const line = data.toString('latin1', at, end);
                    const semi = line.indexOf(';');
                    const size = (semi < 0 ? line : line.slice(0, semi)).trim();
                    if (!HEX.test(size))
                        throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk size');
                    this.remaining = Number.parseInt(size, 16);
                    at = end + 2;
                    this.state = this.remaining === 0 ? State.Trailers : State.ChunkData;
                    break;
                }
                case State.ChunkData: {
                    at = this.bodyFrom(data, at);
                    if (this.remaining === 0)
                        this.state = State.ChunkEnd;
                    break;
                }
                case State.ChunkEnd: {
                    if (data.length - at < 2)
                        return this.keep(data, at, 2, 'HPE_INVALID_CHUNK_SIZE', 'malformed chunk');
                    if (data[at] !== 0x0d || data[at + 1] !== 0x0a)
                        throw new WireProtocolError('HPE_INVALID_CHUNK_SIZE', 'malformed chunk (no CRLF after its data)');
                    at += 2;
                    this.state = State.ChunkSize;
                    break;
                }
                case State.Trailers: {
                    const end = data.indexOf(CRLF, at);
                    if (end < 0)
                        return this.keep(data, at, MAX_HEAD_BYTES - this.trailerBytes, 'HPE_HEADER_OVERFLOW', 'response trailer section too large');
                    this.trailerBytes += end - at + 2;
                    if (this.trailerBytes > MAX_HEAD_BYTES)
                        throw new WireProtocolError('HPE_HEADER_OVERFLOW', 'response trailer section too large');
                    // Trailer fields are read past and dropped; an empty line ends the message.
                    if (end === at)
                        this.state = State.Done;
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
    close() {
        if (this.state === State.UntilClose) {
            this.state = State.Done;
            return true;
        }
        return this.state === State.Done;
    }
    /** The finished response (once `feed` or `close` said so). */
    result() {
        const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.bodyBytes);
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
    keep(data, at, limit, code, message) {
        if (data.length - at > limit)
            throw new WireProtocolError(code, message);
        this.pending = at === 0 ? data : data.subarray(at);
        return false;
    }
    /** Takes what is left of the current body part (or chunk) from `data` at `at`; returns where it ended. */
    bodyFrom(data, at) {
        const take = Math.min(this.remaining, data.length - at);
        this.body(data.subarray(at, at + take));
        this.remaining -= take;
        return at + take;
    }
    body(part) {
        if (part.length === 0)
            return;
        this.bodyBytes += part.length;
        if (this.bodyBytes > MAX_BODY_BYTES)
            throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes`);
        this.chunks.push(part);
    }
    readHead(text) {
        const lines = text.split('\r\n');
        const match = STATUS_LINE.exec(lines[0] ?? '');
        if (!match)
            throw new WireProtocolError('HPE_INVALID_CONSTANT', 'malformed status line');
        const status = Number(match[2]);
        const headers = new Map();
        const setCookie = [];
        let contentLength;
        let transferEncoding;
        let connection = '';
        for (let i = 1; i < lines.length; i++) {
            const line = lines[i];
            const colon = line.indexOf(':');
            if (colon <= 0)
                throw new WireProtocolError('HPE_INVALID_HEADER_TOKEN', 'malformed header line');
            const name = line.slice(0, colon);
            // A name with spaces around it, or a folded line, is how responses are smuggled.
            if (!TOKEN.test(name))
                throw new WireProtocolError('HPE_INVALID_HEADER_TOKEN', 'malformed header name');
            const key = name.toLowerCase();
            const value = line.slice(colon + 1).trim();
            if (key === 'set-cookie')
                setCookie.push(value);
            else if (key === 'content-length') {
                if (!DIGITS.test(value) || (contentLength !== undefined && contentLength !== value))
                    throw new WireProtocolError('HPE_INVALID_CONTENT_LENGTH', 'malformed Content-Length');
                contentLength = value;
            }
            else if (key === 'transfer-encoding')
                transferEncoding = transferEncoding === undefined ? value : `${transferEncoding}, ${value}`;
            else if (key === 'connection')
                connection += `${value.toLowerCase()},`;
            const seen = headers.get(key);
            headers.set(key, seen === undefined ? value : key === 'content-length' ? seen : `${seen}, ${value}`);
        }
        if (status < 200) {
            // 100 Continue and other interim answers: the real one follows. 101 would switch protocols.
            if (status === 101)
                throw new WireProtocolError('HPE_UNEXPECTED_UPGRADE', 'unexpected protocol switch');
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
            if (contentLength !== undefined)
                this.keepAlive = false;
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
            if (this.remaining > MAX_BODY_BYTES)
                throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes`);
            this.state = this.remaining === 0 ? State.Done : State.Length;
            return;
        }
        this.keepAlive = false;
        this.state = State.UntilClose;
    }
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./build/src/oci/wire/client.js
// A minimal HTTP/1.1 client on `net` / `tls` sockets, for the SDK's requests when no proxy is
// configured (node-transport.ts puts the Response the SDK reads on top). Per (scheme, host,
// port) a keep-alive pool of at most MAX_SOCKETS_PER_HOST sockets, the most recently used idle
// socket first; idle sockets do not keep the process alive and are closed after IDLE_CLOSE_MS.
// A request is one socket write (head and body in one buffer); the answer is read by
// parser.ts. One interval for the whole process checks deadlines and idle sockets, instead of
// a timer per request. node:http did the same work through ClientRequest, IncomingMessage,
// the agent's socket bookkeeping, streams and events per request (issue 11, item 2).



/** Sockets per (scheme, host, port); the limiters keep requests in flight lower than this. */
const MAX_SOCKETS_PER_HOST = 64;
/** An idle socket is closed after this long (servers close theirs after 5 s or more). */
const IDLE_CLOSE_MS = 4000;
/** How often deadlines and idle sockets are checked (a timeout fires up to this late). */
const TICK_MS = 100;
/** An attempt that outlived its time: `describeTransportError` names it "request timed out". */
class RequestTimeoutError extends Error {
    name = 'TimeoutError';
    constructor() {
        super('request timed out');
    }
}
const client_TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// As node:http refuses them: a path with spaces or controls would split the request line.
const INVALID_PATH = /[^\u0021-\u00ff]/;
// What `Headers` refuses in a value: a request is written as raw text.
const INVALID_VALUE = /[\0\r\n]/;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
function connectionError(code, message) {
    return Object.assign(new Error(message), { code });
}
class Exchange {
    pool;
    payload;
    head;
    deadline;
    tracked;
    promise;
    resolve;
    reject;
    connection;
    /** Sent again once already, on a fresh socket, after a reused one closed without answering. */
    retried = false;
    done = false;
    constructor(pool, payload, head, deadline, tracked) {
        this.pool = pool;
        this.payload = payload;
        this.head = head;
        this.deadline = deadline;
        this.tracked = tracked;
        this.promise = new Promise((resolve, reject) => {
            this.resolve = resolve;
            this.reject = reject;
        });
    }
    succeed(response) {
        if (this.done)
            return;
        this.done = true;
        this.tracked?.delete(this);
        this.resolve(response);
    }
    /** Ends the exchange with `error`; its socket (if it has one) is destroyed, never reused. */
    fail(error) {
        if (this.done)
            return;
        this.done = true;
        this.tracked?.delete(this);
        const connection = this.connection;
        this.connection = undefined;
        if (connection) {
            connection.exchange = undefined;
            connection.destroy();
        }
        else
            this.pool.dequeue(this);
        this.reject(error);
    }
}
class Connection {
    pool;
    socket;
    parser = new ResponseParser();
    exchange;
    /** Responses read whole on this socket (more than 0: a reused socket). */
    served = 0;
    /** When it went idle; 0 while it carries a request. */
    idleSince = 0;
    closed = false;
    constructor(pool) {
        this.pool = pool;
        const socket = pool.secure
            ? external_node_tls_.connect({ host: pool.hostname, port: pool.port, ...(pool.servername ? { servername: pool.servername } : {}), ...(pool.session ? { session: pool.session } : {}) })
            : external_node_net_.connect({ host: pool.hostname, port: pool.port });
        this.socket = socket;
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.onData(chunk));
        socket.on('end', () => this.onEnd());
        socket.on('error', (error) => this.onLoss(error));
        socket.on('close', () => this.onLoss(undefined));
        if (pool.secure)
            socket.on('session', (session) => pool.keepSession(session));
    }
    send(exchange) {
        this.exchange = exchange;
        exchange.connection = this;
        this.idleSince = 0;
        this.parser.expect(exchange.head);
        this.socket.ref();
        if (typeof exchange.payload === 'string')
            this.socket.write(exchange.payload, 'latin1');
        else
            this.socket.write(exchange.payload);
    }
    destroy() {
        if (!this.closed) {
            this.closed = true;
            this.socket.destroy();
        }
        this.pool.remove(this);
    }
    onData(chunk) {
        const exchange = this.exchange;
        if (!exchange) {
            // Bytes nobody asked for (on an idle socket, or past a response): the socket is spoiled.
            this.destroy();
            return;
        }
        let complete;
        try {
            complete = this.parser.feed(chunk);
        }
        catch (error) {
            exchange.fail(error instanceof Error ? error : new WireProtocolError('HPE_INTERNAL', String(error)));
            return;
        }
        if (complete)
            this.finish(exchange);
    }
    finish(exchange) {
        this.exchange = undefined;
        exchange.connection = undefined;
        const response = this.parser.result();
        this.served++;
        if (response.keepAlive && !this.closed)
            this.pool.release(this);
        else
            this.destroy();
        exchange.succeed(response);
    }
    onEnd() {
        const exchange = this.exchange;
        // A body read until the connection ends is complete now.
        if (exchange && this.parser.close())
            this.finish(exchange);
        else
            this.onLoss(undefined);
    }
    /** The socket failed or closed: the exchange on it (if any) is retried once, or fails. */
    onLoss(error) {
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
        exchange.fail(error ??
            (this.parser.received === 0
                ? connectionError('ECONNRESET', 'socket hang up')
                : connectionError('ECONNRESET', 'connection closed mid-body')));
    }
}
class Pool {
    secure;
    hostname;
    port;
    authority;
    all = new Set();
    /** Idle sockets, the most recently used last (popped first). */
    idle = [];
    /** Requests waiting for a socket, first come first served. */
    queue = [];
    session;
    servername;
    constructor(secure, hostname, port, 
    /** The Host header when the caller sent none. */
    authority) {
        this.secure = secure;
        this.hostname = hostname;
        this.port = port;
        this.authority = authority;
        // SNI names a host, never an address.
        this.servername = secure && external_node_net_.isIP(hostname) === 0 ? hostname : undefined;
    }
    keepSession(session) {
        this.session = session;
    }
    start(exchange) {
        while (this.idle.length > 0) {
            const connection = this.idle.pop();
            if (!connection.closed && !connection.socket.destroyed) {
                connection.send(exchange);
                return;
            }
            this.all.delete(connection);
        }
        if (this.all.size < MAX_SOCKETS_PER_HOST)
            this.openFor(exchange);
        else
            this.queue.push(exchange);
        ticking();
    }
    openFor(exchange) {
        const connection = new Connection(this);
        this.all.add(connection);
        connection.send(exchange);
        ticking();
    }
    release(connection) {
        const next = this.queue.shift();
        if (next) {
            connection.send(next);
            return;
        }
        connection.idleSince = Date.now();
        connection.socket.unref();
        this.idle.push(connection);
    }
    remove(connection) {
        if (!this.all.delete(connection))
            return;
        const at = this.idle.indexOf(connection);
        if (at >= 0)
            this.idle.splice(at, 1);
        const next = this.queue.shift();
        if (next)
            this.openFor(next);
    }
    dequeue(exchange) {
        const at = this.queue.indexOf(exchange);
        if (at >= 0)
            this.queue.splice(at, 1);
    }
    /** Fails what outlived its deadline, closes what sat idle too long; false once empty. */
    tick(now) {
        for (const connection of this.all) {
            const exchange = connection.exchange;
            if (exchange) {
                if (now >= exchange.deadline)
                    exchange.fail(new RequestTimeoutError());
            }
            else if (connection.idleSince > 0 && now - connection.idleSince >= IDLE_CLOSE_MS)
                connection.destroy();
        }
        for (const exchange of [...this.queue])
            if (now >= exchange.deadline)
                exchange.fail(new RequestTimeoutError());
        return this.all.size > 0 || this.queue.length > 0;
    }
}
// A Map: the origin is the URI's text, never an object key.
const pools = new Map();
let ticker;
function ticking() {
    if (ticker)
        return;
    ticker = setInterval(() => {
        const now = Date.now();
        let busy = false;
        for (const pool of pools.values())
            busy = pool.tick(now) || busy;
        if (!busy && ticker) {
            clearInterval(ticker);
            ticker = undefined;
        }
    }, TICK_MS);
    ticker.unref();
}
function poolFor(origin) {
    let pool = pools.get(origin);
    if (pool)
        return pool;
    const schemeEnd = origin.indexOf('://');
    const scheme = origin.slice(0, schemeEnd).toLowerCase();
    if (scheme !== 'http' && scheme !== 'https')
        throw new Error(`unsupported protocol ${scheme.slice(0, 16)}:`);
    const secure = scheme === 'https';
    let authority = origin.slice(schemeEnd + 3);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    let hostname;
    let portText = '';
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        if (close < 0)
            throw new Error('invalid URL host');
        hostname = authority.slice(1, close);
        if (authority[close + 1] === ':')
            portText = authority.slice(close + 2);
        else if (close + 1 !== authority.length)
            throw new Error('invalid URL host');
    }
    else {
        const colon = authority.lastIndexOf(':');
        hostname = colon < 0 ? authority : authority.slice(0, colon);
        if (colon >= 0)
            portText = authority.slice(colon + 1);
    }
    hostname = hostname.toLowerCase();
    const port = portText === '' ? (secure ? 443 : 80) : /^\d{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
    if (!hostname || !(port > 0 && port < 65536) || INVALID_PATH.test(hostname))
        throw new Error('invalid URL host');
    pool = new Pool(secure, hostname, port, authority.toLowerCase());
    pools.set(origin, pool);
    return pool;
}
// Requests in flight per run signal, so one listener per signal ends them all on interrupt.
const inFlight = new WeakMap();
function trackedBy(signal) {
    let set = inFlight.get(signal);
    if (!set) {
        const exchanges = new Set();
        set = exchanges;
        inFlight.set(signal, exchanges);
        signal.addEventListener('abort', () => {
            for (const exchange of [...exchanges])
                exchange.fail(new Error('interrupted'));
            exchanges.clear();
        }, { once: true });
    }
    return set;
}
/**
 * One HTTP/1.1 exchange on a pooled socket, the body read whole (not inflated). Rejects on a
 * connection error, a reset or malformed answer, or `timeoutMs` after the call.
 */
function wireRequest(request) {
    const { signal } = request;
    if (signal?.aborted)
        return Promise.reject(new Error('interrupted'));
    const tracked = signal ? trackedBy(signal) : undefined;
    let exchange;
    try {
        const { uri, method, body } = request;
        // Origin and path-with-query from the text, without a URL object.
        const schemeEnd = uri.indexOf('://');
        if (schemeEnd < 0)
            throw new Error('invalid URL');
        let end = schemeEnd + 3;
        while (end < uri.length) {
            const c = uri.charCodeAt(end);
            if (c === 0x2f || c === 0x3f || c === 0x23)
                break; // / ? #
            end++;
        }
        const pool = poolFor(uri.slice(0, end));
        const hash = uri.indexOf('#', end);
        let path = hash < 0 ? uri.slice(end) : uri.slice(end, hash);
        if (path === '' || path.charCodeAt(0) === 0x3f)
            path = `/${path}`;
        if (INVALID_PATH.test(path))
            throw new Error('request path contains unescaped characters');
        if (!client_TOKEN.test(method))
            throw new Error('invalid request method');
        let head = `${method} ${path} HTTP/1.1\r\n`;
        let host = false;
        let acceptEncoding = false;
        let contentLength = false;
        // `Headers` refused bad names and values when they were set; anything else is checked here.
        const checked = request.headers instanceof Headers;
        for (const [name, value] of request.headers) {
            if (!checked && (INVALID_VALUE.test(value) || !client_TOKEN.test(name)))
                throw new Error(`invalid request header ${client_TOKEN.test(name) ? name : ''}`.trim());
            head += `${name}: ${value}\r\n`;
            if (name === 'host')
                host = true;
            else if (name === 'accept-encoding')
                acceptEncoding = true;
            else if (name === 'content-length')
                contentLength = true;
        }
        if (!host)
            head += `host: ${pool.authority}\r\n`;
        // As fetch asked, and what node-transport.ts inflates.
        if (!acceptEncoding)
            head += 'accept-encoding: gzip, deflate\r\n';
        let payload;
        if (body === undefined || body === '') {
            if (!contentLength && (body !== undefined || BODY_METHODS.has(method)))
                head += 'content-length: 0\r\n';
            payload = `${head}\r\n`;
        }
        else {
            const bodyBytes = Buffer.byteLength(body, 'utf8');
            if (!contentLength)
                head += `content-length: ${bodyBytes}\r\n`;
            head += '\r\n';
            // One write: the head (latin1, as `Headers` holds byte strings) and the body (UTF-8).
            const buffer = Buffer.allocUnsafe(head.length + bodyBytes);
            buffer.write(head, 0, 'latin1');
            buffer.write(body, head.length, 'utf8');
            payload = buffer;
        }
        exchange = new Exchange(pool, payload, method === 'HEAD', Date.now() + request.timeoutMs, tracked);
    }
    catch (error) {
        return Promise.reject(error);
    }
    tracked?.add(exchange);
    exchange.pool.start(exchange);
    return exchange.promise;
}
/** Closes every idle socket (tests; the process never needs to: idle sockets are unref'd). */
function closeIdleSockets() {
    for (const pool of pools.values())
        for (const connection of [...pool.idle])
            connection.destroy();
}

;// CONCATENATED MODULE: ./build/src/oci/node-transport.js
// The wire under OciHttpClient when no proxy is configured: a socket-level HTTP/1.1 client
// (wire/client.ts: a keep-alive pool per host, one socket write per request, a small response
// parser), the whole body read before the SDK sees the answer, and a small Response stand-in
// instead of a WHATWG Response. Issue 11: undici's `fetch` (WHATWG streams, a Request, a
// Response and their Headers per call) was about a fifth of the CLI's CPU, and node:http's
// ClientRequest / IncomingMessage / agent machinery most of what remained of the wire. TLS is
// Node's default (the bundled CA store plus NODE_EXTRA_CA_CERTS), as it was under fetch.




/** What the SDK reads of a response's headers (`get` above all), over the lower-cased names the wire read. */
class ResponseHeaders {
    raw;
    cookies;
    constructor(raw, cookies = []) {
        this.raw = raw;
        this.cookies = cookies;
    }
    get(name) {
        const key = name.toLowerCase();
        if (key === 'set-cookie')
            return this.cookies.length > 0 ? this.cookies.join(', ') : null;
        return this.raw.get(key) ?? null;
    }
    has(name) {
        return this.get(name) !== null;
    }
    getSetCookie() {
        return [...this.cookies];
    }
    *entries() {
        const names = [...this.raw.keys()];
        if (this.cookies.length > 0)
            names.push('set-cookie');
        for (const name of names.sort()) {
            const value = this.get(name);
            if (value !== null)
                yield [name, value];
        }
    }
    *keys() {
        for (const [name] of this.entries())
            yield name;
    }
    *values() {
        for (const [, value] of this.entries())
            yield value;
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    forEach(callback) {
        for (const [name, value] of this.entries())
            callback(value, name, this);
    }
}
/**
 * The part of a WHATWG Response the SDK and the transport use: status, statusText, headers,
 * json()/text()/arrayBuffer(), and `body` as a ReadableStream (made only when asked for, by the
 * few operations that hand the body out, such as GetStackTfState).
 */
class BufferedResponse {
    status;
    statusText;
    headers;
    data;
    url;
    type = 'basic';
    redirected = false;
    bodyUsed = false;
    stream;
    constructor(status, statusText, headers, data, url) {
        this.status = status;
        this.statusText = statusText;
        this.headers = headers;
        this.data = data;
        this.url = url;
    }
    get ok() {
        return this.status >= 200 && this.status <= 299;
    }
    get body() {
        if (this.stream === undefined) {
            this.stream = this.status === 204 || this.status === 304 ? null : new Blob([this.data]).stream();
        }
        return this.stream;
    }
    async text() {
        this.bodyUsed = true;
        const text = this.data.toString('utf8');
        // As fetch decodes it: a leading byte-order mark is not text.
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
    async json() {
        return JSON.parse(await this.text());
    }
    async arrayBuffer() {
        this.bodyUsed = true;
        const copy = new Uint8Array(this.data.byteLength);
        copy.set(this.data);
        return copy.buffer;
    }
    async blob() {
        this.bodyUsed = true;
        return new Blob([this.data]);
    }
    clone() {
        return new BufferedResponse(this.status, this.statusText, this.headers, this.data, this.url);
    }
    /** For the SDK, whose HttpClient returns a Response: this object answers what it reads of one. */
    asResponse() {
        return this;
    }
}
// Inflated no larger than a body may be sent (a small compressed answer must not become a
// huge one in memory).
const limit = { maxOutputLength: MAX_BODY_BYTES };
const gunzip = (0,external_node_util_.promisify)((data, callback) => external_node_zlib_.gunzip(data, limit, callback));
// A Map: the Content-Encoding is the server's text, never an object key.
const inflaters = new Map([
    ['gzip', gunzip],
    ['x-gzip', gunzip],
    ['deflate', (0,external_node_util_.promisify)((data, callback) => external_node_zlib_.inflate(data, limit, callback))],
    ['br', (0,external_node_util_.promisify)((data, callback) => external_node_zlib_.brotliDecompress(data, limit, callback))],
]);
/**
 * One HTTP exchange on a pooled keep-alive socket, body read whole (and inflated if the server
 * compressed it). Rejects on a connection error, a reset mid-body, a malformed answer, or
 * `timeoutMs` after start.
 */
async function nodeRequest(uri, options) {
    const answer = await wireRequest({ ...options, uri });
    const headers = new ResponseHeaders(answer.headers, answer.setCookie);
    const raw = answer.body;
    const encoding = raw.length > 0 ? answer.headers.get('content-encoding') : undefined;
    const inflate = encoding ? inflaters.get(encoding.trim().toLowerCase()) : undefined;
    if (!inflate)
        return new BufferedResponse(answer.status, answer.statusText, headers, raw, uri);
    let data;
    try {
        data = await inflate(raw);
    }
    catch (error) {
        if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new WireProtocolError('ERR_BODY_TOO_LARGE', `response body over ${MAX_BODY_BYTES} bytes once inflated`);
        throw error;
    }
    return new BufferedResponse(answer.status, answer.statusText, headers, data, uri);
}

// EXTERNAL MODULE: ./build/src/oci/throttle.js
var throttle = __webpack_require__(80467);
;// CONCATENATED MODULE: ./build/src/oci/http.js


class ApiCallRecorder {
    stats = {};
    total = emptyCounts();
    regions = new Map();
    /** Live counters for one region (and the run's total), read by progress renderers. */
    regionEntry(region) {
        let r = this.regions.get(region);
        if (!r) {
            r = emptyCounts();
            this.regions.set(region, r);
        }
        return { region: r, total: this.total };
    }
    /** The live counters themselves (not copies): cheap enough to read several times a second. */
    view() {
        return { total: this.total, byRegion: this.regions };
    }
    entry(service, operation) {
        this.stats[service] ??= {};
        const byOp = this.stats[service];
        const op = operation || 'unknown';
        byOp[op] ??= { calls: 0, retries: 0, throttled: 0, errors: 0 };
        return byOp[op];
    }
    snapshot() {
        return structuredClone(this.stats);
    }
    totalCalls() {
        let n = 0;
        for (const ops of Object.values(this.stats))
            for (const s of Object.values(ops))
                n += s.calls;
        return n;
    }
}
function emptyCounts() {
    return { calls: 0, retries: 0, throttled: 0, errors: 0, maxRetryAfterMs: 0 };
}
/** A transport failure after every attempt: carries no request detail that could hold secrets. */
class OciTransportError extends Error {
    service;
    operation;
    constructor(message, service, operation) {
        super(message);
        this.service = service;
        this.operation = operation;
        this.name = 'OciTransportError';
    }
}
/**
 * SDK and transport messages can quote request headers (`Headers.set: "Signature keyId="ST$…"`),
 * tokens or key material. Every message that leaves `src/oci` goes through this.
 */
function sanitizeSdkMessage(message) {
    return message
        .replace(/(Headers\.(?:set|append)|Header)(:\s*)"[\s\S]*?"(?= is an invalid header (?:value|name))/g, '$1$2"[header value withheld]"')
        .replace(/\b(keyId|signature|headers)="[^"]*"?/gi, '$1="[withheld]"')
        .replace(/ST\$[^\s",]+/g, 'ST$[token withheld]')
        .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g, '$1 [withheld]')
        .replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[token withheld]');
}
/** The request could not be signed (a credential with a newline, a key that will not load): exit 3. */
class OciSigningError extends Error {
    name = 'OciSigningError';
}
const SIGNING_FAILED = 'request signing failed';
/**
 * The SDK's retrier catches what our transport throws and rethrows it as a plain
 * `{ code, message }` object. Every SDK call site turns it back into an Error with this.
 */
function asOciError(error, operation, service = '') {
    if (error instanceof Error || error === null || typeof error !== 'object' || 'statusCode' in error)
        return error;
    const message = sanitizeSdkMessage('message' in error ? String(error.message) : String(error));
    if (message.includes(SIGNING_FAILED))
        return new OciSigningError(message);
    const named = message.includes(operation) ? message : `${service ? `${service} ` : ''}${operation}: ${message}`;
    return new OciTransportError(named, service, operation);
}
class OciHttpClient {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    /** Wait before a retry; an interrupt ends the wait (and the request) at once. */
    async pause(ms, interrupted) {
        try {
            await (0,throttle/* sleep */.yy)(ms, this.opts.signal);
        }
        catch {
            throw interrupted();
        }
    }
    /** One attempt through `fetch` (a proxy, or an injected fetch), its body read whole. */
    async fetchAttempt(doFetch, req, body, timeoutMs) {
        const signal = this.opts.signal;
        // One controller per attempt, aborted by its timeout or by an interrupt; the listener on
        // the run's signal is removed when the attempt ends, so listeners never pile up on it.
        const attemptAbort = new AbortController();
        const timer = setTimeout(() => attemptAbort.abort(new DOMException('request timed out', 'TimeoutError')), timeoutMs);
        const onInterrupt = () => attemptAbort.abort(signal?.reason);
        signal?.addEventListener('abort', onInterrupt, { once: true });
        try {
            const received = await doFetch(req.uri, { method: req.method, headers: req.headers, body, signal: attemptAbort.signal });
            // Read the whole body here: a connection reset mid-body must be retried like any other
            // transport failure, not surface later inside the SDK's JSON parsing.
            return new Response(received.status === 204 ? null : await received.arrayBuffer(), {
                status: received.status,
                statusText: received.statusText,
                headers: received.headers,
            });
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', onInterrupt);
        }
    }
    async send(req, forceExcludeBody = false, _targetService = '', operationName = '') {
        const { service, policy, limiter, recorder, log, budget } = this.opts;
        // The socket-level client unless a fetch is injected (the doctor records Dates through one) or a proxy
        // variable is set (undici's EnvHttpProxyAgent tunnels and honours NO_PROXY).
        const doFetch = this.opts.fetchImpl ?? proxyAwareFetch();
        const direct = this.opts.fetchImpl === undefined && doFetch === fetch;
        const stats = recorder.entry(service, operationName);
        const firstStarted = Date.now();
        // Restarted after each throttled retry: waiting out throttling does not use up the deadline.
        let started = firstStarted;
        let throttles = 0;
        let retrying = false;
        const live = recorder.regionEntry(this.opts.region ?? '');
        const count = (key) => {
            live.region[key]++;
            live.total[key]++;
        };
        const signal = this.opts.signal;
        const interrupted = () => new OciTransportError(`${service} ${operationName || 'request'}: interrupted`, service, operationName);
        const body = forceExcludeBody || req.body === undefined || req.body === null
            ? undefined
            : typeof req.body === 'string'
                ? req.body
                : JSON.stringify(req.body);
        let lastProblem = '';
        for (let attempt = 0; attempt < policy.maxAttempts; attempt++) {
            if (signal?.aborted)
                throw interrupted();
            if (retrying) {
                stats.retries++;
                count('retries');
            }
            retrying = true;
            try {
                await limiter.acquire(signal);
            }
            catch {
                throw interrupted();
            }
            if (signal?.aborted) {
                limiter.release();
                throw interrupted();
            }
            // Each attempt is signed afresh, once it may go (the signature covers x-date, and a
            // wait for the rate limiter must not age it).
            req.headers.delete('x-date');
            req.headers.delete('date');
            req.headers.delete('authorization');
            try {
                await this.opts.signer.signHttpRequest({ method: req.method, headers: req.headers, uri: req.uri, body }, forceExcludeBody);
            }
            catch (error) {
                limiter.release();
                throw new OciSigningError(`${service} ${operationName || 'request'}: ${SIGNING_FAILED}: ${sanitizeSdkMessage(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
            }
            stats.calls++;
            count('calls');
            let response;
            try {
                response = direct
                    ? (await nodeRequest(req.uri, { method: req.method, headers: req.headers, body, timeoutMs: policy.requestTimeoutMs, signal })).asResponse()
                    : await this.fetchAttempt(doFetch, req, body, policy.requestTimeoutMs);
            }
            catch (error) {
                lastProblem = describeTransportError(error);
            }
            finally {
                limiter.release();
            }
            if (signal?.aborted)
                throw interrupted();
            const elapsed = Date.now() - started;
            if (response) {
                if (!(0,throttle/* isRetryableStatus */.PS)(response.status)) {
                    limiter.onSuccess();
                    if (response.status >= 400) {
                        stats.errors++;
                        count('errors');
                    }
                    return response;
                }
                const retryAfter = (0,throttle/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
                const throttled = response.status === 429 || (response.status === 503 && retryAfter !== undefined);
                if (throttled) {
                    stats.throttled++;
                    count('throttled');
                    if (retryAfter !== undefined) {
                        live.region.maxRetryAfterMs = Math.max(live.region.maxRetryAfterMs, retryAfter);
                        live.total.maxRetryAfterMs = Math.max(live.total.maxRetryAfterMs, retryAfter);
                    }
                    limiter.onThrottle(retryAfter === undefined ? undefined : Math.min(retryAfter, policy.maxRetryAfterMs));
                }
                lastProblem = `HTTP ${response.status}`;
                if (throttled && budget?.take()) {
                    // Not an attempt: wait as told (or back off) and send again.
                    const wait = Math.min(retryAfter ?? (0,throttle/* backoffDelay */.EY)(policy, Math.min(throttles, 5), this.opts.random), policy.maxRetryAfterMs);
                    throttles++;
                    log.debug(`${service} ${operationName}: ${lastProblem} (throttled), retry in ${wait} ms`);
                    await this.pause(wait, interrupted);
                    started = Date.now();
                    attempt--;
                    continue;
                }
                const wait = Math.min(retryAfter ?? (0,throttle/* backoffDelay */.EY)(policy, attempt, this.opts.random), policy.maxRetryAfterMs);
                if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) {
                    stats.errors++;
                    count('errors');
                    return response; // the SDK turns it into an OciError with status and code
                }
                log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
                await this.pause(wait, interrupted);
                continue;
            }
            const wait = (0,throttle/* backoffDelay */.EY)(policy, attempt, this.opts.random);
            if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs)
                break;
            log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
            await this.pause(wait, interrupted);
        }
        stats.errors++;
        count('errors');
        throw new OciTransportError(`${hostOf(req.uri)}: ${service} ${operationName || 'request'} failed after ${Math.round((Date.now() - firstStarted) / 1000)} s: ${lastProblem}`, service, operationName);
    }
}
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
let envFetch;
/**
 * `fetch` as curl and the OCI CLI would do it: through the proxy `HTTPS_PROXY` / `HTTP_PROXY`
 * name (either case, by the URL's scheme), except for hosts `NO_PROXY` lists; Node's own
 * fetch ignores them. Plain fetch when no proxy variable is set. Read once per process.
 */
function proxyAwareFetch(env = process.env) {
    if (env === process.env && envFetch)
        return envFetch;
    let chosen = fetch;
    if (PROXY_VARIABLES.some((name) => env[name])) {
        let agent;
        const load = async () => {
            const undici = await __webpack_require__.e(/* import() */ 6752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19));
            const dispatcher = new undici.EnvHttpProxyAgent({
                httpProxy: env.HTTP_PROXY || env.http_proxy || undefined,
                httpsProxy: env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined,
                noProxy: env.NO_PROXY ?? env.no_proxy ?? '',
            });
            return { fetch: undici.fetch, dispatcher };
        };
        chosen = async (input, init) => {
            agent ??= load();
            const { fetch: viaProxy, dispatcher } = await agent;
            return viaProxy(input, { ...init, dispatcher });
        };
    }
    if (env === process.env)
        envFetch = chosen;
    return chosen;
}
/** The host an unreachable endpoint is named by (never the path or query, which may carry ids). */
function hostOf(uri) {
    try {
        return new URL(uri).host;
    }
    catch {
        return 'the OCI endpoint';
    }
}
function describeTransportError(error) {
    if (error instanceof Error) {
        if (error.name === 'TimeoutError')
            return 'request timed out';
        const cause = error.cause;
        if (cause && typeof cause.code === 'string')
            return `connection error ${cause.code}`;
        if (cause && typeof cause.message === 'string')
            return `connection error: ${cause.message}`;
        // Socket and wire errors carry their code themselves (ECONNREFUSED, ECONNRESET, ENOTFOUND, HPE_…).
        const code = error.code;
        if (typeof code === 'string')
            return `connection error ${code}`;
        return error.message;
    }
    return String(error);
}


/***/ }),

/***/ 80467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Km: () => (/* binding */ RetryBudget),
/* harmony export */   P3: () => (/* binding */ familyRateLearning),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   Rd: () => (/* binding */ FamilyLimiter),
/* harmony export */   UD: () => (/* binding */ DEFAULT_RATE_LEARNING),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   tc: () => (/* binding */ DEFAULT_RETRY_BUDGET),
/* harmony export */   us: () => (/* binding */ RateLearner),
/* harmony export */   yU: () => (/* binding */ TenancyPace),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export FAMILY_PROBE_GROWTH */
// Retry policy and throttling that oci-inv owns instead of the SDK's (SPEC §2, §9): honour
// Retry-After, back off with jitter, stay bounded, and pace each service family at a rate
// learned from its 429s, tenancy-wide (OCI's limits are per tenancy, not per region).
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 30_000,
    requestTimeoutMs: 20_000,
    deadlineMs: 50_000,
};
/**
 * Throttled retries one region may spend in a run (429, and 503 with Retry-After). While it
 * lasts, a throttled request waits and tries again without counting against its attempts or
 * its deadline: throttling slows a run down, it never fails a record. Spent, throttling is
 * treated like any other retryable status (bounded attempts and deadline).
 */
class RetryBudget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    take() {
        if (this.used >= this.limit)
            return false;
        this.used++;
        return true;
    }
    get spent() {
        return this.used;
    }
}
const DEFAULT_RETRY_BUDGET = 10_000;
/** Status codes worth another attempt. 429 regardless of body (the SDK wants `TooManyRequests`). */
function isRetryableStatus(status) {
    return status === 429 || status === 409 || status === 500 || status === 502 || status === 503 || status === 504;
}
/** Parse Retry-After (delta seconds or an HTTP date) into milliseconds from now. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const when = Date.parse(trimmed);
    if (Number.isNaN(when))
        return undefined;
    return Math.max(0, when - now);
}
/** Full-jitter exponential backoff: uniform in [0, min(max, base·2^attempt)]. */
function backoffDelay(policy, attempt, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(ceiling * (0.5 + random() / 2));
}
const DEFAULT_RATE_LEARNING = {
    initialRate: 20,
    maxRate: 2_000,
    minRate: 0.2,
    slowStartGrowth: 16,
    probeGrowth: 1.01,
    backoffShare: 0.97,
    burstSeconds: 0.25,
    now: () => performance.now(),
};
const WINDOW_SLOTS = 20;
const SLOT_MS = 100;
/**
 * In slow start, no growth for this long after any 429 this learner hears of, its own or one
 * judged another's: growth follows what was accepted, not the clock. A 429 judged a family's
 * own does not end the tenancy's slow start, but it must not keep doubling past it while the
 * judgement stands.
 */
const SLOW_START_HOLD_MS = 500;
/** Growth is paid in steps of at least this long. */
const GROWTH_STEP_MS = 100;
/**
 * The pace of one service family across every region: a token bucket whose rate is learned.
 * It starts at `initialRate` and grows fourfold a second while no 429 comes back (slow start);
 * the first 429 sets the rate to a share of the success rate of the last two seconds (which,
 * once the service's bucket is saturated, is the service's limit), and from then on it
 * creeps up by 1 % a second and comes back down on the next 429. One decrease per second at
 * most: a burst of 429s from requests already in flight is one signal, not twenty.
 */
class RateLearner {
    o;
    rate;
    tokens;
    last;
    learned = false;
    lastDecrease = -Infinity;
    /** Answers (successes and 429s) counted at the last decrease, and how many calls were then in flight. */
    answeredAtDecrease = 0;
    inFlightAtDecrease = 0;
    /** The last decrease was made on less than a second of answers (leaving slow start early). */
    decreaseUntrusted = false;
    lastGrowth;
    pausedUntil = 0;
    /** When the last 429 was heard of (own or noted). */
    lastRefused = -Infinity;
    slots = new Float64Array(WINDOW_SLOTS);
    slotStart = 0;
    slotIndex = 0;
    queue = [];
    timer;
    firstAnswer;
    /** The state before the last decrease, so a decrease blamed on the wrong learner can be undone. */
    beforeDecrease;
    /** Calls admitted, successes and 429s: for tests and the bench. */
    counts = { admitted: 0, successes: 0, throttled: 0 };
    constructor(o = DEFAULT_RATE_LEARNING) {
        this.o = o;
        this.rate = Math.min(o.maxRate, Math.max(o.minRate, o.initialRate));
        this.last = o.now();
        this.lastGrowth = this.last;
        this.slotStart = this.last;
        this.tokens = 1;
    }
    get hasLearned() {
        return this.learned;
    }
    capacity() {
        return Math.max(1, this.rate * this.o.burstSeconds);
    }
    refill(now) {
        if (now > this.last) {
            this.tokens = Math.min(this.capacity(), this.tokens + ((now - this.last) / 1000) * this.rate);
            this.last = now;
        }
    }
    /** Waits for a token; requests are served in order. */
    take(signal) {
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        const now = this.o.now();
        this.refill(now);
        if (this.queue.length === 0 && now >= this.pausedUntil && this.tokens >= 1) {
            this.tokens -= 1;
            this.counts.admitted++;
            return Promise.resolve();
        }
        // In slow start, growth is for time callers spent waiting: a queue forming after an idle
        // spell (discovery's few calls before enrichment) earns one step, not ×16 at once. (Once a
        // limit is learned, the 1 % a second probe keeps counting time: at the limit the queue
        // empties and forms again all the time, and resetting it there held the pace low for
        // seconds after each decrease.)
        if (this.queue.length === 0 && !this.learned)
            this.lastGrowth = Math.max(this.lastGrowth, now - GROWTH_STEP_MS);
        return new Promise((resolve, reject) => {
            const waiter = { resolve, reject, signal, onAbort: undefined };
            if (signal) {
                waiter.onAbort = () => {
                    const i = this.queue.indexOf(waiter);
                    if (i >= 0)
                        this.queue.splice(i, 1);
                    reject(signal.reason);
                };
                signal.addEventListener('abort', waiter.onAbort, { once: true });
            }
            this.queue.push(waiter);
            this.schedule();
        });
    }
    schedule() {
        if (this.timer || this.queue.length === 0)
            return;
        const now = this.o.now();
        this.refill(now);
        const wait = Math.max(this.pausedUntil - now, this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.rate) * 1000);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.drain();
        }, Math.max(0, Math.ceil(wait)));
    }
    drain() {
        const now = this.o.now();
        this.refill(now);
        while (this.queue.length > 0 && now >= this.pausedUntil && this.tokens >= 1) {
            this.tokens -= 1;
            this.counts.admitted++;
            const waiter = this.queue.shift();
            if (waiter?.onAbort)
                waiter.signal?.removeEventListener('abort', waiter.onAbort);
            waiter?.resolve();
        }
        this.grow(now);
        this.schedule();
    }
    /** Successes per second over the last two seconds (or since the first call, if sooner). */
    measure(now) {
        while (now - this.slotStart >= SLOT_MS) {
            this.slotStart += SLOT_MS;
            this.slotIndex = (this.slotIndex + 1) % WINDOW_SLOTS;
            this.slots[this.slotIndex] = 0;
            if (now - this.slotStart > WINDOW_SLOTS * SLOT_MS) {
                this.slots.fill(0);
                this.slotStart = now;
            }
        }
    }
    successRate(now) {
        let sum = 0;
        for (const n of this.slots)
            sum += n;
        const span = Math.min(WINDOW_SLOTS * SLOT_MS, Math.max(SLOT_MS, now - (this.firstAnswer ?? now)));
        return (sum * 1000) / span;
    }
    /** Growth is paid per second in which calls were waiting on the bucket (the rate was the limit). */
    grow(now) {
        const seconds = (now - this.lastGrowth) / 1000;
        if (seconds < GROWTH_STEP_MS / 1000)
            return;
        this.lastGrowth = now;
        if (this.queue.length === 0)
            return;
        if (!this.learned && now - this.lastRefused < SLOW_START_HOLD_MS)
            return;
        const factor = (this.learned ? this.o.probeGrowth : this.o.slowStartGrowth) ** Math.min(seconds, 1);
        this.rate = Math.min(this.o.maxRate, this.rate * factor);
    }
    onSuccess() {
        const now = this.o.now();
        this.firstAnswer ??= now;
        this.counts.successes++;
        this.measure(now);
        this.slots[this.slotIndex] = (this.slots[this.slotIndex] ?? 0) + 1;
    }
    /**
     * A 429 this learner answers for. `pacedAt` is the rate the calls were actually held to when
     * another learner paced them tighter (a family unpaced so far, behind the tenancy's pace):
     * a decrease starts from there, not from this learner's own ceiling. `provisional`: the 429
     * was judged this learner's on weak evidence (not yet confirmed): at most a halving, since
     * a family that has only just taken over the work measures a success rate far below the
     * pace it was sent at.
     */
    onThrottle(retryAfterMs, pacedAt = Infinity, provisional = false) {
        const now = this.o.now();
        this.firstAnswer ??= now;
        this.counts.throttled++;
        this.lastRefused = now;
        this.measure(now);
        // One decrease a second: the 429s of calls already in flight at a decrease are one signal.
        // Leaving slow start on under a second of answers, the decrease is only a guess (at most
        // a halving): then a 429 for a call sent after it counts at once.
        const answered = this.counts.successes + this.counts.throttled;
        const sentSince = answered - this.answeredAtDecrease > this.inFlightAtDecrease;
        if (now - this.lastDecrease < 1000 && !(this.decreaseUntrusted && sentSince))
            return;
        this.answeredAtDecrease = answered;
        this.inFlightAtDecrease = Math.max(0, this.counts.admitted - answered);
        this.beforeDecrease = { at: now, rate: this.rate, learned: this.learned, pausedUntil: this.pausedUntil, lastDecrease: this.lastDecrease };
        this.lastDecrease = now;
        const measured = this.successRate(now);
        // A window of under a second or a handful of successes is not a measurement of the
        // limit: then never more than halve at once.
        const trusted = now - (this.firstAnswer ?? now) >= 1000 && measured >= 5;
        this.decreaseUntrusted = !trusted;
        const from = Math.min(this.rate, pacedAt);
        const next = trusted && !provisional ? Math.min(from * 0.9, measured * this.o.backoffShare) : Math.max(from / 2, Math.min(from * 0.9, measured * this.o.backoffShare));
        this.rate = Math.max(this.o.minRate, next);
        this.learned = true;
        this.tokens = Math.min(this.tokens, 0);
        // A long Retry-After is the service asking everyone to hold off, not only this request.
        if (retryAfterMs !== undefined && retryAfterMs > 1000)
            this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
        this.lastGrowth = now;
    }
    /** Counts a 429 that another learner answers for: no decrease here. */
    noteThrottle() {
        const now = this.o.now();
        this.firstAnswer ??= now;
        this.counts.throttled++;
        this.lastRefused = now;
        this.measure(now);
    }
    /**
     * Takes back a decrease made at or after `since` (it was blamed on this learner, and the
     * 429s turned out to be the tenancy's): the rate, pause and learned state before it return.
     */
    undoDecreaseSince(since) {
        const before = this.beforeDecrease;
        if (!before || before.at < since)
            return;
        this.beforeDecrease = undefined;
        this.rate = Math.max(this.rate, before.rate);
        this.learned = before.learned;
        this.pausedUntil = before.pausedUntil;
        this.lastDecrease = before.lastDecrease;
        if (this.queue.length > 0) {
            if (this.timer)
                clearTimeout(this.timer);
            this.timer = undefined;
            this.schedule();
        }
    }
    /** Milliseconds of the learner's clock; the judge reads the same clock. */
    now() {
        return this.o.now();
    }
}
/** How long 429s of different families count as one episode. */
const EPISODE_MS = 2_000;
/** Another family answered this recently, while this one is refused: evidence of a limit of its own. */
const ANSWERED_MS = 300;
/**
 * A family slowed for a 429 judged its own keeps that pace only if another such 429, a second
 * or more later (not the in-flight calls of the same burst), confirms it within this; else
 * the decrease is undone. A light tenancy-wide overshoot can refuse one family alone.
 */
const SOLO_CONFIRM_MS = 3_000;
/**
 * The tenancy's pace, and the judge of whom a 429 is about. OCI does not say which limit a 429
 * is for; the families' answers do. A tenancy-wide limit refuses every family once its bucket
 * is empty, so 429s from two families within an episode (2 s) are the tenancy's: the tenancy
 * slows down and no family does. A 429 for one family while another was answered in the last
 * 300 ms looks like that family's own limit: the family slows down, the tenancy does not —
 * provisionally: unless another such 429 confirms it 1–3 s later, or if 429s of other
 * families show it was the tenancy's after all, the family gets its rate back (else a family
 * that happened to be small at that moment would be held to its share long after, regrowing
 * 10 % a second). With no other family answered there is no telling: both slow down.
 */
class TenancyPace extends RateLearner {
    lastSuccess = new Map();
    lastThrottle = new Map();
    /** Families slowed for a 429 judged their own, not yet confirmed: when. */
    soloBlamed = new Map();
    successFrom(family) {
        const now = this.now();
        this.lastSuccess.set(family, now);
        if (this.soloBlamed.size > 0) {
            for (const [other, at] of this.soloBlamed) {
                if (now - at < SOLO_CONFIRM_MS)
                    continue;
                other.undoDecreaseSince(at);
                this.soloBlamed.delete(other);
            }
        }
        this.onSuccess();
    }
    throttleFrom(family, retryAfterMs) {
        const now = this.now();
        const since = now - EPISODE_MS;
        let othersThrottled = false;
        let othersAnswered = false;
        for (const [other, at] of this.lastThrottle)
            if (other !== family && at >= since)
                othersThrottled = true;
        // Answered just now, not at some point of the episode: an answer from before the bucket
        // ran dry says nothing about whose bucket it is.
        for (const [other, at] of this.lastSuccess)
            if (other !== family && at >= now - ANSWERED_MS)
                othersAnswered = true;
        this.lastThrottle.set(family, now);
        if (othersThrottled) {
            // The tenancy's limit: families slowed for it were blamed wrongly.
            for (const [other, at] of this.soloBlamed)
                other.undoDecreaseSince(at);
            this.soloBlamed.clear();
            family.noteThrottle();
            this.onThrottle(retryAfterMs);
        }
        else if (othersAnswered) {
            const pending = this.soloBlamed.get(family);
            family.onThrottle(retryAfterMs, this.rate, pending === undefined || now - pending >= SOLO_CONFIRM_MS || now - pending < 1000);
            if (pending === undefined || now - pending >= SOLO_CONFIRM_MS)
                this.soloBlamed.set(family, now);
            else if (now - pending >= 1000)
                this.soloBlamed.delete(family); // confirmed: its own limit
            this.noteThrottle();
        }
        else {
            family.onThrottle(retryAfterMs, this.rate);
            this.onThrottle(retryAfterMs);
        }
    }
}
/** Once a family has a rate, it regrows 10 % a second: the tenancy's pace holds the total. */
const FAMILY_PROBE_GROWTH = 1.1;
/**
 * A family's learner until its first 429 of its own: unpaced (at `maxRate`), since the
 * tenancy's pace already holds every family's total and does the slow start. Starting each
 * family at the tenancy's first guess made a family met late in the run climb from 20 req/s
 * again while the tenancy had room.
 */
function familyRateLearning(base) {
    return { ...base, initialRate: base.maxRate, probeGrowth: FAMILY_PROBE_GROWTH };
}
/**
 * What one (service, region) client sends through: a concurrency cap of its own, a token from
 * its service family's RateLearner (shared by every region: OCI limits a service per tenancy),
 * and, when given, a token from the tenancy's pace (shared by every family), which learns a
 * limit that spans services, as the emulator's does, and judges which of the two a 429 is for.
 */
class FamilyLimiter {
    family;
    maxConcurrency;
    tenancy;
    active = 0;
    waiters = [];
    constructor(family, maxConcurrency, tenancy) {
        this.family = family;
        this.maxConcurrency = maxConcurrency;
        this.tenancy = tenancy;
    }
    async acquire(signal) {
        while (this.active >= this.maxConcurrency) {
            if (signal?.aborted)
                throw signal.reason;
            await new Promise((resolve) => this.waiters.push(resolve));
        }
        this.active++;
        try {
            await this.family.take(signal);
            if (this.tenancy)
                await this.tenancy.take(signal);
        }
        catch (error) {
            this.release();
            throw error;
        }
    }
    release() {
        this.active--;
        this.waiters.shift()?.();
    }
    onSuccess() {
        this.family.onSuccess();
        this.tenancy?.successFrom(this.family);
    }
    onThrottle(retryAfterMs) {
        if (this.tenancy)
            this.tenancy.throttleFrom(this.family, retryAfterMs);
        else
            this.family.onThrottle(retryAfterMs);
    }
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};
