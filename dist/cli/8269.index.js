export const id = 8269;
export const ids = [8269];
export const modules = {

/***/ 48269:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aB: () => (/* binding */ toJson),
/* harmony export */   renderText: () => (/* binding */ renderText)
/* harmony export */ });
/* unused harmony exports VERDICT, renderMarkdown */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68400);
// A doctor report as text (one line per check, the fix beside it), as markdown for a job
// summary, and as the JSON `--json` prints. Details are ours or quote config values, never
// secrets; markdown escapes them all the same.

const MARK = { pass: 'pass', warn: 'WARN', fail: 'FAIL', skip: 'skip' };
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
const VERDICT = {
    0: 'nothing failed',
    2: 'a local configuration problem (exit 2)',
    3: 'authentication or authorization fails (exit 3)',
    6: 'OCI cannot be reached (exit 6)',
};
function renderText(report) {
    const width = Math.max(...report.checks.map((c) => c.id.length));
    const lines = report.checks.map((c) => `${MARK[c.status]}  ${c.id.padEnd(width)}  ${c.detail}${c.fix && (c.status === 'fail' || c.status === 'warn') ? ` -> fix: ${c.fix}` : ''}`);
    if (report.policy.length > 0) {
        lines.push('', 'Missing read-only policy (one statement per line; add it to a policy in the root compartment):');
        for (const s of report.policy)
            lines.push(`  ${s}`);
    }
    lines.push('', `doctor: ${VERDICT[report.exitCode] ?? `exit ${report.exitCode}`}`);
    return `${lines.join('\n')}\n`;
}
function renderMarkdown(report, title = 'oci-inv doctor') {
    const rows = report.checks.map((c) => `| ${ICON[c.status]} ${c.status} | ${escapeCell(c.id)} | ${escapeCell(c.detail)} | ${c.fix && c.status !== 'pass' ? escapeCell(c.fix) : ''} |`);
    const out = [`### ${title}`, '', `**Verdict:** ${VERDICT[report.exitCode] ?? `exit ${report.exitCode}`}`, '', '| | check | finding | fix |', '| --- | --- | --- | --- |', ...rows];
    if (report.policy.length > 0) {
        // A fenced block shows statements verbatim; a backtick fence longer than any run inside.
        const fence = '```';
        out.push('', 'Missing read-only policy:', '', `${fence}text`, ...report.policy.map((s) => s.replaceAll('`', "'")), fence);
    }
    return `${out.join('\n')}\n`;
}
function toJson(report) {
    return { version: 1, ok: report.exitCode === 0, exitCode: report.exitCode, checks: report.checks, policy: report.policy };
}


/***/ })

};
