export const id = 6367;
export const ids = [6367,8748,4511];
export const modules = {

/***/ 4511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_CIRCUIT_BREAKER: () => (/* binding */ NO_CIRCUIT_BREAKER),
  createOciClients: () => (/* binding */ createOciClients),
  expandEndpointTemplate: () => (/* binding */ expandEndpointTemplate)
});

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./build/src/oci/http.js + 3 modules
var http = __webpack_require__(15211);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/oci/signer.js
// Draft-cavage HTTP signatures for OCI (the same text the SDK's DefaultRequestSigner writes),
// with the private key parsed once into a KeyObject. The SDK's signer parses the PEM twice per
// request (sshpk, then crypto), which was about half of the CPU of a run (issue 11); its
// signer cannot take a KeyObject. tests/unit/oci-signer.test.ts checks this output against the
// SDK's byte for byte.

const BASE_HEADERS = 'x-date (request-target) host';
// The SDK lists the body headers in this case, and the service checks the list as written.
const BODY_HEADERS = `${BASE_HEADERS} Content-Type Content-Length x-content-sha256`;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
// sha256 of the empty string, as the SDK sends it for an empty body.
const EMPTY_SHA = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
/** The private key, parsed once (and again only if the provider hands out a different PEM). */
class CachedKeySigner {
    source;
    pem;
    key;
    constructor(source) {
        this.source = source;
    }
    /** The parsed key; throws (as the SDK would while signing) when the PEM cannot be used. */
    keyObject() {
        const pem = this.source.getPrivateKey();
        if (this.key === undefined || pem !== this.pem) {
            const passphrase = this.source.getPassphrase();
            this.key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
            this.pem = pem;
        }
        return this.key;
    }
    async signHttpRequest(request, forceExcludeBody = false) {
        const { headers, uri } = request;
        const target = splitUri(uri);
        // Each value is read back from `Headers` only when the caller set it: every Headers call
        // validates and lower-cases its name (a few µs a request, issue 11).
        let host = headers.get('host');
        if (host === null)
            headers.set('host', (host = target.host));
        let xDate = headers.get('x-date');
        let now;
        if (xDate === null)
            headers.set('x-date', (xDate = now = new Date().toUTCString()));
        // http-signature (under the SDK's signer) adds an unsigned Date header; so do we.
        if (!headers.has('date'))
            headers.set('date', now ?? new Date().toUTCString());
        const method = request.method.toUpperCase();
        const withBody = !forceExcludeBody && BODY_METHODS.has(method);
        let text = `x-date: ${xDate}\n(request-target): ${method.toLowerCase()} ${target.path}\nhost: ${host}`;
        if (withBody) {
            let contentType = headers.get('content-type');
            if (contentType === null)
                headers.set('content-type', (contentType = 'application/json'));
            const body = typeof request.body === 'string' ? request.body : request.body ? JSON.stringify(request.body) : '';
            const sha = body === '' ? EMPTY_SHA : (0,external_node_crypto_.createHash)('sha256').update(body, 'utf8').digest('base64');
            headers.set('x-content-sha256', sha);
            let contentLength = headers.get('content-length');
            if (contentLength === null)
                headers.set('content-length', (contentLength = String(Buffer.byteLength(body, 'utf8'))));
            text += `\ncontent-type: ${contentType}\ncontent-length: ${contentLength}\nx-content-sha256: ${sha}`;
        }
        const key = this.keyObject();
        if (key.asymmetricKeyType !== 'rsa')
            throw new Error(`${key.asymmetricKeyType ?? 'unknown'} keys are not supported (OCI API keys are RSA)`);
        const keyId = await this.source.getKeyId();
        const signature = (0,external_node_crypto_.sign)('sha256', Buffer.from(text, 'utf8'), key).toString('base64');
        headers.set('authorization', `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${withBody ? BODY_HEADERS : BASE_HEADERS}",signature="${signature}"`);
    }
}
/**
 * Host and path-with-query of an absolute URI, as the SDK's signer reads them (legacy
 * url.parse: the text as given, host lower-cased), without building a URL object.
 */
function splitUri(uri) {
    const scheme = uri.indexOf('://');
    const start = scheme < 0 ? 0 : scheme + 3;
    let end = start;
    while (end < uri.length && uri[end] !== '/' && uri[end] !== '?' && uri[end] !== '#')
        end++;
    const authority = uri.slice(start, end);
    const at = authority.lastIndexOf('@');
    const host = (at < 0 ? authority : authority.slice(at + 1)).toLowerCase();
    if (!host)
        throw new Error('Cannot parse host from url');
    const hash = uri.indexOf('#', end);
    let path = hash < 0 ? uri.slice(end) : uri.slice(end, hash);
    if (path === '' || path[0] === '?')
        path = `/${path}`;
    return { host, path };
}

// EXTERNAL MODULE: ./build/src/oci/throttle.js
var throttle = __webpack_require__(80467);
;// CONCATENATED MODULE: ./build/src/oci/clients.js
// One place that makes OCI SDK clients: endpoint from the template (or the SDK's own region
// lookup), our HTTP client instead of the SDK's retrier and circuit breaker, cached per
// (class, service, region), all closed together. Requests are signed with a cached key
// (signer.ts) and paced per service family, tenancy-wide (throttle.ts RateLearner).





/** A ClientConfiguration.circuitBreaker that tells every generated SDK client to build none. */
const NO_CIRCUIT_BREAKER = { circuit: null, noCircuit: true };
function expandEndpointTemplate(template, service, region) {
    return template.replaceAll('{service}', service).replaceAll('{region}', region);
}
function createOciClients(options) {
    const recorder = new http/* ApiCallRecorder */.vj();
    const limiters = new Map();
    const families = new Map();
    const clients = new Map();
    const ctorIds = new Map();
    // A config profile with an authentication_type (Cloud Shell delegation) signs with an
    // opc-obo-token the SDK's signer adds: leave those to it too.
    const delegated = Boolean(options.auth.getAuthType?.());
    const signer = options.sdkSigner || delegated
        ? new oci_common.DefaultRequestSigner(options.auth)
        : new CachedKeySigner(options.auth);
    const policy = options.policy ?? throttle/* DEFAULT_RETRY_POLICY */.cO;
    const rateLearning = { ...throttle/* DEFAULT_RATE_LEARNING */.UD, ...options.rateLearning };
    // The SDK retries on its own unless told not to; ours wraps every attempt instead. Without
    // `noCircuit` every client also builds an opossum circuit breaker (timers, rolling stats)
    // that our httpClient never uses.
    const clientConfiguration = {
        retryConfiguration: oci_common.NoRetryConfigurationDetails,
        circuitBreaker: NO_CIRCUIT_BREAKER,
    };
    const restoreConsole = quietSdkConsole((m) => options.log.debug(m));
    const budgets = new Map();
    const budgetFor = (region) => {
        let budget = budgets.get(region);
        if (!budget) {
            budget = new throttle/* RetryBudget */.Km(options.retryBudget ?? throttle/* DEFAULT_RETRY_BUDGET */.tc);
            budgets.set(region, budget);
        }
        return budget;
    };
    // OCI limits a service per tenancy: one pace per service family, whatever the region.
    // And one pace for the tenancy as a whole, for limits that span services.
    const tenancy = new throttle/* TenancyPace */.yU(rateLearning);
    const familyFor = (service) => {
        let family = families.get(service);
        if (!family) {
            family = new throttle/* RateLearner */.us((0,throttle/* familyRateLearning */.P3)(rateLearning));
            families.set(service, family);
        }
        return family;
    };
    const limiterFor = (service, region) => {
        const key = `${service}/${region}`;
        let limiter = limiters.get(key);
        if (!limiter) {
            limiter = new throttle/* FamilyLimiter */.Rd(familyFor(service), options.maxConcurrency ?? 32, tenancy);
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
                budget: budgetFor(region),
                recorder,
                log: options.log,
                region,
                ...(options.signal ? { signal: options.signal } : {}),
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


/***/ }),

/***/ 66367:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GenAiCallError: () => (/* binding */ GenAiCallError),
/* harmony export */   createGenAiChat: () => (/* binding */ createGenAiChat),
/* harmony export */   listChatModels: () => (/* binding */ listChatModels),
/* harmony export */   serializeChatBody: () => (/* binding */ serializeChatBody)
/* harmony export */ });
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48473);
/* harmony import */ var oci_generativeai__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79871);
/* harmony import */ var oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28670);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96237);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15211);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4511);
/* harmony import */ var _throttle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(80467);
// The OCI Generative AI edge: the chat call (oci-generativeaiinference) and the model list
// (oci-generativeai), signed with the run's own auth through our HTTP client. A summary is a
// nicety: one retry at most, a short deadline, no throttling budget (a 429 ends it).







/** The exact request body the SDK sends for these ChatDetails (what `--genai-dry-run` prints). */
function serializeChatBody(body) {
    return oci_common__WEBPACK_IMPORTED_MODULE_0__.ObjectSerializer.serialize(body, 'ChatDetails', oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__.models.ChatDetails.getJsonObj);
}
/** Why a chat failed, in a few words for "summary unavailable (…)". */
class GenAiCallError extends Error {
    name = 'GenAiCallError';
}
function clientsFor(options) {
    return (0,_clients_js__WEBPACK_IMPORTED_MODULE_5__.createOciClients)({
        auth: options.auth.provider,
        sdkSigner: options.auth.method !== 'api_key' && options.auth.method !== 'security_token',
        policy: { ..._throttle_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY_POLICY */ .cO, maxAttempts: 2, requestTimeoutMs: options.timeoutMs, deadlineMs: options.timeoutMs, maxRetryAfterMs: 5_000 },
        retryBudget: 0,
        log: options.log,
    });
}
function reasonOf(error, timeoutMs) {
    const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s_)(error);
    const e = error;
    if (status === 404)
        return `model not found or not authorized (404 ${typeof e?.serviceCode === 'string' ? e.serviceCode : 'NotAuthorizedOrNotFound'})`;
    if (status === 429)
        return 'throttled by the GenAI service (429 TooManyRequests)';
    if (status === 401 || status === 403)
        return `the GenAI service refused the credentials (${status})`;
    if (status !== undefined)
        return `the GenAI service answered ${status}${typeof e?.serviceCode === 'string' ? ` ${e.serviceCode}` : ''}`;
    const message = error instanceof Error ? error.message : String(error);
    if (/timed out|TimeoutError|aborted/i.test(message))
        return `no answer within ${Math.round(timeoutMs / 1000)} s (timeout)`;
    return `the GenAI endpoint could not be reached (${message.split('\n')[0]?.slice(0, 200) ?? ''})`;
}
/** The model's text from a chat result, either API format. */
function textOf(result) {
    const response = result.chatResponse;
    if (typeof response.text === 'string')
        return response.text;
    const parts = response.choices?.[0]?.message?.content ?? [];
    return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
}
function createGenAiChat(options) {
    const clients = clientsFor(options);
    const client = clients.get(oci_generativeaiinference__WEBPACK_IMPORTED_MODULE_2__.GenerativeAiInferenceClient, 'inference.generativeai', options.region, options.endpoint);
    return {
        async chat(body) {
            let response;
            try {
                response = await client.chat({ chatDetails: body });
            }
            catch (error) {
                throw new GenAiCallError(reasonOf((0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .asOciError */ .Uf)(error, 'chat', 'inference.generativeai'), options.timeoutMs));
            }
            // isStream is false in every body we build: a stream back is a protocol surprise.
            if (!response || !('chatResult' in response))
                throw new GenAiCallError('the GenAI service answered with a stream, not a chat result');
            const text = textOf(response.chatResult).trim();
            if (!text)
                throw new GenAiCallError('the model returned no text');
            return { text, modelId: response.chatResult.modelId };
        },
        close: () => clients.closeAll(),
    };
}
/** Chat-capable models visible in a compartment and region, every page. */
async function listChatModels(options) {
    const clients = clientsFor(options);
    try {
        const client = clients.get(oci_generativeai__WEBPACK_IMPORTED_MODULE_1__.GenerativeAiClient, 'generativeai', options.region, options.endpoint);
        const out = [];
        let page;
        do {
            let response;
            try {
                response = await client.listModels({ compartmentId: options.compartmentId, capability: ['CHAT'], ...(page ? { page } : {}) });
            }
            catch (error) {
                throw (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .asOciError */ .Uf)(error, 'listModels', 'generativeai');
            }
            for (const m of response.modelCollection.items ?? []) {
                out.push({
                    id: m.id,
                    name: m.displayName ?? m.id,
                    vendor: m.vendor ?? '',
                    version: m.version ?? '',
                    state: m.lifecycleState,
                    capabilities: [...(m.capabilities ?? [])].map(String),
                });
            }
            page = response.opcNextPage;
        } while (page);
        return out;
    }
    finally {
        clients.closeAll();
    }
}


/***/ }),

/***/ 96237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AO: () => (/* binding */ INTERRUPTED_REASON),
  hR: () => (/* binding */ compartmentSubtree),
  Uc: () => (/* binding */ describeError),
  s_: () => (/* binding */ httpStatusOf),
  kx: () => (/* binding */ recordFromSummary),
  kD: () => (/* binding */ runPool),
  NY: () => (/* binding */ searchRegion)
});

// UNUSED EXPORTS: DiscoverySinkError, TERMINAL_STATES, discoverAll

;// CONCATENATED MODULE: ./build/src/core/compartments.js
// Compartment tree arithmetic shared by the pipeline (--compartment scope), check scopes and
// the exports (graph, Mermaid): one walk, given child → parent pairs, and the compartment type
// the pipeline and the exports share.
/** Ocids in the subtree rooted at `root`, root included. Cycles and unknown parents are harmless. */
function subtreeOf(root, links) {
    const children = new Map();
    for (const { id, parentId } of links) {
        if (!parentId)
            continue;
        const list = children.get(parentId) ?? [];
        list.push(id);
        children.set(parentId, list);
    }
    const out = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const id = stack.pop();
        if (out.has(id))
            continue;
        out.add(id);
        stack.push(...(children.get(id) ?? []));
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/core/record.js
var record = __webpack_require__(86528);
;// CONCATENATED MODULE: ./build/src/pipeline/discover.js
// Discovery: every subscribed (or requested) region searched in parallel, summaries turned
// into records, terminated resources and out-of-scope compartments left out, and each ocid kept
// once — global IAM resources, which every region's search returns, with the home region.


/** The error of a region whose search was cut short by an interrupt. */
const INTERRUPTED_REASON = 'interrupted';
const TERMINAL_STATES = new Set(['TERMINATED', 'DELETED']);
/** The keys of a `SearchSummary` as `normalizeSummary` writes them. */
const SUMMARY_KEYS = [
    'identifier',
    'resourceType',
    'displayName',
    'compartmentId',
    'timeCreated',
    'lifecycleState',
    'availabilityDomain',
    'definedTags',
    'freeformTags',
    'systemTags',
    'identityContext',
    'additionalDetails',
];
/**
 * The summary as kept in `details.searchSummary`, its keys in canonical (sorted) order when it
 * has exactly the keys of a `SearchSummary` (always, from the OCI adapter): canonicalJson then
 * writes it, and a record whose every object is in order, with one `JSON.stringify`.
 */
function searchSummaryOf(summary) {
    const keys = Object.keys(summary);
    if (keys.length !== SUMMARY_KEYS.length || !SUMMARY_KEYS.every((key) => Object.hasOwn(summary, key))) {
        return { ...summary, definedTags: summary.definedTags, systemTags: summary.systemTags };
    }
    return {
        additionalDetails: summary.additionalDetails,
        availabilityDomain: summary.availabilityDomain,
        compartmentId: summary.compartmentId,
        definedTags: summary.definedTags,
        displayName: summary.displayName,
        freeformTags: summary.freeformTags,
        identifier: summary.identifier,
        identityContext: summary.identityContext,
        lifecycleState: summary.lifecycleState,
        resourceType: summary.resourceType,
        systemTags: summary.systemTags,
        timeCreated: summary.timeCreated,
    };
}
/** A record from its search summary, keys in canonical order (see `searchSummaryOf`). */
function recordFromSummary(summary, region, collectedAt) {
    const record = {
        collectedAt,
        compartmentId: summary.compartmentId,
        definedTags: summary.definedTags,
        details: { searchSummary: searchSummaryOf(summary) },
        displayName: summary.displayName,
        enrichError: null,
        enrichStatus: 'NOT_IMPLEMENTED',
        freeformTags: summary.freeformTags,
        lifecycleState: summary.lifecycleState,
        ocid: summary.identifier,
        region,
        relationships: [],
        resourceType: summary.resourceType,
        timeCreated: summary.timeCreated,
    };
    // `availabilityDomain` sorts first: put it there so the record is already in canonical order.
    return summary.availabilityDomain ? { availabilityDomain: summary.availabilityDomain, ...record } : record;
}
/** Compartment ocids in the subtree rooted at `root`, root included. */
function compartmentSubtree(root, compartments) {
    return subtreeOf(root, compartments.map((c) => ({ id: c.ocid, parentId: c.parentId })));
}
function httpStatusOf(error) {
    if (error && typeof error === 'object' && 'statusCode' in error) {
        const code = error.statusCode;
        return typeof code === 'number' ? code : undefined;
    }
    return undefined;
}
function describeError(error) {
    if (error && typeof error === 'object') {
        const e = error;
        if (typeof e.statusCode === 'number') {
            return `${e.statusCode} ${typeof e.serviceCode === 'string' ? e.serviceCode : ''}`.trim() + (typeof e.message === 'string' && e.message ? `: ${firstLine(e.message)}` : '');
        }
        if (typeof e.message === 'string')
            return firstLine(e.message);
    }
    return String(error);
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/** Run `task` over `items` with at most `workers` at once. */
async function runPool(items, workers, task, stop) {
    let next = 0;
    const state = stop ?? { failed: false };
    let first;
    const worker = async () => {
        while (next < items.length && !state.failed) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                state.failed = true;
                first ??= { error };
            }
        }
    };
    // On a failure no new item starts, and the pool rejects only once the items under way have
    // ended: nothing of a failed run keeps writing after the caller has cleaned up (a full disk).
    await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
    if (first)
        throw first.error;
}
/** An error of the sink itself (a full disk): it ends the run instead of failing the region. */
class DiscoverySinkError extends Error {
    original;
    name = 'DiscoverySinkError';
    constructor(original) {
        super(describeError(original));
        this.original = original;
    }
}
/**
 * Searches one region, handing each accepted summary to `sink` as its page arrives. A region
 * whose search fails keeps what it handed over and is returned FAILED; only a sink error throws.
 */
async function searchRegion(port, region, options, log, sink, counts) {
    const started = Date.now();
    let count = 0;
    const live = options.progress?.region(region);
    if (live)
        live.search = 'running';
    try {
        options.signal?.throwIfAborted();
        await port.search(region, options.query, async (page) => {
            for (const summary of page.items) {
                counts.seen++;
                if (!options.includeTerminated && summary.lifecycleState && TERMINAL_STATES.has(summary.lifecycleState.toUpperCase())) {
                    counts.droppedTerminated++;
                    continue;
                }
                if (options.scope && !(summary.compartmentId && options.scope.has(summary.compartmentId))) {
                    counts.droppedOutOfScope++;
                    continue;
                }
                counts.accepted++;
                try {
                    sink.accept(summary, region);
                }
                catch (error) {
                    throw new DiscoverySinkError(error);
                }
            }
            count += page.items.length;
            if (live) {
                live.pages++;
                live.records = count;
            }
            if (sink.afterPage) {
                try {
                    await sink.afterPage();
                }
                catch (error) {
                    throw new DiscoverySinkError(error);
                }
            }
        }, options.signal);
        if (live)
            live.search = 'done';
        log.info(`${region}: ${count} resources found`, {
            phase: 'discovery',
            region,
            counts: { records: count, pages: live?.pages ?? 0 },
            duration_ms: Date.now() - started,
        });
        return { region, status: 'OK', count, error: null, duration_ms: Date.now() - started };
    }
    catch (error) {
        if (error instanceof DiscoverySinkError)
            throw error.original;
        const httpStatus = httpStatusOf(error);
        const interrupted = options.signal?.aborted === true;
        const outcome = {
            region,
            status: 'FAILED',
            count,
            error: interrupted ? INTERRUPTED_REASON : describeError(error),
            duration_ms: Date.now() - started,
        };
        if (httpStatus !== undefined && !interrupted)
            outcome.httpStatus = httpStatus;
        if (live)
            live.search = interrupted ? 'interrupted' : 'failed';
        const message = interrupted ? `${region}: search interrupted after ${count} resources` : `${region}: discovery failed after ${count} resources: ${outcome.error}`;
        log.warn(message, { phase: 'discovery', region, counts: { records: count }, duration_ms: outcome.duration_ms });
        return outcome;
    }
}
/**
 * Every region searched into one map keyed by ocid (tests and tools; a run streams instead,
 * see run.ts): global IAM records once, with the home region.
 */
async function discoverAll(port, options, log) {
    const records = new Map();
    const outcomes = [];
    const counts = { seen: 0, accepted: 0, droppedTerminated: 0, droppedOutOfScope: 0 };
    const sink = {
        accept(summary, region) {
            const isGlobal = GLOBAL_RESOURCE_TYPES.has(summary.resourceType);
            // Same resource seen again: a global one from another region, or a repeat across pages.
            if (records.has(summary.identifier))
                return;
            records.set(summary.identifier, recordFromSummary(summary, isGlobal ? options.homeRegion : region, options.collectedAt));
        },
    };
    await runPool(options.regions, options.workers, async (region) => {
        outcomes.push(await searchRegion(port, region, options, log, sink, counts));
    });
    outcomes.sort((a, b) => a.region.localeCompare(b.region));
    return { records, regions: outcomes, seen: counts.seen, droppedTerminated: counts.droppedTerminated, droppedOutOfScope: counts.droppedOutOfScope };
}


/***/ })

};
