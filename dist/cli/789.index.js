export const id = 789;
export const ids = [789];
export const modules = {

/***/ 24789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enrichCoverageCommand: () => (/* binding */ enrichCoverageCommand)
/* harmony export */ });
async function enrichCoverageCommand(flags, stdout = process.stdout) {
    const { supportedResourceTypes } = await Promise.all(/* import() */[__webpack_require__.e(895), __webpack_require__.e(107)]).then(__webpack_require__.bind(__webpack_require__, 39107));
    const supported = supportedResourceTypes();
    const json = flags.json === true;
    if (typeof flags.inventory !== 'string') {
        const types = [...supported].sort();
        stdout.write(json ? `${JSON.stringify({ supported: types }, null, 2)}\n` : `${types.length} resource types enriched:\n${types.map((t) => `  ${t}\n`).join('')}`);
        return 0;
    }
    const { readInventory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9401));
    const counts = new Map();
    for await (const record of readInventory(flags.inventory))
        counts.set(record.resourceType, (counts.get(record.resourceType) ?? 0) + 1);
    const rows = [...counts.entries()].map(([type, count]) => ({ type, count, covered: supported.has(type) }));
    rows.sort((a, b) => Number(a.covered) - Number(b.covered) || b.count - a.count || a.type.localeCompare(b.type));
    const total = rows.reduce((n, r) => n + r.count, 0);
    const covered = rows.filter((r) => r.covered).reduce((n, r) => n + r.count, 0);
    if (json) {
        stdout.write(`${JSON.stringify({ total, covered, uncovered: total - covered, types: rows }, null, 2)}\n`);
        return 0;
    }
    const pct = total ? ((100 * covered) / total).toFixed(1) : '100.0';
    const lines = [`${covered} of ${total} records (${pct}%) have an enricher; ${rows.filter((r) => !r.covered).length} types lack one.`, ''];
    const width = Math.max(4, ...rows.map((r) => r.type.length));
    lines.push(`${'type'.padEnd(width)}  ${'count'.padStart(7)}  enricher`);
    for (const r of rows)
        lines.push(`${r.type.padEnd(width)}  ${String(r.count).padStart(7)}  ${r.covered ? 'yes' : 'NO'}`);
    stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
