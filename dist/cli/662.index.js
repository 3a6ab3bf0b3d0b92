export const id = 662;
export const ids = [662];
export const modules = {

/***/ 33662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ connectOci),
  r: () => (/* binding */ sdkRegionKeys)
});

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/oci/http.js
var http = __webpack_require__(13207);
// EXTERNAL MODULE: ./build/src/oci/auth-methods.js
var auth_methods = __webpack_require__(18502);
;// CONCATENATED MODULE: ./build/src/oci/auth.js
// Turns an auth method name into an OCI SDK authentication provider, with errors that say
// which method failed and why, and never carry key material (SPEC §3 exit 3).








class AuthError extends Error {
    method;
    constructor(method, reason) {
        super(`authentication (${method}) failed: ${reason}`);
        this.method = method;
        this.name = 'AuthError';
    }
}
function defaultConfigFile(env = process.env) {
    return env.OCI_CONFIG_FILE || env.OCI_CLI_CONFIG_FILE || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.oci', 'config');
}
/** A key file that cannot be used (not PEM, wrong passphrase): an input error (exit 2) naming the file. */
class KeyFileError extends Error {
    name = 'KeyFileError';
}
/** A bad value in the OCI config file (e.g. an unknown region): an input error (exit 2). */
class OciConfigError extends Error {
    name = 'OciConfigError';
}
/** One profile of an OCI config file, DEFAULT's keys inherited; undefined when the profile is absent. */
function readProfile(configFile, profile) {
    const sections = new Map();
    let current;
    for (const raw of (0,external_node_fs_.readFileSync)(configFile, 'utf8').split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            const name = (header[1] ?? '').trim();
            current = sections.get(name) ?? new Map();
            sections.set(name, current);
            continue;
        }
        const eq = line.indexOf('=');
        if (current && eq > 0)
            current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const own = sections.get(profile);
    if (!own)
        return undefined;
    return new Map([...(sections.get('DEFAULT') ?? []), ...own]);
}
const expandHome = (path) => (path.startsWith('~/') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), path.slice(2)) : path);
/** Which method `auto` picks, in documented order (docs/auth.md). */
function pickAutoMethod(configFile, profile, env) {
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return 'resource_principal';
    if ((0,external_node_fs_.existsSync)(configFile)) {
        const values = readProfile(configFile, profile);
        if (values)
            return values.has('security_token_file') ? 'security_token' : 'api_key';
    }
    return 'instance_principal';
}
/**
 * Why each method `auto` looked at did not apply, for the one message shown when nothing
 * worked (docs/auth.md).
 */
function autoReasons(configFile, profile, env) {
    const reasons = ['resource principal: OCI_RESOURCE_PRINCIPAL_VERSION is not set'];
    if (!(0,external_node_fs_.existsSync)(configFile))
        reasons.push(`api key / security token: no config file at ${configFile}`);
    else if (!readProfile(configFile, profile))
        reasons.push(`api key / security token: profile [${profile}] missing in ${configFile}`);
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        reasons.shift();
    return reasons;
}
/**
 * The security token of a session profile, read and trimmed here so a trailing newline never
 * reaches a header, and a missing or unreadable file is a local auth error naming the key.
 */
function readSecurityToken(configFile, profile) {
    const values = readProfile(configFile, profile);
    if (!values)
        throw new AuthError('security_token', `profile [${profile}] missing in ${configFile}`);
    const path = values.get('security_token_file');
    if (!path)
        throw new AuthError('security_token', `profile [${profile}] in ${configFile} has no security_token_file`);
    let token;
    try {
        token = (0,external_node_fs_.readFileSync)(expandHome(path), 'utf8').trim();
    }
    catch (error) {
        const code = error.code;
        throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
    }
    if (token === '' || /[\s\u0000-\u001f]/.test(token)) {
        throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] does not hold one token (empty, or spaces/control characters inside)`);
    }
    return token;
}
/**
 * The profile's key file parsed now with its passphrase, so a file that is not a PEM key or a
 * wrong passphrase is one line naming the file (exit 2), never an exception while signing
 * and never the file's content.
 */
function checkKeyFile(configFile, profile) {
    const values = readProfile(configFile, profile);
    const path = values?.get('key_file');
    if (!values || !path)
        return; // the SDK names what is missing
    const file = expandHome(path);
    let pem;
    try {
        pem = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new KeyFileError(`key_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
        throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a PEM private key`);
    const passphrase = values.get('pass_phrase');
    try {
        (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    }
    catch (error) {
        const text = `${error.code ?? ''} ${error instanceof Error ? error.message : ''}`;
        if (/passphrase|decrypt|BAD_DECRYPT|bad password/i.test(text)) {
            throw new KeyFileError(passphrase
                ? `key_file ${path} of profile [${profile}]: wrong pass_phrase (the key could not be decrypted)`
                : `key_file ${path} of profile [${profile}] is encrypted: set pass_phrase in the profile`);
        }
        throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a usable PEM private key`);
    }
}
/** The profile's region must be one the SDK knows; else the SDK guesses a realm and prints about it. */
function checkProfileRegion(configFile, profile) {
    const region = readProfile(configFile, profile)?.get('region');
    if (!region)
        return;
    const known = oci_common.Region.values().some((r) => r.regionId === region);
    if (!known) {
        const lower = region.toLowerCase();
        const byKey = oci_common.Region.values().find((r) => r.regionCode?.toLowerCase() === lower);
        throw new OciConfigError(`${configFile}: profile [${profile}]: region "${region}" is not a known OCI region${byKey ? ` (did you mean ${byKey.regionId}?)` : ''}`);
    }
}
async function resolveAuth(options) {
    const env = options.env ?? process.env;
    const configFile = options.configFile || defaultConfigFile(env);
    const method = options.method === 'auto' ? pickAutoMethod(configFile, options.profile, env) : options.method;
    if (options.method === 'auto' && options.configFile && (0,external_node_fs_.existsSync)(configFile) && !readProfile(configFile, options.profile)) {
        // A config file named on purpose: its missing profile is the answer, not instance principal.
        throw new AuthError('auto', `profile [${options.profile}] missing in ${configFile}`);
    }
    try {
        switch (method) {
            case 'api_key':
            case 'security_token': {
                if (!(0,external_node_fs_.existsSync)(configFile))
                    throw new AuthError(method, `config file ${configFile} not found`);
                if (!readProfile(configFile, options.profile))
                    throw new AuthError(method, `profile [${options.profile}] missing in ${configFile}`);
                const token = method === 'security_token' ? readSecurityToken(configFile, options.profile) : undefined;
                checkKeyFile(configFile, options.profile);
                checkProfileRegion(configFile, options.profile);
                const provider = method === 'api_key'
                    ? new oci_common.ConfigFileAuthenticationDetailsProvider(configFile, options.profile)
                    : new oci_common.SessionAuthDetailProvider(configFile, options.profile);
                if (token !== undefined && provider instanceof oci_common.SessionAuthDetailProvider)
                    provider.sessionToken = token;
                // Force key loading now so a missing or unreadable key fails here, not mid-run.
                provider.getPrivateKey();
                const tenancyId = provider.getTenantId();
                if (!tenancyId)
                    throw new Error(`profile [${options.profile}] has no tenancy`);
                const user = method === 'api_key' ? provider.getUser() : 'session token';
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: user };
            }
            case 'resource_principal': {
                const provider = await oci_common.ResourcePrincipalAuthenticationDetailsProvider.builder();
                const tenancyId = await provider.getStringClaim('res_tenant');
                if (!tenancyId)
                    throw new Error('the resource principal token has no res_tenant claim');
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'resource principal' };
            }
            case 'instance_principal': {
                const timeout = options.instancePrincipalTimeoutMs ?? 15_000;
                const builder = new oci_common.InstancePrincipalsAuthenticationDetailsProviderBuilder();
                const provider = await withTimeout(builder.build(), timeout, 'the instance metadata service did not answer (not running on an OCI instance?)');
                // The builder learns the tenancy from the instance's leaf certificate.
                const tenancyId = builder.tenancyId;
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'instance principal' };
            }
        }
    }
    catch (error) {
        if (error instanceof AuthError || error instanceof KeyFileError || error instanceof OciConfigError)
            throw error;
        const raw = error instanceof Error ? error.message : String(error);
        const noMetadata = /region undefined|metadata|did not answer|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|fetch failed/i.test(raw);
        if (method === 'instance_principal' && options.method !== 'auto' && noMetadata) {
            // The SDK's own words here are a multi-line note about "region undefined".
            throw new AuthError(method, 'not on an OCI instance (the instance metadata service did not answer)');
        }
        if (method === 'resource_principal' && !env.OCI_RESOURCE_PRINCIPAL_VERSION) {
            throw new AuthError(method, 'OCI_RESOURCE_PRINCIPAL_VERSION is not set (resource principals exist inside OCI Functions, Container Instances, DevOps and similar services)');
        }
        if (options.method === 'auto' && method === 'instance_principal') {
            const reasons = [...autoReasons(configFile, options.profile, env), 'instance principal: not on an OCI instance (the metadata service did not answer)'];
            throw new AuthError('auto', `no method applies: ${reasons.join('; ')}`);
        }
        throw new AuthError(method, cleanAuthReason(error));
    }
}
/** Reduce an SDK auth error to its reason; SDK messages can quote file content, so cut at the first line. */
function cleanAuthReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = (0,http/* sanitizeSdkMessage */.$v)(message.split('\n')[0] ?? '');
    if (/BEGIN [A-Z ]*PRIVATE KEY/.test(firstLine))
        return 'the private key could not be read';
    if (/region\s+undefined|undefined region/i.test(firstLine))
        return 'no region known (set region in the OCI config profile, or pass --regions)';
    return firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine;
}
async function withTimeout(promise, ms, reason) {
    let timer;
    try {
        return await Promise.race([
            promise,
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(reason)), ms);
            }),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}

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
        if (!headers.has('host'))
            headers.set('host', target.host);
        if (!headers.has('x-date'))
            headers.set('x-date', new Date().toUTCString());
        // http-signature (under the SDK's signer) adds an unsigned Date header; so do we.
        if (!headers.has('date'))
            headers.set('date', new Date().toUTCString());
        const method = request.method.toUpperCase();
        const withBody = !forceExcludeBody && BODY_METHODS.has(method);
        let text = `x-date: ${headers.get('x-date')}\n(request-target): ${method.toLowerCase()} ${target.path}\nhost: ${headers.get('host')}`;
        if (withBody) {
            if (!headers.has('content-type'))
                headers.set('content-type', 'application/json');
            const body = typeof request.body === 'string' ? request.body : request.body ? JSON.stringify(request.body) : '';
            headers.set('x-content-sha256', body === '' ? EMPTY_SHA : (0,external_node_crypto_.createHash)('sha256').update(body, 'utf8').digest('base64'));
            if (!headers.has('content-length'))
                headers.set('content-length', String(Buffer.byteLength(body, 'utf8')));
            text += `\ncontent-type: ${headers.get('content-type')}\ncontent-length: ${headers.get('content-length')}\nx-content-sha256: ${headers.get('x-content-sha256')}`;
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
    const tenancy = new throttle/* RateLearner */.us(rateLearning);
    const familyFor = (service) => {
        let family = families.get(service);
        if (!family) {
            family = new throttle/* RateLearner */.us({ ...rateLearning, probeGrowth: throttle/* FAMILY_PROBE_GROWTH */.GL });
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
        async search(region, query, onPage, signal) {
            const client = clients.get(oci_resourcesearch.ResourceSearchClient, 'query', region);
            let page;
            do {
                signal?.throwIfAborted();
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
        definedTags: (0,json/* toPlainJsonObject */.d)(s.definedTags),
        freeformTags: Object.fromEntries(Object.entries(s.freeformTags ?? {}).map(([k, v]) => [k, String(v)])),
        systemTags: (0,json/* toPlainJsonObject */.d)(s.systemTags),
        identityContext: (0,json/* toPlainJsonObject */.d)(s.identityContext),
        additionalDetails: (0,json/* toPlainJsonObject */.d)(s.additionalDetails),
    };
}
function toIso(value) {
    if (value === undefined || value === null || value === '')
        return null;
    const date = value instanceof Date ? value : new Date(String(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}

;// CONCATENATED MODULE: ./build/src/oci/connect.js
// Wires the OCI adapters from a run configuration: auth, the client factory, discovery, and
// the enricher. The only place the CLI and the action reach into `src/oci/`.




async function connectOci(config, log, env = process.env, signal) {
    const auth = await resolveAuth({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env });
    const tenancyId = config.tenancy ?? auth.tenancyId;
    const resolved = { ...auth, tenancyId };
    // Without a region in the profile, the first --regions entry that names one region (a name
    // or a key, not a wildcard) says where identity is asked.
    const bootstrapRegion = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => sdkRegionKeys().get(r.toLowerCase()) ?? r)[0];
    if (!bootstrapRegion) {
        throw new OciConfigError('no region known: set `region` in the OCI config profile or pass --region');
    }
    const clients = createOciClients({
        auth: auth.provider,
        endpointTemplate: config.endpointTemplate,
        sdkSigner: auth.method !== 'api_key' && auth.method !== 'security_token',
        retryBudget: config.retryBudget,
        log: { debug: (m) => log.debug(m) },
        ...(signal ? { signal } : {}),
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
let regionKeys;
/** Region keys the SDK knows (`iad` → `us-ashburn-1`), from oci-common's built-in table: no network. */
function sdkRegionKeys() {
    if (!regionKeys) {
        regionKeys = new Map();
        for (const region of oci_common.Region.values()) {
            if (region.regionCode)
                regionKeys.set(region.regionCode.toLowerCase(), region.regionId);
        }
    }
    return regionKeys;
}


/***/ })

};
