export const id = 4511;
export const ids = [4511];
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


/***/ })

};
