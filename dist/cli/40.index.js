export const id = 40;
export const ids = [40];
export const modules = {

/***/ 13658:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m: () => (/* binding */ connectOci),
  r: () => (/* binding */ sdkRegionKeys)
});

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./build/src/oci/auth.js
var oci_auth = __webpack_require__(34913);
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
    const budgets = new Map();
    const budgetFor = (region) => {
        let budget = budgets.get(region);
        if (!budget) {
            budget = new throttle/* RetryBudget */.Km(options.retryBudget ?? throttle/* DEFAULT_RETRY_BUDGET */.tc);
            budgets.set(region, budget);
        }
        return budget;
    };
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
    const auth = await (0,oci_auth/* resolveAuth */.hi)({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env });
    const tenancyId = config.tenancy ?? auth.tenancyId;
    const resolved = { ...auth, tenancyId };
    // Without a region in the profile, the first --regions entry that names one region (a name
    // or a key, not a wildcard) says where identity is asked.
    const bootstrapRegion = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => sdkRegionKeys().get(r.toLowerCase()) ?? r)[0];
    if (!bootstrapRegion) {
        throw new oci_auth/* OciConfigError */.AI('no region known: set `region` in the OCI config profile or pass --region');
    }
    const clients = createOciClients({
        auth: auth.provider,
        endpointTemplate: config.endpointTemplate,
        concurrency: Math.max(4, config.workersEnrich),
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


/***/ }),

/***/ 85373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toPlainJson),
/* harmony export */   d: () => (/* binding */ toPlainJsonObject)
/* harmony export */ });
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
        const out = {};
        for (const [key, child] of Object.entries(value)) {
            if (child === undefined || typeof child === 'function')
                continue;
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


/***/ }),

/***/ 14239:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KM: () => (/* binding */ checkOutdir),
/* harmony export */   Mr: () => (/* binding */ preflightConnection),
/* harmony export */   lX: () => (/* binding */ resolveRegionSelectors),
/* harmony export */   pD: () => (/* binding */ checkInventoryInput),
/* harmony export */   rZ: () => (/* binding */ preflightRun),
/* harmony export */   u7: () => (/* binding */ OutputError)
/* harmony export */ });
/* unused harmony export checkReadableFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9401);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37944);
// Inputs checked before the first API call (SPEC §3): every path and option a run will need
// later is tried now, so a mistake costs no request, makes no directory and is named by the
// flag (or variable, or config file key) it came from. Exit 2 through ConfigError.





/**
 * A baseline (`--prev`, `--expected`, `check --curr`): it exists, is readable, and its first
 * record parses as an inventory record. Reading stops after that record.
 */
async function checkInventoryInput(path, source) {
    try {
        for await (const _entry of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .scanInventory */ .oz)(path))
            break;
    }
    catch (error) {
        if (error instanceof _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .InventoryInputError */ .$b)
            throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, error.message);
        const code = error.code;
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${path}: cannot read (${code ?? String(error)})`);
    }
}
/** A file the user named explicitly (a config file, a key): it exists and can be read. */
async function checkReadableFile(path, source, what = 'file') {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    }
    catch (error) {
        const code = error.code;
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, code === 'ENOENT' ? `${what} ${path} not found` : `${what} ${path}: cannot read (${code ?? 'error'})`);
    }
    if (info.isDirectory())
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${what} ${path} is a directory`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch {
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${what} ${path} is not readable`);
    }
}
/**
 * The output directory: an existing directory we can create files in, or a path whose
 * nearest existing ancestor is one. Tried with a probe file (removed at once), because
 * `access(W_OK)` says yes to root on a read-only filesystem. Nothing is left behind.
 */
async function checkOutdir(path, source) {
    let existing = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path);
    for (;;) {
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing);
            if (!info.isDirectory()) {
                throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, existing === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path) ? `${path} is a file, not a directory` : `${path}: ${existing} is a file, not a directory`);
            }
            break;
        }
        catch (error) {
            if (error instanceof _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL)
                throw error;
            const code = error.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${path}: cannot use ${existing} (${code ?? 'error'})`);
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
            if (parent === existing)
                throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${path}: no existing parent directory`);
            existing = parent;
        }
    }
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(existing, `.oci-inv-probe-${process.pid}-${Date.now()}`);
    try {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(probe, 'wx');
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(probe);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'EROFS' ? 'read-only file system' : code === 'ENOSPC' ? 'disk full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error');
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `cannot write in ${existing === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path) ? path : existing} (${why})`);
    }
}
/** Everything `run` (and a live `check`) reads or writes besides OCI, checked up front. */
async function preflightRun(config) {
    if (config.prev)
        await checkInventoryInput(config.prev, (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(config, 'prev'));
    if (config.expected)
        await checkInventoryInput(config.expected, (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(config, 'expected'));
    await checkOutdir(config.outdir, (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(config, 'outdir'));
    await preflightConnection(config);
}
/** What every OCI-facing command needs before auth: an explicitly named OCI config file exists. */
async function preflightConnection(config) {
    if (config.ociConfig && (config.auth === 'auto' || config.auth === 'api_key' || config.auth === 'security_token')) {
        await checkReadableFile(config.ociConfig, (0,_config_js__WEBPACK_IMPORTED_MODULE_4__/* .sourceOf */ .vz)(config, 'ociConfig'), 'config file');
    }
}
/**
 * `--regions` selectors resolved against the subscribed regions: a name (`us-ashburn-1`), a
 * region key (`iad`, `FRA`; the subscription's own key, else the SDK's table), or a wildcard
 * (`eu-*`, `*-1`), any case. Each region once, in the order first selected. A selector that
 * selects nothing subscribed is an input error naming it.
 */
function resolveRegionSelectors(selectors, subscribed, sdkKeys, source = '--regions') {
    const names = subscribed.map((r) => r.name);
    const out = [];
    const add = (name) => {
        if (!out.includes(name))
            out.push(name);
    };
    const problems = [];
    for (const raw of selectors) {
        const selector = raw.trim();
        const lower = selector.toLowerCase();
        if (/[*?]/.test(selector)) {
            const pattern = new RegExp(`^${lower.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
            const matched = names.filter((n) => pattern.test(n.toLowerCase()));
            if (matched.length === 0)
                problems.push(`"${selector}" matches no subscribed region`);
            for (const n of matched)
                add(n);
            continue;
        }
        const byName = subscribed.find((r) => r.name.toLowerCase() === lower);
        if (byName) {
            add(byName.name);
            continue;
        }
        const byKey = subscribed.find((r) => r.key.toLowerCase() === lower);
        if (byKey) {
            add(byKey.name);
            continue;
        }
        const sdkName = sdkKeys.get(lower);
        problems.push(sdkName ? `"${selector}" (${sdkName}) is not subscribed` : `"${selector}" is not a subscribed region name or key`);
    }
    if (problems.length > 0)
        throw new _config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, `${problems.join('; ')} (subscribed: ${subscribed.map((r) => `${r.name} ${r.key.toLowerCase()}`).join(', ')})`);
    return out;
}
/** The outputs could not be written (disk full, read-only, permissions): exit 2 naming the path. */
class OutputError extends Error {
    name = 'OutputError';
}


/***/ })

};
