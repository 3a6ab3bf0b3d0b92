export const id = 601;
export const ids = [601];
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


/***/ })

};
