export const id = 692;
export const ids = [692,601];
export const modules = {

/***/ 13601:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runInventory: () => (/* binding */ runInventory)
/* harmony export */ });
/* harmony import */ var _oci_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13658);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98333);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79057);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10990);
// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did.




async function runInventory(config, options) {
    const { log } = options;
    const connection = await (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connectOci */ .m)(config, log, options.env);
    try {
        let homeRegion;
        try {
            const regions = await connection.discovery.listRegions();
            homeRegion = regions.find((r) => r.isHome)?.name ?? regions[0]?.name ?? '';
        }
        catch (error) {
            const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
            if (status === 401 || status === 403)
                throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__/* .RunAuthError */ .UU(`identity call refused: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
            throw error;
        }
        const enrich = config.enrich ? await connection.enricher(homeRegion) : undefined;
        return await (0,_pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runPipeline */ .aI)(config, {
            discovery: connection.discovery,
            enrich,
            log,
            now: options.now ?? (() => new Date()),
            toolVersion: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .TOOL_VERSION */ .w,
        });
    }
    finally {
        connection.close();
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
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47297);
// `oci-inv demo`: the built-in emulator plays a sample tenancy; the pipeline runs against it
// through the real OCI SDK, the tenancy drifts, and a second run diffs against the first.






async function demoCommand(flags, stdout = process.stdout) {
    const { startEmulator } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 91841));
    const logLevel = typeof flags.logLevel === 'string' ? flags.logLevel : 'info';
    const seed = flags.seed === undefined ? 42 : Number(flags.seed);
    const size = typeof flags.size === 'string' ? flags.size : 'small';
    const outdir = typeof flags.outdir === 'string' ? flags.outdir : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('out', 'demo');
    const started = Date.now();
    const emulator = await startEmulator({ seed, size: size });
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
