export const id = 4789;
export const ids = [4789];
export const modules = {

/***/ 24789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   enrichCoverageCommand: () => (/* binding */ enrichCoverageCommand)
/* harmony export */ });
async function enrichCoverageCommand(flags, stdout = process.stdout) {
    const { rowFor, supportedResourceTypes, TYPE_ALIASES } = await Promise.all(/* import() */[__webpack_require__.e(5211), __webpack_require__.e(550), __webpack_require__.e(1467)]).then(__webpack_require__.bind(__webpack_require__, 39107));
    const supported = supportedResourceTypes();
    const json = flags.json === true;
    /** How a type is served: `yes`, `summary only` (OK without a call), or `alias of X` (its row's spelling). */
    const how = (type) => {
        const alias = TYPE_ALIASES.get(type);
        if (alias && supported.has(type))
            return `alias of ${alias}`;
        return rowFor(type)?.summaryOnly ? 'summary only' : 'yes';
    };
    if (typeof flags.inventory !== 'string') {
        const types = [...supported].sort();
        const rows = types.filter((t) => !TYPE_ALIASES.has(t));
        const aliases = Object.fromEntries(types.filter((t) => TYPE_ALIASES.has(t)).map((t) => [t, TYPE_ALIASES.get(t) ?? t]));
        const summaryOnly = types.filter((t) => how(t) === 'summary only');
        if (json) {
            stdout.write(`${JSON.stringify({ supported: types, aliases, summaryOnly }, null, 2)}\n`);
        }
        else {
            const note = (t) => (how(t) === 'yes' ? '' : `  (${how(t)})`);
            stdout.write(`${rows.length} resource types enriched (${types.length} with other spellings):\n${types.map((t) => `  ${t}${note(t)}\n`).join('')}`);
        }
        return 0;
    }
    const { readInventory } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9401));
    const counts = new Map();
    for await (const record of readInventory(flags.inventory))
        counts.set(record.resourceType, (counts.get(record.resourceType) ?? 0) + 1);
    const rows = [...counts.entries()].map(([type, count]) => ({ type, count, covered: supported.has(type), ...(supported.has(type) ? { enricher: how(type) } : {}) }));
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
        lines.push(`${r.type.padEnd(width)}  ${String(r.count).padStart(7)}  ${r.covered ? how(r.type) : 'NO'}`);
    stdout.write(`${lines.join('\n')}\n`);
    return 0;
}


/***/ })

};
