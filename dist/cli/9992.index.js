export const id = 9992;
export const ids = [9992];
export const modules = {

/***/ 29992:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  summarizeRunDirectory: () => (/* binding */ summarizeRunDirectory)
});

// UNUSED EXPORTS: missingConfigReason

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/genai/config.js
var config = __webpack_require__(8402);
// EXTERNAL MODULE: ./build/src/core/markdown.js
var markdown = __webpack_require__(68400);
// EXTERNAL MODULE: ./build/src/core/inventory-reader.js
var inventory_reader = __webpack_require__(9401);
// EXTERNAL MODULE: ./build/src/export/atomic.js
var atomic = __webpack_require__(17343);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
// EXTERNAL MODULE: ./build/src/core/record.js
var core_record = __webpack_require__(86528);
// EXTERNAL MODULE: ./build/src/pipeline/config.js
var pipeline_config = __webpack_require__(37944);
;// CONCATENATED MODULE: ./build/src/genai/facts.js
// The aggregates an executive summary is written from, read from a finished run directory
// (run_summary.json, diff.json, inventory.jsonl): counts and names OCI defines (resource
// types, regions, statuses), field paths with every map key hidden, and compartments as
// depth-numbered placeholders. No display name, ocid, tag or value is kept here, except the
// placeholder → compartment path map, which stays on this machine for the second pass.






/** OCI resource type names are PascalCase words; anything else is counted as "other". */
const SAFE_TYPE = /^[A-Z][A-Za-z0-9]{1,63}$/;
/** OCI region identifiers: `us-ashburn-1`, `me-dcc-muscat-1`. */
const SAFE_REGION = /^[a-z]{2,3}(?:-[a-z]+){1,3}-\d{1,2}$/;
/** A field path segment kept as is: an SDK model's camelCase field name. */
const SAFE_SEGMENT = /^[a-z][A-Za-z0-9]{0,40}$/;
/** Fields whose children are user-chosen keys (tags, metadata maps, configuration): the keys show as `*`. */
const MAP_FIELDS = new Set([
    'freeformTags', 'definedTags', 'systemTags', 'tags', 'extendedMetadata', 'config', 'configuration', 'parameters',
    'labels', 'annotations', 'environment', 'environmentVariables', 'variables', 'properties', 'attributes', 'options', 'settings',
]);
const RUN_STATUSES = ['SUCCESS', 'DEGRADED', 'PARTIAL', 'FAILED', 'INTERRUPTED'];
const TOP_TYPES = 25;
const TOP_CHANGED_TYPES = 10;
const TOP_FIELDS = 12;
const TOP_COMPARTMENTS = 5;
const count = dist/* pipe */.FsL(dist/* number */.aig(), dist/* integer */.ndf(), dist/* minValue */.Wwf(0));
const RunSummarySchema = dist/* object */.Ikc({
    status: dist/* picklist */.KIO(RUN_STATUSES),
    tenancy_id: dist/* string */.YjP(),
    home_region: dist/* string */.YjP(),
    total_discovered: count,
    enriched_ok: count,
    not_implemented: count,
    errors: count,
    skipped: dist/* optional */.lqM(count, 0),
    counts_by_resource_type: dist/* record */.g1P(dist/* string */.YjP(), count),
    regions: dist/* array */.YOg(dist/* object */.Ikc({ region: dist/* string */.YjP(), status: dist/* string */.YjP(), count })),
    diff: dist/* nullable */.mee(dist/* object */.Ikc({ baseline: dist/* string */.YjP(), added: count, removed: count, changed: count, unverified: dist/* optional */.lqM(count, 0), unchanged: count })),
});
const RefSchema = dist/* object */.Ikc({ ocid: dist/* string */.YjP(), resourceType: dist/* string */.YjP(), compartmentId: dist/* optional */.lqM(dist/* nullable */.mee(dist/* string */.YjP())) });
const DiffSchema = dist/* object */.Ikc({
    added: dist/* array */.YOg(RefSchema),
    removed: dist/* array */.YOg(RefSchema),
    changed: dist/* array */.YOg(dist/* object */.Ikc({ ocid: dist/* string */.YjP(), resourceType: dist/* string */.YjP(), changes: dist/* array */.YOg(dist/* object */.Ikc({ path: dist/* string */.YjP() })) })),
});
async function readJson(file, schema) {
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new pipeline_config/* ConfigError */.xL(file, code ? `cannot read it (${code})` : `not valid JSON: ${error.message}`);
    }
    const result = dist/* safeParse */.xLC(schema, data);
    if (!result.success) {
        const issue = result.issues[0];
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        throw new pipeline_config/* ConfigError */.xL(file, `not a run's file${path ? ` (field ${path})` : ''}: ${issue.message}`);
    }
    return result.output;
}
/** A changed field's path with every user-chosen key hidden: `freeformTags.*`, `details.metadata.metadata.*`. */
function generalizePath(path) {
    const parts = path.split('.');
    const out = [];
    let hide = false;
    for (let i = 0; i < parts.length; i++) {
        const raw = parts[i] ?? '';
        const segment = /^\d+$/.test(raw) || /^\[\d*\]$/.test(raw) ? '[]' : raw;
        if (hide) {
            out.push('*');
            break; // below a hidden key the rest says nothing more
        }
        const kept = segment === '[]' || SAFE_SEGMENT.test(segment) ? segment : '*';
        out.push(kept);
        if (kept === '*')
            break;
        // details.metadata is the SDK object; a `metadata` below it (an instance's) is a user map.
        hide = MAP_FIELDS.has(segment) || (segment === 'metadata' && i >= 2);
    }
    return out.join('.');
}
function add(map, key, kind) {
    const row = map.get(key) ?? { added: 0, removed: 0, changed: 0 };
    row[kind]++;
    map.set(key, row);
}
const total = (c) => c.added + c.removed + c.changed;
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function collectRunFacts(runDir) {
    const summary = await readJson((0,external_node_path_.join)(runDir, 'run_summary.json'), RunSummarySchema);
    const inventoryFile = await (0,inventory_reader/* resolveInventoryFile */.T2)(runDir);
    const diffFile = summary.diff ? (0,external_node_path_.join)(runDir, 'diff.json') : undefined;
    const diff = diffFile ? await readJson(diffFile, DiffSchema) : undefined;
    // Which compartment each changed record sits in: only the changed ocids are looked up.
    const changedCompartment = new Map();
    for (const c of diff?.changed ?? [])
        changedCompartment.set(c.ocid, null);
    const parents = new Map();
    const names = new Map();
    const perRegion = new Map();
    let globals = 0;
    for await (const record of (0,inventory_reader.readInventory)(inventoryFile)) {
        if (core_record/* GLOBAL_RESOURCE_TYPES */.FE.has(record.resourceType))
            globals++;
        else
            perRegion.set(record.region, (perRegion.get(record.region) ?? 0) + 1);
        if (record.resourceType === 'Compartment' && record.compartmentId) {
            parents.set(record.ocid, record.compartmentId);
            names.set(record.ocid, record.displayName ?? record.ocid);
        }
        if (changedCompartment.has(record.ocid))
            changedCompartment.set(record.ocid, record.compartmentId);
    }
    const depthOf = (id) => {
        if (!id)
            return null;
        if (id === summary.tenancy_id)
            return 0;
        let depth = 0;
        let at = id;
        const seen = new Set();
        while (at !== undefined && at !== summary.tenancy_id) {
            if (seen.has(at))
                return null;
            seen.add(at);
            depth++;
            at = parents.get(at);
        }
        return at === summary.tenancy_id ? depth : null;
    };
    const pathOf = (id) => {
        const parts = [];
        let at = id;
        const seen = new Set();
        while (at !== undefined && at !== summary.tenancy_id && !seen.has(at)) {
            seen.add(at);
            parts.unshift(names.get(at) ?? at);
            at = parents.get(at);
        }
        return ['root', ...parts].join('/');
    };
    const byDepth = [];
    for (const id of parents.keys()) {
        const d = depthOf(id);
        if (d !== null)
            byDepth[d] = (byDepth[d] ?? 0) + 1;
    }
    const types = Object.entries(summary.counts_by_resource_type).sort(([a, x], [b, y]) => y - x || byName(a, b));
    const safeTypes = types.filter(([t]) => SAFE_TYPE.test(t));
    const shown = safeTypes.slice(0, TOP_TYPES);
    const hidden = types.filter(([t]) => !shown.some(([s]) => s === t));
    const failed = new Set(summary.regions.filter((r) => r.status !== 'OK').map((r) => r.region));
    const regionNames = new Set([...summary.regions.map((r) => r.region), ...perRegion.keys()]);
    const regions = [...regionNames].filter((r) => SAFE_REGION.test(r)).sort(byName).map((region) => ({ region, resources: perRegion.get(region) ?? 0, failed: failed.has(region) }));
    const facts = {
        status: summary.status,
        resources: summary.total_discovered,
        globalResources: globals,
        regions,
        otherRegions: regionNames.size - regions.length,
        compartments: { total: parents.size, byDepth: Array.from(byDepth, (n) => n ?? 0) },
        enrichment: { ok: summary.enriched_ok, notImplemented: summary.not_implemented, errors: summary.errors, skipped: summary.skipped },
        byType: shown.map(([type, n]) => ({ type, count: n })),
        otherTypes: { types: hidden.length, count: hidden.reduce((s, [, n]) => s + n, 0) },
    };
    const placeholders = new Map();
    if (summary.diff && diff) {
        const perType = new Map();
        const perCompartment = new Map();
        const fields = new Map();
        for (const r of diff.added) {
            add(perType, r.resourceType, 'added');
            if (r.compartmentId)
                add(perCompartment, r.compartmentId, 'added');
        }
        for (const r of diff.removed) {
            add(perType, r.resourceType, 'removed');
            if (r.compartmentId)
                add(perCompartment, r.compartmentId, 'removed');
        }
        for (const r of diff.changed) {
            add(perType, r.resourceType, 'changed');
            const compartment = changedCompartment.get(r.ocid);
            if (compartment)
                add(perCompartment, compartment, 'changed');
            // A path counts once per resource, however many of its keys changed.
            for (const path of new Set(r.changes.map((c) => generalizePath(c.path))))
                fields.set(path, (fields.get(path) ?? 0) + 1);
        }
        const ranked = [...perCompartment].sort(([a, x], [b, y]) => total(y) - total(x) || byName(a, b)).slice(0, TOP_COMPARTMENTS);
        const compartments = ranked.map(([id, c], i) => {
            placeholders.set(i + 1, id === summary.tenancy_id ? 'root' : pathOf(id));
            return { placeholder: i + 1, depth: depthOf(id), ...c };
        });
        facts.diff = {
            baseline: summary.diff.baseline === 'expected' ? 'expected' : 'previous-run',
            counts: { added: summary.diff.added, removed: summary.diff.removed, changed: summary.diff.changed, unverified: summary.diff.unverified, unchanged: summary.diff.unchanged },
            byType: [...perType]
                .filter(([t]) => SAFE_TYPE.test(t))
                .sort(([a, x], [b, y]) => total(y) - total(x) || byName(a, b))
                .slice(0, TOP_CHANGED_TYPES)
                .map(([type, c]) => ({ type, ...c })),
            topFields: [...fields].sort(([a, x], [b, y]) => y - x || byName(a, b)).slice(0, TOP_FIELDS).map(([path, n]) => ({ path, count: n })),
            compartments,
        };
    }
    return { facts, placeholders, tenancyId: summary.tenancy_id, homeRegion: summary.home_region, inventoryFile, diffFile };
}

;// CONCATENATED MODULE: ./build/src/genai/scrub.js
// The last check before anything leaves the machine: the finished prompt against the run's own
// identifiers. The prompt is built from aggregates (prompt.ts), so nothing here should ever
// match; a match is a bug, and the request is refused (exit 1) naming where the identifier
// came from (file, line, field path with map keys hidden) — never the identifier itself.
/** What counts as an identifier, besides the named fields: found inside any string value. */
const PATTERNS = [
    { kind: 'ocid', pattern: /ocid1\.[a-z0-9_-]+\.[a-z0-9_-]*\.[a-z0-9_-]*\.[a-z0-9_.-]+/gi, worth: (s) => /ocid1\./i.test(s) },
    { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, worth: (s) => s.includes('@') },
    { kind: 'url', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi, worth: (s) => s.includes('://') },
    { kind: 'cidr', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g, worth: (s) => s.includes('/') && /\d\.\d/.test(s) },
    { kind: 'ipv4', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/g, worth: (s) => /\d\.\d/.test(s) },
    { kind: 'ipv6', pattern: /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?:\/\d{1,3})?/gi, worth: (s) => s.includes(':') },
    { kind: 'hostname', pattern: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi, worth: (s) => s.includes('.') },
];
/** Keys whose string value names something, wherever they sit in a record's details. */
const NAMING_KEYS = new Set([
    'displayName', 'name', 'description', 'hostnameLabel', 'dnsLabel', 'domainName', 'fqdn', 'hostname', 'email', 'url',
    'namespace', 'bucketName', 'dbName', 'pdbName', 'vcnDomainName', 'subnetDomainName', 'userName', 'login',
]);
/** A single number (`42`, `3.5`, `12%`): in a prompt of counts it is no identifier. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/;
/** The shortest identifier checked: shorter strings (`db`, `a`) match English, not tenancies. */
const MIN_IDENTIFIER_LENGTH = 4;
/**
 * Walks a JSON value and hands out every identifier: the naming fields (display names, names,
 * descriptions, …), every tag key and value, and whatever the patterns find in any string.
 * Map keys under tags are identifiers themselves and show as `*` in the path.
 */
function collectIdentifiers(value, where, emit) {
    walk(value, [], where, emit);
}
/** An identifier whose `where` is spelled out only when asked (millions are found, one is ever printed). */
class Found {
    value;
    kind;
    base;
    path;
    constructor(value, kind, base, path) {
        this.value = value;
        this.kind = kind;
        this.base = base;
        this.path = path;
    }
    get where() {
        return `${this.base}: ${this.path.join('.') || '(value)'}`;
    }
}
const TAG_FIELDS = new Set(['freeformTags', 'definedTags', 'systemTags', 'tags']);
const SDK_KEY = /^[A-Za-z][A-Za-z0-9]{0,48}$/;
/**
 * One walk over a record: `path` is a stack (pushed and popped, copied only when an identifier
 * is found), `tagDepth` how many levels below a tag field the walk is (0: not in tags).
 */
function walk(value, path, where, emit, tagDepth = 0) {
    if (typeof value === 'string') {
        const key = path[path.length - 1] ?? '';
        // A diff's field path names fields, not things (its tag keys are collected from the records).
        if (key === 'path' && path[path.length - 3] === 'changes')
            return;
        if (tagDepth > 0 || NAMING_KEYS.has(key) || key === 'ocid' || key === 'compartmentId')
            emit(new Found(value, tagDepth > 0 ? 'tag value' : key, where, [...path]));
        for (const { kind, pattern, worth } of PATTERNS) {
            if (!worth(value))
                continue;
            for (const m of value.matchAll(pattern))
                emit(new Found(m[0], kind, where, [...path]));
        }
        return;
    }
    if (Array.isArray(value)) {
        path.push('[]');
        for (const item of value)
            walk(item, path, where, emit, tagDepth > 0 ? tagDepth + 1 : 0);
        path.pop();
        return;
    }
    if (value !== null && typeof value === 'object') {
        const parent = path[path.length - 1] ?? '';
        // Keys directly under a tag field, and under a defined/system tag namespace, are tag keys.
        const tagMap = TAG_FIELDS.has(parent) || (tagDepth === 2 && (path[path.length - 2] === 'definedTags' || path[path.length - 2] === 'systemTags'));
        for (const key of Object.keys(value)) {
            const child = value[key];
            if (tagMap)
                emit(new Found(key, 'tag key', where, [...path, '*']));
            path.push(tagMap || !SDK_KEY.test(key) ? '*' : key);
            const entersTags = TAG_FIELDS.has(key) && !tagMap;
            walk(child, path, where, emit, entersTags ? 1 : tagDepth > 0 ? tagDepth + 1 : 0);
            path.pop();
        }
    }
}
class PromptLeakError extends Error {
    identifier;
    name = 'PromptLeakError';
    constructor(identifier) {
        super(`refusing to send the GenAI prompt: it contains a ${identifier.kind} of this tenancy (from ${identifier.where}). ` +
            'This is a bug in the prompt builder; nothing was sent');
        this.identifier = identifier;
    }
}
/**
 * Checks identifiers against one finished prompt. Case-insensitive, on word boundaries
 * (`prod` is not found in `production`). Exempt: numbers, strings shorter than
 * MIN_IDENTIFIER_LENGTH, and words of the public vocabulary (the prompt's fixed text, OCI
 * resource type and region names): a tenancy that names a compartment "resources" or an
 * instance "Instance" leaks nothing when the prompt says "resources" or "Instance".
 */
class PromptScrubber {
    prompt;
    vocabulary;
    /** The prompt's word tokens: a bounded match has every token of the needle among them. */
    tokens;
    checked = 0;
    constructor(prompt, publicVocabulary) {
        this.prompt = prompt.toLowerCase();
        this.vocabulary = new Set([...publicVocabulary].map((w) => w.toLowerCase()));
        this.tokens = new Set(this.prompt.match(TOKENS) ?? []);
    }
    /** Throws PromptLeakError when the identifier occurs in the prompt. */
    check(id) {
        const needle = id.value.trim().toLowerCase();
        if (needle.length < MIN_IDENTIFIER_LENGTH || NUMBER.test(needle) || this.vocabulary.has(needle))
            return;
        this.checked++;
        // Fast path (most identifiers): a token of the needle the prompt does not hold rules it out.
        // Every token of a word-bounded match is a whole token of the prompt too.
        TOKENS.lastIndex = 0;
        for (let m = TOKENS.exec(needle); m !== null; m = TOKENS.exec(needle)) {
            if (!this.tokens.has(m[0]))
                return;
        }
        if (containsBounded(this.prompt, needle))
            throw new PromptLeakError({ kind: id.kind, where: id.where });
    }
}
const WORD = /[\p{L}\p{N}_]/u;
const TOKENS = /[\p{L}\p{N}_]+/gu;
/** `needle` in `haystack`, not as part of a longer word (a boundary is only needed where the needle's own edge is a word character). */
function containsBounded(haystack, needle) {
    let from = 0;
    for (;;) {
        const at = haystack.indexOf(needle, from);
        if (at < 0)
            return false;
        const before = at > 0 ? haystack[at - 1] ?? '' : '';
        const after = haystack[at + needle.length] ?? '';
        const startOk = !WORD.test(needle[0] ?? '') || !WORD.test(before);
        const endOk = !WORD.test(needle[needle.length - 1] ?? '') || !WORD.test(after);
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}
/** Every word of a text (letters, digits, `_`, `-`, `.` inside), lower-cased: the public vocabulary of fixed text. */
function wordsOf(text) {
    return text.toLowerCase().match(/[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*/gu) ?? [];
}

;// CONCATENATED MODULE: ./build/src/genai/prompt.js

const INSTRUCTIONS = 'You write the executive summary of an Oracle Cloud Infrastructure (OCI) inventory run for engineering managers. ' +
    'Answer in at most three short paragraphs of plain text, no headings or lists: what changed since the baseline, ' +
    'whether it matters (removed resources, failed regions, unverified records, low enrichment coverage), and what to look at next. ' +
    'Use only the facts given; do not invent names, identifiers or numbers. The facts hold counts, OCI resource type names, ' +
    'region names and field paths, never resource names or values; a * in a field path stands for a key that is not shown. ' +
    'Compartments are given as placeholders such as "compartment #1": refer to them exactly that way.';
const n = (x) => String(x);
const pct = (part, whole) => (whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`);
const changes = (c) => `${n(c.added)} added, ${n(c.removed)} removed, ${n(c.changed)} changed`;
/** The user message: one fact per line. Every word not a number comes from fixed text, OCI's names or a generalized path. */
function buildPrompt(facts) {
    const vocabulary = new Set(wordsOf(INSTRUCTIONS));
    const lines = [];
    // Fixed label text: its words join the vocabulary.
    const fixed = (s) => {
        for (const w of wordsOf(s))
            vocabulary.add(w);
        return s;
    };
    const name = (s) => {
        vocabulary.add(s.toLowerCase());
        return s;
    };
    lines.push(fixed('Facts of the inventory run:'));
    lines.push(`${fixed('Run status:')} ${name(facts.status)}`);
    const failed = facts.regions.filter((r) => r.failed).length;
    lines.push(`${fixed('Resources:')} ${n(facts.resources)} ${fixed('in')} ${n(facts.regions.length + facts.otherRegions)} ${fixed('region(s), of which')} ${n(failed)} ${fixed('failed to be read;')} ` +
        `${n(facts.globalResources)} ${fixed('are global IAM resources')}`);
    const depths = facts.compartments.byDepth.map((count, depth) => `${fixed('depth')} ${n(depth)}: ${n(count)}`).filter((_, d) => d > 0);
    lines.push(`${fixed('Compartments below the root:')} ${n(facts.compartments.total)}${depths.length > 0 ? ` (${depths.join(', ')})` : ''}`);
    const e = facts.enrichment;
    lines.push(`${fixed('Enrichment:')} ${n(e.ok)} ${fixed('enriched,')} ${n(e.notImplemented)} ${fixed('without an enricher,')} ${n(e.errors)} ${fixed('failed (unverified),')} ` +
        `${n(e.skipped)} ${fixed('skipped; coverage')} ${pct(e.ok, facts.resources)}`);
    const types = facts.byType.map((t) => `${name(t.type)} ${n(t.count)}`);
    if (facts.otherTypes.types > 0)
        types.push(`${fixed('other types')} ${n(facts.otherTypes.count)}`);
    lines.push(`${fixed('Resources by type:')} ${types.join(', ') || fixed('none')}`);
    const regions = facts.regions.map((r) => `${name(r.region)} ${n(r.resources)}${r.failed ? ` ${fixed('(failed)')}` : ''}`);
    if (facts.otherRegions > 0)
        regions.push(`${fixed('other regions')} ${n(facts.otherRegions)}`);
    lines.push(`${fixed('Regional resources by region:')} ${regions.join(', ') || fixed('none')}`);
    const d = facts.diff;
    if (!d) {
        lines.push(fixed('Baseline: none, this run is the first; there are no changes to report.'));
    }
    else {
        lines.push(`${fixed('Baseline:')} ${d.baseline === 'expected' ? fixed('the expected inventory') : fixed('the previous run')}`);
        lines.push(`${fixed('Changes:')} ${changes(d.counts)}, ${n(d.counts.unverified)} ${fixed('unverified,')} ${n(d.counts.unchanged)} ${fixed('unchanged')}`);
        fixed('added removed changed');
        if (d.byType.length > 0)
            lines.push(`${fixed('Changes by type:')} ${d.byType.map((t) => `${name(t.type)} (${changes(t)})`).join('; ')}`);
        if (d.topFields.length > 0)
            lines.push(`${fixed('Most changed fields (resources):')} ${d.topFields.map((f) => `${f.path} (${n(f.count)})`).join(', ')}`);
        if (d.compartments.length > 0) {
            lines.push(`${fixed('Changes by compartment:')} ` +
                d.compartments
                    .map((c) => `${fixed('compartment')} #${n(c.placeholder)} (${c.depth === null ? fixed('depth unknown') : `${fixed('depth')} ${n(c.depth)}`}): ${changes(c)}`)
                    .join('; '));
        }
    }
    return { text: lines.join('\n'), vocabulary };
}
/** The ChatDetails body: system instructions and the facts, in the model family's API format. */
function buildChatBody(prompt, settings) {
    const servingMode = /^ocid1\.generativeaiendpoint\./.test(settings.modelId)
        ? { servingType: 'DEDICATED', endpointId: settings.modelId }
        : { servingType: 'ON_DEMAND', modelId: settings.modelId };
    const common = { maxTokens: settings.maxTokens, temperature: settings.temperature, isStream: false };
    const chatRequest = settings.apiFormat === 'COHERE'
        ? { apiFormat: 'COHERE', preambleOverride: INSTRUCTIONS, message: prompt.text, ...common }
        : {
            apiFormat: 'GENERIC',
            messages: [
                { role: 'SYSTEM', content: [{ type: 'TEXT', text: INSTRUCTIONS }] },
                { role: 'USER', content: [{ type: 'TEXT', text: prompt.text }] },
            ],
            ...common,
        };
    return { compartmentId: settings.compartmentId, servingMode, chatRequest };
}
/** The text the scrubber checks: every string of the chat request (compartmentId and model are configuration, not inventory). */
function promptTextOf(body) {
    const r = body.chatRequest;
    return r.apiFormat === 'COHERE' ? `${r.preambleOverride}\n${r.message}` : r.messages.flatMap((m) => m.content.map((c) => c.text)).join('\n');
}

;// CONCATENATED MODULE: ./build/src/genai/summarize.js
// The executive summary of one finished run directory: facts → prompt → scrubber → (send) →
// the section at the top of report.md, placeholders mapped back locally. Knows nothing of
// oci-*: the caller hands in the serializer and the chat call (src/app/genai-summary.ts).








const PROMPT_FILE = 'genai_prompt.json';
const PROMPT_SCHEMA = 'oci-inv/genai-prompt@1';
const SECTION_START = '<!-- oci-inv:executive-summary -->';
const SECTION_END = '<!-- /oci-inv:executive-summary -->';
/** The run's identifiers, every one, checked against the prompt; throws PromptLeakError. */
async function scrubPrompt(body, vocabulary, run) {
    const scrubber = new PromptScrubber(promptTextOf(body), vocabulary);
    let line = 0;
    for await (const record of (0,inventory_reader.readInventory)(run.inventoryFile)) {
        line++;
        collectIdentifiers(record, `inventory.jsonl record ${line}`, (id) => scrubber.check(id));
    }
    if (run.diffFile) {
        const diff = JSON.parse(await (0,promises_.readFile)(run.diffFile, 'utf8'));
        for (const section of ['added', 'removed', 'changed', 'unverified']) {
            const items = diff[section];
            if (Array.isArray(items))
                items.forEach((item, i) => collectIdentifiers(item, `diff.json ${section}[${i}]`, (id) => scrubber.check(id)));
        }
    }
    return scrubber.checked;
}
/** `compartment #3` → the compartment's path, escaped; the rest of the model's text escaped too. */
function mapPlaceholders(text, placeholders, escape, showPath = escape) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/compartment #(\d+)/gi)) {
        const path = placeholders.get(Number(m[1]));
        if (path === undefined)
            continue;
        out.push(escape(text.slice(last, m.index)), `compartment ${showPath(path)}`);
        last = (m.index ?? 0) + m[0].length;
    }
    out.push(escape(text.slice(last)));
    return out.join('');
}
/** Longest answer shown (characters): a model that rambles must not crowd the PR comment. */
const MAX_ANSWER_CHARS = 4000;
function renderParagraphs(text, placeholders) {
    const clipped = text.length > MAX_ANSWER_CHARS ? `${text.slice(0, MAX_ANSWER_CHARS)}…` : text;
    return clipped
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .slice(0, 6)
        .map((p) => mapPlaceholders(p.replace(/\s*\n\s*/g, ' '), placeholders, markdown/* escapeText */.X1, (path) => `<code>${(0,markdown/* escapeText */.X1)(path)}</code>`))
        .join('\n\n');
}
function unavailableSection(reason) {
    return () => `## Executive summary\n\n_Summary unavailable (${(0,markdown/* escapeText */.X1)(reason)})._\n`;
}
async function summarizeRun(request, ports) {
    const { log } = request;
    if (!request.modelId) {
        const reason = request.missingConfig ?? 'no GenAI model configured';
        log.warn(`executive summary unavailable: ${reason}`);
        return { status: 'unavailable', reason, section: unavailableSection(reason) };
    }
    const run = await collectRunFacts(request.runDir);
    const prompt = buildPrompt(run.facts);
    const body = buildChatBody(prompt, {
        compartmentId: request.compartmentId ?? run.tenancyId,
        modelId: request.modelId,
        apiFormat: request.apiFormat,
        maxTokens: request.maxTokens,
        temperature: request.temperature,
    });
    const checked = await scrubPrompt(body, prompt.vocabulary, run);
    log.debug(`GenAI prompt checked against ${checked} identifiers of the run: none found`);
    const port = await ports();
    const serialized = await port.serialize(body);
    const model = request.modelId;
    const record = async (sent) => (0,atomic.writeFileAtomic)((0,external_node_path_.join)(request.runDir, PROMPT_FILE), `${JSON.stringify({ schema: PROMPT_SCHEMA, model, api_format: request.apiFormat, sent, body: JSON.parse(serialized) }, null, 2)}\n`);
    if (request.dryRun) {
        await record(false);
        return {
            status: 'dry-run',
            model,
            body: serialized,
            section: (where) => `## Executive summary\n\n_Dry run: nothing was sent to OCI Generative AI; the request body is ${where}._\n`,
        };
    }
    await record(true);
    let answer;
    try {
        answer = await port.chat(body);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log.warn(`executive summary unavailable: ${reason}`);
        return { status: 'unavailable', reason, model, body: serialized, section: unavailableSection(reason) };
    }
    const text = mapPlaceholders(answer.text, run.placeholders, (s) => s);
    return {
        status: 'written',
        model,
        text,
        body: serialized,
        section: (where) => `## Executive summary\n\n${renderParagraphs(answer.text, run.placeholders)}\n\n` +
            `_Written by <code>${(0,markdown/* escapeText */.X1)(model)}</code> (OCI Generative AI) from counts only, no names or values; the prompt is ${where}._\n`,
    };
}
/** report.md with the section at the top (after the title), replacing an earlier one. */
function withSummarySection(report, section) {
    const block = `${SECTION_START}\n${section.trim()}\n${SECTION_END}\n`;
    const start = report.indexOf(SECTION_START);
    const end = report.indexOf(SECTION_END);
    if (start >= 0 && end > start)
        return `${report.slice(0, start)}${block}${report.slice(end + SECTION_END.length).replace(/^\n/, '')}`;
    const titleEnd = report.startsWith('# ') ? report.indexOf('\n\n') : -1;
    if (titleEnd < 0)
        return `${block}\n${report}`;
    return `${report.slice(0, titleEnd + 2)}${block}\n${report.slice(titleEnd + 2)}`;
}
async function writeSummaryIntoReport(runDir, outcome) {
    const path = (0,external_node_path_.join)(runDir, 'report.md');
    let report = '';
    try {
        report = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        // A run always has one; without it the section stands alone.
    }
    await (0,atomic.writeFileAtomic)(path, withSummarySection(report, outcome.section(`[${PROMPT_FILE}](${PROMPT_FILE})`)));
}

;// CONCATENATED MODULE: ./build/src/app/genai-summary.js
// Composition of the GenAI executive summary (docs/genai.md): its configuration, the run's own
// auth, the OCI adapter (loaded only when a summary is asked for) and the core summarizer.
// Used by `run --genai-summary`, `summarize RUN_DIR` and the action's `genai-summary` input.




function missingConfigReason(config) {
    if (config.baseModelId)
        return undefined;
    if (config.file)
        return `${config.file} sets no base_model_id`;
    return 'no GenAI config: set base_model_id in ~/.config/oci-inv/genai.yaml, OCI_INV_GENAI_BASE_MODEL_ID or --genai-base-model-id';
}
async function homeRegionOf(runDir) {
    try {
        const summary = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(runDir, 'run_summary.json'), 'utf8'));
        return typeof summary.home_region === 'string' ? summary.home_region : undefined;
    }
    catch {
        return undefined;
    }
}
/** Summarizes a finished run and puts the section at the top of its report.md. Never throws for a failed call. */
async function summarizeRunDirectory(options) {
    const env = options.env ?? process.env;
    const genai = options.genai ?? (await (0,config/* resolveGenAiConfig */.Vd)({ env, ...(options.flags ? { flags: options.flags } : {}) }));
    const modelId = genai.baseModelId;
    const missing = missingConfigReason(genai);
    const outcome = await summarizeRun({
        runDir: options.runDir,
        modelId,
        apiFormat: (0,config/* apiFormatOf */.Bu)(modelId ?? ''),
        compartmentId: genai.compartmentId,
        maxTokens: genai.maxTokens ?? config/* GENAI_DEFAULTS */.Ag.maxTokens,
        temperature: genai.temperature ?? config/* GENAI_DEFAULTS */.Ag.temperature,
        dryRun: options.dryRun,
        log: options.log,
        ...(missing ? { missingConfig: missing } : {}),
    }, async () => {
        const adapter = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(3200), __webpack_require__.e(5211), __webpack_require__.e(6367)]).then(__webpack_require__.bind(__webpack_require__, 66367));
        return {
            serialize: (body) => adapter.serializeChatBody(body),
            async chat(body) {
                let auth = options.auth;
                const profile = genai.ociProfile ?? options.runConfig.profile;
                if (!auth || profile !== options.runConfig.profile) {
                    const { resolveAuth } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(5211), __webpack_require__.e(7294)]).then(__webpack_require__.bind(__webpack_require__, 34913));
                    try {
                        auth = await resolveAuth({ method: options.runConfig.auth, profile, configFile: options.runConfig.ociConfig, env });
                    }
                    catch (error) {
                        throw new adapter.GenAiCallError(`no credentials for the GenAI call: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
                    }
                }
                const region = auth.region ?? (await homeRegionOf(options.runDir));
                const template = options.runConfig.endpointTemplate;
                const endpoint = genai.endpoint ??
                    (template && region
                        ? (await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(5211), __webpack_require__.e(4511)]).then(__webpack_require__.bind(__webpack_require__, 4511))).expandEndpointTemplate(template, 'inference.generativeai', region)
                        : region
                            ? (0,config/* defaultInferenceEndpoint */.Uj)(region)
                            : undefined);
                if (!endpoint || !region)
                    throw new adapter.GenAiCallError('no region known for the GenAI endpoint: set endpoint in the GenAI config');
                const client = adapter.createGenAiChat({
                    auth,
                    endpoint,
                    region,
                    timeoutMs: (genai.timeoutSeconds ?? config/* GENAI_DEFAULTS */.Ag.timeoutSeconds) * 1000,
                    log: { debug: (m) => options.log.debug(m) },
                });
                try {
                    return await client.chat(body);
                }
                finally {
                    client.close();
                }
            },
        };
    });
    await writeSummaryIntoReport(options.runDir, outcome);
    if (outcome.status === 'written')
        options.log.info(`executive summary written by ${modelId ?? 'the model'} into ${(0,external_node_path_.join)(options.runDir, 'report.md')}`);
    return outcome;
}


/***/ })

};
