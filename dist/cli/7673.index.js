export const id = 7673;
export const ids = [7673,4511];
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

/***/ 47673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   connectOci: () => (/* binding */ connectOci),
/* harmony export */   sdkRegionKeys: () => (/* binding */ sdkRegionKeys)
/* harmony export */ });
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48473);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34913);
/* harmony import */ var _clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4511);
/* harmony import */ var _discovery_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67077);
// Wires the OCI adapters from a run configuration: auth, the client factory, discovery, and
// the enricher. The only place the CLI and the action reach into `src/oci/`.




async function connectOci(config, log, env = process.env, signal) {
    const auth = await (0,_auth_js__WEBPACK_IMPORTED_MODULE_1__.resolveAuth)({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env });
    const tenancyId = config.tenancy ?? auth.tenancyId;
    const resolved = { ...auth, tenancyId };
    // Without a region in the profile, the first --regions entry that names one region (a name
    // or a key, not a wildcard) says where identity is asked.
    const bootstrapRegion = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => sdkRegionKeys().get(r.toLowerCase()) ?? r)[0];
    if (!bootstrapRegion) {
        throw new _auth_js__WEBPACK_IMPORTED_MODULE_1__/* .OciConfigError */ .AI('no region known: set `region` in the OCI config profile or pass --region');
    }
    const clients = (0,_clients_js__WEBPACK_IMPORTED_MODULE_2__.createOciClients)({
        auth: auth.provider,
        endpointTemplate: config.endpointTemplate,
        sdkSigner: auth.method !== 'api_key' && auth.method !== 'security_token',
        retryBudget: config.retryBudget,
        log: { debug: (m) => log.debug(m) },
        ...(signal ? { signal } : {}),
    });
    const discovery = (0,_discovery_js__WEBPACK_IMPORTED_MODULE_3__/* .createOciDiscovery */ .ue)({ auth: resolved, clients, bootstrapRegion });
    return {
        auth: resolved,
        clients,
        discovery,
        async enricher(homeRegion) {
            const { createEnricher } = await __webpack_require__.e(/* import() */ 550).then(__webpack_require__.bind(__webpack_require__, 10550));
            return createEnricher({ clients, tenancyId, homeRegion, workers: config.workersEnrich, log, detail: config.enrichDetail });
        },
        close: () => clients.closeAll(),
    };
}
let regionKeys;
/** Region keys the SDK knows (`iad` → `us-ashburn-1`), from oci-common's built-in table: no network. */
function sdkRegionKeys() {
    if (!regionKeys) {
        regionKeys = new Map();
        for (const region of oci_common__WEBPACK_IMPORTED_MODULE_0__.Region.values()) {
            if (region.regionCode)
                regionKeys.set(region.regionCode.toLowerCase(), region.regionId);
        }
    }
    return regionKeys;
}


/***/ }),

/***/ 67077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ue: () => (/* binding */ createOciDiscovery)
/* harmony export */ });
/* unused harmony exports sdkCall, SEARCH_PAGE_LIMIT, buildCompartmentTree, normalizeSummary, toIso */
/* harmony import */ var oci_identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79041);
/* harmony import */ var oci_resourcesearch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6823);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15211);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85373);
// DiscoveryPort over the OCI SDK: who we are, which regions, which compartments, and Resource
// Search page by page. SDK objects are normalized here so nothing typed by the SDK leaks inward.




/** An SDK call whose transport failure surfaces as an Error (see asOciError). */
async function sdkCall(service, operation, call) {
    try {
        return await call();
    }
    catch (error) {
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .asOciError */ .Uf)(error, operation, service);
    }
}
/** Largest page Resource Search serves. */
const SEARCH_PAGE_LIMIT = 1000;
function createOciDiscovery(options) {
    const { auth, clients } = options;
    let homeRegion;
    let regionsCache;
    const identityClient = (region) => clients.get(oci_identity__WEBPACK_IMPORTED_MODULE_0__.IdentityClient, 'identity', region);
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
                    accessLevel: oci_identity__WEBPACK_IMPORTED_MODULE_0__.requests.ListCompartmentsRequest.AccessLevel.Any,
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
        async search(region, query, onPage, signal) {
            const client = clients.get(oci_resourcesearch__WEBPACK_IMPORTED_MODULE_1__.ResourceSearchClient, 'query', region);
            let page;
            do {
                signal?.throwIfAborted();
                const response = await sdkCall('query', 'searchResources', () => client.searchResources({
                    searchDetails: { type: 'Structured', query, matchingContextType: oci_resourcesearch__WEBPACK_IMPORTED_MODULE_1__.models.SearchDetails.MatchingContextType.None },
                    limit: SEARCH_PAGE_LIMIT,
                    tenantId: auth.tenancyId,
                    ...(page ? { page } : {}),
                }));
                await onPage({ items: response.resourceSummaryCollection.items?.map(normalizeSummary) ?? [] });
                page = response.opcNextPage;
            } while (page);
        },
        apiCalls: () => clients.recorder.snapshot(),
        transport: () => clients.recorder.view(),
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
        definedTags: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainJsonObject */ .d)(s.definedTags),
        freeformTags: Object.fromEntries(Object.entries(s.freeformTags ?? {}).map(([k, v]) => [k, String(v)])),
        systemTags: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainJsonObject */ .d)(s.systemTags),
        identityContext: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainJsonObject */ .d)(s.identityContext),
        additionalDetails: (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .toPlainJsonObject */ .d)(s.additionalDetails),
    };
}
function toIso(value) {
    if (value === undefined || value === null || value === '')
        return null;
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}


/***/ }),

/***/ 85373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toPlainJson),
/* harmony export */   d: () => (/* binding */ toPlainJsonObject)
/* harmony export */ });
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86528);
// SDK objects → plain JSON, the one conversion every OCI adapter uses at the edge: Dates (typed
// Date, often arriving as strings) to ISO strings, undefined and functions dropped, non-finite
// numbers to null. Secrets are redacted later, by the pipeline's one policy (src/core/redact.ts).

function toPlainJson(value) {
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
        return value.map((item) => toPlainJson(item));
    if (typeof value === 'object') {
        // Keys in canonical order, so canonicalJson can leave the whole subtree to JSON.stringify.
        const source = value;
        const keys = Object.keys(source);
        if (keys.length > 1)
            (0,_core_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sortLikeSortKeys */ .gU)(keys);
        const out = {};
        for (const key of keys) {
            const child = source[key];
            if (child === undefined || typeof child === 'function')
                continue;
            // A hostile "__proto__" key stays data instead of setting the copy's prototype.
            if (key === '__proto__')
                Object.defineProperty(out, key, { value: toPlainJson(child), enumerable: true, writable: true, configurable: true });
            else
                out[key] = toPlainJson(child);
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


/***/ })

};
