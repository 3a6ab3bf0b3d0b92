export const id = 4081;
export const ids = [4081];
export const modules = {

/***/ 26462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13601);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33406);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31462);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76163);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50698);
/* harmony import */ var _summarize_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60106);
// `oci-inv run`: the whole pipeline; the run directory's path on stdout (an interrupted run's
// too: it holds what was complete, marked INTERRUPTED).






async function runCommand(flags, rawArgs, stdout = process.stdout) {
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_4__.contextFrom)(flags, rawArgs);
    const progress = new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__.RunProgress();
    const signal = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_3__/* .claimInterrupt */ .CJ)(() => progress.runDir);
    let result;
    try {
        result = await (0,_app_run_inventory_js__WEBPACK_IMPORTED_MODULE_0__.runInventory)(config, { log, signal, progress, genaiFlags: (0,_summarize_js__WEBPACK_IMPORTED_MODULE_5__.genaiFlagsOf)(flags) });
    }
    catch (error) {
        if (error instanceof _pipeline_run_js__WEBPACK_IMPORTED_MODULE_2__.RunInterruptedError) {
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
    // stdout is the run directory's path: the dry run's request body goes to stderr, as is.
    if (result.genai?.status === 'dry-run')
        process.stderr.write(`${result.genai.body ?? ''}\n`);
    stdout.write(`${result.runDir}\n`);
    return result.exitCode;
}


/***/ }),

/***/ 60106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   genaiFlagsOf: () => (/* binding */ genaiFlagsOf),
/* harmony export */   summarizeCommand: () => (/* binding */ summarizeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _genai_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8402);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5941);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76163);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50698);
// `oci-inv summarize RUN_DIR`: the GenAI executive summary for a run that already happened,
// at the top of its report.md (docs/genai.md). Prints the summary (or, with --genai-dry-run,
// exactly the request body that would be sent) on stdout; a failed call is a warning, exit 0.






function genaiFlagsOf(flags) {
    const out = {};
    for (const prop of _genai_config_js__WEBPACK_IMPORTED_MODULE_2__/* .GENAI_FLAG_PROPS */ .VZ)
        if (flags[prop] !== undefined)
            out[prop] = flags[prop];
    return out;
}
async function summarizeCommand(flags, rawArgs, args, stdout = process.stdout) {
    const [runDir, ...extra] = args;
    if (!runDir)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('summarize: give the run directory (e.g. oci-inv summarize out/20261101T000000Z)');
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: one run directory, got ${args.length}`);
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(runDir).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: ${runDir} is not a directory`);
    // Only a whole run (run_summary.json is written last) is summarized, and nothing is written elsewhere.
    const isRun = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runDir, 'run_summary.json')).then((s) => s.isFile(), () => false);
    if (!isRun)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: ${runDir} has no run_summary.json (not a complete run directory)`);
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_5__.contextFrom)(flags, rawArgs);
    (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_4__/* .guardOutputs */ .S0)(runDir);
    const { summarizeRunDirectory } = await __webpack_require__.e(/* import() */ 9992).then(__webpack_require__.bind(__webpack_require__, 29992));
    const outcome = await summarizeRunDirectory({ runDir, runConfig: config, flags: genaiFlagsOf(flags), dryRun: config.genaiDryRun, log });
    if (outcome.status === 'dry-run')
        stdout.write(`${outcome.body ?? ''}\n`);
    else if (outcome.status === 'written')
        stdout.write(`${outcome.text ?? ''}\n`);
    return 0;
}


/***/ })

};
