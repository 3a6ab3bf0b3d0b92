export const id = 9623;
export const ids = [9623,6396];
export const modules = {

/***/ 79623:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildScope: () => (/* binding */ buildScope),
/* harmony export */   checkCommand: () => (/* binding */ checkCommand),
/* harmony export */   checkTypes: () => (/* binding */ checkTypes),
/* harmony export */   liveRun: () => (/* binding */ liveRun),
/* harmony export */   writeExpectedInventory: () => (/* binding */ writeExpectedInventory)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95597);
/* harmony import */ var _core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9401);
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86528);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14239);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5941);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76163);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(57866);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(16396);
// `oci-inv check --expected FILE`: compare a committed expected inventory with the current one
// (`--curr`, or a live run through the `runInventory` callback), scoped to the resource types
// and/or compartment subtrees a team owns; exit 5 on drift (per --fail-on, default drift).
// `--write-expected` (re)writes the expected file from the current inventory instead.










/**
 * The scope filter. Compartments include their subtrees, found from the Compartment records
 * of the given inventories (a compartment's compartmentId is its parent); a compartment's own
 * record is in scope too, so deleting the compartment is drift for its owners.
 */
async function buildScope(types, compartments, inventories) {
    const typeSet = new Set(types);
    let compartmentSet;
    if (compartments.length > 0) {
        const children = new Map();
        for (const path of inventories) {
            for await (const record of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__.readInventory)(path)) {
                if (record.resourceType !== 'Compartment' || !record.compartmentId)
                    continue;
                const list = children.get(record.compartmentId) ?? [];
                list.push(record.ocid);
                children.set(record.compartmentId, list);
            }
        }
        compartmentSet = new Set();
        const stack = [...compartments];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
            if (compartmentSet.has(id))
                continue;
            compartmentSet.add(id);
            stack.push(...(children.get(id) ?? []));
        }
    }
    if (typeSet.size === 0 && !compartmentSet)
        return undefined;
    const inCompartments = compartmentSet;
    return (record) => (typeSet.size === 0 || typeSet.has(record.resourceType)) &&
        (!inCompartments || inCompartments.has(record.ocid) || (record.compartmentId !== null && inCompartments.has(record.compartmentId)));
}
/**
 * Writes the expected inventory: in scope, sorted, canonical, without `collectedAt` (it would
 * make every refresh a commit). A `.json` path gets a JSON array, anything else JSONL.
 */
async function writeExpectedInventory(current, expectedPath, scope) {
    const json = expectedPath.endsWith('.json');
    const { openAtomicWriter } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17343));
    // A run's inventory is sorted: streamed line by line, each ocid checked against the one
    // before it. Only an unsorted input (hand-made --curr) is read whole and sorted in memory.
    const out = await openAtomicWriter(expectedPath);
    try {
        let written = 0;
        let previous;
        let chunk = json ? '[\n' : '';
        for await (const entry of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .scanInventory */ .oz)(current)) {
            if (previous) {
                if (previous.record.ocid === entry.record.ocid)
                    throw (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .duplicateError */ .cv)(entry, previous.line);
                if ((0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB)(previous.record, entry.record) > 0) {
                    await out.abort();
                    return await writeExpectedSorted(current, expectedPath, scope);
                }
            }
            previous = entry;
            if (scope && !scope(entry.record))
                continue;
            const line = (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)({ ...entry.record, collectedAt: undefined });
            chunk += json ? `${written > 0 ? ',\n' : ''}${line}` : `${line}\n`;
            written++;
            if (chunk.length >= 1 << 20) {
                await out.write(chunk);
                chunk = '';
            }
        }
        if (json)
            chunk += '\n]\n';
        await out.write(chunk);
        await out.commit();
        return written;
    }
    catch (error) {
        await out.abort();
        throw error;
    }
}
async function writeExpectedSorted(current, expectedPath, scope) {
    const records = [];
    for await (const record of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__.readInventory)(current))
        if (!scope || scope(record))
            records.push(record);
    records.sort(_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .compareRecords */ .aB);
    const lines = records.map((r) => (0,_core_record_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)({ ...r, collectedAt: undefined }));
    const text = expectedPath.endsWith('.json') ? `[\n${lines.join(',\n')}\n]\n` : lines.map((l) => `${l}\n`).join('');
    const { writeFileAtomic } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17343));
    await writeFileAtomic(expectedPath, text);
    return records.length;
}
/** Resource types in an inventory (for "did you mean" and unknown-type checks). */
async function typesIn(path) {
    const types = new Set();
    for await (const record of (0,_core_inventory_reader_js__WEBPACK_IMPORTED_MODULE_3__.readInventory)(path))
        types.add(record.resourceType);
    return types;
}
/**
 * `--types` names must be real: in the expected or current inventory, or a type the enricher
 * table knows. A typo would otherwise compare nothing and pass the gate.
 */
function checkTypes(types, known) {
    const unknown = types.filter((t) => !known.has(t));
    if (unknown.length === 0)
        return;
    const parts = unknown.map((t) => {
        const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .a)(t, known);
        return `"${t}"${guess ? ` (did you mean ${guess}?)` : ''}`;
    });
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--types: unknown resource type ${parts.join(', ')}: not in the inventories and not an enriched type (types are case-sensitive, e.g. Instance, Vcn)`);
}
async function checkCommand(options, deps) {
    if (!options.expected)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('check needs --expected FILE (the committed expected inventory)');
    const failOn = (0,_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFailOn */ .XV)(options.failOn, 'drift');
    const types = (0,_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .listFlag */ .v6)(options.types);
    const compartments = (0,_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .listFlag */ .v6)(options.compartments);
    for (const id of compartments)
        if (!id.startsWith('ocid1.'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--compartments: "${id}" is not an ocid`);
    // Everything the comparison needs is checked before the live run makes its first call.
    const expectedExists = await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .pathExists */ .s0)(options.expected);
    if (!options.writeExpected || expectedExists)
        await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .checkInventoryInput */ .pD)(options.expected, '--expected');
    else
        await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .checkOutdir */ .KM)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.expected)), '--expected');
    if (options.curr)
        await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .checkInventoryInput */ .pD)(options.curr, '--curr');
    if (options.outdir)
        await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_5__/* .checkOutdir */ .KM)(options.outdir, '--outdir');
    const ignore = options.writeExpected ? undefined : await (0,_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .loadRulesFrom */ .Yl)(options, deps);
    if (types.length > 0) {
        const known = new Set(deps.knownTypes ? await deps.knownTypes() : []);
        for (const path of [expectedExists ? options.expected : undefined, options.curr]) {
            if (path)
                for (const t of await typesIn(path))
                    known.add(t);
        }
        checkTypes(types, known);
    }
    // A signal stops at once: no temporary file of the expected file or the diff files is left.
    (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_7__/* .guardOutputs */ .S0)(options.expected, options.outdir);
    let current = options.curr;
    if (!current) {
        if (!deps.runInventory)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb('check needs --curr PATH when it cannot run the inventory itself');
        deps.log.info('no --curr given: running the inventory now');
        current = await deps.runInventory();
    }
    if (options.writeExpected) {
        const scope = await buildScope(types, compartments, [current]);
        const written = await writeExpectedInventory(current, options.expected, scope);
        deps.log.info(`wrote ${written} records to ${options.expected}${scopeWords(types, compartments)}`);
        return 0;
    }
    const scope = await buildScope(types, compartments, [options.expected, current]);
    // A live check writes diff.json and diff_summary.json into its run directory, as `run
    // --expected` does (--outdir is then the runs' parent, not a place for loose diff files);
    // with --curr, --outdir is where they go, as for `diff`.
    const diffOutdir = options.curr ? options.outdir : (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(current)).isDirectory() ? current : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(current);
    if (diffOutdir)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(diffOutdir, { recursive: true });
    const { diffInventories } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 95597));
    const result = await diffInventories(options.expected, current, {
        ...(ignore ? { ignore } : {}),
        ...(scope ? { filter: scope } : {}),
        ...(diffOutdir ? { outdir: diffOutdir } : {}),
    });
    await (0,_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .printDiff */ .Zp)(result, { ...options, title: `Drift from the expected inventory${scopeWords(types, compartments)}` }, deps, 'expected');
    if ((0,_core_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .failOnTriggered */ .JI)(result.counts, failOn)) {
        deps.log.warn(`drift from ${options.expected} and --fail-on ${failOn} asked to fail on it`);
        return _diff_js__WEBPACK_IMPORTED_MODULE_8__/* .EXIT_DRIFT */ .Vi;
    }
    return 0;
}
function scopeWords(types, compartments) {
    const parts = [types.length ? `types ${types.join(', ')}` : '', compartments.length ? `compartments ${compartments.join(', ')} (with subtrees)` : ''];
    const text = parts.filter(Boolean).join('; ');
    return text ? ` (scope: ${text})` : '';
}
/**
 * A live run for a command that goes on with its result (check, init's first run): the whole
 * pipeline, stopped gracefully by Ctrl-C / SIGTERM like `run` (an INTERRUPTED run directory,
 * or none). An interrupted run is an error, exit 130 / 143: check does not compare it (what was
 * not read would show as removed), init does not write the expected file from it.
 */
async function liveRun(config, log, afterInterrupt = '') {
    const { runInventory } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(9041), __webpack_require__.e(6823), __webpack_require__.e(4064), __webpack_require__.e(5211), __webpack_require__.e(7673), __webpack_require__.e(9081), __webpack_require__.e(5777)]).then(__webpack_require__.bind(__webpack_require__, 13601));
    const { RunProgress } = await __webpack_require__.e(/* import() */ 3406).then(__webpack_require__.bind(__webpack_require__, 33406));
    const { RunInterruptedError } = await Promise.all(/* import() */[__webpack_require__.e(4064), __webpack_require__.e(9081)]).then(__webpack_require__.bind(__webpack_require__, 31462));
    const progress = new RunProgress();
    const signal = (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_7__/* .claimInterrupt */ .CJ)(() => progress.runDir);
    const result = await runInventory(config, { log, signal, progress });
    if (result.status === 'INTERRUPTED')
        throw new RunInterruptedError(`interrupted run: what was complete is in ${result.runDir} (status INTERRUPTED)${afterInterrupt}`, result.exitCode);
    return { runDir: result.runDir, exitCode: result.exitCode };
}


/***/ }),

/***/ 16396:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vi: () => (/* binding */ EXIT_DRIFT),
/* harmony export */   XV: () => (/* binding */ parseFailOn),
/* harmony export */   Yl: () => (/* binding */ loadRulesFrom),
/* harmony export */   Zp: () => (/* binding */ printDiff),
/* harmony export */   diffCommand: () => (/* binding */ diffCommand),
/* harmony export */   v6: () => (/* binding */ listFlag)
/* harmony export */ });
/* unused harmony exports reportFormat, terminalSafe, renderChangeText, countsLine, formatExplanation */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _core_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95597);
/* harmony import */ var _core_ignore_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36631);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5941);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76163);
// `oci-inv diff --prev A --curr B`: compare two inventories (files or run directories), print
// the change report on stdout (or the summary as JSON), write diff.json/diff_summary.json
// with --outdir, explain one resource with --explain, exit 5 per --fail-on.






/** `--format`, or by where stdout goes: plain text for a terminal, markdown for files and pipes. */
function reportFormat(value, stdout) {
    if (value === undefined || value === '')
        return stdout.isTTY === true ? 'text' : 'md';
    const v = value.toLowerCase();
    if (v === 'md' || v === 'markdown')
        return 'md';
    if (v === 'text' || v === 'txt' || v === 'plain')
        return 'text';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--format must be md or text (got "${value}")`);
}
/**
 * A tenancy's string made safe for a terminal: control characters (escape sequences, CR, …)
 * and bidirectional overrides are shown as \u escapes instead of acting on the screen.
 */
function terminalSafe(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
/** Rows listed per section on a terminal; the rest are counted. */
const TEXT_ROWS = 25;
function textValue(value) {
    if (value === undefined)
        return '(absent)';
    const json = JSON.stringify(value);
    return terminalSafe(json.length > 60 ? `${json.slice(0, 57)}…` : json);
}
/** The change report as plain text for a terminal: no markdown, no HTML. */
function renderChangeText(result, baseline, hint, paths) {
    const c = result.counts;
    const against = baseline === 'expected' ? 'the expected inventory' : 'the previous run';
    const lines = [`Inventory changes against ${against}: ${countsLine(result)}`];
    if (c.added + c.removed + c.changed === 0)
        return `${lines[0]}\nNo changes.\n`;
    const types = new Set([...result.added, ...result.removed, ...result.changed].map((r) => r.resourceType));
    let left = c.added + c.removed + c.changed;
    for (const type of [...types].sort()) {
        lines.push('', terminalSafe(type));
        const section = (mark, items, row) => {
            for (const item of items.slice(0, TEXT_ROWS)) {
                lines.push(`  ${mark} ${row(item)}`);
                left--;
            }
            if (items.length > TEXT_ROWS)
                lines.push(`    … ${items.length - TEXT_ROWS} more`);
        };
        const ref = (r) => {
            const where = r.compartmentId ? (paths?.get(r.compartmentId) ?? r.compartmentId) : '';
            return [terminalSafe(r.displayName ?? '(no name)'), r.ocid, terminalSafe(where), terminalSafe(r.region ?? '')].filter(Boolean).join('  ');
        };
        section('+', result.added.filter((r) => r.resourceType === type), ref);
        section('-', result.removed.filter((r) => r.resourceType === type), ref);
        section('~', result.changed.filter((r) => r.resourceType === type), (r) => {
            const fields = r.changes.slice(0, 8).map((f) => `${terminalSafe(f.path)}: ${textValue(f.before)} -> ${textValue(f.after)}`);
            if (r.changes.length > 8)
                fields.push(`… ${r.changes.length - 8} more fields`);
            return `${terminalSafe(r.displayName ?? '(no name)')}  ${r.ocid}\n      ${fields.join('\n      ')}`;
        });
    }
    if (left > 0)
        lines.push('', `${left} more change(s) not listed here. Full diff: ${hint}`);
    return `${lines.join('\n')}\n`;
}
const EXIT_DRIFT = 5;
function listFlag(value) {
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    return items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}
function parseFailOn(value, fallback) {
    if (value === undefined || value === '')
        return fallback;
    if (_core_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON */ .d$.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--fail-on must be one of ${_core_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON */ .d$.join(', ')} (got "${value}")`);
}
function loadRulesFrom(flags, io) {
    return (0,_core_ignore_js__WEBPACK_IMPORTED_MODULE_3__/* .loadIgnoreRules */ .ej)({
        rules: listFlag(flags.ignore),
        rulesSource: '--ignore',
        defaults: flags.defaultIgnores !== false,
        ...(flags.ignoreFile ? { file: flags.ignoreFile } : {}),
        cwd: io.cwd ?? process.cwd(),
    });
}
function countsLine(result) {
    const c = result.counts;
    return `${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.unchanged} unchanged (${c.total_prev} → ${c.total_curr} resources)`;
}
/** Prints the markdown report or the JSON summary; logs where the files went. */
async function printDiff(result, flags, io, baseline) {
    const stdout = io.stdout ?? process.stdout;
    if (flags.json) {
        stdout.write(`${JSON.stringify((0,_core_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffSummary */ .cq)(result), null, 2)}\n`);
    }
    else if (reportFormat(flags.format, stdout) === 'text') {
        const paths = await reportPaths(result);
        stdout.write(renderChangeText(result, baseline, result.files ? result.files.diff : 'run again with --outdir to write diff.json', paths));
    }
    else {
        const { renderChangeReport, STEP_SUMMARY_LIMIT } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 68400));
        const artifactHint = result.files ? result.files.diff : 'run again with --outdir to write diff.json';
        const paths = await reportPaths(result);
        stdout.write(renderChangeReport(result, { limit: STEP_SUMMARY_LIMIT, artifactHint, baseline, ...(flags.title ? { title: flags.title } : {}), ...(paths ? { compartmentPaths: paths } : {}) }));
    }
    io.log.info(countsLine(result));
    if (result.sortedInMemory.prev || result.sortedInMemory.curr) {
        const which = [result.sortedInMemory.prev ? result.prev : '', result.sortedInMemory.curr ? result.curr : ''].filter(Boolean).join(', ');
        io.log.warn(`not sorted by (ocid, resourceType), sorted in memory: ${which}`);
    }
    if (result.files)
        io.log.info(`wrote ${result.files.diff} and ${result.files.summary}`);
}
/**
 * Compartment paths for the report's rows, as a run's report shows them, from the Compartment
 * records of both inventories (the current one's names first); none when no row names a
 * compartment. Compartments without a record keep their OCID.
 */
async function reportPaths(result) {
    if (![...result.added, ...result.removed, ...result.unverified].some((r) => r.compartmentId))
        return undefined;
    const { compartmentPathsOf } = await __webpack_require__.e(/* import() */ 9548).then(__webpack_require__.bind(__webpack_require__, 79548));
    return compartmentPathsOf([result.curr, result.prev]);
}
function formatValue(value) {
    return value === undefined ? '(absent)' : JSON.stringify(value);
}
function formatExplanation(e) {
    const lines = [
        `ocid:        ${e.ocid}`,
        `status:      ${e.status}`,
        `hash before: ${e.hashBefore ?? '(not in the previous inventory)'}`,
        `hash after:  ${e.hashAfter ?? '(not in the current inventory)'}`,
    ];
    if (e.status === 'changed' || e.status === 'unchanged') {
        lines.push('', e.changes.length ? 'changed paths:' : 'changed paths: none');
        for (const c of e.changes)
            lines.push(`  ${c.path}: ${formatValue(c.before)} -> ${formatValue(c.after)}`);
        lines.push('', e.hidden.length ? 'hidden by ignore rules:' : 'hidden by ignore rules: none');
        for (const h of e.hidden) {
            lines.push(`  ${h.path}: ${formatValue(h.before)} -> ${formatValue(h.after)}  [rule ${h.rule.text} from ${h.rule.source}]`);
        }
    }
    return `${lines.join('\n')}\n`;
}
async function diffCommand(options, io) {
    if (!options.prev || !options.curr)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('diff needs both --prev and --curr (an inventory file or a run directory each)');
    const failOn = parseFailOn(options.failOn, 'none');
    reportFormat(options.format, io.stdout ?? process.stdout);
    const ignore = await loadRulesFrom(options, io);
    const { diffInventories, explainResource } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 95597));
    if (options.explain) {
        const explanation = await explainResource(options.prev, options.curr, options.explain, ignore);
        (io.stdout ?? process.stdout).write(formatExplanation(explanation));
        if (explanation.status === 'absent')
            io.log.warn(`${options.explain} is in neither inventory`);
        return 0;
    }
    if (options.outdir)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(options.outdir, { recursive: true });
    (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_5__/* .guardOutputs */ .S0)(options.outdir);
    const result = await diffInventories(options.prev, options.curr, { ignore, ...(options.outdir ? { outdir: options.outdir } : {}) });
    await printDiff(result, options, io, 'previous-run');
    if ((0,_core_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .failOnTriggered */ .JI)(result.counts, failOn)) {
        io.log.warn(`drift found and --fail-on ${failOn} asked to fail on it${options.outdir ? ` (details: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.outdir, 'diff.json')})` : ''}`);
        return EXIT_DRIFT;
    }
    return 0;
}


/***/ })

};
