export const id = 5597;
export const ids = [5597];
export const modules = {

/***/ 95597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ FAIL_ON),
  diffInventories: () => (/* reexport */ diffInventories),
  cq: () => (/* reexport */ diffSummary),
  explainResource: () => (/* binding */ explainResource),
  JI: () => (/* binding */ failOnTriggered)
});

// UNUSED EXPORTS: DEFAULT_SAMPLE_PER_TYPE, DIFF_SCHEMA, UNSORTED_RECORD_LIMIT, compareRecordVersions, hashableForm, jsonEqual, recordHash, searchView

// EXTERNAL MODULE: ./build/src/core/inventory-reader.js
var inventory_reader = __webpack_require__(9401);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/src/core/ignore.js
var core_ignore = __webpack_require__(36631);
;// CONCATENATED MODULE: ./build/src/core/diff/compare.js
// Field-level comparison of two versions of one record, and the stable record hash.
// Equality here is defined to agree with the hash: two records compare equal exactly when
// SHA-256 over the canonical JSON of each, with `collectedAt` and ignored paths removed and
// then empty objects pruned, is the same. (An empty object and a missing key are the same
// thing: OCI returns both for "no tags".) Arrays are compared as whole values.


/** Removed from every comparison: it changes on every run by definition. */
const ALWAYS_EXCLUDED = 'collectedAt';
/** Own properties only: a record key named `__proto__` must not read the prototype. */
function own(obj, key) {
    return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Deep equality of JSON values; object key order does not matter, array order does. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if (!isObject(a) || !isObject(b))
        return false;
    let countA = 0;
    for (const key in a) {
        if (a[key] === undefined)
            continue;
        countA++;
        if (!jsonEqual(a[key], own(b, key)))
            return false;
    }
    let countB = 0;
    for (const key in b)
        if (b[key] !== undefined)
            countB++;
    return countA === countB;
}
class Walker {
    hidden;
    changes = [];
    path = [];
    constructor(hidden) {
        this.hidden = hidden;
    }
    walk(a, b, nodes) {
        if (a === b)
            return;
        const aIsObject = isObject(a);
        const bIsObject = isObject(b);
        if ((aIsObject || bIsObject) && (aIsObject || a === undefined) && (bIsObject || b === undefined)) {
            const left = (aIsObject ? a : EMPTY);
            const right = (bIsObject ? b : EMPTY);
            for (const key in left)
                this.walkKey(key, left[key], own(right, key), nodes);
            for (const key in right)
                if (!Object.hasOwn(left, key))
                    this.walkKey(key, undefined, right[key], nodes);
            return;
        }
        if (jsonEqual(a, b))
            return;
        const change = { path: this.path.join('.') };
        if (a !== undefined)
            change.before = a;
        if (b !== undefined)
            change.after = b;
        this.changes.push(change);
    }
    /** Compares the values under `key`, one level below the current path. */
    walkKey(key, a, b, nodes) {
        if (a === b)
            return;
        this.path.push(key);
        const step = (0,core_ignore/* stepIgnore */.rv)(nodes, key);
        if (step.rule) {
            if (this.hidden && !prunedEqual(a, b)) {
                const change = { path: this.path.join('.'), rule: step.rule };
                if (a !== undefined)
                    change.before = a;
                if (b !== undefined)
                    change.after = b;
                this.hidden.push(change);
            }
        }
        else {
            this.walk(a, b, step.nodes);
        }
        this.path.pop();
    }
}
const EMPTY = Object.freeze({});
function prunedEqual(a, b) {
    const walker = new Walker(undefined);
    walker.walk(a, b, []);
    return walker.changes.length === 0;
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
/** The field changes from `before` to `after`, sorted by path; empty means unchanged. */
function compareRecordVersions(before, after, ignore) {
    return explainRecordVersions(before, after, ignore, false).changes;
}
/** Like compareRecordVersions, plus the changes each ignore rule hid (for --explain). */
function explainRecordVersions(before, after, ignore, collectHidden = true) {
    const hidden = [];
    const walker = new Walker(collectHidden ? hidden : undefined);
    const nodes = ignore ? [ignore.root] : [];
    const left = before;
    const right = after;
    for (const key in left)
        if (key !== ALWAYS_EXCLUDED)
            walker.walkKey(key, left[key], own(right, key), nodes);
    for (const key in right)
        if (key !== ALWAYS_EXCLUDED && !Object.hasOwn(left, key))
            walker.walkKey(key, undefined, right[key], nodes);
    if (walker.changes.length > 1)
        walker.changes.sort(byPath);
    if (hidden.length > 1)
        hidden.sort(byPath);
    return { changes: walker.changes, hidden };
}
/** The record as hashed: no collectedAt, no ignored subtrees, no empty objects. */
function hashableForm(record, ignore) {
    const nodes = ignore ? [ignore.root] : [];
    const out = {};
    for (const key of Object.keys(record)) {
        if (key === ALWAYS_EXCLUDED)
            continue;
        const kept = strip(record[key], key, nodes);
        if (kept !== undefined)
            Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
    }
    return out;
}
function strip(value, key, nodes) {
    const step = stepIgnore(nodes, key);
    if (step.rule)
        return undefined;
    if (!isObject(value))
        return value;
    const out = {};
    let kept = 0;
    for (const childKey of Object.keys(value)) {
        const child = strip(value[childKey], childKey, step.nodes);
        if (child !== undefined) {
            // defineProperty, so a hostile key named __proto__ stays data, not a prototype.
            Object.defineProperty(out, childKey, { value: child, enumerable: true, writable: true, configurable: true });
            kept++;
        }
    }
    return kept === 0 ? undefined : out;
}
/**
 * The same text as `canonicalJson` (keys sorted, undefined dropped), written directly so a
 * hostile `__proto__` key is serialized like any other instead of vanishing into a prototype.
 */
function canonicalText(value) {
    if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalText(v))).join(',')}]`;
    if (isObject(value)) {
        const parts = [];
        for (const key of Object.keys(value).sort()) {
            const child = value[key];
            if (child !== undefined)
                parts.push(`${JSON.stringify(key)}:${canonicalText(child)}`);
        }
        return `{${parts.join(',')}}`;
    }
    return JSON.stringify(value);
}
/** SHA-256 (hex) over the canonical JSON of the hashable form: the record's identity in a diff. */
function recordHash(record, ignore) {
    return (0,external_node_crypto_.createHash)('sha256').update(hashableText(record, ignore)).digest('hex');
}
/**
 * `canonicalText(hashableForm(record, ignore))` in one pass, without building the stripped
 * copy (defineProperty per key made the hash cost more than the field walk).
 */
function hashableText(record, ignore) {
    const nodes = ignore ? [ignore.root] : [];
    const obj = record;
    const parts = [];
    for (const key of Object.keys(obj).sort()) {
        if (key === ALWAYS_EXCLUDED)
            continue;
        const kept = strippedText(obj[key], key, nodes);
        if (kept !== undefined)
            parts.push(`${JSON.stringify(key)}:${kept}`);
    }
    return `{${parts.join(',')}}`;
}
/** The canonical text of what `strip` keeps of a value, or undefined when nothing is kept. */
function strippedText(value, key, nodes) {
    const step = (0,core_ignore/* stepIgnore */.rv)(nodes, key);
    if (step.rule || value === undefined)
        return undefined;
    if (!isObject(value))
        return canonicalText(value);
    const parts = [];
    for (const childKey of Object.keys(value).sort()) {
        const child = strippedText(value[childKey], childKey, step.nodes);
        if (child !== undefined)
            parts.push(`${JSON.stringify(childKey)}:${child}`);
    }
    return parts.length === 0 ? undefined : `{${parts.join(',')}}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/core/record.js
var record = __webpack_require__(86528);
// EXTERNAL MODULE: ./build/src/core/redact.js
var redact = __webpack_require__(60416);
;// CONCATENATED MODULE: ./build/src/core/diff/line-scan.js
// The diff's fast path (issue 11 item 5): most records of two runs are the same resource with
// only `collectedAt` and ignored fields (details.metadata.timeUpdated, …) moved on. Instead of
// parsing both lines and walking their fields, the diff scans each raw JSONL line once for its
// join key (top-level ocid and resourceType) and cuts the values it must not compare out of
// the text: `collectedAt`, an ignored `enrichError`, and ignored paths under `details`. When
// the two cut texts are equal the records are equal under the ignore rules (the texts left
// are identical, so they parse to identical values), and only the current line is parsed, to
// validate it; the holes of the baseline line are checked to be JSON values of the type the
// schema wants there, so a bad line still fails with its file and line.
//
// The scanner is conservative: anything it does not expect (whitespace between tokens, an
// escaped key or ocid, a repeated ocid/resourceType key, an ignored path it cannot cut without
// the schema's help) makes it give up on that line, and the line takes the slow path (full
// parse, field walk), which is always correct.

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;
/** Index just past the string starting at `start` (a quote), or -1. */
function skipString(text, start) {
    let at = start;
    for (;;) {
        const end = text.indexOf('"', at + 1);
        if (end === -1)
            return -1;
        let slashes = 0;
        for (let k = end - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--)
            slashes++;
        if (slashes % 2 === 0)
            return end + 1;
        at = end;
    }
}
/** Index just past the JSON value starting at `start`, by structure only (no validation), or -1. */
function skipValue(text, start) {
    const first = text.charCodeAt(start);
    if (first === QUOTE)
        return skipString(text, start);
    const length = text.length;
    if (first === LBRACE || first === LBRACKET) {
        let depth = 0;
        let at = start;
        while (at < length) {
            const c = text.charCodeAt(at);
            if (c === QUOTE) {
                at = skipString(text, at);
                if (at === -1)
                    return -1;
                continue;
            }
            if (c === LBRACE || c === LBRACKET)
                depth++;
            else if (c === RBRACE || c === RBRACKET) {
                depth--;
                if (depth === 0)
                    return at + 1;
            }
            at++;
        }
        return -1;
    }
    // A scalar: runs to the next delimiter.
    let at = start;
    while (at < length) {
        const c = text.charCodeAt(at);
        if (c === COMMA || c === RBRACE || c === RBRACKET)
            break;
        at++;
    }
    return at === start ? -1 : at;
}
const NO_NODES = [];
const STEP_CACHE_LIMIT = 1024;
const NO_STEP = { nodes: NO_NODES };
const WANT_COLLECTED_AT = 1;
const WANT_DETAILS = 2;
const WANT_ENRICH_ERROR = 4;
/** Precompiled for one set of ignore rules; `scan` is called for every line of both inputs. */
class LineStripper {
    root;
    detailsNodes;
    enrichErrorIgnored;
    /** The top-level keys that can hold a cut, as WANT_* bits. */
    wanted;
    // Per-scan state (the scanner is not reentrant, and needs not be).
    cuts = [];
    escaped = false;
    kinds = [];
    /** stepIgnore's answers per trie position and key (bounded: keys are tenancy data). */
    steps = new Map();
    constructor(ignore) {
        this.root = ignore ? [ignore.root] : NO_NODES;
        const details = (0,core_ignore/* stepIgnore */.rv)(this.root, 'details');
        // An ignore rule on `details` itself is not cut (details must stay an object): slow path.
        this.detailsNodes = details.rule ? NO_NODES : details.nodes;
        this.enrichErrorIgnored = (0,core_ignore/* stepIgnore */.rv)(this.root, 'enrichError').rule !== undefined;
        this.wanted = WANT_COLLECTED_AT | (this.detailsNodes.length > 0 ? WANT_DETAILS : 0) | (this.enrichErrorIgnored ? WANT_ENRICH_ERROR : 0);
    }
    /**
     * Where the values not to compare sit in one line (which the caller parsed and validated),
     * or undefined when the line needs the slow path. The scan stops once every top-level key
     * that can hold a cut was seen: whatever follows is compared as text, which is stricter.
     */
    scan(text) {
        if (text.charCodeAt(0) !== LBRACE)
            return undefined;
        // Escapes are rare; without any, no key needs checking for one.
        this.escaped = text.includes('\\');
        this.cuts = [];
        this.kinds = [];
        let wanted = this.wanted;
        let at = 1;
        if (text.charCodeAt(at) === RBRACE)
            return undefined;
        for (;;) {
            if (text.charCodeAt(at) !== QUOTE)
                return undefined;
            const keyEnd = skipString(text, at);
            if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON)
                return undefined;
            // Only keys of the lengths of details (7), collectedAt and enrichError (11) are read; an
            // escaped key is never one of them (not cut, so compared as text).
            const keyLength = keyEnd - at - 2;
            const key = keyLength === 7 || keyLength === 11 ? text.slice(at + 1, keyEnd - 1) : '';
            const valueStart = keyEnd + 1;
            let valueEnd;
            if (key === 'collectedAt') {
                valueEnd = this.hole(text, valueStart, 'string');
                wanted &= ~WANT_COLLECTED_AT;
            }
            else if (key === 'enrichError' && this.enrichErrorIgnored) {
                valueEnd = this.hole(text, valueStart, 'nullable-string');
                wanted &= ~WANT_ENRICH_ERROR;
            }
            else if (key === 'details' && this.detailsNodes.length > 0 && text.charCodeAt(valueStart) === LBRACE) {
                valueEnd = this.object(text, valueStart, this.detailsNodes);
                wanted &= ~WANT_DETAILS;
            }
            else {
                valueEnd = skipValue(text, valueStart);
            }
            if (valueEnd === -1)
                return undefined;
            if (wanted === 0)
                break;
            const c = text.charCodeAt(valueEnd);
            if (c === COMMA) {
                at = valueEnd + 1;
                continue;
            }
            if (c !== RBRACE || valueEnd + 1 !== text.length)
                return undefined;
            break;
        }
        return { cuts: this.cuts, kinds: this.kinds };
    }
    /** Cuts the value at `start` out of the text; returns the index after it, or -1. */
    hole(text, start, kind) {
        const end = skipValue(text, start);
        if (end === -1)
            return -1;
        this.cuts.push(start, end);
        this.kinds.push(kind);
        return end;
    }
    step(nodes, key) {
        let known = this.steps.get(nodes);
        if (!known) {
            known = new Map();
            this.steps.set(nodes, known);
        }
        let step = known.get(key);
        if (!step) {
            step = (0,core_ignore/* stepIgnore */.rv)(nodes, key);
            // Cached answers keep their `nodes` arrays, so the next level's cache hits too.
            if (known.size < STEP_CACHE_LIMIT)
                known.set(key, step);
        }
        return step;
    }
    /** An object under `details` with ignore rules still able to match inside it. */
    object(text, start, nodes) {
        let at = start + 1;
        if (text.charCodeAt(at) === RBRACE)
            return at + 1;
        for (;;) {
            if (text.charCodeAt(at) !== QUOTE)
                return -1;
            const keyEnd = skipString(text, at);
            if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON)
                return -1;
            const key = text.slice(at + 1, keyEnd - 1);
            const valueStart = keyEnd + 1;
            // An escaped key is not looked up (its raw text could spell a rule it does not match):
            // not cut, so compared as text.
            const step = this.escaped && key.includes('\\') ? NO_STEP : this.step(nodes, key);
            let valueEnd;
            if (step.rule)
                valueEnd = this.hole(text, valueStart, 'json');
            // Arrays are compared as whole values: rules do not reach inside them.
            else if (step.nodes.length > 0 && text.charCodeAt(valueStart) === LBRACE)
                valueEnd = this.object(text, valueStart, step.nodes);
            else
                valueEnd = skipValue(text, valueStart);
            if (valueEnd === -1)
                return -1;
            const c = text.charCodeAt(valueEnd);
            if (c === COMMA) {
                at = valueEnd + 1;
                continue;
            }
            return c === RBRACE ? valueEnd + 1 : -1;
        }
    }
}
/**
 * True when `text` is exactly `scannedText` outside the latter's cuts, and holds there JSON
 * values of the kinds the schema wants (so `text` is a valid record whenever `scannedText`
 * is). Equal outside the cuts means the same keys, the same ocid and resourceType, and the
 * same values everywhere but at ignored paths. No scan of `text` is needed: the pieces
 * between cuts are compared as whole strings.
 */
function matchCuts(text, scannedText, scanned) {
    const cuts = scanned.cuts;
    let at = 0;
    let from = 0;
    for (let i = 0; i < cuts.length; i += 2) {
        const start = cuts[i];
        // Equality of two slices is a memory compare in V8; startsWith walks characters.
        const next = at + start - from;
        if (next > at && text.slice(at, next) !== scannedText.slice(from, start))
            return false;
        at = next;
        const end = skipValue(text, at);
        if (end === -1 || !holeValid(text, at, end, scanned.kinds[i >> 1]))
            return false;
        at = end;
        from = cuts[i + 1];
    }
    return text.length - at === scannedText.length - from && text.slice(at) === scannedText.slice(from);
}
/** Whether text[start, end) is a JSON value of the kind the schema wants there. */
function holeValid(text, start, end, kind) {
    // Most cut-out values are plain strings (timestamps): valid JSON without a parse.
    if (isSimpleString(text, start, end))
        return true;
    let value;
    try {
        value = JSON.parse(text.slice(start, end));
    }
    catch {
        return false;
    }
    if (kind === 'string')
        return typeof value === 'string';
    if (kind === 'nullable-string')
        return value === null || typeof value === 'string';
    return true;
}
const SIMPLE_STRING = /"[^"\\\u0000-\u001f]*"/y;
/** text[start, end) is a JSON string without escapes or control characters. */
function isSimpleString(text, start, end) {
    SIMPLE_STRING.lastIndex = start;
    return SIMPLE_STRING.test(text) && SIMPLE_STRING.lastIndex === end;
}
/** The JSON kind a value text starts with: string or null, object, array, or other scalar. */
function kindOf(c) {
    if (c === QUOTE || c === 110 /* n */)
        return 0;
    if (c === LBRACE)
        return 1;
    if (c === LBRACKET)
        return 2;
    return 3;
}
/**
 * For a `text` that matchCuts accepted: each cut-out value has the same JSON kind as in
 * `scannedText` (so a hook that looks at the kinds of children decides the same way).
 */
function sameCutKinds(text, scannedText, scanned) {
    const cuts = scanned.cuts;
    let shift = 0;
    for (let i = 0; i < cuts.length; i += 2) {
        const start = cuts[i];
        const end = cuts[i + 1];
        const at = start + shift;
        if (kindOf(text.charCodeAt(at)) !== kindOf(scannedText.charCodeAt(start)))
            return false;
        shift += skipValue(text, at) - at - (end - start);
    }
    return true;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./build/src/core/diff/json-sections.js
// Streams diff.json without holding it: each section (added, removed, changed) is appended
// to its own temporary file while the merge-join runs, then the header and the sections are
// concatenated into one temporary file that is renamed over diff.json. A diff that fails half
// way leaves no diff.json, and no stray temporary files either.




const FLUSH_BYTES = 1 << 20;
function temporaryPath(path, tag) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${tag}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
}
/** One JSON array's items, written one per line with the commas between them. */
class JsonArraySection {
    path;
    handle;
    buffer = '';
    count = 0;
    pending = Promise.resolve();
    constructor(path, handle) {
        this.path = path;
        this.handle = handle;
    }
    static async create(finalPath, tag) {
        const path = temporaryPath(finalPath, tag);
        return new JsonArraySection(path, await (0,promises_.open)(path, 'wx', 0o644));
    }
    /** Appends one already-serialized JSON value; resolves once a full buffer reached the disk. */
    async push(json) {
        this.buffer += this.count++ === 0 ? `\n${json}` : `,\n${json}`;
        if (this.buffer.length >= FLUSH_BYTES)
            await this.flush();
    }
    async flush() {
        const data = this.buffer;
        this.buffer = '';
        this.pending = this.pending.then(() => this.handle.write(data));
        await this.pending;
    }
    async close() {
        if (this.count > 0)
            this.buffer += '\n';
        await this.flush();
        await this.handle.close();
    }
    async discard() {
        await this.handle.close().catch(() => undefined);
        await (0,promises_.rm)(this.path, { force: true });
    }
}
/**
 * Writes `{<head fields>, "<section>": [ ... ], ...}` to `finalPath` from closed sections, then
 * renames it into place. `head` is serialized first so a reader sees counts before the lists.
 */
async function assembleJson(finalPath, head, sections) {
    const tempPath = temporaryPath(finalPath, 'assemble');
    try {
        const headText = JSON.stringify(head, null, 2);
        const handle = await (0,promises_.open)(tempPath, 'wx', 0o644);
        try {
            await handle.write(`${headText.slice(0, -2)},\n`);
            for (const [index, [name, section]] of sections.entries()) {
                await handle.write(`  ${JSON.stringify(name)}: [`);
                for await (const chunk of (0,external_node_fs_.createReadStream)(section.path))
                    await handle.write(chunk);
                await handle.write(index === sections.length - 1 ? ']\n}\n' : '],\n');
            }
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(tempPath, finalPath);
    }
    catch (error) {
        await (0,promises_.rm)(tempPath, { force: true });
        throw error;
    }
    finally {
        for (const [, section] of sections)
            await (0,promises_.rm)(section.path, { force: true });
    }
}
/** Small JSON files (diff_summary.json): temp file, then rename. */
async function writeJsonFileAtomic(path, value) {
    const tempPath = temporaryPath(path, 'write');
    try {
        const handle = await (0,promises_.open)(tempPath, 'wx', 0o644);
        await handle.write(`${JSON.stringify(value, null, 2)}\n`);
        await handle.close();
        await (0,promises_.rename)(tempPath, path);
    }
    catch (error) {
        await (0,promises_.rm)(tempPath, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/src/core/diff/engine.js
// The inventory diff (SPEC §5): a streaming sorted merge-join keyed by ocid. Files oci-inv
// writes are sorted by (ocid, resourceType), so the join holds one record per side and streams
// added/removed/changed into diff.json as it goes. A file found out of order (a hand-written
// expected inventory) is detected on the first out-of-order line; the join then starts over
// with that side sorted in memory, up to UNSORTED_RECORD_LIMIT records. Duplicate ocids are
// an input error in both modes.







/** Records an unsorted input may hold before the diff refuses to sort it in memory. */
const UNSORTED_RECORD_LIMIT = 250_000;
/** Items kept in memory per resource type and section, for the change report. */
const DEFAULT_SAMPLE_PER_TYPE = 200;
const DIFF_SCHEMA = 'oci-inv/diff@1';
/** Raised inside the join when a side turns out unsorted; never escapes diffInventories. */
class UnsortedInput extends Error {
    side;
    constructor(side) {
        super(`${side} is not sorted`);
        this.side = side;
    }
}
class LineSource {
    file;
    stripper;
    matchHint;
    batch = [];
    index = 0;
    first = 1;
    done = false;
    batches;
    constructor(file, stripper, 
    /** Baseline side: match each line against the hint (the current line) before parsing it. */
    matchHint) {
        this.file = file;
        this.stripper = stripper;
        this.matchHint = matchHint;
        this.batches = (0,inventory_reader/* readLineBatches */.pG)(file);
    }
    next(hint) {
        for (;;) {
            if (this.index >= this.batch.length)
                return this.done ? undefined : null;
            const index = this.index++;
            const text = this.batch[index];
            // Blank lines carry no record (parseInventoryLine says the same).
            if (text.charCodeAt(0) !== 123 && text.trim() === '')
                continue;
            if (this.matchHint && hint?.scan) {
                // Equal outside the cuts: the same ocid and resourceType (never cut), parsed later if ever.
                if (matchCuts(text, hint.text, hint.scan)) {
                    return { ocid: hint.ocid, resourceType: hint.resourceType, file: this.file, line: this.first + index, unit: 'line', text, matched: hint };
                }
            }
            const line = this.first + index;
            const complete = this.stripper ? (0,inventory_reader/* parseCompleteLine */.ly)(text) : undefined;
            const raw = complete ?? (0,inventory_reader/* parseInventoryLine */._J)(text, this.file, line);
            const item = { ocid: raw.ocid, resourceType: raw.resourceType, file: this.file, line, unit: 'line', text, raw };
            // Only a complete record (validated as written) is a template for baseline lines.
            if (complete && !this.matchHint) {
                const scan = this.stripper.scan(text);
                if (scan)
                    item.scan = scan;
            }
            return item;
        }
    }
    async fill() {
        const next = await this.batches.next();
        if (next.done) {
            this.done = true;
            this.batch = [];
        }
        else {
            this.batch = next.value.lines;
            this.first = next.value.first;
        }
        this.index = 0;
    }
    async close() {
        await this.batches.return(undefined);
    }
}
class EntryItemSource {
    source;
    pending;
    done = false;
    constructor(source) {
        this.source = source;
    }
    next() {
        if (this.pending) {
            const item = this.pending;
            this.pending = undefined;
            return item;
        }
        return this.done ? undefined : null;
    }
    async fill() {
        const next = await this.source.next();
        if (next.done) {
            this.done = true;
            return;
        }
        const { record, file, line, unit } = next.value;
        this.pending = { ocid: record.ocid, resourceType: record.resourceType, file, line, unit, raw: record };
    }
    async close() {
        await this.source.return?.();
    }
}
/** One side of the join: yields in-scope items, checking order and duplicates as it reads. */
class JoinSide {
    source;
    side;
    filter;
    prepare;
    current;
    total = 0;
    last;
    constructor(source, side, filter, prepare = undefined) {
        this.source = source;
        this.side = side;
        this.filter = filter;
        this.prepare = prepare;
    }
    /** Ends the underlying read (and closes its file) when the join stops early. */
    async close() {
        await this.source.close();
    }
    /** Moves to the next in-scope item; awaits only when a new batch of lines must be read. */
    async advance(hint) {
        while (!this.step(hint))
            await this.source.fill();
    }
    /** advance() without a read: false when the source needs `fill` first. */
    step(hint) {
        for (;;) {
            const item = this.source.next(hint);
            if (item === null)
                return false;
            if (item === undefined) {
                this.current = undefined;
                return true;
            }
            const last = this.last;
            if (last) {
                if (last.ocid === item.ocid) {
                    throw new inventory_reader/* InventoryInputError */.$b(item.file, item.line, `duplicate ocid ${item.ocid} (first seen at ${item.unit} ${last.line})`, 'ocid', item.unit);
                }
                if ((0,record/* compareRecords */.aB)(last, item) > 0)
                    throw new UnsortedInput(this.side);
            }
            this.last = item;
            if (this.filter && !this.filter(rawOf(item)))
                continue;
            this.total++;
            this.current = item;
            return true;
        }
    }
    /** The item's record as compared: parsed on first use, prepareBaseline applied once. */
    record(item) {
        if (item.prepared)
            return item.prepared;
        const raw = rawOf(item);
        item.prepared = this.prepare ? this.prepare(raw) : raw;
        return item.prepared;
    }
}
function rawOf(item) {
    item.raw ??= (0,inventory_reader/* parseInventoryLine */._J)(item.text, item.file, item.line);
    return item.raw;
}
/**
 * The fast path for a pair with the same ocid: the current record, parsed and validated, when
 * the two lines are equal once `collectedAt` and ignored values are cut out (and the baseline's
 * cut-out values are valid); undefined when the pair must be compared field by field.
 * With prepareBaseline, the fast path also needs the hook to leave the current record as it
 * is (it does for a run's own records, written under the same redaction policy): then the
 * baseline line, equal outside ignored values, is left as it is too.
 */
function fastEqual(before, after, prepare, currentPrepared) {
    if (!after.scan || before.text === undefined)
        return undefined;
    const text = after.text;
    if (before.matched !== after) {
        if (!matchCuts(before.text, text, after.scan))
            return undefined;
        before.matched = after;
    }
    const record = after.raw;
    if (prepare && currentPrepared) {
        if (!sameCutKinds(before.text, text, after.scan))
            return undefined;
    }
    else if (prepare) {
        // The hook works in place: a second parse is what it may change.
        const probe = (0,inventory_reader/* parseCompleteLine */.ly)(text);
        if (canonicalText(prepare(probe)) !== text)
            return undefined;
    }
    return record;
}
/** Reads a whole input, checks duplicates anywhere, and returns it sorted. */
async function loadSorted(path) {
    const entries = [];
    const firstSeen = new Map();
    for await (const entry of (0,inventory_reader/* scanInventory */.oz)(path)) {
        const first = firstSeen.get(entry.record.ocid);
        if (first !== undefined)
            throw (0,inventory_reader/* duplicateError */.cv)(entry, first);
        firstSeen.set(entry.record.ocid, entry.line);
        entries.push(entry);
        if (entries.length > UNSORTED_RECORD_LIMIT) {
            throw new inventory_reader/* InventoryInputError */.$b(entry.file, entry.line, `is not sorted by (ocid, resourceType) and holds more than ${UNSORTED_RECORD_LIMIT} records, too many to sort in memory; ` +
                'inventories written by oci-inv are sorted (`oci-inv check --write-expected` writes a sorted expected file)');
        }
    }
    return entries.sort((a, b) => (0,record/* compareRecords */.aB)(a.record, b.record));
}
function refOf(record) {
    return {
        ocid: record.ocid,
        resourceType: record.resourceType,
        displayName: record.displayName,
        compartmentId: record.compartmentId,
        region: record.region,
        lifecycleState: record.lifecycleState,
    };
}
/** A record as Resource Search saw it: what is known even when enrichment failed. */
function searchView(record) {
    const summary = record.details.searchSummary;
    return { ...record, details: summary ? { searchSummary: summary } : {}, relationships: [], enrichStatus: 'OK', enrichError: null };
}
/**
 * A change with a redaction marker on one side only (a baseline from before redaction) keeps
 * the marker and hides the other side: a report never prints a secret, old or new.
 */
function guardRedacted(change) {
    const before = change.before !== undefined && (0,redact/* containsRedaction */.Pj)(change.before);
    const after = change.after !== undefined && (0,redact/* containsRedaction */.Pj)(change.after);
    if (before === after)
        return change;
    const out = { path: change.path };
    if (change.before !== undefined)
        out.before = before ? change.before : '[REDACTED]';
    if (change.after !== undefined)
        out.after = after ? change.after : '[REDACTED]';
    return out;
}
async function diffInventories(prevPath, currPath, options = {}) {
    const prevFile = await (0,inventory_reader/* resolveInventoryFile */.T2)(prevPath);
    const currFile = await (0,inventory_reader/* resolveInventoryFile */.T2)(currPath);
    const sortInMemory = { prev: false, curr: false };
    // At most two restarts: one per side found unsorted.
    for (;;) {
        try {
            return await joinOnce(prevFile, currFile, options, sortInMemory);
        }
        catch (error) {
            if (!(error instanceof UnsortedInput) || sortInMemory[error.side])
                throw error;
            sortInMemory[error.side] = true;
        }
    }
}
async function openSource(file, inMemory, stripper, side) {
    if (inMemory)
        return new EntryItemSource((await loadSorted(file))[Symbol.iterator]());
    if (file.endsWith('.json'))
        return new EntryItemSource((0,inventory_reader/* scanInventory */.oz)(file));
    return new LineSource(file, stripper, side === 'prev');
}
async function joinOnce(prevFile, currFile, options, sortInMemory) {
    const ignore = options.ignore;
    const samplePerType = options.samplePerType ?? DEFAULT_SAMPLE_PER_TYPE;
    const diffPath = options.outdir ? (0,external_node_path_.join)(options.outdir, 'diff.json') : undefined;
    const summaryPath = options.outdir ? (0,external_node_path_.join)(options.outdir, 'diff_summary.json') : undefined;
    let sink;
    // The fast path needs the raw lines; a filter reads every record anyway.
    const stripper = options.fastPath !== false && !options.filter ? new LineStripper(ignore) : undefined;
    const prev = new JoinSide(await openSource(prevFile, sortInMemory.prev, stripper, 'prev'), 'prev', options.filter, options.prepareBaseline);
    const curr = new JoinSide(await openSource(currFile, sortInMemory.curr, stripper, 'curr'), 'curr', options.filter);
    const result = {
        prev: prevFile,
        curr: currFile,
        counts: { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0, total_prev: 0, total_curr: 0 },
        countsByType: {},
        added: [],
        removed: [],
        changed: [],
        unverified: [],
        ignore: ignore?.texts ?? [],
        sortedInMemory: { ...sortInMemory },
    };
    const sampled = new Map();
    // Keyed by resourceType, which is tenancy data: a Map, so "constructor" or "__proto__" is a key.
    const byType = new Map();
    const typeCounts = (type) => {
        let counts = byType.get(type);
        if (!counts) {
            counts = { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0 };
            byType.set(type, counts);
            sampled.set(type, { added: 0, removed: 0, changed: 0, unverified: 0, unchanged: 0 });
        }
        return counts;
    };
    const keepSample = (type, section) => {
        const taken = sampled.get(type);
        if ((taken[section] ?? 0) >= samplePerType)
            return false;
        taken[section] = (taken[section] ?? 0) + 1;
        return true;
    };
    try {
        if (diffPath) {
            sink = {
                added: await JsonArraySection.create(diffPath, 'added'),
                removed: await JsonArraySection.create(diffPath, 'removed'),
                changed: await JsonArraySection.create(diffPath, 'changed'),
                unverified: await JsonArraySection.create(diffPath, 'unverified'),
            };
        }
        // The current side first: each baseline line is matched against it before any scan.
        await curr.advance();
        await prev.advance(curr.current);
        while (prev.current || curr.current) {
            const beforeItem = prev.current;
            const afterItem = curr.current;
            const order = !beforeItem ? 1 : !afterItem ? -1 : beforeItem.ocid < afterItem.ocid ? -1 : beforeItem.ocid > afterItem.ocid ? 1 : 0;
            if (order < 0 && beforeItem) {
                const before = prev.record(beforeItem);
                result.counts.removed++;
                typeCounts(before.resourceType).removed++;
                if (keepSample(before.resourceType, 'removed'))
                    result.removed.push(refOf(before));
                if (sink)
                    await sink.removed.push((0,record/* canonicalJson */.dj)(before));
                if (!prev.step(curr.current))
                    await prev.advance(curr.current);
            }
            else if (order > 0 && afterItem) {
                const after = curr.record(afterItem);
                result.counts.added++;
                typeCounts(after.resourceType).added++;
                if (keepSample(after.resourceType, 'added'))
                    result.added.push(refOf(after));
                if (sink)
                    await sink.added.push((0,record/* canonicalJson */.dj)(after));
                if (!curr.step())
                    await curr.advance();
            }
            else if (beforeItem && afterItem) {
                const same = stripper ? fastEqual(beforeItem, afterItem, prev.prepare, options.currentPrepared === true) : undefined;
                // Equal lines: `after` stands for both (enrichStatus is never cut out, so it is shared).
                const after = same ?? curr.record(afterItem);
                const before = same ?? prev.record(beforeItem);
                // A side whose enrichment failed has no details to compare: search fields only.
                const unverifiable = before.enrichStatus === 'ERROR' || after.enrichStatus === 'ERROR';
                const changes = same
                    ? []
                    : (unverifiable ? compareRecordVersions(searchView(before), searchView(after), ignore) : compareRecordVersions(before, after, ignore)).map(guardRedacted);
                if (changes.length === 0 && unverifiable) {
                    result.counts.unverified = (result.counts.unverified ?? 0) + 1;
                    const forType = typeCounts(after.resourceType);
                    forType.unverified = (forType.unverified ?? 0) + 1;
                    const failedSide = after.enrichStatus === 'ERROR' ? after : before;
                    const entry = { ...refOf(after), reason: failedSide.enrichError ?? 'enrichment failed' };
                    if (keepSample(after.resourceType, 'unverified'))
                        result.unverified.push(entry);
                    if (sink)
                        await sink.unverified.push(JSON.stringify(entry));
                }
                else if (changes.length === 0) {
                    result.counts.unchanged++;
                    typeCounts(after.resourceType).unchanged++;
                }
                else {
                    result.counts.changed++;
                    typeCounts(after.resourceType).changed++;
                    const entry = {
                        ocid: after.ocid,
                        resourceType: after.resourceType,
                        displayName: after.displayName,
                        hashBefore: recordHash(before, ignore),
                        hashAfter: recordHash(after, ignore),
                        changes,
                    };
                    if (keepSample(after.resourceType, 'changed'))
                        result.changed.push(entry);
                    if (sink)
                        await sink.changed.push(JSON.stringify(entry));
                }
                if (!curr.step())
                    await curr.advance();
                if (!prev.step(curr.current))
                    await prev.advance(curr.current);
            }
        }
        result.counts.total_prev = prev.total;
        result.counts.total_curr = curr.total;
        result.countsByType = sortedByKey(byType);
        if (sink && diffPath && summaryPath) {
            await Promise.all([sink.added.close(), sink.removed.close(), sink.changed.close(), sink.unverified.close()]);
            const head = { schema: DIFF_SCHEMA, prev: prevFile, curr: currFile, ignore: result.ignore, counts: result.counts };
            await assembleJson(diffPath, head, [
                ['added', sink.added],
                ['removed', sink.removed],
                ['changed', sink.changed],
                ['unverified', sink.unverified],
            ]);
            sink = undefined;
            await writeJsonFileAtomic(summaryPath, diffSummary(result));
            result.files = { diff: diffPath, summary: summaryPath };
        }
        return result;
    }
    finally {
        await Promise.all([prev.close(), curr.close()]);
        if (sink)
            await Promise.all([sink.added.discard(), sink.removed.discard(), sink.changed.discard(), sink.unverified.discard()]);
    }
}
function sortedByKey(map) {
    // fromEntries defines own properties, so even "__proto__" stays a plain key in the result.
    return Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** diff_summary.json: counts and per-type counts, small enough for any consumer to load. */
function diffSummary(result) {
    return {
        schema: DIFF_SCHEMA,
        prev: result.prev,
        curr: result.curr,
        ignore: result.ignore,
        counts: result.counts,
        counts_by_type: result.countsByType,
        sorted_in_memory: result.sortedInMemory,
    };
}

;// CONCATENATED MODULE: ./build/src/core/diff.js




const FAIL_ON = ['none', 'drift', 'added', 'removed', 'changed', 'degraded'];
/** Whether `--fail-on` asks to fail (exit 5) given these counts. */
function failOnTriggered(counts, failOn) {
    switch (failOn) {
        case 'none':
            return false;
        case 'drift':
            return counts.added + counts.removed + counts.changed > 0;
        case 'added':
            return counts.added > 0;
        case 'removed':
            return counts.removed > 0;
        case 'changed':
            return counts.changed > 0;
        case 'degraded':
            // Records the diff could not verify (their enrichment failed on one side).
            return (counts.unverified ?? 0) > 0;
    }
}
async function findRecord(path, ocid) {
    let found;
    for await (const entry of (0,inventory_reader/* scanInventory */.oz)(path)) {
        if (entry.record.ocid !== ocid)
            continue;
        if (found)
            throw new inventory_reader/* InventoryInputError */.$b(entry.file, entry.line, `duplicate ocid ${ocid}`, 'ocid', entry.unit);
        found = entry.record;
    }
    return found;
}
/** Everything the diff decided about one resource, and why (`oci-inv diff --explain OCID`). */
async function explainResource(prevPath, currPath, ocid, ignore) {
    const [before, after] = await Promise.all([findRecord(prevPath, ocid), findRecord(currPath, ocid)]);
    const hashBefore = before ? recordHash(before, ignore) : undefined;
    const hashAfter = after ? recordHash(after, ignore) : undefined;
    if (!before || !after) {
        const status = before ? 'removed' : after ? 'added' : 'absent';
        return { ocid, before, after, hashBefore, hashAfter, status, changes: [], hidden: [] };
    }
    const { changes, hidden } = explainRecordVersions(before, after, ignore);
    return { ocid, before, after, hashBefore, hashAfter, status: changes.length ? 'changed' : 'unchanged', changes, hidden };
}


/***/ }),

/***/ 36631:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ej: () => (/* binding */ loadIgnoreRules),
/* harmony export */   rv: () => (/* binding */ stepIgnore)
/* harmony export */ });
/* unused harmony exports IGNORE_FILE_NAME, DEFAULT_IGNORES, DEFAULT_IGNORE_RULES, IgnoreRules, parseIgnoreRule, parseIgnoreFile, ignoreRulesFrom */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9401);
// Diff ignore rules (SPEC §5): dotted paths into a record where `*` matches exactly one
// segment, e.g. `details.metadata.timeUpdated`, `definedTags.Oracle-Tags.*`. A rule hides the
// whole subtree at the path it matches. Rules come from flags, config, an `.oci-inv-ignore`
// file, and the defaults below (fields that change while nobody changes the resource; each
// one is justified in docs/diff.md). The rules are compiled into a trie so the diff walks a
// record once, carrying only the trie nodes still able to match.



const IGNORE_FILE_NAME = '.oci-inv-ignore';
/**
 * Default rules, each with the reason it is safe to hide (docs/diff.md repeats them). Two
 * kinds: fields OCI rewrites while nobody changes the resource, and echoes of top-level
 * fields inside `details` (a rename would otherwise be reported three times). `collectedAt`
 * is not here: it is excluded from every comparison, defaults or not.
 */
const DEFAULT_IGNORES = [
    { rule: 'enrichError', why: 'error text carries request ids and timestamps; enrichStatus is still compared' },
    { rule: 'details.searchSummary.systemTags', why: 'system tags are written by OCI services, not by the resource owner' },
    { rule: 'details.metadata.systemTags', why: 'system tags are written by OCI services, not by the resource owner' },
    { rule: 'details.metadata.timeUpdated', why: 'moves on internal updates; the fields that changed are compared themselves' },
    { rule: 'details.metadata.timeModified', why: 'same as timeUpdated, the name some services use' },
    { rule: 'details.metadata.timeLastModified', why: 'same as timeUpdated, the name some services use' },
    { rule: 'details.metadata.approximateCount', why: 'bucket object count moves with every upload, not a configuration change' },
    { rule: 'details.metadata.approximateSize', why: 'bucket size moves with every upload, not a configuration change' },
    { rule: 'details.searchSummary.displayName', why: 'copy of displayName, compared at top level' },
    { rule: 'details.searchSummary.lifecycleState', why: 'copy of lifecycleState, compared at top level' },
    { rule: 'details.searchSummary.compartmentId', why: 'copy of compartmentId, compared at top level' },
    { rule: 'details.searchSummary.timeCreated', why: 'copy of timeCreated, compared at top level' },
    { rule: 'details.searchSummary.availabilityDomain', why: 'copy of availabilityDomain, compared at top level' },
    { rule: 'details.searchSummary.definedTags', why: 'copy of definedTags, compared at top level' },
    { rule: 'details.searchSummary.freeformTags', why: 'copy of freeformTags, compared at top level' },
    { rule: 'details.metadata.displayName', why: 'the same name Resource Search reports at top level' },
    { rule: 'details.metadata.lifecycleState', why: 'the same state Resource Search reports at top level' },
    { rule: 'details.metadata.definedTags', why: 'the same tags Resource Search reports at top level' },
    { rule: 'details.metadata.freeformTags', why: 'the same tags Resource Search reports at top level' },
];
const DEFAULT_IGNORE_RULES = DEFAULT_IGNORES.map((d) => d.rule);
class IgnoreRules {
    rules;
    root = newNode();
    constructor(rules) {
        this.rules = rules;
        for (const rule of rules) {
            let node = this.root;
            for (const segment of rule.segments) {
                if (segment === '*') {
                    node.wildcard ??= newNode();
                    node = node.wildcard;
                }
                else {
                    let child = node.children.get(segment);
                    if (!child) {
                        child = newNode();
                        node.children.set(segment, child);
                    }
                    node = child;
                }
            }
            // The first rule to claim a path is the one reported by --explain.
            node.rule ??= rule;
        }
    }
    /** The rule hiding this path (or one of its ancestors), if any. */
    ruleFor(path) {
        let nodes = [this.root];
        for (const segment of path) {
            const step = stepIgnore(nodes, segment);
            if (step.rule)
                return step.rule;
            nodes = step.nodes;
            if (nodes.length === 0)
                return undefined;
        }
        return undefined;
    }
    get texts() {
        return this.rules.map((r) => r.text);
    }
}
const NO_NODES = [];
/** Descends one path segment: the rule that hides it, or the nodes still able to match below. */
function stepIgnore(nodes, segment) {
    if (nodes.length === 0)
        return { nodes: NO_NODES };
    let next;
    for (const node of nodes) {
        const exact = node.children.get(segment);
        const wild = node.wildcard;
        for (const child of exact && wild ? [exact, wild] : exact ? [exact] : wild ? [wild] : NO_NODES) {
            if (child.rule)
                return { rule: child.rule, nodes: NO_NODES };
            if (child.children.size > 0 || child.wildcard) {
                next ??= [];
                next.push(child);
            }
        }
    }
    return { nodes: next ?? NO_NODES };
}
function newNode() {
    return { children: new Map(), wildcard: undefined, rule: undefined };
}
/** Parses one rule; `undefined` for a rule that is not well formed, with the reason. */
function parseIgnoreRule(text, source) {
    const trimmed = text.trim();
    if (trimmed === '')
        return 'empty rule';
    const segments = trimmed.split('.');
    if (segments.some((s) => s === ''))
        return `rule "${trimmed}" has an empty segment (check for a stray or doubled dot)`;
    if (segments.some((s) => s !== '*' && s.includes('*'))) {
        return `rule "${trimmed}": * matches a whole segment only (write a.*.b, not a.b*)`;
    }
    if (segments.every((s) => s === '*') && segments.length === 1)
        return 'rule "*" would hide every field';
    return { text: trimmed, segments, source };
}
/** Rules from an `.oci-inv-ignore` file: one per line, `#` starts a comment. */
function parseIgnoreFile(text, file) {
    const rules = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/(^|\s)#.*$/, '').trim();
        if (line === '')
            return;
        const parsed = parseIgnoreRule(line, `${file}:${index + 1}`);
        if (typeof parsed === 'string')
            throw new _inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InventoryInputError */ .$b(file, index + 1, parsed);
        rules.push(parsed);
    });
    return rules;
}
function parseList(texts, source) {
    return texts
        .flatMap((t) => t.split(','))
        .filter((t) => t.trim() !== '')
        .map((t) => {
        const parsed = parseIgnoreRule(t, source);
        if (typeof parsed === 'string')
            throw new _inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InventoryInputError */ .$b(source, 0, parsed);
        return parsed;
    });
}
async function loadIgnoreRules(options = {}) {
    const rules = [];
    if (options.defaults !== false)
        rules.push(...parseList(DEFAULT_IGNORE_RULES, 'default'));
    rules.push(...parseList(options.rules ?? [], options.rulesSource ?? '--ignore/config'));
    const file = options.file ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(options.cwd ?? process.cwd(), IGNORE_FILE_NAME);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        // A missing default file is normal; a missing file someone named is a mistake.
        if (options.file !== undefined || code !== 'ENOENT') {
            throw new _inventory_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .InventoryInputError */ .$b(file, 0, `cannot read ignore file (${code ?? String(error)})`);
        }
    }
    if (text !== undefined)
        rules.push(...parseIgnoreFile(text, file));
    return new IgnoreRules(dedupe(rules));
}
/** Builds rules without touching the filesystem (tests, callers that already hold the texts). */
function ignoreRulesFrom(texts, defaults = false) {
    const rules = defaults ? parseList(DEFAULT_IGNORE_RULES, 'default') : [];
    rules.push(...parseList(texts, '--ignore'));
    return new IgnoreRules(dedupe(rules));
}
function dedupe(rules) {
    const seen = new Set();
    return rules.filter((r) => !seen.has(r.text) && Boolean(seen.add(r.text)));
}


/***/ })

};
