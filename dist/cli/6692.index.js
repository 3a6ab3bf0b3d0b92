export const id = 6692;
export const ids = [6692];
export const modules = {

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
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33406);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76163);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18594);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(14239);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50698);
// `oci-inv demo`: the built-in emulator plays a sample tenancy; the pipeline runs against it
// through the real OCI SDK, the tenancy drifts, and a second run diffs against the first.










async function demoCommand(flags, stdout = process.stdout) {
    const { startEmulator, SIZE_PRESETS, GENERATOR_PROFILES } = await __webpack_require__.e(/* import() */ 2777).then(__webpack_require__.bind(__webpack_require__, 62777));
    const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS);
    const logLevel = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .logLevelFlag */ .X0)(flags);
    const seed = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .intFlag */ .s1)(flags, 'seed', 42, 0, 2 ** 31 - 1);
    const size = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .choiceFlag */ .yq)(flags, 'size', SIZE_PRESET_NAMES, 'small');
    const profile = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .choiceFlag */ .yq)(flags, 'profile', GENERATOR_PROFILES, 'uniform');
    const outdir = typeof flags.outdir === 'string' ? flags.outdir : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('out', 'demo');
    await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_8__/* .checkOutdir */ .KM)(outdir, '--outdir');
    const started = Date.now();
    const emulator = await startEmulator({ seed, size, profile });
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
        const log = (0,_logger_js__WEBPACK_IMPORTED_MODULE_7__/* .createCliLogger */ .x)({ level: base.logLevel, json: false });
        log.info(`emulator on ${emulator.url}: ${emulator.tenancy.resources.length} resources in ${emulator.tenancy.regions.length} regions`);
        // Ctrl-C stops the demo as it stops `run` (an INTERRUPTED run or none, exit 130 / 143),
        // and the finally below still stops the emulator and removes its key files.
        let progress = new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__.RunProgress();
        const signal = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_6__/* .claimInterrupt */ .CJ)(() => progress.runDir);
        log.info('run 1: baseline');
        const first = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_3__.runInventory)(base, { log, env: {}, signal, progress });
        if (first.status === 'INTERRUPTED')
            return interrupted(first, log, stdout);
        const change = emulator.drift({ seed: seed + 1 });
        log.info(`tenancy drifted: ${describeDrift(change)}`);
        log.info('run 2: diff against run 1');
        progress = new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_5__.RunProgress();
        const second = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_3__.runInventory)({ ...base, prev: first.runDir }, { log, env: {}, signal, progress });
        if (second.status === 'INTERRUPTED')
            return interrupted(second, log, stdout);
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
function interrupted(result, log, stdout) {
    log.warn(`demo interrupted: what was complete is in ${result.runDir} (status INTERRUPTED)`);
    stdout.write(`${result.runDir}\n`);
    return result.exitCode;
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
