export const id = 658;
export const ids = [658];
export const modules = {

/***/ 13658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ connectOci)
});

// EXTERNAL MODULE: ./build/src/oci/auth.js
var oci_auth = __webpack_require__(34913);
// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./build/src/oci/http.js
var http = __webpack_require__(13207);
;// CONCATENATED MODULE: ./build/src/oci/sdk-console.js
// The OCI SDK's retrier prints with console.warn on every non-2xx answer ("Request cannot be
// retried…", "All retry attempts have exhausted…") even with retries off. Retries are ours, and
// an expected 404 is not news: those lines go to the debug log instead of stderr.
const SDK_RETRIER_LINES = /^(Request cannot be retried|All retry attempts have exhausted)/;
let installed;
/** Route the SDK retrier's console.warn lines to `debug` until the returned function is called. */
function quietSdkConsole(debug) {
    if (!installed) {
        const original = console.warn;
        const sinks = new Set();
        console.warn = (...args) => {
            const first = args[0];
            if (typeof first === 'string' && SDK_RETRIER_LINES.test(first) && sinks.size > 0) {
                const line = first.split('\n')[0] ?? first;
                for (const sink of sinks)
                    sink(`oci sdk: ${line}`);
                return;
            }
            original.apply(console, args);
        };
        installed = { original, sinks };
    }
    const state = installed;
    state.sinks.add(debug);
    return () => {
        state.sinks.delete(debug);
        if (state.sinks.size === 0 && installed === state) {
            console.warn = state.original;
            installed = undefined;
        }
    };
}

// EXTERNAL MODULE: ./build/src/oci/throttle.js
var throttle = __webpack_require__(80467);
;// CONCATENATED MODULE: ./build/src/oci/clients.js
// One place that makes OCI SDK clients: endpoint from the template (or the SDK's own region
// lookup), our HTTP client instead of the SDK's retrier and circuit breaker, cached per
// (class, service, region), all closed together.




function expandEndpointTemplate(template, service, region) {
    return template.replaceAll('{service}', service).replaceAll('{region}', region);
}
function createOciClients(options) {
    const recorder = new http/* ApiCallRecorder */.vj();
    const limiters = new Map();
    const clients = new Map();
    const ctorIds = new Map();
    const signer = new oci_common.DefaultRequestSigner(options.auth);
    const policy = options.policy ?? throttle/* DEFAULT_RETRY_POLICY */.cO;
    // The SDK retries on its own unless told not to; ours wraps every attempt instead.
    const clientConfiguration = { retryConfiguration: oci_common.NoRetryConfigurationDetails };
    const restoreConsole = quietSdkConsole((m) => options.log.debug(m));
    const limiterFor = (service, region) => {
        const key = `${service}/${region}`;
        let limiter = limiters.get(key);
        if (!limiter) {
            limiter = new throttle/* AdaptiveLimiter */.fv(options.concurrency ?? 8, options.maxConcurrency ?? 32);
            limiters.set(key, limiter);
        }
        return limiter;
    };
    return {
        recorder,
        endpointFor(service, region) {
            return options.endpointTemplate ? expandEndpointTemplate(options.endpointTemplate, service, region) : undefined;
        },
        get(ctor, service, region, endpoint) {
            let id = ctorIds.get(ctor);
            if (id === undefined) {
                id = ctorIds.size + 1;
                ctorIds.set(ctor, id);
            }
            const key = `${id}|${service}|${region}|${endpoint ?? ''}`;
            const cached = clients.get(key);
            if (cached)
                return cached;
            const httpClient = new http/* OciHttpClient */.PF({
                service,
                signer,
                policy,
                limiter: limiterFor(service, region),
                recorder,
                log: options.log,
                ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
            });
            const client = new ctor({ httpClient }, clientConfiguration);
            const settable = client;
            if (endpoint) {
                settable.endpoint = endpoint;
            }
            else if (options.endpointTemplate) {
                // Setting region after endpoint would overwrite it: endpoint only.
                settable.endpoint = expandEndpointTemplate(options.endpointTemplate, service, region);
            }
            else {
                settable.regionId = region;
            }
            clients.set(key, client);
            return client;
        },
        closeAll() {
            for (const client of clients.values())
                client.close?.();
            clients.clear();
            restoreConsole();
        },
    };
}

// EXTERNAL MODULE: ./node_modules/oci-identity/index.js
var oci_identity = __webpack_require__(65606);
// EXTERNAL MODULE: ./node_modules/oci-resourcesearch/index.js
var oci_resourcesearch = __webpack_require__(75096);
// EXTERNAL MODULE: ./build/src/oci/json.js
var json = __webpack_require__(85373);
;// CONCATENATED MODULE: ./build/src/oci/discovery.js
// DiscoveryPort over the OCI SDK: who we are, which regions, which compartments, and Resource
// Search page by page. SDK objects are normalized here so nothing typed by the SDK leaks inward.




/** An SDK call whose transport failure surfaces as an Error (see asOciError). */
async function sdkCall(service, operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw (0,http/* asOciError */.Uf)(error, operation, service);
    }
}
/** Largest page Resource Search serves. */
const SEARCH_PAGE_LIMIT = 1000;
function createOciDiscovery(options) {
    const { auth, clients } = options;
    let homeRegion;
    let regionsCache;
    const identityClient = (region) => clients.get(oci_identity.IdentityClient, 'identity', region);
    async function listRegions() {
        if (regionsCache)
            return regionsCache;
        const response = await sdkCall('identity', 'listRegionSubscriptions', () => identityClient(options.bootstrapRegion).listRegionSubscriptions({ tenancyId: auth.tenancyId }));
        regionsCache = response.items
            .map((s) => ({ name: s.regionName, key: s.regionKey, isHome: Boolean(s.isHomeRegion), status: String(s.status) }))
            .sort((a, b) => Number(b.isHome) - Number(a.isHome) || a.name.localeCompare(b.name));
        homeRegion = regionsCache.find((r) => r.isHome)?.name ?? options.bootstrapRegion;
        return regionsCache;
    }
    async function home() {
        if (!homeRegion)
            await listRegions();
        return homeRegion ?? options.bootstrapRegion;
    }
    return {
        async identity() {
            const region = await home();
            const tenancy = await sdkCall('identity', 'getTenancy', () => identityClient(region).getTenancy({ tenancyId: auth.tenancyId }));
            return {
                tenancyId: auth.tenancyId,
                tenancyName: tenancy.tenancy.name ?? '',
                homeRegion: region,
                principal: auth.principal,
                authMethod: auth.method,
            };
        },
        listRegions,
        async listCompartments() {
            const client = identityClient(await home());
            const raw = [];
            let page;
            do {
                const response = await sdkCall('identity', 'listCompartments', () => client.listCompartments({
                    compartmentId: auth.tenancyId,
                    compartmentIdInSubtree: true,
                    accessLevel: oci_identity.requests.ListCompartmentsRequest.AccessLevel.Any,
                    limit: 1000,
                    ...(page ? { page } : {}),
                }));
                raw.push(...response.items);
                page = response.opcNextPage;
            } while (page);
            return buildCompartmentTree(auth.tenancyId, raw.map((c) => ({
                ocid: c.id,
                name: c.name,
                parentId: c.compartmentId,
                lifecycleState: String(c.lifecycleState),
            })));
        },
        async search(region, query, onPage) {
            const client = clients.get(oci_resourcesearch.ResourceSearchClient, 'query', region);
            let page;
            do {
                const response = await sdkCall('query', 'searchResources', () => client.searchResources({
                    searchDetails: { type: 'Structured', query, matchingContextType: oci_resourcesearch.models.SearchDetails.MatchingContextType.None },
                    limit: SEARCH_PAGE_LIMIT,
                    tenantId: auth.tenancyId,
                    ...(page ? { page } : {}),
                }));
                onPage({ items: response.resourceSummaryCollection.items?.map(normalizeSummary) ?? [] });
                page = response.opcNextPage;
            } while (page);
        },
        apiCalls: () => clients.recorder.snapshot(),
        close: () => clients.closeAll(),
    };
}
/** Paths from the tenancy root ("root/a/b"); compartments whose parent is unknown hang off root. */
function buildCompartmentTree(tenancyId, flat) {
    const byId = new Map(flat.map((c) => [c.ocid, c]));
    const paths = new Map([[tenancyId, 'root']]);
    const pathOf = (id, seen) => {
        const known = paths.get(id);
        if (known)
            return known;
        const c = byId.get(id);
        if (!c || seen.has(id))
            return 'root';
        seen.add(id);
        const path = `${pathOf(c.parentId, seen)}/${c.name}`;
        paths.set(id, path);
        return path;
    };
    const out = [{ ocid: tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' }];
    for (const c of flat) {
        out.push({ ocid: c.ocid, name: c.name, parentId: c.parentId, path: pathOf(c.ocid, new Set()), lifecycleState: c.lifecycleState });
    }
    return out.sort((a, b) => a.path.localeCompare(b.path));
}
/** SDK ResourceSummary → SearchSummary: Dates (typed Date, arriving as strings) become ISO strings. */
function normalizeSummary(s) {
    return {
        identifier: s.identifier,
        resourceType: s.resourceType,
        displayName: s.displayName ?? null,
        compartmentId: s.compartmentId ?? null,
        timeCreated: toIso(s.timeCreated),
        lifecycleState: s.lifecycleState ?? null,
        availabilityDomain: s.availabilityDomain ?? null,
        definedTags: (0,json/* toPlainJsonObject */.dS)(s.definedTags),
        freeformTags: Object.fromEntries(Object.entries(s.freeformTags ?? {}).map(([k, v]) => [k, String(v)])),
        systemTags: (0,json/* toPlainJsonObject */.dS)(s.systemTags),
        identityContext: (0,json/* toPlainJsonObject */.dS)(s.identityContext),
        additionalDetails: (0,json/* toPlainJsonObject */.dS)(s.additionalDetails),
    };
}
function toIso(value) {
    if (value === undefined || value === null || value === '')
        return null;
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

;// CONCATENATED MODULE: ./build/src/oci/connect.js



async function connectOci(config, log, env = process.env) {
    const auth = await (0,oci_auth/* resolveAuth */.hi)({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env });
    const tenancyId = config.tenancy ?? auth.tenancyId;
    const resolved = { ...auth, tenancyId };
    const bootstrapRegion = auth.region ?? config.regions[0];
    if (!bootstrapRegion) {
        throw new Error('no region known: set `region` in the OCI config profile or pass --regions');
    }
    const clients = createOciClients({
        auth: auth.provider,
        endpointTemplate: config.endpointTemplate,
        concurrency: Math.max(4, config.workersEnrich),
        log: { debug: (m) => log.debug(m) },
    });
    const discovery = createOciDiscovery({ auth: resolved, clients, bootstrapRegion });
    return {
        auth: resolved,
        clients,
        discovery,
        async enricher(homeRegion) {
            const { createEnricher } = await __webpack_require__.e(/* import() */ 733).then(__webpack_require__.bind(__webpack_require__, 4733));
            return createEnricher({ clients, tenancyId, homeRegion, workers: config.workersEnrich, log });
        },
        close: () => clients.closeAll(),
    };
}


/***/ }),

/***/ 13207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PF: () => (/* binding */ OciHttpClient),
/* harmony export */   Uf: () => (/* binding */ asOciError),
/* harmony export */   vj: () => (/* binding */ ApiCallRecorder)
/* harmony export */ });
/* unused harmony export OciTransportError */
/* harmony import */ var _throttle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80467);

class ApiCallRecorder {
    stats = {};
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
    total() {
        let n = 0;
        for (const ops of Object.values(this.stats))
            for (const s of Object.values(ops))
                n += s.calls;
        return n;
    }
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
 * The SDK's retrier catches what our transport throws and rethrows it as a plain
 * `{ code, message }` object. Every SDK call site turns it back into an Error with this.
 */
function asOciError(error, operation, service = '') {
    if (error instanceof Error || error === null || typeof error !== 'object' || 'statusCode' in error)
        return error;
    const message = 'message' in error ? String(error.message) : String(error);
    const named = message.includes(operation) ? message : `${service ? `${service} ` : ''}${operation}: ${message}`;
    return new OciTransportError(named, service, operation);
}
class OciHttpClient {
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    async send(req, forceExcludeBody = false, _targetService = '', operationName = '') {
        const { service, policy, limiter, recorder, log } = this.opts;
        const doFetch = this.opts.fetchImpl ?? fetch;
        const stats = recorder.entry(service, operationName);
        const started = Date.now();
        const body = forceExcludeBody || req.body === undefined || req.body === null
            ? undefined
            : typeof req.body === 'string'
                ? req.body
                : JSON.stringify(req.body);
        let lastProblem = '';
        for (let attempt = 0; attempt < policy.maxAttempts; attempt++) {
            if (attempt > 0)
                stats.retries++;
            // Each attempt is signed afresh: the signature covers x-date.
            req.headers.delete('x-date');
            req.headers.delete('authorization');
            await this.opts.signer.signHttpRequest({ method: req.method, headers: req.headers, uri: req.uri, body }, forceExcludeBody);
            await limiter.acquire();
            stats.calls++;
            let response;
            try {
                const received = await doFetch(req.uri, {
                    method: req.method,
                    headers: req.headers,
                    body,
                    signal: AbortSignal.timeout(policy.requestTimeoutMs),
                });
                // Read the whole body here: a connection reset mid-body must be retried like any other
                // transport failure, not surface later inside the SDK's JSON parsing.
                response = new Response(received.status === 204 ? null : await received.arrayBuffer(), {
                    status: received.status,
                    statusText: received.statusText,
                    headers: received.headers,
                });
            }
            catch (error) {
                lastProblem = describeTransportError(error);
            }
            finally {
                limiter.release();
            }
            const elapsed = Date.now() - started;
            if (response) {
                if (!(0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryableStatus */ .PS)(response.status)) {
                    limiter.onSuccess();
                    if (response.status >= 400)
                        stats.errors++;
                    return response;
                }
                const retryAfter = (0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRetryAfter */ .mu)(response.headers.get('retry-after'));
                if (response.status === 429) {
                    stats.throttled++;
                    limiter.onThrottle(retryAfter === undefined ? undefined : Math.min(retryAfter, policy.maxRetryAfterMs));
                }
                lastProblem = `HTTP ${response.status}`;
                const wait = Math.min(retryAfter ?? (0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt, this.opts.random), policy.maxRetryAfterMs);
                if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs) {
                    stats.errors++;
                    return response; // the SDK turns it into an OciError with status and code
                }
                await response.body?.cancel();
                log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
                await (0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(wait);
                continue;
            }
            const wait = (0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .backoffDelay */ .EY)(policy, attempt, this.opts.random);
            if (attempt + 1 >= policy.maxAttempts || elapsed + wait > policy.deadlineMs)
                break;
            log.debug(`${service} ${operationName}: ${lastProblem}, retry ${attempt + 1} in ${wait} ms`);
            await (0,_throttle_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .yy)(wait);
        }
        stats.errors++;
        throw new OciTransportError(`${service} ${operationName || 'request'} failed after ${Math.round((Date.now() - started) / 1000)} s: ${lastProblem}`, service, operationName);
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
        return error.message;
    }
    return String(error);
}


/***/ }),

/***/ 85373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ toPlainJson),
/* harmony export */   dS: () => (/* binding */ toPlainJsonObject)
/* harmony export */ });
/* unused harmony export REDACTED */
const REDACTED = '[REDACTED]';
const nothingSecret = () => false;
function toPlainJson(value, isSecret = nothingSecret) {
    if (value === null || value === undefined)
        return null;
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint')
        return value.toString();
    if (Array.isArray(value))
        return value.map((item) => toPlainJson(item, isSecret));
    if (typeof value === 'object') {
        const out = {};
        for (const [key, child] of Object.entries(value)) {
            if (child === undefined || typeof child === 'function')
                continue;
            out[key] = isSecret(key) && child !== null ? REDACTED : toPlainJson(child, isSecret);
        }
        return out;
    }
    return null;
}
/** toPlainJson for a value that should be an object; anything else becomes `{}`. */
function toPlainJsonObject(value) {
    const json = toPlainJson(value);
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
}


/***/ }),

/***/ 80467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   fv: () => (/* binding */ AdaptiveLimiter),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
// Retry policy and adaptive concurrency that oci-inv owns instead of the SDK's (SPEC §2, §9):
// honour Retry-After, back off with jitter, stay bounded, and lower concurrency per
// service/region when throttled (AIMD) rather than fail.
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    baseDelayMs: 250,
    maxDelayMs: 8_000,
    maxRetryAfterMs: 30_000,
    requestTimeoutMs: 20_000,
    deadlineMs: 50_000,
};
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
/**
 * A concurrency gate whose limit grows by one after a window of successes and halves on
 * throttling (additive increase, multiplicative decrease), with a pause honouring Retry-After.
 */
class AdaptiveLimiter {
    max;
    min;
    active = 0;
    waiters = [];
    successes = 0;
    pausedUntil = 0;
    limit;
    constructor(initial, max, min = 1) {
        this.max = max;
        this.min = min;
        this.limit = Math.max(min, Math.min(initial, max));
    }
    async acquire() {
        for (;;) {
            const pause = this.pausedUntil - Date.now();
            if (pause > 0)
                await sleep(pause);
            if (this.active < this.limit) {
                this.active++;
                return;
            }
            await new Promise((resolve) => this.waiters.push(resolve));
        }
    }
    release() {
        this.active--;
        this.waiters.shift()?.();
    }
    onSuccess() {
        if (++this.successes >= this.limit && this.limit < this.max) {
            this.successes = 0;
            this.limit++;
            this.waiters.shift()?.();
        }
    }
    onThrottle(retryAfterMs) {
        this.successes = 0;
        this.limit = Math.max(this.min, Math.floor(this.limit / 2));
        if (retryAfterMs !== undefined)
            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfterMs);
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
