export const id = 1980;
export const ids = [1980];
export const modules = {

/***/ 11980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iacCommand: () => (/* binding */ iacCommand),
/* harmony export */   latestRun: () => (/* binding */ latestRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9401);
/* harmony import */ var _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41834);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5941);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76163);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50698);
// `oci-inv iac --state PATH…`: Terraform state against an inventory already collected (the
// newest complete run in --outdir unless --inventory says which). Writes iac.json into that
// run directory (or --output), prints the IaC section as markdown on stdout (counts as JSON
// with --json), exit 5 when --fail-on finds what it names (docs/iac.md).







/** The newest run directory under outdir that finished (has run_summary.json). */
async function latestRun(outdir) {
    let names;
    try {
        names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(outdir, { withFileTypes: true })).filter((e) => e.isDirectory() && /^\d{8}T\d{6}Z/.test(e.name)).map((e) => e.name);
    }
    catch {
        return undefined;
    }
    names.sort().reverse();
    for (const name of names) {
        try {
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outdir, name, 'run_summary.json'))).isFile())
                return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outdir, name);
        }
        catch {
            // not a finished run
        }
    }
    return undefined;
}
async function iacCommand(flags, rawArgs, stdout = process.stdout) {
    const { state, inventory: inventoryFlag, output, json, ...rest } = flags;
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_6__.contextFrom)({ ...rest, ...(state !== undefined ? { tfState: state } : {}) }, rawArgs);
    if (config.tfState.length === 0 && config.ormStacks.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('give --state PATH (a Terraform state, or terraform show -json output; repeat or glob for more) or --orm-stacks');
    const { iacRegionScope, preloadStates, runCoverage, runFacts } = await __webpack_require__.e(/* import() */ 7697).then(__webpack_require__.bind(__webpack_require__, 27697));
    const preloaded = await preloadStates(config, '--state');
    if (!preloaded)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('give --state PATH or --orm-stacks');
    let inventory;
    if (typeof inventoryFlag === 'string' && inventoryFlag !== '')
        inventory = inventoryFlag;
    else {
        const latest = await latestRun(config.outdir);
        if (!latest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`no finished run in ${config.outdir}: run \`oci-inv run\` first, or give --inventory FILE|RUN_DIR`);
        inventory = latest;
        log.info(`inventory: ${latest} (the newest run in ${config.outdir})`);
    }
    const file = await (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveInventoryFile */ .T2)(inventory);
    const runDir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file);
    const facts = await runFacts(runDir);
    const outDir = typeof output === 'string' && output !== '' ? output : runDir;
    (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_5__/* .guardOutputs */ .S0)(outDir);
    let connection;
    let regionKeys;
    // The region scope `run` applies (--regions, config, OCI_INV_REGIONS): checked before any call.
    let regions;
    if (config.regions.length > 0) {
        const { sdkRegionKeys } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(9041), __webpack_require__.e(6823), __webpack_require__.e(5211), __webpack_require__.e(7673), __webpack_require__.e(4913)]).then(__webpack_require__.bind(__webpack_require__, 47673));
        regionKeys = sdkRegionKeys();
        regions = iacRegionScope(config, facts, regionKeys);
        log.info(`region scope: ${[...(regions ?? [])].join(', ')} (global IAM resources always in scope)`);
    }
    if (config.ormStacks.length > 0) {
        const { connectOci, sdkRegionKeys } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(9041), __webpack_require__.e(6823), __webpack_require__.e(5211), __webpack_require__.e(7673), __webpack_require__.e(4913)]).then(__webpack_require__.bind(__webpack_require__, 47673));
        connection = await connectOci(config, log);
        regionKeys = sdkRegionKeys();
    }
    try {
        const outcome = await runCoverage({
            config,
            preloaded,
            inventory: file,
            outDir,
            ...(connection ? { clients: connection.clients } : {}),
            ...(regionKeys ? { regionKeys } : {}),
            tenancyId: facts.tenancyId,
            redactionSecret: process.env.OCI_INV_REDACTION_KEY || undefined,
            partial: facts.partial,
            scopeCompartment: facts.scopeCompartment,
            ...(regions ? { regions } : {}),
            baseline: config.prev ?? config.expected,
        });
        const c = outcome.result.counts;
        stdout.write(json === true ? `${JSON.stringify({ file: outcome.file, counts: c, new_unmanaged: outcome.newUnmanaged ?? null, failures: outcome.failures }, null, 2)}\n` : outcome.markdown);
        log.info(`${c.coverage_percent === null ? 'n/a' : `${c.coverage_percent}%`} managed: ${c.managed} managed, ${c.unmanaged} unmanaged, ${c.ignored} ignored, ${c.missing} missing, ${c.drifted} drifted (${outcome.file ?? 'iac.json not written'})`);
        if (outcome.failures.length > 0) {
            log.warn(`--fail-on ${config.iacFailOn.join(',')}: ${outcome.failures.join('; ')}`);
            return _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.DRIFT;
        }
        if (config.failOn !== 'none')
            log.warn(`--fail-on ${config.failOn} is about the inventory diff; \`iac\` checks only ${config.iacFailOn.length ? config.iacFailOn.join(',') : 'the IaC kinds'}`);
        return _pipeline_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.OK;
    }
    finally {
        connection?.close();
    }
}


/***/ })

};
