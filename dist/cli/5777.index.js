export const id = 5777;
export const ids = [5777,7697,4913,7294];
export const modules = {

/***/ 27697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iacRegionScope: () => (/* binding */ iacRegionScope),
/* harmony export */   preloadStates: () => (/* binding */ preloadStates),
/* harmony export */   runCoverage: () => (/* binding */ runCoverage),
/* harmony export */   runFacts: () => (/* binding */ runFacts)
/* harmony export */ });
/* unused harmony export stackRefs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9401);
/* harmony import */ var _iac_ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61579);
/* harmony import */ var _iac_mapping_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42347);
/* harmony import */ var _iac_run_iac_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82296);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(37944);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(14239);
// IaC coverage wired to OCI (docs/iac.md): the states from files and globs, plus Resource
// Manager stacks read through the SDK, matched against a finished inventory. Shared by
// `oci-inv iac`, `run --tf-state` and the action.








/** Reads and checks every state file before anything else happens (a bad one is exit 2, no API call). */
async function preloadStates(config, flag) {
    if (config.tfState.length === 0 && config.ormStacks.length === 0)
        return undefined;
    let ignore;
    try {
        ignore = _iac_ignore_js__WEBPACK_IMPORTED_MODULE_3__/* .IacIgnoreRules */ .lW.from(config.iac.ignore, config.iac.defaultIgnores, `${(0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceOf */ .vz)(config, 'iac')}: ignore`);
    }
    catch (error) {
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL((0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceOf */ .vz)(config, 'iac'), error.message.replace(/^[^:]*: ignore: /, 'ignore: '));
    }
    for (const id of config.ormStacks) {
        if (id !== 'all' && !((0,_iac_mapping_js__WEBPACK_IMPORTED_MODULE_4__/* .isOcid */ .eN)(id) && id.startsWith('ocid1.ormstack.')))
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL((0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceOf */ .vz)(config, 'ormStacks'), `"${id}" is not a stack ocid (ocid1.ormstack.…) or "all"`);
    }
    const index = await (0,_iac_run_iac_js__WEBPACK_IMPORTED_MODULE_5__/* .loadStateIndex */ .Kz)(config.tfState, [], flag ?? (0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceOf */ .vz)(config, 'tfState'));
    return { index, ignore };
}
/** The stacks `--orm-stacks` names, with their regions from the inventory (`all`: every OrmStack record). */
async function stackRefs(ids, inventory, regionKeys) {
    const wanted = new Set(ids);
    const all = wanted.has('all');
    const found = new Map();
    for await (const record of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__.readInventory)(inventory)) {
        if (record.resourceType === 'OrmStack' && (all || wanted.has(record.ocid)) && !/^(DELETED|DELETING|FAILED)$/.test(record.lifecycleState ?? ''))
            found.set(record.ocid, record.region);
    }
    for (const id of wanted) {
        if (id === 'all' || found.has(id))
            continue;
        const segment = (0,_iac_mapping_js__WEBPACK_IMPORTED_MODULE_4__/* .ocidRegion */ .kS)(id);
        const region = regionKeys.get(segment) ?? (segment.includes('-') ? segment : undefined);
        if (!region)
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('--orm-stacks', `${id}: not in the inventory and its region "${segment}" is unknown`);
        found.set(id, region);
    }
    return [...found.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ocid, region]) => ({ ocid, region }));
}
async function runCoverage(run) {
    const { config, preloaded } = run;
    if (config.ormStacks.length > 0) {
        if (!run.clients)
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .xL('--orm-stacks', 'needs an OCI connection');
        const { ormStateSources } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(2126), __webpack_require__.e(5367)]).then(__webpack_require__.bind(__webpack_require__, 87748));
        const refs = await stackRefs(config.ormStacks, run.inventory, run.regionKeys ?? new Map());
        const sources = ormStateSources(run.clients, refs);
        const more = await (0,_iac_run_iac_js__WEBPACK_IMPORTED_MODULE_5__/* .loadStateIndex */ .Kz)([], sources);
        for (const summary of more.summaries)
            preloaded.index.summaries.push(summary);
        mergeInto(preloaded.index, more);
    }
    const options = {
        inventory: run.inventory,
        outDir: run.outDir,
        ignore: preloaded.ignore,
        failOn: config.iacFailOn,
        baseline: run.baseline,
        tenancyId: run.tenancyId,
        redactionSecret: run.redactionSecret,
        top: config.iac.top,
        scopeCompartment: run.scopeCompartment,
        ...(run.regions ? { regions: run.regions, regionKeys: run.regionKeys ?? new Map() } : {}),
        ...(run.compartmentPaths ? { compartmentPaths: run.compartmentPaths } : {}),
        ...(run.partial ? { partial: true } : {}),
    };
    return (0,_iac_run_iac_js__WEBPACK_IMPORTED_MODULE_5__/* .runIac */ .j$)(preloaded.index, options);
}
function mergeInto(target, source) {
    target.instances += source.instances;
    target.noRecord.push(...source.noRecord);
    for (const [ocid, entry] of source.byOcid) {
        const existing = target.byOcid.get(ocid);
        if (!existing)
            target.byOcid.set(ocid, entry);
        else {
            existing.owners.push(...entry.owners);
            if (!entry.derived)
                existing.derived = false;
        }
    }
}
/** Tenancy ocid and status of a run directory (run_summary.json), when there is one. */
async function runFacts(runDir) {
    try {
        const summary = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runDir, 'run_summary.json'), 'utf8'));
        const scope = summary.scope?.compartment;
        const regions = summary.scope?.regions;
        return {
            tenancyId: typeof summary.tenancy_id === 'string' ? summary.tenancy_id : undefined,
            partial: summary.status === 'PARTIAL' || summary.status === 'FAILED',
            scopeCompartment: typeof scope === 'string' && scope !== '' ? scope : undefined,
            regions: Array.isArray(regions) ? regions.filter((r) => typeof r === 'string') : [],
            homeRegion: typeof summary.home_region === 'string' ? summary.home_region : undefined,
        };
    }
    catch {
        return { tenancyId: undefined, partial: false, scopeCompartment: undefined, regions: [], homeRegion: undefined };
    }
}
/**
 * `--regions` (or the config's `regions`) for `oci-inv iac`, resolved as `run` resolves it
 * (names, keys, globs), against the regions the inventory's run read; without a run summary,
 * names and keys are taken as given. Undefined: no region scope.
 */
function iacRegionScope(config, facts, sdkKeys) {
    if (config.regions.length === 0)
        return undefined;
    if (facts.regions.length === 0)
        return new Set(config.regions.map((r) => sdkKeys.get(r.trim().toLowerCase()) ?? r.trim().toLowerCase()));
    const keyOf = new Map();
    for (const [key, name] of sdkKeys)
        keyOf.set(name, key);
    const known = facts.regions.map((name) => ({ name, key: keyOf.get(name) ?? '', isHome: name === facts.homeRegion, status: 'READY' }));
    return new Set((0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveRegionSelectors */ .lX)(config.regions, known, sdkKeys, (0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__/* .sourceOf */ .vz)(config, 'regions')));
}


/***/ }),

/***/ 13601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _oci_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47673);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37944);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96237);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33406);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14239);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31462);
/* harmony import */ var _genai_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8402);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(10990);
/* harmony import */ var _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41834);
/* harmony import */ var _pipeline_outputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(90874);
/* harmony import */ var _iac_coverage_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(27697);
// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did. Inputs are checked before
// the first API call (src/pipeline/preflight.ts); a run that cannot write its outputs leaves
// no run directory behind.













async function runInventory(config, options) {
    const { signal } = options;
    // Watched from the start: connecting (auth, the region list) can take a while on a slow or
    // unreachable endpoint, and a CI log must not stay silent meanwhile.
    const progress = options.progress ?? new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__.RunProgress();
    options.log.track?.(progress);
    try {
        return await connectAndRun(config, { ...options, progress });
    }
    catch (error) {
        // Whatever failed once the run was interrupted failed because of it.
        if (signal?.aborted && !(error instanceof _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__.RunInterruptedError)) {
            throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__.RunInterruptedError('interrupted before anything was written', (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .interruptExitCode */ .tY)(signal));
        }
        throw error;
    }
    finally {
        progress.finish();
    }
}
async function connectAndRun(config, options) {
    const { log, signal } = options;
    await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .preflightRun */ .rZ)(config);
    // A bad GenAI config file is an input error, found before the first API call.
    const wantsSummary = config.genaiSummary || config.genaiDryRun;
    const genai = wantsSummary ? await (0,_genai_config_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveGenAiConfig */ .Vd)({ env: options.env ?? process.env, ...(options.genaiFlags ? { flags: options.genaiFlags } : {}) }) : undefined;
    // Terraform state is read and checked before the first API call: a bad file makes no request.
    const states = await (0,_iac_coverage_js__WEBPACK_IMPORTED_MODULE_12__.preloadStates)(config);
    const connection = await (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_2__.connectOci)(config, log, options.env, signal);
    if (options.progress)
        options.progress.transport = () => connection.discovery.transport?.();
    try {
        let regions;
        try {
            regions = await connection.discovery.listRegions();
        }
        catch (error) {
            const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatusOf */ .s_)(error);
            if (status === 401 || status === 403)
                throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .RunAuthError */ .UU(`identity call refused: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
            throw error;
        }
        const homeRegion = regions.find((r) => r.isHome)?.name ?? regions[0]?.name ?? '';
        const selected = config.regions.length > 0 ? (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRegionSelectors */ .lX)(config.regions, regions, (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_2__.sdkRegionKeys)(), (0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(config, 'regions')) : [];
        if (config.query.trim() !== _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_QUERY */ .Xl)
            await checkQuery(connection.discovery, selected[0] ?? homeRegion, config);
        const enrich = config.enrich ? await connection.enricher(homeRegion) : undefined;
        const clock = options.now ?? (() => new Date());
        let startedAt;
        const now = () => {
            const date = clock();
            startedAt ??= date;
            return date;
        };
        const before = await entriesOf(config.outdir);
        let result;
        try {
            result = await (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .runPipeline */ .aI)({ ...config, regions: selected }, {
                discovery: connection.discovery,
                enrich,
                log,
                now,
                toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_9__/* .TOOL_VERSION */ .w,
                // A secret of the user's for redaction markers (docs/security.md); never logged.
                redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
                ...(signal ? { signal } : {}),
                ...(options.progress ? { progress: options.progress } : {}),
            });
            if (states && result.status !== 'INTERRUPTED')
                await addCoverage(result, config, states, connection, options);
        }
        catch (error) {
            const code = error?.code;
            const why = typeof code === 'string' ? _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .FILESYSTEM_ERRORS */ .O_.get(code) : undefined;
            if (!why)
                throw error;
            // Leave nothing that looks like a run: remove this run's directory (never an earlier one).
            const prefix = startedAt ? (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .runDirName */ ._x)(startedAt) : undefined;
            for (const name of await entriesOf(config.outdir)) {
                if (!before.has(name) && prefix && name.startsWith(prefix))
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config.outdir, name), { recursive: true, force: true });
            }
            const path = error.path ?? config.outdir;
            throw new _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .OutputError */ .u7(`cannot write ${path}: ${why} (${code}); this run's directory was removed, earlier runs are untouched`);
        }
        // After the run is whole (run_summary.json written): a summary that fails leaves it as it is.
        if (genai && result.status !== 'INTERRUPTED') {
            const { summarizeRunDirectory } = await __webpack_require__.e(/* import() */ 9992).then(__webpack_require__.bind(__webpack_require__, 29992));
            result.genai = await summarizeRunDirectory({ runDir: result.runDir, runConfig: config, genai, dryRun: config.genaiDryRun, log, auth: connection.auth, ...(options.env ? { env: options.env } : {}) });
        }
        return result;
    }
    finally {
        connection.close();
    }
}
/** IaC coverage of a finished run: iac.json, a section in report.md, counts in run_summary.json, exit 5 per --fail-on. */
async function addCoverage(result, config, states, connection, options) {
    const { log } = options;
    const outcome = await (0,_iac_coverage_js__WEBPACK_IMPORTED_MODULE_12__.runCoverage)({
        config,
        preloaded: states,
        inventory: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(result.runDir, 'inventory.jsonl'),
        outDir: result.runDir,
        clients: connection.clients,
        regionKeys: (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_2__.sdkRegionKeys)(),
        tenancyId: result.summary.tenancy_id,
        redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
        partial: result.status === 'PARTIAL' || result.status === 'FAILED',
        baseline: config.prev ?? config.expected,
        scopeCompartment: config.compartment,
        // The run's region scope: a state resource in a region the user left out is not missing.
        ...(config.regions.length > 0 ? { regions: new Set(result.summary.scope.regions) } : {}),
    });
    result.iac = outcome;
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(result.runDir, 'report.md');
    const report = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(reportPath, 'utf8');
    const at = report.indexOf('\n## Resources by type');
    await (0,_pipeline_outputs_js__WEBPACK_IMPORTED_MODULE_11__/* .writeTextAtomic */ .Q)(reportPath, at === -1 ? `${report.trimEnd()}\n\n${outcome.markdown}` : `${report.slice(0, at + 1)}${outcome.markdown}\n${report.slice(at + 1)}`);
    const summaryPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(result.runDir, 'run_summary.json');
    const summary = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(summaryPath, 'utf8'));
    await (0,_pipeline_outputs_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJsonAtomic */ .ZJ)(summaryPath, { ...summary, iac: { ...outcome.result.counts, new_unmanaged: outcome.newUnmanaged?.length ?? null } });
    const c = outcome.result.counts;
    log.info(`IaC coverage: ${c.coverage_percent === null ? 'n/a' : `${c.coverage_percent}%`} (${c.managed} managed, ${c.unmanaged} unmanaged, ${c.ignored} ignored), ${c.missing} missing, ${c.drifted} drifted: iac.json`);
    if (outcome.failures.length > 0) {
        log.warn(`--fail-on ${config.iacFailOn.join(',')}: ${outcome.failures.join('; ')}`);
        if (result.exitCode === _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.OK)
            result.exitCode = _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT */ .d.DRIFT;
    }
}
async function entriesOf(dir) {
    try {
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir)).isDirectory())
            return new Set();
        return new Set(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir));
    }
    catch {
        return new Set();
    }
}
/** Stops the query check after its first page. */
class FirstPageSeen extends Error {
}
/**
 * A custom `--query` is tried once (its first page, in one region) before the run starts:
 * Search answers a malformed query with 400 in every region, which is a usage error, not a
 * failed run. The default query is known good and costs nothing.
 */
async function checkQuery(discovery, region, config) {
    try {
        await discovery.search(region, config.query, () => {
            throw new FirstPageSeen();
        });
    }
    catch (error) {
        if (error instanceof FirstPageSeen)
            return;
        const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .httpStatusOf */ .s_)(error);
        if (status === 400)
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL((0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(config, 'query'), `Resource Search rejected the query: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
        if (status === 401 || status === 403)
            throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .RunAuthError */ .UU(`search refused: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
        throw error;
    }
}


/***/ }),

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ GENAI_DEFAULTS),
/* harmony export */   Bu: () => (/* binding */ apiFormatOf),
/* harmony export */   Uj: () => (/* binding */ defaultInferenceEndpoint),
/* harmony export */   VZ: () => (/* binding */ GENAI_FLAG_PROPS),
/* harmony export */   Vd: () => (/* binding */ resolveGenAiConfig),
/* harmony export */   aN: () => (/* binding */ managementEndpointOf)
/* harmony export */ });
/* unused harmony exports fileKey, envKey, flagKey, flagProp, GENAI_KEYS, genaiConfigFile, readGenAiFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77934);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37944);
// The GenAI summary's configuration (docs/genai.md), resolved most specific first: flags,
// OCI_INV_GENAI_* variables, the file OCI_INV_GENAI_CONFIG names, ~/.config/oci-inv/genai.yaml,
// .local/genai.yaml. The file format is the predecessor's (snake_case keys, read unchanged),
// plus max_tokens, temperature and timeout_seconds. Errors name the file, variable or flag and
// the key (ConfigError: exit 2). Nothing here talks to OCI.






const GENAI_DEFAULTS = { maxTokens: 600, temperature: 0.2, timeoutSeconds: 60 };
const text = valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP('must be a text value'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .trim */ .Bqr(), valibot__WEBPACK_IMPORTED_MODULE_5__/* .minLength */ .BpQ(1, 'must not be empty'));
const number = (min, max, whole) => valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()], 'must be a number'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .transform */ .pdi((x) => (typeof x === 'number' ? x : /^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : Number.NaN)), valibot__WEBPACK_IMPORTED_MODULE_5__/* .check */ .z6Y((n) => Number.isFinite(n) && (!whole || Number.isInteger(n)), whole ? 'must be a whole number' : 'must be a number'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .minValue */ .Wwf(min, `must be at least ${min}`), valibot__WEBPACK_IMPORTED_MODULE_5__/* .maxValue */ .cGV(max, `must be at most ${max}`));
const FIELDS = {
    ociProfile: text,
    compartmentId: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .startsWith */ .w1_('ocid1.', 'must be a compartment or tenancy ocid (ocid1.…)')),
    endpoint: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .regex */ .yGV(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')),
    baseModelId: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .regex */ .yGV(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'must be a model name (e.g. cohere.command-r-plus) or a model ocid')),
    visionModelId: text,
    maxTokens: number(1, 32_000, true),
    temperature: number(0, 2, false),
    timeoutSeconds: number(1, 600, false),
};
const KEYS = Object.keys(FIELDS);
/** camelCase key → the file's snake_case key. */
const fileKey = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** camelCase key → OCI_INV_GENAI_SNAKE_CASE. */
const envKey = (key) => `OCI_INV_GENAI_${fileKey(key).toUpperCase()}`;
/** camelCase key → the run flag, `--genai-base-model-id`. */
const flagKey = (key) => `--genai-${fileKey(key).replace(/_/g, '-')}`;
/** camelCase key → cac's camelCase name of the flag (`genaiBaseModelId`). */
const flagProp = (key) => `genai${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`;
const GENAI_FLAG_PROPS = KEYS.map(flagProp);
const GENAI_KEYS = (/* unused pure expression or super */ null && (KEYS));
function parseField(key, value, source) {
    const result = valibot__WEBPACK_IMPORTED_MODULE_5__/* .safeParse */ .xLC(FIELDS[key], value);
    if (!result.success)
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, result.issues[0].message);
    return result.output;
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The file to read: OCI_INV_GENAI_CONFIG (must exist), else the first default that exists. */
async function genaiConfigFile(env, cwd = process.cwd(), home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    const named = env.OCI_INV_GENAI_CONFIG;
    if (named !== undefined && named !== '')
        return named;
    for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.config'), 'oci-inv', 'genai.yaml'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, '.local', 'genai.yaml')]) {
        if (await exists(candidate))
            return candidate;
    }
    return undefined;
}
async function readGenAiFile(path) {
    let body;
    try {
        body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `cannot read the GenAI config file (${error.code ?? 'error'})`);
    }
    let data;
    try {
        data = /\.json$/i.test(path) ? JSON.parse(body) : (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(body);
    }
    catch (error) {
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`);
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data))
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, 'must be a mapping of keys to values');
    const out = {};
    const known = new Map(KEYS.map((k) => [fileKey(k), k]));
    for (const [raw, value] of Object.entries(data)) {
        const key = known.get(raw.replace(/-/g, '_'));
        if (!key)
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `unknown key "${raw}" (known: ${KEYS.map(fileKey).join(', ')})`);
        if (value === null)
            continue;
        out[key] = parseField(key, value, `${path}: key ${raw}`);
    }
    return out;
}
/** Flags over env over the one file. A key set nowhere stays undefined (defaults apply later). */
async function resolveGenAiConfig(sources = {}) {
    const env = sources.env ?? process.env;
    const file = await genaiConfigFile(env, sources.cwd, sources.home);
    const config = { sources: new Map(), file };
    const set = (key, value, source) => {
        config[key] = value;
        config.sources.set(key, source);
    };
    if (file)
        for (const [key, value] of Object.entries(await readGenAiFile(file)))
            set(key, value, `${file}: key ${fileKey(key)}`);
    for (const key of KEYS) {
        const value = env[envKey(key)];
        if (value !== undefined && value !== '')
            set(key, parseField(key, value, `environment ${envKey(key)}`), `environment ${envKey(key)}`);
    }
    for (const key of KEYS) {
        const value = sources.flags?.[flagProp(key)];
        if (value !== undefined)
            set(key, parseField(key, typeof value === 'number' ? String(value) : value, flagKey(key)), flagKey(key));
    }
    return config;
}
/** COHERE for the cohere.* family, GENERIC for every other (meta.*, xai.*, openai.*, google.*, an ocid). */
function apiFormatOf(modelId) {
    return /^cohere\./i.test(modelId) ? 'COHERE' : 'GENERIC';
}
/** The inference endpoint for a region, as the SDK's template would make it in the OC1 realm. */
function defaultInferenceEndpoint(region) {
    return `https://inference.generativeai.${region}.oci.oraclecloud.com`;
}
/** The management endpoint (listModels) beside an inference endpoint: `inference.` dropped from the host. */
function managementEndpointOf(inference) {
    return inference.replace(/^(https?:\/\/)inference\./i, '$1').replace(/\/inference\.generativeai(?=\/|$)/, "/generativeai");
}


/***/ }),

/***/ 34913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ OciConfigError),
/* harmony export */   M6: () => (/* binding */ pickAutoMethod),
/* harmony export */   Mv: () => (/* binding */ checkProfileRegion),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   gl: () => (/* binding */ checkKeyFile),
/* harmony export */   iO: () => (/* binding */ readSecurityToken),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   mD: () => (/* binding */ defaultConfigFile),
/* harmony export */   resolveAuth: () => (/* binding */ resolveAuth)
/* harmony export */ });
/* unused harmony exports KeyFileError, autoReasons, cleanAuthReason */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48473);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15211);
/* harmony import */ var _auth_methods_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18502);
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
    return env.OCI_CONFIG_FILE || env.OCI_CLI_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.oci', 'config');
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
    for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(configFile, 'utf8').split(/\r?\n/)) {
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
const expandHome = (path) => (path.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), path.slice(2)) : path);
/** Which method `auto` picks, in documented order (docs/auth.md). */
function pickAutoMethod(configFile, profile, env) {
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return 'resource_principal';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile)) {
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
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
        token = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(expandHome(path), 'utf8').trim();
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
        pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new KeyFileError(`key_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
        throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a PEM private key`);
    const passphrase = values.get('pass_phrase');
    try {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
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
    const known = oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.values().some((r) => r.regionId === region);
    if (!known) {
        const lower = region.toLowerCase();
        const byKey = oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.values().find((r) => r.regionCode?.toLowerCase() === lower);
        throw new OciConfigError(`${configFile}: profile [${profile}]: region "${region}" is not a known OCI region${byKey ? ` (did you mean ${byKey.regionId}?)` : ''}`);
    }
}
async function resolveAuth(options) {
    const env = options.env ?? process.env;
    const configFile = options.configFile || defaultConfigFile(env);
    const method = options.method === 'auto' ? pickAutoMethod(configFile, options.profile, env) : options.method;
    if (options.method === 'auto' && options.configFile && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile) && !readProfile(configFile, options.profile)) {
        // A config file named on purpose: its missing profile is the answer, not instance principal.
        throw new AuthError('auto', `profile [${options.profile}] missing in ${configFile}`);
    }
    try {
        switch (method) {
            case 'api_key':
            case 'security_token': {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
                    throw new AuthError(method, `config file ${configFile} not found`);
                if (!readProfile(configFile, options.profile))
                    throw new AuthError(method, `profile [${options.profile}] missing in ${configFile}`);
                const token = method === 'security_token' ? readSecurityToken(configFile, options.profile) : undefined;
                checkKeyFile(configFile, options.profile);
                checkProfileRegion(configFile, options.profile);
                const provider = method === 'api_key'
                    ? new oci_common__WEBPACK_IMPORTED_MODULE_4__.ConfigFileAuthenticationDetailsProvider(configFile, options.profile)
                    : new oci_common__WEBPACK_IMPORTED_MODULE_4__.SessionAuthDetailProvider(configFile, options.profile);
                if (token !== undefined && provider instanceof oci_common__WEBPACK_IMPORTED_MODULE_4__.SessionAuthDetailProvider)
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
                const provider = await oci_common__WEBPACK_IMPORTED_MODULE_4__.ResourcePrincipalAuthenticationDetailsProvider.builder();
                const tenancyId = await provider.getStringClaim('res_tenant');
                if (!tenancyId)
                    throw new Error('the resource principal token has no res_tenant claim');
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'resource principal' };
            }
            case 'instance_principal': {
                const timeout = options.instancePrincipalTimeoutMs ?? 15_000;
                const builder = new oci_common__WEBPACK_IMPORTED_MODULE_4__.InstancePrincipalsAuthenticationDetailsProviderBuilder();
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
    const firstLine = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeSdkMessage */ .$v)(message.split('\n')[0] ?? '');
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


/***/ })

};
