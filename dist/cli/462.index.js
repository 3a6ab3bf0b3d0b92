export const id = 462;
export const ids = [462,601];
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

/***/ 26462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13601);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50698);
// `oci-inv run`: the whole pipeline; the run directory's path on stdout.


async function runCommand(flags, rawArgs, stdout = process.stdout) {
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_1__.contextFrom)(flags, rawArgs);
    const result = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__.runInventory)(config, { log });
    const s = result.summary;
    log.info(`${s.status}: ${s.total_discovered} resources (${s.enriched_ok} enriched, ${s.not_implemented} not implemented, ${s.errors} errors) ` +
        `in ${(s.duration_ms / 1000).toFixed(1)} s, ${s.api_calls_total} API calls`);
    if (result.status !== 'SUCCESS') {
        log.warn(`${result.status === 'FAILED' ? 'failed' : 'partial'} run: ${s.regions.filter((r) => r.status === 'FAILED').map((r) => `${r.region} (${r.error})`).join(', ')}`);
    }
    if (result.diff?.failOnTriggered)
        log.warn(`drift found and --fail-on ${config.failOn} asked to fail on it`);
    stdout.write(`${result.runDir}\n`);
    return result.exitCode;
}


/***/ })

};
