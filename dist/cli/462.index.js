export const id = 462;
export const ids = [462,601];
export const modules = {

/***/ 13601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _oci_connect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33662);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37944);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96237);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33406);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14239);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71061);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(10990);
// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did. Inputs are checked before
// the first API call (src/pipeline/preflight.ts); a run that cannot write its outputs leaves
// no run directory behind.









async function runInventory(config, options) {
    const { signal } = options;
    // Watched from the start: connecting (auth, the region list) can take a while on a slow or
    // unreachable endpoint, and a CI log must not stay silent meanwhile.
    const progress = options.progress ?? new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__/* .RunProgress */ .tc();
    options.log.track?.(progress);
    try {
        return await connectAndRun(config, { ...options, progress });
    }
    catch (error) {
        // Whatever failed once the run was interrupted failed because of it.
        if (signal?.aborted && !(error instanceof _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .RunInterruptedError */ .U0)) {
            throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .RunInterruptedError */ .U0('interrupted before anything was written', (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .interruptExitCode */ .tY)(signal));
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
    const connection = await (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .connectOci */ .m)(config, log, options.env, signal);
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
        const selected = config.regions.length > 0 ? (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRegionSelectors */ .lX)(config.regions, regions, (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_2__/* .sdkRegionKeys */ .r)(), (0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_3__/* .sourceOf */ .vz)(config, 'regions')) : [];
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
        try {
            return await (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_7__/* .runPipeline */ .aI)({ ...config, regions: selected }, {
                discovery: connection.discovery,
                enrich,
                log,
                now,
                toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .w,
                // A secret of the user's for redaction markers (docs/security.md); never logged.
                redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
                ...(signal ? { signal } : {}),
                ...(options.progress ? { progress: options.progress } : {}),
            });
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
    }
    finally {
        connection.close();
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

/***/ 26462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13601);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33406);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71061);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20407);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50698);
// `oci-inv run`: the whole pipeline; the run directory's path on stdout (an interrupted run's
// too: it holds what was complete, marked INTERRUPTED).





async function runCommand(flags, rawArgs, stdout = process.stdout) {
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_4__.contextFrom)(flags, rawArgs);
    const progress = new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__/* .RunProgress */ .tc();
    const signal = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_3__/* .claimInterrupt */ .CJ)(() => progress.runDir);
    let result;
    try {
        result = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__.runInventory)(config, { log, signal, progress });
    }
    catch (error) {
        if (error instanceof _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__/* .RunInterruptedError */ .U0) {
            log.warn(`${error.message}: no run directory`);
            return error.exitCode;
        }
        throw error;
    }
    const s = result.summary;
    log.info(`${s.status}: ${s.total_discovered} resources (${s.enriched_ok} enriched, ${s.not_implemented} not implemented, ${s.errors} errors) ` +
        `in ${(s.duration_ms / 1000).toFixed(1)} s, ${s.api_calls_total} API calls`);
    if (result.status === 'DEGRADED' && config.failOn === 'degraded') {
        log.warn(`degraded run: ${s.unverified} record(s) unverified and --fail-on degraded asked to fail on it`);
    }
    if (result.status === 'PARTIAL' || result.status === 'FAILED') {
        log.warn(`${result.status === 'FAILED' ? 'failed' : 'partial'} run: ${s.regions.filter((r) => r.status === 'FAILED').map((r) => `${r.region} (${r.error})`).join(', ')}`);
    }
    if (result.status === 'INTERRUPTED')
        log.warn(`interrupted run: what was complete is in ${result.runDir} (status INTERRUPTED)`);
    if (result.diff?.failOnTriggered)
        log.warn(`drift found and --fail-on ${config.failOn} asked to fail on it`);
    stdout.write(`${result.runDir}\n`);
    return result.exitCode;
}


/***/ })

};
