export const id = 400;
export const ids = [400];
export const modules = {

/***/ 68400:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STEP_SUMMARY_LIMIT: () => (/* binding */ STEP_SUMMARY_LIMIT),
/* harmony export */   renderChangeReport: () => (/* binding */ renderChangeReport)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, escapeCell, renderNoBaseline */
/** GitHub's limit for an issue or PR comment body. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB). */
const STEP_SUMMARY_LIMIT = 1_048_576;
/** Rows shown openly; a longer list goes into a collapsed <details>. */
const OPEN_ROWS = 10;
/** Field changes listed per changed resource. */
const FIELDS_PER_ROW = 8;
/** JSON values longer than this are not shown inline. */
const SHORT_VALUE = 60;
const BASELINE_WORDS = {
    'previous-run': 'the previous run',
    expected: 'the expected inventory',
};
/** Escapes text for a markdown table cell (or inline HTML): nothing in it can break out. */
function escapeCell(text) {
    return text
        .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/@/g, '@&#8203;')
        .replace(/\r\n|\r|\n/g, '<br>')
        .replace(/\t/g, ' ')
        .replace(/\p{Cc}/gu, '\uFFFD');
}
function code(text) {
    return `<code>${escapeCell(text)}</code>`;
}
function plural(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
function num(n) {
    return n.toLocaleString('en-US');
}
function nameCell(ref) {
    return ref.displayName === null ? '_(no name)_' : ref.displayName === '' ? '_(empty name)_' : escapeCell(ref.displayName);
}
function valueText(value) {
    if (value === undefined)
        return '_(absent)_';
    const json = JSON.stringify(value);
    return json.length <= SHORT_VALUE ? code(json) : `_(${Array.isArray(value) ? `${value.length} items` : `${json.length} chars`})_`;
}
function changesCell(entry) {
    const shown = entry.changes.slice(0, FIELDS_PER_ROW).map((c) => `${code(c.path)}: ${valueText(c.before)} → ${valueText(c.after)}`);
    if (entry.changes.length > FIELDS_PER_ROW)
        shown.push(`… ${plural(entry.changes.length - FIELDS_PER_ROW, 'more field')}`);
    return shown.join('<br>');
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Accumulates blocks against the byte budget; `closers` is what must follow to stay valid. */
class Budget {
    budget;
    parts = [];
    used = 0;
    full = false;
    constructor(budget) {
        this.budget = budget;
    }
    /** Adds `text` if it fits together with `closers`; false (and full) when it does not. */
    add(text, closers = '') {
        if (this.full)
            return false;
        const size = byteLength(text);
        if (this.used + size + byteLength(closers) > this.budget) {
            this.full = true;
            return false;
        }
        this.parts.push(text);
        this.used += size;
        return true;
    }
    text() {
        return this.parts.join('');
    }
}
function groupByType(items) {
    const groups = new Map();
    for (const item of items) {
        const list = groups.get(item.resourceType);
        if (list)
            list.push(item);
        else
            groups.set(item.resourceType, [item]);
    }
    return groups;
}
function baselineLine(baseline) {
    const words = baseline ? BASELINE_WORDS[baseline] : undefined;
    return words ? `Compared with ${words}.\n\n` : '';
}
/** The "no baseline" rendering: nothing to compare with, this run becomes the baseline. */
function renderNoBaseline(options) {
    const text = `## ${escapeCell(options.title ?? 'Inventory changes')}\n\nNo baseline to compare with: this run is the new baseline.\n`;
    return clip(text, options.limit);
}
function clip(text, limit) {
    if (byteLength(text) <= limit)
        return text;
    let cut = text.slice(0, Math.max(0, limit));
    while (byteLength(cut) > limit)
        cut = cut.slice(0, -1);
    return cut;
}
function headline(counts, baseline) {
    const rows = [
        '| | Resources |',
        '| --- | ---: |',
        `| Added | ${num(counts.added)} |`,
        `| Removed | ${num(counts.removed)} |`,
        `| Changed | ${num(counts.changed)} |`,
        `| Unchanged | ${num(counts.unchanged)} |`,
        `| Total (before → now) | ${num(counts.total_prev)} → ${num(counts.total_curr)} |`,
    ];
    let text = `${rows.join('\n')}\n\n`;
    if (counts.removed > 0) {
        const since = baseline && BASELINE_WORDS[baseline] ? ` compared with ${BASELINE_WORDS[baseline]}` : '';
        text += `> [!WARNING]\n> ${plural(counts.removed, 'resource')} removed${since}.\n\n`;
    }
    return text;
}
function typeTable(countsByType) {
    const rows = Object.entries(countsByType)
        .filter(([, c]) => c.added + c.removed + c.changed > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([type, c]) => `| ${escapeCell(type)} | ${num(c.added)} | ${num(c.removed)} | ${num(c.changed)} | ${num(c.unchanged)} |`);
    if (rows.length === 0)
        return '';
    return `| Resource type | Added | Removed | Changed | Unchanged |\n| --- | ---: | ---: | ---: | ---: |\n${rows.join('\n')}\n\n`;
}
function sectionsFor(type, input, added, removed, changed) {
    const totals = input.countsByType?.[type];
    const refHeader = '| Name | OCID | Compartment | Region |\n| --- | --- | --- | --- |\n';
    const refRow = (r) => `| ${nameCell(r)} | ${code(r.ocid)} | ${r.compartmentId ? code(r.compartmentId) : ''} | ${escapeCell(r.region ?? '')} |\n`;
    return [
        { label: 'Added', header: refHeader, rows: added.map(refRow), total: totals?.added ?? added.length },
        { label: 'Removed', header: refHeader, rows: removed.map(refRow), total: totals?.removed ?? removed.length },
        {
            label: 'Changed',
            header: '| Name | OCID | What changed |\n| --- | --- | --- |\n',
            rows: changed.map((c) => `| ${nameCell(c)} | ${code(c.ocid)} | ${changesCell(c)} |\n`),
            total: totals?.changed ?? changed.length,
        },
    ].filter((s) => s.total > 0);
}
/**
 * Renders a diff as markdown no longer than `options.limit` bytes. `diff` null (or baseline
 * 'none') renders the no-baseline note.
 */
function renderChangeReport(diff, options) {
    if (!diff || options.baseline === 'none')
        return renderNoBaseline(options);
    const counts = diff.counts;
    const title = `## ${escapeCell(options.title ?? 'Inventory changes')}\n\n`;
    const totalItems = counts.added + counts.removed + counts.changed;
    if (totalItems === 0) {
        return clip(`${title}${baselineLine(options.baseline)}**No changes**: ${plural(counts.total_curr, 'resource')} compared, all unchanged.\n`, options.limit);
    }
    const hint = options.artifactHint ? options.artifactHint.replace(/\s*[\r\n]+\s*/g, ' ') : 'the diff.json file';
    const footerFor = (left, cut) => `\n---\n_${plural(left, 'change')} of ${num(totalItems)} not listed here${cut ? ` (the report is cut to stay within ${num(options.limit)} bytes)` : ''}. Full diff: ${hint}._\n`;
    // Reserve the longest footer this report could need; rows also reserve room to close a table.
    const closers = '\n</details>\n\n';
    const budget = new Budget(options.limit - byteLength(footerFor(totalItems, true)));
    if (budget.add(title) && budget.add(baselineLine(options.baseline)))
        budget.add(headline(counts, options.baseline));
    if (diff.countsByType)
        budget.add(typeTable(diff.countsByType));
    const added = groupByType(diff.added);
    const removed = groupByType(diff.removed);
    const changed = groupByType(diff.changed);
    const types = [...new Set([...Object.keys(diff.countsByType ?? {}), ...added.keys(), ...removed.keys(), ...changed.keys()])].sort();
    let shown = 0;
    let cut = budget.full;
    for (const type of types) {
        if (cut)
            break;
        const sections = sectionsFor(type, diff, added.get(type) ?? [], removed.get(type) ?? [], changed.get(type) ?? []);
        if (sections.length === 0)
            continue;
        if (!budget.add(`### ${escapeCell(type)}\n\n`)) {
            cut = true;
            break;
        }
        for (const section of sections) {
            const collapsed = section.total > OPEN_ROWS;
            const summary = `${section.label} (${num(section.total)})`;
            if (section.rows.length === 0) {
                if (!budget.add(`**${summary}**: none in the sample kept in memory.\n\n`))
                    break;
                continue;
            }
            const open = collapsed ? `<details><summary>${summary}</summary>\n\n${section.header}` : `**${summary}**\n\n${section.header}`;
            if (!budget.add(open, closers))
                break;
            for (const row of section.rows) {
                if (!budget.add(row, closers))
                    break;
                shown++;
            }
            cut = budget.full;
            const notListed = section.total - section.rows.length;
            if (!cut && notListed > 0)
                budget.add(`\n_…and ${num(notListed)} more in the full diff._\n`, closers);
            // Every row reserved room for this, so it fits even after a row did not.
            budget.full = false;
            budget.add(collapsed ? '\n</details>\n\n' : '\n');
            if (cut)
                break;
        }
        cut ||= budget.full;
    }
    const left = totalItems - shown;
    const text = budget.text() + (left > 0 ? footerFor(left, cut) : '');
    return clip(text, options.limit);
}


/***/ })

};
