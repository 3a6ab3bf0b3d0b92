export const id = 3601;
export const ids = [3601,7697];
export const modules = {

/***/ 127697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iacRegionScope: () => (/* binding */ iacRegionScope),
/* harmony export */   preloadStates: () => (/* binding */ preloadStates),
/* harmony export */   runCoverage: () => (/* binding */ runCoverage),
/* harmony export */   runFacts: () => (/* binding */ runFacts)
/* harmony export */ });
/* unused harmony export stackRefs */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176760);
/* harmony import */ var _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(709401);
/* harmony import */ var _iac_ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61579);
/* harmony import */ var _iac_mapping_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42347);
/* harmony import */ var _iac_run_iac_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(282296);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(337944);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(414239);
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
        const { ormStateSources } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(2575), __webpack_require__.e(5367)]).then(__webpack_require__.bind(__webpack_require__, 865367));
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(176760);
/* harmony import */ var _oci_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(247673);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(337944);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(396237);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(333406);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(414239);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(323857);
/* harmony import */ var _genai_config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(208402);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(310990);
/* harmony import */ var _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(741834);
/* harmony import */ var _pipeline_outputs_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(190874);
/* harmony import */ var _iac_coverage_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(127697);
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
            const { summarizeRunDirectory } = await __webpack_require__.e(/* import() */ 9992).then(__webpack_require__.bind(__webpack_require__, 229992));
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

/***/ 208402:
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
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(848161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(176760);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(277934);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(138815);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(337944);
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


/***/ })

};
