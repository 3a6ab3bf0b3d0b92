export const id = 6396;
export const ids = [6396];
export const modules = {

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
