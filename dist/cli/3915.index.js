export const id = 3915;
export const ids = [3915];
export const modules = {

/***/ 93915:
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_http_, 2);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_https_, 2);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./build/src/oci/node-transport.js
// The wire under OciHttpClient when no proxy is configured: node:http / node:https on one
// keep-alive agent per scheme (bounded sockets per host), the whole body read before the SDK
// sees the answer, and a small Response stand-in instead of a WHATWG Response. Issue 11: undici's
// `fetch` (WHATWG streams, a Request, a Response and their Headers per call, a second Response
// rebuilt around the buffered body) was about a fifth of the CLI's CPU; this path does one
// http.request and one Buffer.concat per attempt. TLS is Node's default (the bundled CA store
// plus NODE_EXTRA_CA_CERTS), as it was under fetch.





/** Sockets per host and scheme; the limiters keep requests in flight lower than this. */
const MAX_SOCKETS_PER_HOST = 64;
const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST, maxFreeSockets: MAX_SOCKETS_PER_HOST, scheduling: 'lifo' };
let agents;
/** The process's keep-alive agents (made on first use; idle sockets do not keep it alive). */
function keepAliveAgents() {
    agents ??= { http: new external_node_http_.Agent(agentOptions), https: new external_node_https_.Agent(agentOptions) };
    return agents;
}
/** An attempt that outlived its time: `describeTransportError` names it "request timed out". */
class RequestTimeoutError extends Error {
    name = 'TimeoutError';
    constructor() {
        super('request timed out');
    }
}
/** What the SDK reads of a response's headers (`get` above all), over Node's lower-cased object. */
class ResponseHeaders {
    raw;
    constructor(raw) {
        this.raw = raw;
    }
    get(name) {
        const value = this.raw[name.toLowerCase()];
        if (value === undefined)
            return null;
        return typeof value === 'string' ? value : value.join(', ');
    }
    has(name) {
        return this.raw[name.toLowerCase()] !== undefined;
    }
    getSetCookie() {
        return this.raw['set-cookie'] ?? [];
    }
    *entries() {
        for (const name of Object.keys(this.raw).sort()) {
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
const gunzip = (0,external_node_util_.promisify)(external_node_zlib_.gunzip);
// A Map: the Content-Encoding is the server's text, never an object key.
const inflaters = new Map([
    ['gzip', gunzip],
    ['x-gzip', gunzip],
    ['deflate', (0,external_node_util_.promisify)(external_node_zlib_.inflate)],
    ['br', (0,external_node_util_.promisify)(external_node_zlib_.brotliDecompress)],
]);
// Requests in flight per run signal, so one listener per signal ends them all on interrupt.
const inFlight = new WeakMap();
function trackedBy(signal) {
    let set = inFlight.get(signal);
    if (!set) {
        const requests = new Set();
        set = requests;
        inFlight.set(signal, requests);
        signal.addEventListener('abort', () => {
            for (const request of requests)
                request.destroy(new Error('interrupted'));
            requests.clear();
        }, { once: true });
    }
    return set;
}
/**
 * One HTTP exchange over the keep-alive agent, body read whole (and inflated if the server
 * compressed it). Rejects on a connection error, a reset mid-body, or `timeoutMs` after start.
 */
function nodeRequest(uri, options) {
    const url = new URL(uri);
    const secure = url.protocol === 'https:';
    if (!secure && url.protocol !== 'http:')
        return Promise.reject(new Error(`unsupported protocol ${url.protocol}`));
    const headers = {};
    for (const [name, value] of options.headers)
        headers[name] = value;
    headers['accept-encoding'] ??= 'gzip, deflate';
    const { body } = options;
    if (body !== undefined && headers['content-length'] === undefined)
        headers['content-length'] = String(Buffer.byteLength(body, 'utf8'));
    const { signal } = options;
    if (signal?.aborted)
        return Promise.reject(new Error('interrupted'));
    const pool = keepAliveAgents();
    return new Promise((resolve, reject) => {
        const target = (0,external_node_url_.urlToHttpOptions)(url);
        const request = (secure ? external_node_https_namespaceObject : external_node_http_namespaceObject).request({
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
        const finish = (error, response) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            tracked?.delete(request);
            if (error)
                reject(error);
            else if (response)
                resolve(response);
        };
        request.on('error', (error) => finish(error));
        request.on('response', (incoming) => {
            const chunks = [];
            incoming.on('data', (chunk) => chunks.push(chunk));
            incoming.on('error', (error) => finish(error));
            incoming.on('aborted', () => finish(Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' })));
            incoming.on('end', () => {
                if (!incoming.complete) {
                    finish(Object.assign(new Error('connection closed mid-body'), { code: 'ECONNRESET' }));
                    return;
                }
                const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
                const status = incoming.statusCode ?? 0;
                const make = (data) => new BufferedResponse(status, incoming.statusMessage ?? '', new ResponseHeaders(incoming.headers), data, uri);
                const encoding = incoming.headers['content-encoding']?.trim().toLowerCase();
                const inflate = encoding && raw.length > 0 ? inflaters.get(encoding) : undefined;
                if (!inflate) {
                    finish(undefined, make(raw));
                    return;
                }
                inflate(raw).then((data) => finish(undefined, make(data)), (error) => finish(error instanceof Error ? error : new Error(String(error))));
            });
        });
        request.end(body);
    });
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
        // node:http unless a fetch is injected (the doctor records Dates through one) or a proxy
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
        // node:http errors carry their code themselves (ECONNREFUSED, ECONNRESET, ENOTFOUND).
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
    slowStartGrowth: 4,
    probeGrowth: 1.01,
    backoffShare: 0.97,
    burstSeconds: 0.25,
    now: () => performance.now(),
};
const WINDOW_SLOTS = 20;
const SLOT_MS = 100;
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
        if (seconds < 0.1)
            return;
        this.lastGrowth = now;
        if (this.queue.length === 0)
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
     * a decrease starts from there, not from this learner's own ceiling.
     */
    onThrottle(retryAfterMs, pacedAt = Infinity) {
        const now = this.o.now();
        this.firstAnswer ??= now;
        this.counts.throttled++;
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
        const next = trusted ? Math.min(from * 0.9, measured * this.o.backoffShare) : Math.max(from / 2, Math.min(from * 0.9, measured * this.o.backoffShare));
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
            family.onThrottle(retryAfterMs, this.rate);
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
