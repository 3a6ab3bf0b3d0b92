export const id = 7697;
export const ids = [7697];
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


/***/ })

};
