export const id = 692;
export const ids = [692,601];
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

/***/ 96692:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _app_run_inventory_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13601);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37944);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81076);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14239);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(50698);
// `oci-inv demo`: the built-in emulator plays a sample tenancy; the pipeline runs against it
// through the real OCI SDK, the tenancy drifts, and a second run diffs against the first.








async function demoCommand(flags, stdout = process.stdout) {
    const { startEmulator, SIZE_PRESETS } = await __webpack_require__.e(/* import() */ 232).then(__webpack_require__.bind(__webpack_require__, 27232));
    const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS);
    const logLevel = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .logLevelFlag */ .X0)(flags);
    const seed = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .intFlag */ .s1)(flags, 'seed', 42, 0, 2 ** 31 - 1);
    const size = (0,_options_js__WEBPACK_IMPORTED_MODULE_7__/* .choiceFlag */ .yq)(flags, 'size', SIZE_PRESET_NAMES, 'small');
    const outdir = typeof flags.outdir === 'string' ? flags.outdir : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('out', 'demo');
    await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_6__/* .checkOutdir */ .KM)(outdir, '--outdir');
    const started = Date.now();
    const emulator = await startEmulator({ seed, size });
    const authDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'oci-inv-demo-'));
    try {
        const auth = await emulator.writeAuthFiles(authDir, {});
        // The demo's own settings win over the caller's OCI_INV_* environment.
        const base = await (0,_pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveConfig */ .pE)({
            env: {},
            flags: {
                auth: 'api_key',
                ociConfig: auth.configFile,
                endpointTemplate: emulator.endpointTemplate,
                outdir,
                formats: ['jsonl', 'csv', 'parquet'],
                logLevel,
            },
        });
        const log = (0,_logger_js__WEBPACK_IMPORTED_MODULE_5__/* .createCliLogger */ .x)({ level: base.logLevel, json: false });
        log.info(`emulator on ${emulator.url}: ${emulator.tenancy.resources.length} resources in ${emulator.tenancy.regions.length} regions`);
        log.info('run 1: baseline');
        const first = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_3__.runInventory)(base, { log, env: {} });
        const change = emulator.drift({ seed: seed + 1 });
        log.info(`tenancy drifted: ${describeDrift(change)}`);
        log.info('run 2: diff against run 1');
        const second = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_3__.runInventory)({ ...base, prev: first.runDir }, { log, env: {} });
        const d = second.diff?.counts;
        log.info(`done in ${((Date.now() - started) / 1000).toFixed(1)} s. Look at ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(process.cwd(), second.runDir)}/report.md` +
            (d ? ` (+${d.added} -${d.removed} ~${d.changed})` : ''));
        stdout.write(`${first.runDir}\n${second.runDir}\n`);
        return first.exitCode || second.exitCode;
    }
    finally {
        await emulator.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(authDir, { recursive: true, force: true });
    }
}
function describeDrift(change) {
    if (change && typeof change === 'object') {
        return Object.entries(change)
            .filter(([, v]) => Array.isArray(v))
            .map(([k, v]) => `${k} ${v.length}`)
            .join(', ');
    }
    return 'changed';
}


/***/ })

};
