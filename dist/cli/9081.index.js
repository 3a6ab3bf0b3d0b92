export const id = 9081;
export const ids = [9081,3406];
export const modules = {

/***/ 26500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LO: () => (/* binding */ writeExportsFromStream)
});

// UNUSED EXPORTS: PARQUET_GROUP_BYTES, sortedRecordStream, withEdge

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/core/record.js
var core_record = __webpack_require__(86528);
// EXTERNAL MODULE: ./build/src/export/atomic.js
var atomic = __webpack_require__(17343);
// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(28728);
;// CONCATENATED MODULE: ./build/src/export/jsonl.js
// inventory.jsonl (SPEC §4): one canonical-JSON record per line, in (ocid, resourceType)
// order, so two runs of the same tenancy produce byte-identical files that diff line by line.


/** Lines joined per write: keeps syscalls and awaits rare without building the whole file. */
const LINES_PER_WRITE = 1000;
/**
 * Returns the records in file order. Throws on a repeated ocid: the pipeline dedupes before
 * exporting, so a repeat here is a bug upstream that must not reach a file silently.
 */
function jsonl_sortRecordsForExport(records) {
    const sorted = [...records].sort(compareRecords);
    let previous;
    for (const current of sorted) {
        if (previous !== undefined && previous.ocid === current.ocid) {
            throw new Error(`duplicate ocid ${current.ocid} (${previous.resourceType}, ${current.resourceType}): records must be deduplicated before export`);
        }
        previous = current;
    }
    return sorted;
}
/** Writes inventory.jsonl; returns the number of records written. */
async function writeInventoryJsonl(path, records) {
    const sorted = jsonl_sortRecordsForExport(records);
    await withAtomicWriter(path, async (writer) => {
        for (let start = 0; start < sorted.length; start += LINES_PER_WRITE) {
            let chunk = '';
            for (const record of sorted.slice(start, start + LINES_PER_WRITE))
                chunk += `${canonicalJson(record)}\n`;
            await writer.write(chunk);
        }
    });
    return sorted.length;
}

;// CONCATENATED MODULE: ./build/src/export/csv.js
// inventory.csv (SPEC §4): the report fields a person opens in a spreadsheet, RFC 4180 via
// papaparse, in inventory.jsonl's order. Cells that a spreadsheet would run as a formula are
// defused with a leading apostrophe (OWASP "CSV injection"); everything else round-trips.



const CSV_BASE_COLUMNS = [
    'ocid',
    'resourceType',
    'displayName',
    'compartmentId',
    'compartmentPath',
    'region',
    'lifecycleState',
    'timeCreated',
    'enrichStatus',
];
/**
 * A cell a spreadsheet could run as a formula: one starting with a tab, CR or LF (OWASP), or
 * with `= + - @` or their full-width and small forms (`＝ ＋ ﹢ － ﹣ ＠ ﹦`, which some
 * spreadsheets fold to ASCII) after any run of spaces, line breaks and double quotes (which
 * a spreadsheet may trim or read past). papaparse's own `escapeFormulae: true` pattern ends in
 * `.*$` without the `s` flag, so it misses a cell like "=cmd\nx"; matching the start only
 * catches every such cell.
 */
const FORMULA_TRIGGER = /^(?:[\t\r\n]|[\s"\u3000]*[=+\-@\uFF1D\uFF0B\uFE62\uFF0D\uFE63\uFF20\uFE66])/u;
const CSV_NEWLINE = '\r\n';
const ROWS_PER_WRITE = 5000;
/** Parses `freeform:KEY` or `defined:NAMESPACE.KEY` (OCI allows no `.` in namespace names). */
function parseTagColumn(spec) {
    const freeform = /^freeform:(.+)$/s.exec(spec);
    if (freeform?.[1])
        return { header: spec, kind: 'freeform', key: freeform[1] };
    const defined = /^defined:([^.]+)\.(.+)$/s.exec(spec);
    if (defined?.[1] && defined[2])
        return { header: spec, kind: 'defined', namespace: defined[1], key: defined[2] };
    throw new Error(`tag column "${spec}": expected freeform:KEY or defined:NAMESPACE.KEY`);
}
function tagValue(record, column) {
    let value;
    if (column.kind === 'freeform')
        value = record.freeformTags[column.key];
    else
        value = record.definedTags[column.namespace]?.[column.key];
    if (value === undefined || value === null)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function csvRow(record, compartmentPaths, tags) {
    const row = [
        record.ocid,
        record.resourceType,
        record.displayName ?? '',
        record.compartmentId ?? '',
        record.compartmentId === null ? '' : (compartmentPaths.get(record.compartmentId) ?? ''),
        record.region,
        record.lifecycleState ?? '',
        record.timeCreated ?? '',
        record.enrichStatus,
    ];
    for (const column of tags)
        row.push(tagValue(record, column));
    return row;
}
function toCsv(rows) {
    return papaparse.unparse(rows, { escapeFormulae: FORMULA_TRIGGER, newline: CSV_NEWLINE, header: false });
}
/**
 * Writes inventory.csv; returns the number of data rows. Lines end in CRLF, the last one too
 * (RFC 4180 allows it, and `wc -l`, `cat` and line-based tools expect it).
 */
async function writeInventoryCsv(path, records, options = {}) {
    const tags = (options.tagColumns ?? []).map(parseTagColumn);
    const paths = options.compartmentPaths ?? new Map();
    const sorted = sortRecordsForExport(records);
    await withAtomicWriter(path, async (writer) => {
        await writer.write(toCsv([[...CSV_BASE_COLUMNS, ...tags.map((t) => t.header)]]));
        for (let start = 0; start < sorted.length; start += ROWS_PER_WRITE) {
            const rows = sorted.slice(start, start + ROWS_PER_WRITE).map((record) => csvRow(record, paths, tags));
            await writer.write(CSV_NEWLINE + toCsv(rows));
        }
        await writer.write(CSV_NEWLINE);
    });
    return sorted.length;
}

;// CONCATENATED MODULE: ./build/src/export/ocid-index.js
// A compact ocid → small-integer map for the one per-resource structure the exports keep (the
// Mermaid summary's ocid → type index; docs/architecture.md, "Data flow"). A `Map<string,
// string>` costs the ocid string and a hash entry, about 140 bytes per resource (140 MB at
// 1M); this table keeps a 64-bit hash of the ocid and the value in typed arrays, 12 bytes a
// slot at most half full: about 24 MB per million. Two ocids share a slot only if both
// 32-bit hashes collide (about one chance in 10^7 for a million ocids); the cost would be one
// relationship counted under the wrong target type in a summary diagram.
/** The ocid's two 32-bit hashes, written here to avoid allocating a pair per call. */
let hashHi = 0;
let hashLo = 0;
function hashOcid(ocid) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < ocid.length; i++) {
        const c = ocid.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    // murmur3's finalizer, so the low bits (the slot) depend on every character.
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    a = Math.imul(a, 0xc2b2ae35);
    a ^= a >>> 16;
    b ^= b >>> 16;
    b = Math.imul(b, 0x85ebca6b);
    b ^= b >>> 13;
    hashHi = a >>> 0;
    hashLo = b >>> 0;
}
const INITIAL_SLOTS = 1 << 12;
/** ocid → non-negative integer (below 2^32 - 1), by a 64-bit hash of the ocid, open addressing. */
class OcidTable {
    hi = new Uint32Array(INITIAL_SLOTS);
    lo = new Uint32Array(INITIAL_SLOTS);
    /** value + 1; 0 marks an empty slot. */
    values = new Uint32Array(INITIAL_SLOTS);
    count = 0;
    get size() {
        return this.count;
    }
    /** Bytes held by the table's arrays. */
    get bytes() {
        return this.hi.byteLength + this.lo.byteLength + this.values.byteLength;
    }
    set(ocid, value) {
        if ((this.count + 1) * 2 > this.values.length)
            this.grow();
        hashOcid(ocid);
        this.put(hashHi, hashLo, value + 1);
    }
    /** The value set for the ocid, or -1. */
    get(ocid) {
        hashOcid(ocid);
        return this.find(hashHi, hashLo);
    }
    /** The value for a hash pair taken by `OcidTable.hash`, or -1. */
    find(hi, lo) {
        const mask = this.values.length - 1;
        for (let slot = hi & mask;; slot = (slot + 1) & mask) {
            const stored = this.values[slot];
            if (stored === 0)
                return -1;
            if (this.hi[slot] === hi && this.lo[slot] === lo)
                return stored - 1;
        }
    }
    put(hi, lo, stored) {
        const mask = this.values.length - 1;
        for (let slot = hi & mask;; slot = (slot + 1) & mask) {
            if (this.values[slot] === 0) {
                this.hi[slot] = hi;
                this.lo[slot] = lo;
                this.values[slot] = stored;
                this.count++;
                return;
            }
            if (this.hi[slot] === hi && this.lo[slot] === lo) {
                this.values[slot] = stored;
                return;
            }
        }
    }
    grow() {
        const { hi, lo, values } = this;
        const slots = values.length * 2;
        this.hi = new Uint32Array(slots);
        this.lo = new Uint32Array(slots);
        this.values = new Uint32Array(slots);
        this.count = 0;
        for (let i = 0; i < values.length; i++) {
            const stored = values[i];
            if (stored !== 0)
                this.put(hi[i], lo[i], stored);
        }
    }
    /** The ocid's hash pair, for `getHashed` later without keeping the string. */
    static hash(ocid, into, at) {
        hashOcid(ocid);
        into[at] = hashHi;
        into[at + 1] = hashLo;
    }
    /** `get` for a pair stored by `OcidTable.hash`. */
    getHashed(pairs, at) {
        return this.find(pairs[at], pairs[at + 1]);
    }
}
/** A growable list of unsigned 32-bit integers. */
class U32List {
    data = new Uint32Array(1024);
    length = 0;
    /** Room for `n` more entries; returns the array and the offset to write them at. */
    reserve(n) {
        if (this.length + n > this.data.length) {
            const next = new Uint32Array(Math.max(this.data.length * 2, this.length + n));
            next.set(this.data.subarray(0, this.length));
            this.data = next;
        }
        const at = this.length;
        this.length += n;
        return { data: this.data, at };
    }
    get array() {
        return this.data;
    }
    get bytes() {
        return this.data.byteLength;
    }
}

;// CONCATENATED MODULE: ./build/src/export/mermaid.js

/** Mermaid's defaults, which GitHub keeps. */
const MERMAID_LIMITS = { maxChars: 50_000, maxEdges: 500 };
const IN_COMPARTMENT = 'IN_COMPARTMENT';
const LABEL_MAX = 60;
/** ASCII that means nothing inside a quoted Mermaid label; every other ASCII sign is encoded. */
const SAFE_ASCII = /^[A-Za-z0-9 .,:_\-/+=@!?*'~$^]$/;
/** C0/C1 controls and bidi overrides: invisible, and able to make a label lie. */
const STRIPPED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/**
 * Text for inside `["…"]` or `|…|`. Mermaid decodes `#<decimal>;` entities, so quotes,
 * brackets, `#`, `;`, `|`, `%`, `<`, `>`, `&` and backticks are written that way; line
 * breaks become spaces; long text is cut (on code points, so no emoji is split) with `…`.
 */
function escapeMermaidText(text, maxLength = LABEL_MAX) {
    let chars = Array.from(text.replace(/[\r\n\t\u2028\u2029]+/g, ' '));
    if (chars.length > maxLength)
        chars = [...chars.slice(0, maxLength - 1), '…'];
    let out = '';
    for (const ch of chars) {
        const code = ch.codePointAt(0) ?? 0;
        if (STRIPPED.test(ch))
            continue;
        out += code < 0x80 && !SAFE_ASCII.test(ch) ? `#${code};` : ch;
    }
    return out;
}
/** `ocid1.instance.oc1.eu-frankfurt-1.abcdef…xyz` → `instance …xyz1234`: enough to tell apart. */
function shortOcid(ocid) {
    const kind = ocid.split('.')[1] ?? 'ocid';
    return `${kind} …${ocid.slice(-8)}`;
}
function isCompartment(node) {
    return node.resourceType === 'Compartment' || node.resourceType === 'Tenancy';
}
function header(note) {
    return ['flowchart LR', `%% ${note.replace(/[\r\n]+/g, ' ')}`];
}
const COMPARTMENT_CLASS = '  classDef compartment fill:#eef3ff,stroke:#5570a8';
const EXTERNAL_CLASS = '  classDef external fill:#ffffff,stroke:#999999,stroke-dasharray:4 2';
/** Everything, one node per resource; null when it would pass the limits. */
function renderFull(graph, limits) {
    if (graph.edges.length > limits.maxEdges)
        return null;
    const ids = new Map();
    const body = [];
    // Rough floor of the output size: give up before building a text that cannot fit.
    let size = 0;
    graph.nodes.forEach((node, i) => {
        const id = `n${i}`;
        ids.set(node.ocid, id);
        const name = node.displayName ? node.displayName : shortOcid(node.ocid);
        const line = `  ${id}["${escapeMermaidText(name)}<br/>${escapeMermaidText(node.resourceType, 40)}"]${isCompartment(node) ? ':::compartment' : ''}`;
        body.push(line);
        size += line.length + 1;
    });
    if (size > limits.maxChars)
        return null;
    let external = 0;
    const idFor = (ocid) => {
        let id = ids.get(ocid);
        if (id === undefined) {
            id = `e${external++}`;
            ids.set(ocid, id);
            body.push(`  ${id}["${escapeMermaidText(shortOcid(ocid))}"]:::external`);
        }
        return id;
    };
    for (const edge of graph.edges) {
        const from = idFor(edge.source_ocid);
        const to = idFor(edge.target_ocid);
        body.push(edge.relation_type === IN_COMPARTMENT
            ? `  ${from} -.-> ${to}`
            : `  ${from} -->|${escapeMermaidText(edge.relation_type, 40)}| ${to}`);
    }
    const resources = graph.nodes.filter((node) => !isCompartment(node)).length;
    const note = `oci-inv graph, full view: ${resources} resources, ${graph.nodes.length - resources} compartments, ${graph.edges.length} edges (dotted: IN_COMPARTMENT)`;
    const text = `${[...header(note), ...body, COMPARTMENT_CLASS, EXTERNAL_CLASS].join('\n')}\n`;
    if (text.length > limits.maxChars)
        return null;
    return { text, mode: 'full', edges: graph.edges.length, note };
}
function newCompartmentSummaries(compartments) {
    const summaries = new Map();
    for (const compartment of compartments) {
        summaries.set(compartment.ocid, {
            ocid: compartment.ocid,
            parentId: compartment.parentId,
            label: compartment.path || compartment.name,
            total: 0,
            byType: new Map(),
        });
    }
    return summaries;
}
function countInCompartment(summaries, node) {
    if (node.compartmentId === null || node.compartmentId === node.ocid)
        return;
    if (isCompartment(node) && summaries.has(node.ocid))
        return;
    let summary = summaries.get(node.compartmentId);
    if (summary === undefined) {
        summary = { ocid: node.compartmentId, parentId: null, label: `compartment ${shortOcid(node.compartmentId)}`, total: 0, byType: new Map() };
        summaries.set(node.compartmentId, summary);
    }
    summary.total++;
    summary.byType.set(node.resourceType, (summary.byType.get(node.resourceType) ?? 0) + 1);
}
function compartmentLabel(summary) {
    const types = [...summary.byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const shown = types.slice(0, 4).map(([type, count]) => `${escapeMermaidText(type, 30)} ${count}`);
    if (types.length > 4)
        shown.push(`+${types.length - 4} more types`);
    // Paths grow at the end; keep the end, where compartments differ.
    const path = Array.from(summary.label);
    const label = path.length > 70 ? `…${path.slice(-69).join('')}` : summary.label;
    const first = `${escapeMermaidText(label, 70)}: ${summary.total} resources`;
    return shown.length > 0 ? `${first}<br/>${shown.join(' · ')}` : first;
}
function sortTypeEdges(counts) {
    return [...counts].sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}
/** Room kept for the header comment, subgraph frames and class definitions. */
const FRAME_RESERVE = 1_000;
const cost = (lines) => lines.reduce((sum, line) => sum + line.length + 1, 0);
/** Most frequent type relationships first, while they fit. */
function typeSection(typeEdges, budget) {
    const section = { nodeLines: [], linkLines: [], chars: 0, links: 0, leftOut: 0 };
    const ids = new Map();
    for (const edge of typeEdges) {
        const newNodes = new Map();
        const idFor = (type) => {
            const id = ids.get(type) ?? newNodes.get(type) ?? `t${ids.size + newNodes.size}`;
            if (!ids.has(type))
                newNodes.set(type, id);
            return id;
        };
        const link = `  ${idFor(edge.from)} -->|${escapeMermaidText(edge.relation, 40)} ×${edge.count}| ${idFor(edge.to)}`;
        const nodeLines = [...newNodes].map(([type, id]) => `    ${id}["${escapeMermaidText(type, 40)}"]`);
        const added = cost([...nodeLines, link]);
        if (section.chars + added > budget.chars || section.links + 1 > budget.edges) {
            section.leftOut++;
            continue;
        }
        for (const [type, id] of newNodes)
            ids.set(type, id);
        section.nodeLines.push(...nodeLines);
        section.linkLines.push(link);
        section.chars += added;
        section.links++;
    }
    return section;
}
/** Biggest compartments first, each with its missing ancestors so the tree stays connected. */
function compartmentSection(summaries, budget) {
    const section = { nodeLines: [], linkLines: [], chars: 0, links: 0, leftOut: 0 };
    const ids = new Map();
    const ranked = [...summaries.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : 1));
    for (const summary of ranked) {
        if (ids.has(summary.ocid))
            continue;
        const chain = [];
        const seen = new Set();
        for (let at = summary; at && !ids.has(at.ocid) && !seen.has(at.ocid); at = at.parentId ? summaries.get(at.parentId) : undefined) {
            chain.push(at);
            seen.add(at.ocid);
        }
        const tentative = new Map(chain.map((member, i) => [member.ocid, `c${ids.size + i}`]));
        const nodeLines = [];
        const linkLines = [];
        for (const [ocid, id] of tentative) {
            const member = summaries.get(ocid);
            if (member === undefined)
                continue;
            nodeLines.push(`    ${id}["${compartmentLabel(member)}"]:::compartment`);
            const parentId = member.parentId === null ? undefined : (tentative.get(member.parentId) ?? ids.get(member.parentId));
            if (parentId !== undefined && parentId !== id)
                linkLines.push(`  ${parentId} --> ${id}`);
        }
        const added = cost([...nodeLines, ...linkLines]);
        if (section.chars + added > budget.chars || section.links + linkLines.length > budget.edges)
            continue;
        for (const [ocid, id] of tentative)
            ids.set(ocid, id);
        section.nodeLines.push(...nodeLines);
        section.linkLines.push(...linkLines);
        section.chars += added;
        section.links += linkLines.length;
    }
    section.leftOut = summaries.size - ids.size;
    return section;
}
function renderSummary(digest, limits) {
    const budget = { chars: limits.maxChars - FRAME_RESERVE, edges: limits.maxEdges };
    // Type relationships are few (types × relations), so they go first with at most half the
    // room; compartments, which can number thousands, take whatever is left.
    const types = typeSection(digest.typeEdges, { chars: budget.chars / 2, edges: Math.floor(budget.edges / 2) });
    const tree = compartmentSection(digest.compartments, {
        chars: budget.chars - types.chars,
        edges: budget.edges - types.links,
    });
    const resources = digest.resources;
    const leftOut = tree.leftOut + types.leftOut > 0
        ? ` Left out to stay within the limits: ${tree.leftOut} compartments (fewest resources first), ${types.leftOut} type relationships (rarest first).`
        : '';
    const note = `oci-inv graph, summary view: ${resources} resources and ${digest.edges} edges are more than Mermaid draws ` +
        `(${limits.maxChars} characters, ${limits.maxEdges} edges), so compartments show the resources directly in them by type and ` +
        `relationships are counted by resource type.${leftOut} The full graph is in graph_nodes.jsonl and graph_edges.jsonl.`;
    const lines = [...header(note), '  subgraph compartments["Compartments: resources by type"]', ...tree.nodeLines, '  end', ...tree.linkLines];
    if (types.nodeLines.length > 0) {
        lines.push('  subgraph types["Relationships between resource types"]', ...types.nodeLines, '  end', ...types.linkLines);
    }
    lines.push(COMPARTMENT_CLASS);
    return { text: `${lines.join('\n')}\n`, mode: 'summary', edges: tree.links + types.links, note };
}
/**
 * Builds the Mermaid view from nodes and edges fed one at a time (nodes in any order, each
 * edge after or before its nodes). It keeps the whole graph only while a full view could still
 * fit (at most `maxEdges` edges); past that it keeps the summary's counts, plus what the type
 * relationships need: a compact ocid → type table (`OcidTable`, about 24 bytes a resource)
 * and, per relationship edge, its target's ocid hash and its (source type, relation) as
 * three 32-bit integers. Targets are named at the end, when every node has been seen.
 */
class MermaidCollector {
    compartments;
    limits;
    nodes = [];
    edges = [];
    nodeCount = 0;
    resourceCount = 0;
    edgeCount = 0;
    typeOf = new OcidTable();
    typeNames = [];
    typeIds = new Map();
    /** (source type, relation) pairs, interned: bounded by types × relations. */
    pairs = [];
    pairIds = new Map();
    /** Per relationship edge: target ocid hash (two entries) and pair id. */
    relationshipEdges = new U32List();
    typeEdges = new Map();
    summaries;
    constructor(compartments, limits = MERMAID_LIMITS) {
        this.compartments = compartments;
        this.limits = limits;
        this.summaries = newCompartmentSummaries(compartments);
    }
    /** Bytes held by the per-resource and per-edge tables (for measurements). */
    get indexBytes() {
        return this.typeOf.bytes + this.relationshipEdges.bytes;
    }
    addNode(node) {
        this.nodeCount++;
        if (!isCompartment(node))
            this.resourceCount++;
        let typeId = this.typeIds.get(node.resourceType);
        if (typeId === undefined) {
            typeId = this.typeNames.length;
            this.typeNames.push(node.resourceType);
            this.typeIds.set(node.resourceType, typeId);
        }
        this.typeOf.set(node.ocid, typeId);
        countInCompartment(this.summaries, node);
        this.nodes?.push(node);
    }
    addEdge(edge) {
        this.edgeCount++;
        if (this.edges !== null) {
            if (this.edges.length < this.limits.maxEdges)
                this.edges.push(edge);
            else {
                this.edges = null;
                this.nodes = null;
            }
        }
        if (edge.relation_type !== IN_COMPARTMENT) {
            const from = this.typeName(this.typeOf.get(edge.source_ocid));
            const key = JSON.stringify([from, edge.relation_type]);
            let pair = this.pairIds.get(key);
            if (pair === undefined) {
                pair = this.pairs.length;
                this.pairs.push([from, edge.relation_type]);
                this.pairIds.set(key, pair);
            }
            // The target may come later in the stream: its type is looked up in finish().
            const { data, at } = this.relationshipEdges.reserve(3);
            OcidTable.hash(edge.target_ocid, data, at);
            data[at + 2] = pair;
        }
    }
    typeName(id) {
        return id < 0 ? 'outside inventory' : this.typeNames[id];
    }
    countTypeEdge(from, relation, to) {
        const key = JSON.stringify([from, relation, to]);
        const entry = this.typeEdges.get(key);
        if (entry)
            entry.count++;
        else
            this.typeEdges.set(key, { from, relation, to, count: 1 });
    }
    finish() {
        if (this.nodes !== null && this.edges !== null) {
            const full = renderFull({ nodes: this.nodes, edges: this.edges }, this.limits);
            if (full)
                return full;
        }
        const edges = this.relationshipEdges.array;
        for (let at = 0; at < this.relationshipEdges.length; at += 3) {
            const [from, relation] = this.pairs[edges[at + 2]];
            this.countTypeEdge(from, relation, this.typeName(this.typeOf.getHashed(edges, at)));
        }
        return renderSummary({ nodes: this.nodeCount, resources: this.resourceCount, edges: this.edgeCount, typeEdges: sortTypeEdges(this.typeEdges.values()), compartments: this.summaries }, this.limits);
    }
}
function mermaid_renderMermaid(graph, compartments, limits = MERMAID_LIMITS) {
    const collector = new MermaidCollector(compartments, limits);
    for (const node of graph.nodes)
        collector.addNode(node);
    for (const edge of graph.edges)
        collector.addEdge(edge);
    return collector.finish();
}

;// CONCATENATED MODULE: ./build/src/export/relationships.js

function relationships_collectEdges(records) {
    const edges = [];
    for (const record of records) {
        for (const relationship of record.relationships) {
            edges.push({ source_ocid: record.ocid, relation_type: relationship.relation_type, target_ocid: relationship.target_ocid });
        }
    }
    return edges;
}
function compareEdges(a, b) {
    if (a.source_ocid !== b.source_ocid)
        return a.source_ocid < b.source_ocid ? -1 : 1;
    if (a.relation_type !== b.relation_type)
        return a.relation_type < b.relation_type ? -1 : 1;
    if (a.target_ocid !== b.target_ocid)
        return a.target_ocid < b.target_ocid ? -1 : 1;
    return 0;
}
/** Sorted by (source, relation, target) with exact repeats removed. */
function relationships_sortAndDedupeEdges(edges) {
    const sorted = [...edges].sort(compareEdges);
    const unique = [];
    for (const edge of sorted) {
        const last = unique[unique.length - 1];
        if (last === undefined || compareEdges(last, edge) !== 0)
            unique.push(edge);
    }
    return unique;
}
/** One edge as a JSON line, fields in the documented order (source, relation, target). */
function edgeLine(edge) {
    const { source_ocid: source, relation_type: relation, target_ocid: target } = edge;
    // Written directly (no object per edge): the same text JSON.stringify gives for strings.
    if (typeof source === 'string' && typeof relation === 'string' && typeof target === 'string') {
        return `{"source_ocid":${JSON.stringify(source)},"relation_type":${JSON.stringify(relation)},"target_ocid":${JSON.stringify(target)}}\n`;
    }
    return `${JSON.stringify({ source_ocid: source, relation_type: relation, target_ocid: target })}\n`;
}
/** Writes `edges` (sorted, deduplicated) as JSON lines; returns how many were written. */
async function relationships_writeEdgesJsonl(path, edges) {
    const unique = relationships_sortAndDedupeEdges(edges);
    await withAtomicWriter(path, async (writer) => {
        const linesPerWrite = 2000;
        for (let start = 0; start < unique.length; start += linesPerWrite) {
            await writer.write(unique.slice(start, start + linesPerWrite).map(edgeLine).join(''));
        }
    });
    return unique.length;
}
async function writeRelationships(path, edges) {
    return relationships_writeEdgesJsonl(path, edges);
}

;// CONCATENATED MODULE: ./build/src/export/graph.js
// The resource graph (SPEC §4): graph_nodes.jsonl, graph_edges.jsonl and graph.mmd. Edges
// are the enrichers' relationships plus IN_COMPARTMENT containment for every resource and
// every compartment, so tools that load the two JSONL files get the whole hierarchy.





const graph_IN_COMPARTMENT = 'IN_COMPARTMENT';
/** Compartments are not always in the search results (the tenancy root never is). */
function compartmentNode(compartment) {
    return {
        ocid: compartment.ocid,
        resourceType: compartment.parentId === null ? 'Tenancy' : 'Compartment',
        displayName: compartment.name,
        compartmentId: compartment.parentId,
        region: null,
        lifecycleState: compartment.lifecycleState,
    };
}
/** A record's graph node: the fields a node carries, nothing of its details. */
function recordNode(record) {
    return {
        ocid: record.ocid,
        resourceType: record.resourceType,
        displayName: record.displayName,
        compartmentId: record.compartmentId,
        region: record.region,
        lifecycleState: record.lifecycleState,
    };
}
function buildGraph(records, compartments) {
    const nodes = sortRecordsForExport(records).map(recordNode);
    const known = new Set(nodes.map((node) => node.ocid));
    for (const compartment of compartments) {
        if (!known.has(compartment.ocid)) {
            nodes.push(compartmentNode(compartment));
            known.add(compartment.ocid);
        }
    }
    nodes.sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
    const edges = collectEdges(records);
    // A compartment's compartmentId is its parent, so one rule covers resources and compartments;
    // the tenancy names itself as its own compartment, which is no edge.
    for (const node of nodes) {
        if (node.compartmentId !== null && node.compartmentId !== node.ocid) {
            edges.push({ source_ocid: node.ocid, relation_type: graph_IN_COMPARTMENT, target_ocid: node.compartmentId });
        }
    }
    return { nodes, edges: sortAndDedupeEdges(edges) };
}
/** A node field as JSON: a string or null written directly, anything else undefined. */
const fieldText = (value) => (value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : undefined);
function nodeLine(node) {
    // Written directly (no object per node) when every field is a string or null: the same text
    // JSON.stringify gives for the object below.
    const ocid = fieldText(node.ocid);
    const resourceType = fieldText(node.resourceType);
    const displayName = fieldText(node.displayName);
    const compartmentId = fieldText(node.compartmentId);
    const region = fieldText(node.region);
    const lifecycleState = fieldText(node.lifecycleState);
    if (ocid !== undefined && resourceType !== undefined && displayName !== undefined && compartmentId !== undefined && region !== undefined && lifecycleState !== undefined) {
        return `{"ocid":${ocid},"resourceType":${resourceType},"displayName":${displayName},"compartmentId":${compartmentId},"region":${region},"lifecycleState":${lifecycleState}}\n`;
    }
    return `${JSON.stringify({
        ocid: node.ocid,
        resourceType: node.resourceType,
        displayName: node.displayName,
        compartmentId: node.compartmentId,
        region: node.region,
        lifecycleState: node.lifecycleState,
    })}\n`;
}
async function writeNodesJsonl(path, nodes) {
    await withAtomicWriter(path, async (writer) => {
        const linesPerWrite = 2000;
        for (let start = 0; start < nodes.length; start += linesPerWrite) {
            await writer.write(nodes.slice(start, start + linesPerWrite).map(nodeLine).join(''));
        }
    });
}
/** Writes graph_nodes.jsonl, graph_edges.jsonl and graph.mmd into `dir`. */
async function writeGraph(dir, records, compartments) {
    const graph = buildGraph(records, compartments);
    await writeNodesJsonl(join(dir, 'graph_nodes.jsonl'), graph.nodes);
    const edgeCount = await writeEdgesJsonl(join(dir, 'graph_edges.jsonl'), graph.edges);
    const view = renderMermaid(graph, compartments);
    await writeFileAtomic(join(dir, 'graph.mmd'), view.text);
    return {
        nodes: graph.nodes.length,
        edges: edgeCount,
        mermaid: { mode: view.mode, chars: view.text.length, edges: view.edges, note: view.note },
    };
}

// EXTERNAL MODULE: ./node_modules/hyparquet-writer/src/bytewriter.js
var bytewriter = __webpack_require__(83732);
;// CONCATENATED MODULE: ./build/src/export/parquet.js




/** Rows per row group: large enough to scan fast, small enough to build one in memory. */
const PARQUET_ROW_GROUP_SIZE = 10_000;
/**
 * A JSON column's cell: the value rebuilt from its canonical JSON, so the writer's
 * JSON.stringify emits sorted keys (integer-like keys aside, which JavaScript orders first).
 */
function jsonCell(value, parsed) {
    if (value === undefined || value === null)
        return null;
    // Parsed from canonical JSON: rebuilding it would give the same keys in the same order.
    if (parsed)
        return value;
    return JSON.parse((0,core_record/* canonicalJson */.dj)(value));
}
/** Unparseable or empty times become null: a TIMESTAMP column cannot hold free text. */
function epochMillis(text) {
    if (!text)
        return null;
    const millis = Date.parse(text);
    return Number.isNaN(millis) ? null : millis;
}
const PARQUET_COLUMNS = [
    { name: 'ocid', kind: 'string', required: true, value: (r) => r.ocid },
    { name: 'resourceType', kind: 'string', required: true, value: (r) => r.resourceType },
    { name: 'displayName', kind: 'string', required: false, value: (r) => r.displayName },
    { name: 'compartmentId', kind: 'string', required: false, value: (r) => r.compartmentId },
    { name: 'compartmentPath', kind: 'string', required: false, value: (r, paths) => (r.compartmentId ? (paths.get(r.compartmentId) ?? null) : null) },
    { name: 'region', kind: 'string', required: false, value: (r) => r.region },
    { name: 'availabilityDomain', kind: 'string', required: false, value: (r) => r.availabilityDomain ?? null },
    { name: 'lifecycleState', kind: 'string', required: false, value: (r) => r.lifecycleState },
    { name: 'timeCreated', kind: 'timestamp', required: false, value: (r) => epochMillis(r.timeCreated) },
    { name: 'collectedAt', kind: 'timestamp', required: false, value: (r) => epochMillis(r.collectedAt) },
    { name: 'enrichStatus', kind: 'string', required: false, value: (r) => r.enrichStatus },
    { name: 'enrichError', kind: 'string', required: false, value: (r) => r.enrichError },
    { name: 'definedTags', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.definedTags, parsed) },
    { name: 'freeformTags', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.freeformTags, parsed) },
    { name: 'details', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.details, parsed) },
    { name: 'relationships', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.relationships, parsed) },
];
function schemaElement(column) {
    const repetition_type = column.required ? 'REQUIRED' : 'OPTIONAL';
    if (column.kind === 'timestamp') {
        // Both annotations: the legacy converted type for older readers, the logical type so
        // readers know the instant is UTC (pyarrow then reports timestamp[ms, tz=UTC]).
        return {
            name: column.name,
            type: 'INT64',
            converted_type: 'TIMESTAMP_MILLIS',
            logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
            repetition_type,
        };
    }
    if (column.kind === 'json')
        return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' }, repetition_type };
    return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
}
function parquetSchema() {
    return [{ name: 'root', num_children: PARQUET_COLUMNS.length }, ...PARQUET_COLUMNS.map(schemaElement)];
}
/**
 * hyparquet-writer encodes a row group into memory and calls `flush()` after it; this writer
 * hands those bytes to the atomic file and rewinds, so memory holds one row group, not the file.
 */
class AtomicParquetSink extends bytewriter/* ByteWriter */.U {
    out;
    constructor(out) {
        super(1 << 20);
        this.out = out;
    }
    async drain() {
        if (this.index === 0)
            return;
        const bytes = new Uint8Array(this.buffer, 0, this.index);
        await this.out.write(bytes);
        this.index = 0;
    }
    flush() {
        return this.drain();
    }
    finish() {
        return this.drain();
    }
}
/** `parsed`: every record is JSON.parse of its canonical line (the spill merge's records). */
function columnData(records, paths, parsed = false) {
    return PARQUET_COLUMNS.map((column) => ({
        name: column.name,
        data: records.map((r) => column.value(r, paths, parsed)),
    }));
}
/** Writes inventory.parquet in (ocid, resourceType) order; returns the number of rows. */
async function writeInventoryParquet(path, records, compartmentPaths = new Map()) {
    const sorted = sortRecordsForExport(records);
    await withAtomicWriter(path, async (out) => {
        const parquet = new ParquetWriter({
            writer: new AtomicParquetSink(out),
            schema: parquetSchema(),
            createdBy: 'oci-inv',
        });
        for (let start = 0; start < sorted.length; start += PARQUET_ROW_GROUP_SIZE) {
            const group = sorted.slice(start, start + PARQUET_ROW_GROUP_SIZE);
            await parquet.write({ columnData: columnData(group, compartmentPaths), rowGroupSize: group.length });
        }
        await parquet.finish();
    });
    return sorted.length;
}

// EXTERNAL MODULE: ./node_modules/hyparquet-writer/src/parquet-writer.js + 24 modules
var parquet_writer = __webpack_require__(7855);
;// CONCATENATED MODULE: ./build/src/export/exports.js
// Every record export in one pass over a sorted stream (docs/architecture.md, "Data flow"):
// inventory.jsonl, inventory.csv, inventory.parquet, relationships.jsonl, graph_nodes.jsonl,
// graph_edges.jsonl and graph.mmd. The stream comes from the spill merge (a run) or from a
// sorted array (merge, tests); either way memory holds one CSV batch, one Parquet row group,
// the writers' buffers and the Mermaid collector's bounded counts, never the inventory.










/**
 * Big records (enriched details of several KB) would make a 10k-row group hundreds of MB in
 * memory (the records, their JSON cells, the encoded pages): a group also ends here.
 */
const PARQUET_GROUP_BYTES = 24 << 20;
const CSV_ROWS_PER_WRITE = 5000;
/** A sorted array as the exporters' stream, each record canonicalized once. */
async function* sortedRecordStream(records) {
    const sorted = [...records].sort(compareRecords);
    for (const record of sorted)
        yield { record, line: canonicalJson(record) };
}
/**
 * Lines into an atomic writer, each encoded straight into its buffer: no promise per line; a
 * disk write a line started is awaited once per record (`settle`), so the buffers stay bounded.
 */
class LineSink {
    writer;
    pending;
    constructor(writer) {
        this.writer = writer;
    }
    push(text) {
        const started = this.writer.append(text);
        if (started)
            this.pending = started;
    }
    /** The last disk write started since the previous call (later writes queue after earlier ones). */
    settle() {
        const pending = this.pending;
        this.pending = undefined;
        return pending;
    }
}
/**
 * Writes every export from `source`, which must be in (ocid, resourceType) order; throws on a
 * repeated ocid (a bug upstream) before any file is renamed into place. Returns the file names
 * written, in the documented order.
 */
async function writeExportsFromStream(runDir, source, compartments, options) {
    const csvOn = options.formats.includes('csv');
    const parquetOn = options.formats.includes('parquet');
    const names = ['inventory.jsonl', ...(csvOn ? ['inventory.csv'] : []), ...(parquetOn ? ['inventory.parquet'] : []), 'relationships.jsonl', 'graph_nodes.jsonl', 'graph_edges.jsonl'];
    options.onStep?.(names.join(', '));
    const writers = [];
    const open = async (name) => {
        const writer = await (0,atomic.openAtomicWriter)((0,external_node_path_.join)(runDir, name));
        writers.push(writer);
        return writer;
    };
    try {
        const jsonl = new LineSink(await open('inventory.jsonl'));
        const relationships = new LineSink(await open('relationships.jsonl'));
        const nodes = new LineSink(await open('graph_nodes.jsonl'));
        const edges = new LineSink(await open('graph_edges.jsonl'));
        const sinks = [jsonl, relationships, nodes, edges];
        const settle = async () => {
            for (const sink of sinks) {
                const pending = sink.settle();
                if (pending)
                    await pending;
            }
        };
        const paths = new Map(compartments.map((c) => [c.ocid, c.path]));
        const tags = (options.tagColumns ?? []).map(parseTagColumn);
        const csv = csvOn ? await open('inventory.csv') : undefined;
        let csvRows = [];
        if (csv)
            await csv.write(toCsv([[...CSV_BASE_COLUMNS, ...tags.map((t) => t.header)]]));
        const parquetOut = parquetOn ? await open('inventory.parquet') : undefined;
        const parquet = parquetOut ? new parquet_writer/* ParquetWriter */.o({ writer: new AtomicParquetSink(parquetOut), schema: parquetSchema(), createdBy: 'oci-inv' }) : undefined;
        let group = [];
        let groupBytes = 0;
        let groupParsed = true;
        const groupByteLimit = options.parquetGroupBytes ?? PARQUET_GROUP_BYTES;
        const mermaid = new MermaidCollector(compartments);
        // Compartments known only from the identity tree are graph nodes too, merged in ocid order.
        const extraNodes = [...compartments].sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
        let nextExtra = 0;
        const emitted = new Set();
        /** `relationshipEdges`: the node's own edges, sorted and without repeats (all have it as source). */
        const emitNode = (node, relationshipEdges) => {
            nodes.push(nodeLine(node));
            mermaid.addNode(node);
            const contained = node.compartmentId !== null && node.compartmentId !== node.ocid;
            const all = contained
                ? withEdge(relationshipEdges, { source_ocid: node.ocid, relation_type: graph_IN_COMPARTMENT, target_ocid: node.compartmentId })
                : relationshipEdges;
            for (const edge of all) {
                edges.push(edgeLine(edge));
                mermaid.addEdge(edge);
            }
        };
        const emitExtrasBefore = async (ocid) => {
            for (; nextExtra < extraNodes.length; nextExtra++) {
                const compartment = extraNodes[nextExtra];
                if (ocid !== undefined && compartment.ocid >= ocid)
                    break;
                if (emitted.has(compartment.ocid))
                    continue;
                emitted.add(compartment.ocid);
                emitNode(compartmentNode(compartment), []);
                await settle();
            }
        };
        const flushParquet = async () => {
            if (!parquet || group.length === 0)
                return;
            await parquet.write({ columnData: columnData(group, paths, groupParsed), rowGroupSize: group.length });
            group = [];
            groupBytes = 0;
            groupParsed = true;
        };
        const flushCsv = async () => {
            if (!csv || csvRows.length === 0)
                return;
            await csv.write(CSV_NEWLINE + toCsv(csvRows));
            csvRows = [];
        };
        let previous;
        for await (const { record, line, parsed } of source) {
            if (previous !== undefined) {
                if (previous.ocid === record.ocid) {
                    throw new Error(`duplicate ocid ${record.ocid} (${previous.resourceType}, ${record.resourceType}): records must be deduplicated before export`);
                }
                if ((0,core_record/* compareRecords */.aB)(previous, record) > 0)
                    throw new Error(`records out of order at ${record.ocid}: the export stream must be sorted`);
            }
            previous = record;
            options.onRecord?.(record);
            jsonl.push(line);
            jsonl.push('\n');
            if (csv) {
                csvRows.push(csvRow(record, paths, tags));
                if (csvRows.length >= CSV_ROWS_PER_WRITE)
                    await flushCsv();
            }
            if (parquet) {
                group.push(record);
                groupBytes += line.length;
                groupParsed &&= parsed === true;
                if (group.length >= PARQUET_ROW_GROUP_SIZE || groupBytes >= groupByteLimit)
                    await flushParquet();
            }
            const recordEdges = relationships_sortAndDedupeEdges(record.relationships.map((r) => ({ source_ocid: record.ocid, relation_type: r.relation_type, target_ocid: r.target_ocid })));
            for (const edge of recordEdges)
                relationships.push(edgeLine(edge));
            await settle();
            await emitExtrasBefore(record.ocid);
            // A compartment with a search record is drawn from the record, once.
            if (nextExtra < extraNodes.length && extraNodes[nextExtra].ocid === record.ocid)
                emitted.add(record.ocid);
            emitNode(recordNode(record), recordEdges);
            await settle();
        }
        await emitExtrasBefore(undefined);
        await flushCsv();
        if (csv)
            await csv.write(CSV_NEWLINE);
        await flushParquet();
        await parquet?.finish();
        const view = mermaid.finish();
        for (const writer of writers)
            await writer.commit();
        await (0,atomic.writeFileAtomic)((0,external_node_path_.join)(runDir, 'graph.mmd'), view.text);
    }
    catch (error) {
        for (const writer of writers)
            await writer.abort();
        throw error;
    }
    return [...names, 'graph.mmd'];
}
/** `edges` (sorted, without repeats) with `edge` in its place, unless it is there already. */
function withEdge(edges, edge) {
    let at = 0;
    while (at < edges.length && compareEdges(edges[at], edge) < 0)
        at++;
    if (at < edges.length && compareEdges(edges[at], edge) === 0)
        return edges;
    return [...edges.slice(0, at), edge, ...edges.slice(at)];
}


/***/ }),

/***/ 61690:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ kWayMerge)
/* harmony export */ });
// One k-way merge for every sorted-stream merge of the tool (docs/architecture.md, "Data
// flow"): the run's spill merge (one source per run file, a few hundred at 1M resources) and
// `merge`'s shard merge (one source per shard inventory). The heads are kept in a binary
// min-heap, so each item costs O(log k) comparisons instead of a scan of every head.
/**
 * Merges `sources`, each already in `compare` order, into one stream in that order. Items that
 * compare equal come from the lower source index first; a source is read one item ahead of
 * what was yielded. Every source's `return()` is called when the merge ends, however it ends.
 */
async function* kWayMerge(sources, compare) {
    const before = (a, b) => {
        const order = compare(a.current, b.current);
        return order < 0 || (order === 0 && a.source < b.source);
    };
    const siftDown = (heap, at) => {
        const n = heap.length;
        for (;;) {
            const left = 2 * at + 1;
            if (left >= n)
                return;
            const right = left + 1;
            const child = right < n && before(heap[right], heap[left]) ? right : left;
            if (!before(heap[child], heap[at]))
                return;
            [heap[at], heap[child]] = [heap[child], heap[at]];
            at = child;
        }
    };
    const heap = [];
    const iterators = [];
    try {
        for (const [source, iterable] of sources.entries()) {
            const iterator = iterable[Symbol.asyncIterator]();
            iterators.push(iterator);
            const first = await iterator.next();
            if (!first.done)
                heap.push({ source, iterator, current: first.value });
        }
        for (let at = Math.floor(heap.length / 2) - 1; at >= 0; at--)
            siftDown(heap, at);
        while (heap.length > 0) {
            const head = heap[0];
            yield { value: head.current, source: head.source };
            const next = await head.iterator.next();
            if (!next.done)
                head.current = next.value;
            else {
                const last = heap.pop();
                if (heap.length === 0)
                    break;
                heap[0] = last;
            }
            siftDown(heap, 0);
        }
    }
    finally {
        for (const iterator of iterators)
            await iterator.return?.();
    }
}


/***/ }),

/***/ 96237:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AO: () => (/* binding */ INTERRUPTED_REASON),
  hR: () => (/* binding */ compartmentSubtree),
  Uc: () => (/* binding */ describeError),
  s_: () => (/* binding */ httpStatusOf),
  kx: () => (/* binding */ recordFromSummary),
  kD: () => (/* binding */ runPool),
  NY: () => (/* binding */ searchRegion)
});

// UNUSED EXPORTS: DiscoverySinkError, TERMINAL_STATES, discoverAll

;// CONCATENATED MODULE: ./build/src/core/compartments.js
// Compartment tree arithmetic shared by the pipeline (--compartment scope), check scopes and
// the exports (graph, Mermaid): one walk, given child → parent pairs, and the compartment type
// the pipeline and the exports share.
/** Ocids in the subtree rooted at `root`, root included. Cycles and unknown parents are harmless. */
function subtreeOf(root, links) {
    const children = new Map();
    for (const { id, parentId } of links) {
        if (!parentId)
            continue;
        const list = children.get(parentId) ?? [];
        list.push(id);
        children.set(parentId, list);
    }
    const out = new Set();
    const stack = [root];
    while (stack.length > 0) {
        const id = stack.pop();
        if (out.has(id))
            continue;
        out.add(id);
        stack.push(...(children.get(id) ?? []));
    }
    return out;
}

// EXTERNAL MODULE: ./build/src/core/record.js
var record = __webpack_require__(86528);
;// CONCATENATED MODULE: ./build/src/pipeline/discover.js
// Discovery: every subscribed (or requested) region searched in parallel, summaries turned
// into records, terminated resources and out-of-scope compartments left out, and each ocid kept
// once — global IAM resources, which every region's search returns, with the home region.


/** The error of a region whose search was cut short by an interrupt. */
const INTERRUPTED_REASON = 'interrupted';
const TERMINAL_STATES = new Set(['TERMINATED', 'DELETED']);
/** The keys of a `SearchSummary` as `normalizeSummary` writes them. */
const SUMMARY_KEYS = [
    'identifier',
    'resourceType',
    'displayName',
    'compartmentId',
    'timeCreated',
    'lifecycleState',
    'availabilityDomain',
    'definedTags',
    'freeformTags',
    'systemTags',
    'identityContext',
    'additionalDetails',
];
/**
 * The summary as kept in `details.searchSummary`, its keys in canonical (sorted) order when it
 * has exactly the keys of a `SearchSummary` (always, from the OCI adapter): canonicalJson then
 * writes it, and a record whose every object is in order, with one `JSON.stringify`.
 */
function searchSummaryOf(summary) {
    const keys = Object.keys(summary);
    if (keys.length !== SUMMARY_KEYS.length || !SUMMARY_KEYS.every((key) => Object.hasOwn(summary, key))) {
        return { ...summary, definedTags: summary.definedTags, systemTags: summary.systemTags };
    }
    return {
        additionalDetails: summary.additionalDetails,
        availabilityDomain: summary.availabilityDomain,
        compartmentId: summary.compartmentId,
        definedTags: summary.definedTags,
        displayName: summary.displayName,
        freeformTags: summary.freeformTags,
        identifier: summary.identifier,
        identityContext: summary.identityContext,
        lifecycleState: summary.lifecycleState,
        resourceType: summary.resourceType,
        systemTags: summary.systemTags,
        timeCreated: summary.timeCreated,
    };
}
/** A record from its search summary, keys in canonical order (see `searchSummaryOf`). */
function recordFromSummary(summary, region, collectedAt) {
    const record = {
        collectedAt,
        compartmentId: summary.compartmentId,
        definedTags: summary.definedTags,
        details: { searchSummary: searchSummaryOf(summary) },
        displayName: summary.displayName,
        enrichError: null,
        enrichStatus: 'NOT_IMPLEMENTED',
        freeformTags: summary.freeformTags,
        lifecycleState: summary.lifecycleState,
        ocid: summary.identifier,
        region,
        relationships: [],
        resourceType: summary.resourceType,
        timeCreated: summary.timeCreated,
    };
    // `availabilityDomain` sorts first: put it there so the record is already in canonical order.
    return summary.availabilityDomain ? { availabilityDomain: summary.availabilityDomain, ...record } : record;
}
/** Compartment ocids in the subtree rooted at `root`, root included. */
function compartmentSubtree(root, compartments) {
    return subtreeOf(root, compartments.map((c) => ({ id: c.ocid, parentId: c.parentId })));
}
function httpStatusOf(error) {
    if (error && typeof error === 'object' && 'statusCode' in error) {
        const code = error.statusCode;
        return typeof code === 'number' ? code : undefined;
    }
    return undefined;
}
function describeError(error) {
    if (error && typeof error === 'object') {
        const e = error;
        if (typeof e.statusCode === 'number') {
            return `${e.statusCode} ${typeof e.serviceCode === 'string' ? e.serviceCode : ''}`.trim() + (typeof e.message === 'string' && e.message ? `: ${firstLine(e.message)}` : '');
        }
        if (typeof e.message === 'string')
            return firstLine(e.message);
    }
    return String(error);
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/** Run `task` over `items` with at most `workers` at once. */
async function runPool(items, workers, task, stop) {
    let next = 0;
    const state = stop ?? { failed: false };
    let first;
    const worker = async () => {
        while (next < items.length && !state.failed) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                state.failed = true;
                first ??= { error };
            }
        }
    };
    // On a failure no new item starts, and the pool rejects only once the items under way have
    // ended: nothing of a failed run keeps writing after the caller has cleaned up (a full disk).
    await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, items.length)) }, worker));
    if (first)
        throw first.error;
}
/** An error of the sink itself (a full disk): it ends the run instead of failing the region. */
class DiscoverySinkError extends Error {
    original;
    name = 'DiscoverySinkError';
    constructor(original) {
        super(describeError(original));
        this.original = original;
    }
}
/**
 * Searches one region, handing each accepted summary to `sink` as its page arrives. A region
 * whose search fails keeps what it handed over and is returned FAILED; only a sink error throws.
 */
async function searchRegion(port, region, options, log, sink, counts) {
    const started = Date.now();
    let count = 0;
    const live = options.progress?.region(region);
    if (live)
        live.search = 'running';
    try {
        options.signal?.throwIfAborted();
        await port.search(region, options.query, async (page) => {
            for (const summary of page.items) {
                counts.seen++;
                if (!options.includeTerminated && summary.lifecycleState && TERMINAL_STATES.has(summary.lifecycleState.toUpperCase())) {
                    counts.droppedTerminated++;
                    continue;
                }
                if (options.scope && !(summary.compartmentId && options.scope.has(summary.compartmentId))) {
                    counts.droppedOutOfScope++;
                    continue;
                }
                counts.accepted++;
                try {
                    sink.accept(summary, region);
                }
                catch (error) {
                    throw new DiscoverySinkError(error);
                }
            }
            count += page.items.length;
            if (live) {
                live.pages++;
                live.records = count;
            }
            if (sink.afterPage) {
                try {
                    await sink.afterPage();
                }
                catch (error) {
                    throw new DiscoverySinkError(error);
                }
            }
        }, options.signal);
        if (live)
            live.search = 'done';
        log.info(`${region}: ${count} resources found`, {
            phase: 'discovery',
            region,
            counts: { records: count, pages: live?.pages ?? 0 },
            duration_ms: Date.now() - started,
        });
        return { region, status: 'OK', count, error: null, duration_ms: Date.now() - started };
    }
    catch (error) {
        if (error instanceof DiscoverySinkError)
            throw error.original;
        const httpStatus = httpStatusOf(error);
        const interrupted = options.signal?.aborted === true;
        const outcome = {
            region,
            status: 'FAILED',
            count,
            error: interrupted ? INTERRUPTED_REASON : describeError(error),
            duration_ms: Date.now() - started,
        };
        if (httpStatus !== undefined && !interrupted)
            outcome.httpStatus = httpStatus;
        if (live)
            live.search = interrupted ? 'interrupted' : 'failed';
        const message = interrupted ? `${region}: search interrupted after ${count} resources` : `${region}: discovery failed after ${count} resources: ${outcome.error}`;
        log.warn(message, { phase: 'discovery', region, counts: { records: count }, duration_ms: outcome.duration_ms });
        return outcome;
    }
}
/**
 * Every region searched into one map keyed by ocid (tests and tools; a run streams instead,
 * see run.ts): global IAM records once, with the home region.
 */
async function discoverAll(port, options, log) {
    const records = new Map();
    const outcomes = [];
    const counts = { seen: 0, accepted: 0, droppedTerminated: 0, droppedOutOfScope: 0 };
    const sink = {
        accept(summary, region) {
            const isGlobal = GLOBAL_RESOURCE_TYPES.has(summary.resourceType);
            // Same resource seen again: a global one from another region, or a repeat across pages.
            if (records.has(summary.identifier))
                return;
            records.set(summary.identifier, recordFromSummary(summary, isGlobal ? options.homeRegion : region, options.collectedAt));
        },
    };
    await runPool(options.regions, options.workers, async (region) => {
        outcomes.push(await searchRegion(port, region, options, log, sink, counts));
    });
    outcomes.sort((a, b) => a.region.localeCompare(b.region));
    return { records, regions: outcomes, seen: counts.seen, droppedTerminated: counts.droppedTerminated, droppedOutOfScope: counts.droppedOutOfScope };
}


/***/ }),

/***/ 33406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunProgress: () => (/* binding */ RunProgress)
/* harmony export */ });
/* unused harmony exports silentLogger, memoryLogger */
// The logging surface the pipeline writes to. The CLI backs it with consola on stderr (a live
// status on a terminal, heartbeat lines elsewhere), the action with @actions/core, tests with an
// array. The pipeline also keeps a RunProgress that a logger may watch: counts per phase and
// region, read by renderers on their own clock, so a renderer never slows the pipeline down.
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
};
/** Collects log lines: for tests and for the warnings section of report.md. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message, fields) => {
        lines.push(fields ? { level, message, fields } : { level, message });
    };
    return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}
/** Live counts of one run. Written by the pipeline, read by renderers. */
class RunProgress {
    clock;
    transport;
    startedAt;
    phase = 'connect';
    phaseStartedAt;
    regions = new Map();
    enrichDone = 0;
    enrichTotal = 0;
    enrichStartedAt;
    exportStep = null;
    runDir = null;
    finished = false;
    interrupted = false;
    /** Phase name → milliseconds, filled as phases end. */
    phaseDurations = new Map();
    listeners = new Set();
    constructor(clock = Date.now, 
    /** Counters from the transport, when the discovery port has them (the pipeline sets it). */
    transport = () => undefined) {
        this.clock = clock;
        this.transport = transport;
        this.startedAt = clock();
        this.phaseStartedAt = this.startedAt;
    }
    now() {
        return this.clock();
    }
    /** Notified on phase changes and when the run finishes. */
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    setPhase(phase) {
        if (phase === this.phase)
            return;
        const now = this.clock();
        this.phaseDurations.set(this.phase, (this.phaseDurations.get(this.phase) ?? 0) + now - this.phaseStartedAt);
        this.phase = phase;
        this.phaseStartedAt = now;
        // Enrichment may start before its phase does (regions overlap): the rate counts from then.
        if (phase === 'enrich')
            this.enrichStartedAt ??= now;
        this.emit();
    }
    region(name) {
        let r = this.regions.get(name);
        if (!r) {
            r = { region: name, search: 'waiting', pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
            this.regions.set(name, r);
        }
        return r;
    }
    finish() {
        if (this.finished)
            return;
        this.setPhase('done');
        this.finished = true;
        this.emit();
    }
    /** Totals for log lines and heartbeats. */
    counts() {
        let pages = 0;
        let records = 0;
        let regionsDone = 0;
        for (const r of this.regions.values()) {
            pages += r.pages;
            records += r.records;
            if (r.search === 'done' || r.search === 'failed')
                regionsDone++;
        }
        const t = this.transport()?.total;
        return {
            regions: this.regions.size,
            regions_searched: regionsDone,
            search_pages: pages,
            search_records: records,
            enrich_done: this.enrichDone,
            enrich_total: this.enrichTotal,
            ...(t ? { api_calls: t.calls, retries: t.retries, throttled: t.throttled } : {}),
        };
    }
    emit() {
        for (const l of this.listeners)
            l();
    }
}


/***/ }),

/***/ 90874:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   Q: () => (/* binding */ writeTextAtomic),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic)
/* harmony export */ });
/* unused harmony export writeRunOutputs */
/* harmony import */ var _core_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95597);
/* harmony import */ var _core_ignore_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36631);
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68400);
/* harmony import */ var _export_atomic_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17343);
/* harmony import */ var _export_exports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26500);
// What a run writes into its directory: the exports asked for, and the diff against a
// previous or expected inventory. Every file is written under a temporary name and renamed.





async function writeJsonAtomic(path, value) {
    await (0,_export_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, `${JSON.stringify(value, null, 2)}\n`);
}
async function writeTextAtomic(path, text) {
    await (0,_export_atomic_js__WEBPACK_IMPORTED_MODULE_3__.writeFileAtomic)(path, text);
}
/**
 * Writes every export from records in memory (merge, tests); returns the file names written,
 * in order. A run streams its spilled records through the same one-pass writer instead.
 */
async function writeRunOutputs(runDir, records, compartments, config, onStep = () => { }, onRecord) {
    return writeExportsFromStream(runDir, sortedRecordStream(records), compartments, {
        formats: config.formats,
        tagColumns: config.tagColumns,
        onStep,
        ...(onRecord ? { onRecord } : {}),
    });
}
async function compareWithBaseline(baselinePath, currentInventory, runDir, config, baseline, prepareBaseline, compartmentPaths) {
    const ignore = await (0,_core_ignore_js__WEBPACK_IMPORTED_MODULE_1__/* .loadIgnoreRules */ .ej)({ rules: config.ignore, defaults: config.defaultIgnores });
    // currentPrepared: this run's inventory was redacted by the same policy before it was written.
    const result = await (0,_core_diff_js__WEBPACK_IMPORTED_MODULE_0__.diffInventories)(baselinePath, currentInventory, {
        outdir: runDir,
        ignore,
        ...(prepareBaseline ? { prepareBaseline, currentPrepared: true } : {}),
    });
    return {
        baseline,
        baselinePath,
        counts: result.counts,
        failOnTriggered: (0,_core_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .failOnTriggered */ .JI)(result.counts, config.failOn),
        markdown: (0,_core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.renderChangeReport)(result, {
            limit: _core_markdown_js__WEBPACK_IMPORTED_MODULE_2__.STEP_SUMMARY_LIMIT,
            artifactHint: 'diff.json in the run directory',
            baseline,
            ...(compartmentPaths ? { compartmentPaths } : {}),
        }),
        report: result,
        ...(compartmentPaths ? { compartmentPaths } : {}),
    };
}


/***/ }),

/***/ 57492:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ renderRunReport)
/* harmony export */ });
/* unused harmony exports statusIcon, duration */
/* harmony import */ var _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68400);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64044);
// report.md: what a person reads first — scope, regions, counts by type and enrichment
// status, coverage gaps, the change report when there was a baseline, and warnings.


// Tenancy data and warnings are hostile: one escaper for every markdown surface.
const cell = _core_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq;
function statusIcon(status) {
    return status === 'SUCCESS' ? '✅' : status === 'PARTIAL' || status === 'DEGRADED' ? '⚠️' : status === 'INTERRUPTED' ? '⏹️' : '❌';
}
/** `412 ms`, `3.4 s`, `2 min 5 s`: a search of a few ms does not read as "0.0 s". */
function duration(ms) {
    if (ms === undefined)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 120_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
async function renderRunReport(summary, records, compartments, diff) {
    const tally = records instanceof _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .InventoryTally */ .Bf ? records : _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .InventoryTally */ .Bf.of(records);
    const lines = [];
    lines.push(`# OCI inventory ${statusIcon(summary.status)} ${summary.status}`, '');
    lines.push(`Tenancy \`${summary.tenancy_id}\`, home region \`${summary.home_region}\`. ` +
        `${summary.total_discovered} resources in ${summary.regions.length} region(s) and ${compartments.length} compartment(s), ` +
        `collected ${summary.started_at} in ${(summary.duration_ms / 1000).toFixed(1)} s with ${summary.api_calls_total} API calls.`, '');
    lines.push(`- Query: \`${summary.query}\``);
    lines.push(`- Compartment scope: ${summary.scope.compartment ? `\`${summary.scope.compartment}\` and its subtree` : 'whole tenancy'}`);
    lines.push(`- Terminated/deleted resources: ${summary.scope.include_terminated ? 'included' : `left out (${summary.dropped.terminated})`}`, '');
    // Resources per region as the inventory holds them: a global IAM resource, which every
    // region's search returns, counts once, on its own row, so the rows add up to the total.
    const perRegion = tally.perRegion;
    const globals = tally.globals;
    lines.push('## Regions', '', '| region | status | resources | search | enrichment | error |', '| --- | --- | ---: | ---: | ---: | --- |');
    const listed = new Set();
    for (const r of summary.regions) {
        listed.add(r.region);
        const status = r.status === 'OK' ? 'ok' : r.error === 'interrupted' ? '**interrupted**' : '**failed**';
        lines.push(`| ${cell(r.region)} | ${status} | ${perRegion.get(r.region) ?? 0} | ${duration(r.duration_ms)} | ${duration(r.enrich_duration_ms)} | ${cell(r.error ?? '')} |`);
    }
    // Regional records attributed to a region this run did not search (none today; kept honest).
    for (const [region, n] of perRegion)
        if (!listed.has(region))
            lines.push(`| ${cell(region)} | – | ${n} | – | – |  |`);
    if (globals > 0)
        lines.push(`| global (IAM, via ${cell(summary.home_region)}) | ok | ${globals} | – | – |  |`);
    lines.push(`| **total** |  | **${summary.total_discovered}** | ${duration(summary.timings_ms.discovery)} | ${duration(summary.timings_ms.enrich)} |  |`, '');
    if (diff) {
        // The change report (it brings its own heading) comes before the long type table.
        lines.push(diff.markdown.trim(), '');
    }
    lines.push('## Resources by type', '', '| type | count | OK | not implemented | error | skipped |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    const byType = tally.byType;
    for (const [type, count] of Object.entries(summary.counts_by_resource_type)) {
        const s = byType.get(type) ?? new Map();
        lines.push(`| ${cell(type)} | ${count} | ${s.get('OK') ?? 0} | ${s.get('NOT_IMPLEMENTED') ?? 0} | ${s.get('ERROR') ?? 0} | ${s.get('SKIPPED') ?? 0} |`);
    }
    lines.push('');
    const total = summary.total_discovered || 1;
    lines.push('## Enrichment coverage', '', `${summary.enriched_ok} enriched (${((100 * summary.enriched_ok) / total).toFixed(1)}%), ` +
        `${summary.not_implemented} without an enricher, ${summary.errors} errors, ${summary.skipped} skipped.`, '');
    if (summary.status === 'DEGRADED') {
        lines.push('## Why DEGRADED', '', `${summary.unverified} record(s) are **unverified**: their enrichment failed in this run (reasons under Warnings), ` +
            'so their details could not be read. They are compared on their search fields only and listed as unverified, never as changed. ' +
            'Run again to verify them; `--fail-on degraded` makes such a run exit 5.', '');
    }
    if (summary.warnings.length > 0) {
        lines.push('## Warnings', '');
        for (const w of summary.warnings)
            lines.push(`- ${cell(w)}`);
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 31462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* reexport */ exit/* EXIT */.d),
  UU: () => (/* binding */ RunAuthError),
  E$: () => (/* binding */ RunInputError),
  RunInterruptedError: () => (/* binding */ RunInterruptedError),
  tY: () => (/* binding */ interruptExitCode),
  rc: () => (/* binding */ makeRunDir),
  _x: () => (/* binding */ runDirName),
  aI: () => (/* binding */ runPipeline)
});

// UNUSED EXPORTS: ENRICH_BATCH_RECORDS, batchByType

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/pipeline/exit.js
var exit = __webpack_require__(41834);
// EXTERNAL MODULE: ./build/src/core/redact.js
var redact = __webpack_require__(60416);
// EXTERNAL MODULE: ./build/src/pipeline/discover.js + 1 modules
var discover = __webpack_require__(96237);
// EXTERNAL MODULE: ./build/src/core/group.js
var group = __webpack_require__(27954);
// EXTERNAL MODULE: ./build/src/core/record.js
var core_record = __webpack_require__(86528);
;// CONCATENATED MODULE: ./build/src/pipeline/collect.js
// Discovery and enrichment as one stream per region (issue 11 items 1 and 4; docs/architecture.md,
// "Data flow: bounded memory"): a region's search pages go to disk as they arrive
// (SearchBuckets), and once its search is done the region is read back one batch of whole
// resource types at a time, enriched, and handed to `done` (redact + spill) — while the other
// regions are still searching. Global IAM records, which every region's search returns, are
// collected in a bucket of their own and enriched once, through the home region, when every
// search is done. Memory holds the buckets' write buffers, a count per (bucket, type) and one
// batch per region worker, never a region's search results.



/** Records per enrichment batch: what is enriched and not yet spilled, per region worker. */
const ENRICH_BATCH_RECORDS = 5_000;
/** The bucket of the global IAM records; region buckets are keyed `region:<name>`. */
const GLOBALS = 'globals';
const regionBucket = (region) => `region:${region}`;
/**
 * Searches every region (`workersRegion` at once) and enriches each as soon as its own search
 * is done; the global records go last, once every search has ended.
 */
async function collectRegions(options) {
    const { buckets, progress, signal, log } = options;
    const outcomes = [];
    const counts = { seen: 0, accepted: 0, droppedTerminated: 0, droppedOutOfScope: 0 };
    const result = { regions: outcomes, counts, records: 0 };
    const port = options.config.enrich ? options.enrich : undefined;
    const supported = port?.supportedTypes() ?? new Set();
    const dependencies = port?.typeDependencies?.();
    const order = port?.typeOrder?.();
    const splittable = port?.splittableTypes?.() ?? new Set();
    const target = options.batchRecords ?? ENRICH_BATCH_RECORDS;
    const dead = new Set();
    /** Set by the pool when a region's work failed: the others stop at their next batch. */
    const pool = { failed: false };
    /** The smallest ocid of each batch taken from the buckets and not yet handed to `done`. */
    const inFlight = new Set();
    let enriching = 0;
    const frontier = () => {
        // Only the last bucket enriching gives the exports the CPU and memory the others used.
        if (!options.onFrontier || searchesLeft > 0 || enriching > 1)
            return;
        let below = buckets.minPending();
        for (const batch of inFlight)
            if (batch.min !== undefined && (below === undefined || batch.min < below))
                below = batch.min;
        if (below !== undefined)
            options.onFrontier(below);
    };
    const sink = {
        accept(summary, region) {
            buckets.add(core_record/* GLOBAL_RESOURCE_TYPES */.FE.has(summary.resourceType) ? GLOBALS : regionBucket(region), summary);
        },
        afterPage: () => buckets.drain(),
    };
    let searchesLeft = options.regions.length;
    let searchesDone;
    const allSearched = new Promise((resolve) => {
        searchesDone = resolve;
    });
    if (searchesLeft === 0)
        searchesDone();
    /** Enriches (or marks) one bucket, batch by batch, and hands each batch to `done`. */
    const enrichBucket = async (bucket, region, recordRegion) => {
        enriching++;
        try {
            await enrichBucketBatches(bucket, region, recordRegion);
        }
        finally {
            enriching--;
            frontier();
        }
    };
    const enrichBucketBatches = async (bucket, region, recordRegion) => {
        await buckets.settle();
        const typeCounts = buckets.typeCounts(bucket);
        const plan = planTypeBatches(typeCounts, dependencies, target, order);
        // The home region of a shard that did not search it is counted in the totals only.
        const p = progress.regions.get(region) ?? { region, search: 'done', pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
        const isGlobal = bucket === GLOBALS;
        if (!isGlobal) {
            // A region's total is known once its search ends; the global records' once they are
            // read back (every region returned them: only the reading removes the repeats).
            let total = 0;
            for (const [type, n] of typeCounts)
                if (supported.has(type))
                    total += n;
            p.enrichTotal += total;
            progress.enrichTotal += total;
        }
        const started = Date.now();
        const label = isGlobal ? 'global IAM resources' : region;
        log.debug(`${label}: enrichment started, ${plan.length} batch(es)`, { phase: 'enrich', region });
        let stopped;
        let enriched = false;
        for (const types of plan) {
            // Another bucket's failure ends the run: stop at the next batch, spill nothing more.
            if (pool.failed)
                throw new Error('stopped: the run failed elsewhere');
            // Counted before the summaries leave the buckets, until the last of them is spilled (not on
            // a failure: the run fails then, and the frontier must not pass what was never spilled).
            const batch = { min: buckets.minPending(bucket, types) };
            inFlight.add(batch);
            const taken = await buckets.take(bucket, types);
            // One type bigger than a batch that reads nothing across compartments: a few compartments at a time.
            for (const summaries of splitBatch(taken, types, splittable, target)) {
                const records = summaries.map((s) => (0,discover/* recordFromSummary */.kx)(s, recordRegion, options.collectedAt));
                summaries.length = 0;
                if (records.length === 0)
                    continue;
                records.sort(core_record/* compareRecords */.aB);
                if (isGlobal) {
                    let total = 0;
                    for (const r of records)
                        if (supported.has(r.resourceType))
                            total++;
                    p.enrichTotal += total;
                    progress.enrichTotal += total;
                }
                if (!options.config.enrich) {
                    for (const r of records)
                        r.enrichStatus = 'SKIPPED';
                }
                else if (port) {
                    result.enrichStartedAt ??= Date.now();
                    progress.enrichStartedAt ??= Date.now();
                    const before = stopped;
                    stopped = await enrichOne(port, region, records, stopped, (n) => {
                        progress.enrichDone += n;
                        p.enrichDone += n;
                    });
                    if (before === undefined && !signal?.aborted && !dead.has(region))
                        enriched = true;
                    result.enrichEndedAt = Date.now();
                }
                result.records += records.length;
                await options.done(records);
            }
            inFlight.delete(batch);
            frontier();
        }
        if (!port || !enriched)
            return;
        const outcome = outcomes.find((o) => o.region === region);
        if (outcome)
            outcome.enrich_duration_ms = (outcome.enrich_duration_ms ?? 0) + Date.now() - started;
        log.info(`${label}: enriched ${p.enrichDone}/${p.enrichTotal}`, {
            phase: 'enrich',
            region,
            counts: { done: p.enrichDone, total: p.enrichTotal },
            duration_ms: Date.now() - started,
        });
    };
    /** Enriches one batch; returns why the region stopped, for the batches after it. */
    const enrichOne = async (enrichPort, region, list, stopped, advance) => {
        if (stopped !== undefined) {
            for (const r of list)
                if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType))
                    markError(r, stopped);
            return stopped;
        }
        if (signal?.aborted) {
            for (const r of list)
                if (supported.has(r.resourceType) && r.enrichStatus === 'NOT_IMPLEMENTED')
                    markError(r, 'interrupted before enrichment');
            return undefined;
        }
        if (dead.has(region)) {
            // Its search failed; enrichment would hit the same dead endpoint.
            for (const r of list)
                if (supported.has(r.resourceType))
                    markError(r, 'region unavailable');
            return undefined;
        }
        try {
            let batchDone = 0;
            await enrichPort.enrichRegion(region, list, (n) => {
                advance(n - batchDone);
                batchDone = n;
            });
        }
        catch (error) {
            if (!signal?.aborted)
                options.warn(`enrichment in ${region} stopped: ${(0,discover/* describeError */.Uc)(error)}`);
            const reason = signal?.aborted ? 'interrupted' : 'enrichment stopped';
            for (const r of list)
                if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType))
                    markError(r, reason);
            return reason;
        }
        return undefined;
    };
    const searchOptions = {
        query: options.config.query,
        includeTerminated: options.config.includeTerminated,
        scope: options.scope,
        progress,
        ...(signal ? { signal } : {}),
    };
    const items = [...options.regions, GLOBALS_ITEM];
    await (0,discover/* runPool */.kD)(items, options.config.workersRegion, async (item) => {
        if (item === GLOBALS_ITEM) {
            // Last in the queue, so every region's search has started when a worker takes it.
            await allSearched;
            if (outcomes.length > 0 && outcomes.every((o) => o.status === 'FAILED')) {
                // Nothing of this run can be enriched: every search failed (perhaps refused).
                for (const o of outcomes)
                    dead.add(o.region);
            }
            await enrichBucket(GLOBALS, options.homeRegion, options.homeRegion);
            return;
        }
        const region = item;
        let outcome;
        try {
            outcome = await (0,discover/* searchRegion */.NY)(options.discovery, region, searchOptions, log, sink, counts);
        }
        finally {
            if (--searchesLeft === 0)
                searchesDone();
        }
        outcomes.push(outcome);
        if (outcome.status === 'FAILED')
            dead.add(region);
        if (searchesLeft === 0) {
            outcomes.sort((a, b) => a.region.localeCompare(b.region));
            options.onSearchesDone?.(outcomes, counts);
            frontier();
        }
        try {
            await enrichBucket(regionBucket(region), region, region);
        }
        finally {
            // The global records (enriched through the home region) never need what a region's
            // batches left for its later ones (VNIC facts): only a region's own bucket ends it.
            port?.regionDone?.(region);
        }
    }, pool);
    outcomes.sort((a, b) => a.region.localeCompare(b.region));
    return result;
}
/** The pool item that stands for the global records (not a string: no region can be it). */
const GLOBALS_ITEM = Symbol('globals');
/**
 * Plans a bucket's batches from its counts per type: whole types, about `target` records
 * each (a type bigger than that is a batch of its own), every type and the types its
 * enrichment reads (transitively) in the same batch. Without dependencies (a port that does
 * not say) everything is one batch, as a region was before batching.
 */
function planTypeBatches(counts, dependencies, target, order) {
    const types = [...counts.keys()].sort();
    if (!dependencies)
        return [types];
    // Union-find over types: a type joins the group of every type it depends on.
    const parent = new Map();
    const find = (type) => {
        let root = type;
        while (parent.has(root) && parent.get(root) !== root)
            root = parent.get(root);
        parent.set(type, root);
        return root;
    };
    for (const type of types) {
        parent.set(type, find(type));
        for (const dependency of dependencies.get(type) ?? []) {
            const a = find(type);
            const b = find(dependency);
            if (a !== b)
                parent.set(a < b ? b : a, a < b ? a : b);
        }
    }
    const groups = new Map();
    for (const type of types) {
        const root = find(type);
        const group = groups.get(root) ?? { types: [], size: 0 };
        group.types.push(type);
        group.size += counts.get(type) ?? 0;
        groups.set(root, group);
    }
    const batches = [];
    let current = [];
    let size = 0;
    for (const group of orderGroups(groups, order)) {
        if (current.length > 0 && size + group.size > target) {
            batches.push(current);
            current = [];
            size = 0;
        }
        current.push(...group.types);
        size += group.size;
    }
    if (current.length > 0 || batches.length === 0)
        batches.push(current);
    return batches;
}
/**
 * The groups in their planned order (by root type), moved so that a group comes after every
 * group holding a type one of its types is ordered after (`EnrichPort.typeOrder`). A cycle
 * (not in any table) keeps the rest in their planned order.
 */
function orderGroups(groups, order) {
    if (!order || order.size === 0)
        return [...groups.values()];
    const rootOf = new Map();
    for (const [root, group] of groups)
        for (const type of group.types)
            rootOf.set(type, root);
    const after = new Map();
    for (const [root, group] of groups) {
        const before = new Set();
        for (const type of group.types) {
            for (const dependency of order.get(type) ?? []) {
                const other = rootOf.get(dependency);
                if (other !== undefined && other !== root)
                    before.add(other);
            }
        }
        after.set(root, before);
    }
    const out = [];
    const placed = new Set();
    let pending = [...groups.keys()];
    while (pending.length > 0) {
        const ready = pending.find((root) => [...(after.get(root) ?? [])].every((other) => placed.has(other))) ?? pending[0];
        placed.add(ready);
        out.push(groups.get(ready));
        pending = pending.filter((root) => root !== ready);
    }
    return out;
}
/**
 * A batch's items as they are enriched: all at once, or, for one type the port may split
 * (`EnrichPort.splittableTypes`) with more than `target` items, in chunks of whole
 * compartments of about `target` each (a bigger compartment is a chunk of its own), in
 * compartment id order.
 */
function splitBatch(items, types, splittable, target) {
    const [only] = types;
    if (types.length !== 1 || only === undefined || !splittable.has(only) || items.length <= target)
        return [items];
    const cells = (0,group/* groupByCompartment */.j)(items);
    const chunks = [];
    let current = [];
    for (const key of [...cells.keys()].sort()) {
        const cell = cells.get(key);
        if (current.length > 0 && current.length + cell.length > target) {
            chunks.push(current);
            current = [];
        }
        for (const item of cell)
            current.push(item);
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/**
 * Splits records into batches of whole resource types by `planTypeBatches`, each batch in
 * (ocid, resourceType) order.
 */
function batchByType(records, dependencies, target) {
    const byType = groupBy(records, (r) => r.resourceType);
    const plan = planTypeBatches(new Map([...byType].map(([type, list]) => [type, list.length])), dependencies, target);
    return plan.map((types) => types.flatMap((type) => byType.get(type) ?? []).sort(compareRecords));
}
function markError(record, reason) {
    record.enrichStatus = 'ERROR';
    record.enrichError = reason;
}

;// CONCATENATED MODULE: ./build/src/export/lines.js
// Lines of a UTF-8 file read back a chunk at a time into one buffer (the spill's run files,
// the search buckets): each line is decoded from the bytes on its own, so there is no decoder
// state, no chunk-sized string and no carried text concatenated to the next chunk. A newline
// byte never occurs inside a multi-byte UTF-8 character, so splitting bytes at 0x0A splits
// the text at its newlines; a line longer than the buffer grows it.

const NEWLINE = 0x0a;
/**
 * The non-empty lines of the file at `path`, without their `\n`, in order. `chunkBytes` are
 * read at a time (the buffer doubles while one line does not fit). The file is closed when
 * the iteration ends, however it ends.
 */
async function* fileLines(path, chunkBytes) {
    const handle = await (0,promises_.open)(path, 'r');
    let buffer = Buffer.allocUnsafe(chunkBytes);
    /** Bytes of a line not yet complete, at the start of `buffer`. */
    let kept = 0;
    try {
        for (;;) {
            if (kept === buffer.length) {
                const bigger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(bigger, 0, 0, kept);
                buffer = bigger;
            }
            const { bytesRead } = await handle.read(buffer, kept, buffer.length - kept, null);
            const end = kept + bytesRead;
            if (bytesRead === 0) {
                if (end > 0)
                    yield buffer.toString('utf8', 0, end);
                return;
            }
            let start = 0;
            // indexOf may find a stale newline past `end`: the loop stops there.
            for (let at = buffer.indexOf(NEWLINE, kept); at >= 0 && at < end; at = buffer.indexOf(NEWLINE, start)) {
                if (at > start)
                    yield buffer.toString('utf8', start, at);
                start = at + 1;
            }
            kept = end - start;
            if (kept > 0 && start > 0)
                buffer.copy(buffer, 0, start, end);
        }
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./build/src/pipeline/search-buckets.js
// Bounded discovery (issue 11; docs/architecture.md, "Data flow"): search results go to disk
// as they arrive, one compact JSON line per summary, in one file per (bucket, resource type) —
// a bucket is a region, or the global IAM records every region's search returns. Enrichment
// reads them back one batch of whole types at a time, so memory holds a write buffer per file
// and a count per type, never the search results of a region.



/** Bytes buffered per file before it is appended to disk. */
const FILE_BUFFER_BYTES = 32 * 1024;
/** Bytes read at a time when a batch is read back. */
const READ_BYTES = 256 * 1024;
/** Bytes queued for disk across files before `drain()` makes discovery wait. */
const QUEUED_BYTES_LIMIT = 8 << 20;
class SearchBuckets {
    dir;
    buckets = new Map();
    named = 0;
    created;
    /** Every append, in order: one at a time, so appends to the same file never interleave. */
    chain = Promise.resolve();
    queued = 0;
    failure;
    /** `dir` is made (mode 0700) on first write; the caller removes it (it lives in the run's spill area). */
    constructor(dir) {
        this.dir = dir;
    }
    /** Adds one summary to `bucket`; written to disk in the background (see `drain`, `settle`). */
    add(bucket, summary) {
        let types = this.buckets.get(bucket);
        if (!types) {
            types = new Map();
            this.buckets.set(bucket, types);
        }
        let file = types.get(summary.resourceType);
        if (!file) {
            // Numbered names: a resource type from the tenancy never becomes a path.
            file = { path: (0,external_node_path_.join)(this.dir, `search-${String(this.named++).padStart(5, '0')}.jsonl`), count: 0, buffer: '', written: false, min: undefined };
            types.set(summary.resourceType, file);
        }
        file.count++;
        if (file.min === undefined || summary.identifier < file.min)
            file.min = summary.identifier;
        file.buffer += `${JSON.stringify(summary)}\n`;
        if (file.buffer.length >= FILE_BUFFER_BYTES)
            this.write(file);
    }
    write(file) {
        const text = file.buffer;
        file.buffer = '';
        if (text.length === 0)
            return;
        file.written = true;
        this.queued += text.length;
        this.created ??= (0,promises_.mkdir)(this.dir, { recursive: true, mode: 0o700 });
        const created = this.created;
        this.chain = this.chain.then(async () => {
            try {
                if (this.failure === undefined) {
                    await created;
                    await (0,promises_.appendFile)(file.path, text, { mode: 0o600 });
                }
            }
            catch (error) {
                this.failure ??= error;
            }
            finally {
                this.queued -= text.length;
            }
        });
    }
    /** Resolves once the writes queued are few enough: discovery awaits it after each page. */
    async drain() {
        if (this.queued > QUEUED_BYTES_LIMIT)
            await this.chain;
        this.throwIfFailed();
    }
    /**
     * Waits until every summary queued for disk (of any bucket) is written. What is still in a file's buffer (at
     * most `FILE_BUFFER_BYTES`, what discovery held anyway) stays there and is read from memory by
     * `take`: most types of a region never fill a buffer, and writing, reopening, reading and
     * removing a file each (hundreds per region) held up the start of enrichment (issue 11 item 3).
     */
    async settle() {
        await this.chain;
        this.throwIfFailed();
    }
    throwIfFailed() {
        if (this.failure !== undefined)
            throw this.failure;
    }
    /** Summaries per resource type in `bucket` (repeats included). */
    typeCounts(bucket) {
        return new Map([...(this.buckets.get(bucket) ?? [])].map(([type, file]) => [type, file.count]));
    }
    /**
     * The smallest identifier of `types` in `bucket` (every bucket and type still to be taken
     * when `bucket` is not given); undefined when there is none.
     */
    minPending(bucket, types) {
        let min;
        const consider = (file) => {
            if (file?.min !== undefined && (min === undefined || file.min < min))
                min = file.min;
        };
        if (bucket !== undefined) {
            const files = this.buckets.get(bucket);
            for (const type of types ?? files?.keys() ?? [])
                consider(files?.get(type));
            return min;
        }
        for (const files of this.buckets.values())
            for (const file of files.values())
                consider(file);
        return min;
    }
    /**
     * The summaries of `types` in `bucket`, each ocid once (the first read), and their files
     * removed. Call after `settle()`; each type is read once.
     */
    async take(bucket, types) {
        const files = this.buckets.get(bucket);
        const out = [];
        const seen = new Set();
        for (const type of types) {
            const file = files?.get(type);
            if (!file)
                continue;
            files?.delete(type);
            if (file.count === 0)
                continue;
            const keep = (line) => {
                const summary = JSON.parse(line);
                if (!seen.has(summary.identifier)) {
                    seen.add(summary.identifier);
                    out.push(summary);
                }
            };
            if (file.written) {
                // A chunk at a time: a type's file is tens of MB at 1M resources, and the batch's
                // records are being built from it.
                try {
                    for await (const line of fileLines(file.path, READ_BYTES))
                        keep(line);
                    await (0,promises_.unlink)(file.path);
                }
                catch (error) {
                    if (error.code !== 'ENOENT')
                        throw error;
                }
            }
            // Then what never left the buffer (the last summaries added), in the order added.
            const rest = file.buffer;
            file.buffer = '';
            for (let start = 0, end = rest.indexOf('\n'); end >= 0; start = end + 1, end = rest.indexOf('\n', start))
                keep(rest.slice(start, end));
        }
        return out;
    }
}

// EXTERNAL MODULE: ./build/src/pipeline/log.js
var pipeline_log = __webpack_require__(33406);
// EXTERNAL MODULE: ./build/src/pipeline/outputs.js
var pipeline_outputs = __webpack_require__(90874);
// EXTERNAL MODULE: ./build/src/export/exports.js + 7 modules
var export_exports = __webpack_require__(26500);
// EXTERNAL MODULE: ./build/src/export/atomic.js
var atomic = __webpack_require__(17343);
// EXTERNAL MODULE: ./build/src/export/kway.js
var kway = __webpack_require__(61690);
;// CONCATENATED MODULE: ./build/src/export/spill.js
// Spill files for bounded memory (docs/architecture.md, "Data flow"): each finished batch of
// enriched, redacted records is sorted, canonicalized once and written to a run file on disk;
// the exports then read all run files back in one k-way merge, in (ocid, resourceType) order.
// Only the merge heads (one line per run file) and the export writers' buffers are in memory.






class SpillStore {
    dir;
    runs = [];
    /** Run files named so far: taken before any await, so concurrent batches never share a name. */
    named = 0;
    created;
    spilled = 0;
    /** `dir` is made on first use and removed, with everything in it, by `cleanup()`. */
    constructor(dir) {
        this.dir = dir;
    }
    /** How many run files were written so far. */
    get files() {
        return this.runs.length;
    }
    /** How many records went to disk so far. */
    get count() {
        return this.spilled;
    }
    /**
     * Sorts `records` and writes them as one run file. The caller may drop the records once this
     * resolves: nothing here keeps a reference.
     */
    async add(records) {
        if (records.length === 0)
            return;
        const path = (0,external_node_path_.join)(this.dir, `run-${String(this.named++).padStart(5, '0')}.jsonl`);
        this.created ??= (0,promises_.mkdir)(this.dir, { recursive: true, mode: 0o700 });
        await this.created;
        const sorted = [...records].sort(core_record/* compareRecords */.aB);
        const handle = await (0,promises_.open)(path, 'wx', 0o600);
        // Each line encoded straight into the file's buffer: no chunk string, no Buffer per chunk.
        const out = new atomic/* FileBuffer */.Ze(handle);
        try {
            for (const record of sorted) {
                const line = out.append((0,core_record/* canonicalJson */.dj)(record));
                // A disk write started by either append: the later one is queued after the earlier.
                const wait = out.append('\n') ?? line;
                if (wait)
                    await wait;
            }
            await out.flush();
        }
        finally {
            await out.discard();
            await handle.close();
        }
        this.runs.push(path);
        this.spilled += sorted.length;
    }
    /**
     * Every spilled record, in (ocid, resourceType) order, from a k-way merge of the run files.
     * `dedupe`: a record whose ocid is the previous one's is left out (the same regional ocid
     * from two regions' searches; the run keeps the first).
     */
    async *merged(options = {}) {
        if (!options.dedupe) {
            yield* mergeRuns(this.runs);
            return;
        }
        let previous;
        for await (const item of mergeRuns(this.runs)) {
            if (item.record.ocid === previous)
                continue;
            previous = item.record.ocid;
            yield item;
        }
    }
    /**
     * A merge of the run files that starts before the last one is spilled (see `SpillFollower`):
     * the exports of what is already on disk, below the frontier, while the last batches enrich.
     */
    follow() {
        return new SpillFollower(() => this.runs);
    }
    /** Removes the spill directory; safe to call twice and when nothing was spilled. */
    async cleanup() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
        this.created = undefined;
        this.runs = [];
    }
}
/**
 * Bytes read ahead per run file. The merge holds one chunk (and its parsed head) per run file,
 * a few hundred at 1M resources: readline, used before, queues up to 1,024 lines per file
 * ahead of its reader (2 MB of records each; 106 MB of heap for 47 run files at 200k).
 */
const RUN_READ_BYTES = 32 * 1024;
/**
 * The parsed records of one run file, in its (sorted) order, read a chunk at a time into one
 * buffer of its own (no read-ahead: a stream would hold a second chunk per file).
 */
async function* runFileRecords(path) {
    for await (const line of fileLines(path, RUN_READ_BYTES))
        yield { record: JSON.parse(line), line, parsed: true };
}
/**
 * Merges sorted JSONL run files through the shared min-heap merge (`kWayMerge`): run files
 * number one per enriched batch, a few hundred at 1M resources. Records that compare equal
 * come from the earlier file first.
 */
async function* mergeRuns(paths) {
    const byRecord = (a, b) => (0,core_record/* compareRecords */.aB)(a.record, b.record);
    for await (const { value } of (0,kway/* kWayMerge */.R)(paths.map(runFileRecords), byRecord))
        yield value;
}
/**
 * The k-way merge of a `SpillStore`'s run files while more are still being spilled (issue 11
 * item 3, the run's tail; docs/architecture.md, "Data flow"): a record is yielded once its ocid
 * is below the frontier (`advance`: every record still to be spilled sorts at or after it) or
 * once `finish` says every run file is written; until then the stream waits. Run files join the
 * merge in the order they were written, so ties (the same ocid from two regions) go to the
 * earlier file, as in `mergeRuns`; the output is the same sequence as `merged()` after the
 * last spill. `fail` makes the stream throw (its consumer then writes nothing in place).
 */
class SpillFollower {
    runs;
    below;
    all = false;
    failure;
    wake;
    /** Records yielded so far. */
    yielded = 0;
    constructor(runs) {
        this.runs = runs;
    }
    /** Every record still to come has an ocid at or after `below` (a lower value is ignored). */
    advance(below) {
        if (this.below !== undefined && below <= this.below)
            return;
        this.below = below;
        this.notify();
    }
    /** Every run file is written: the rest of the merge may go. */
    finish() {
        this.all = true;
        this.notify();
    }
    /** The run failed: the stream throws `error` instead of waiting or yielding more. */
    fail(error) {
        this.failure ??= { error };
        this.notify();
    }
    notify() {
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    async *records(options = {}) {
        const heap = [];
        const iterators = [];
        const before = (a, b) => {
            const order = (0,core_record/* compareRecords */.aB)(a.current.record, b.current.record);
            return order < 0 || (order === 0 && a.source < b.source);
        };
        const swap = (i, j) => {
            [heap[i], heap[j]] = [heap[j], heap[i]];
        };
        const siftUp = (at) => {
            while (at > 0) {
                const up = (at - 1) >> 1;
                if (!before(heap[at], heap[up]))
                    return;
                swap(at, up);
                at = up;
            }
        };
        const siftDown = (at) => {
            for (;;) {
                const left = 2 * at + 1;
                if (left >= heap.length)
                    return;
                const right = left + 1;
                const child = right < heap.length && before(heap[right], heap[left]) ? right : left;
                if (!before(heap[child], heap[at]))
                    return;
                swap(at, child);
                at = child;
            }
        };
        let previous;
        try {
            for (;;) {
                if (this.failure)
                    throw this.failure.error;
                const runs = this.runs();
                while (iterators.length < runs.length) {
                    const source = iterators.length;
                    const iterator = runFileRecords(runs[source])[Symbol.asyncIterator]();
                    iterators.push(iterator);
                    const first = await iterator.next();
                    if (!first.done) {
                        heap.push({ source, iterator, current: first.value });
                        siftUp(heap.length - 1);
                    }
                }
                const head = heap[0];
                if (head && (this.all || (this.below !== undefined && head.current.record.ocid < this.below))) {
                    const item = head.current;
                    const next = await head.iterator.next();
                    if (!next.done)
                        head.current = next.value;
                    else {
                        const last = heap.pop();
                        if (heap.length > 0)
                            heap[0] = last;
                    }
                    if (heap.length > 0)
                        siftDown(0);
                    if (options.dedupe && item.record.ocid === previous)
                        continue;
                    previous = item.record.ocid;
                    this.yielded++;
                    yield item;
                    continue;
                }
                if (iterators.length < this.runs().length)
                    continue;
                if (!head && this.all)
                    return;
                await new Promise((resolve) => {
                    this.wake = resolve;
                });
            }
        }
        finally {
            for (const iterator of iterators)
                await iterator.return?.();
        }
    }
}

// EXTERNAL MODULE: ./build/src/pipeline/enrich-detail.js
var enrich_detail = __webpack_require__(66301);
// EXTERNAL MODULE: ./build/src/pipeline/preflight.js
var preflight = __webpack_require__(14239);
// EXTERNAL MODULE: ./build/src/pipeline/report.js
var report = __webpack_require__(57492);
// EXTERNAL MODULE: ./build/src/pipeline/summary.js
var pipeline_summary = __webpack_require__(64044);
;// CONCATENATED MODULE: ./build/src/pipeline/run.js
// The pipeline (SPEC §1): regions → compartments → discovery → enrich → export → diff →
// report. It talks to OCI only through the ports, so it runs the same against the SDK, the
// emulator, or a test fake.















/** Usage or input error discovered while running (exit 2). */
class RunInputError extends Error {
    name = 'RunInputError';
}
/** 401/403 from identity or every region's search (exit 3). */
class RunAuthError extends Error {
    name = 'RunAuthError';
}
/** Interrupted before anything was written: no run directory is left (exit 130/143). */
class RunInterruptedError extends Error {
    exitCode;
    name = 'RunInterruptedError';
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}

// Batching lives with the streaming collection; re-exported where tests and tools found it.

/** The exit code an abort reason asks for (130, as for Ctrl-C, unless it says otherwise). */
function interruptExitCode(signal) {
    const reason = signal?.reason;
    if (reason && typeof reason === 'object' && 'exitCode' in reason && typeof reason.exitCode === 'number')
        return reason.exitCode;
    return exit/* EXIT */.d.SIGINT;
}
function runDirName(date) {
    return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
/** A fresh run directory under outdir; a second run in the same second gets a suffix. */
async function makeRunDir(outdir, date) {
    await (0,promises_.mkdir)(outdir, { recursive: true });
    const base = (0,external_node_path_.join)(outdir, runDirName(date));
    for (let n = 1; n < 1000; n++) {
        const candidate = n === 1 ? base : `${base}-${n}`;
        try {
            await (0,promises_.mkdir)(candidate);
            return candidate;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    throw new Error(`cannot create a run directory under ${outdir}`);
}
function isAuthStatus(status) {
    return status === 401 || status === 403;
}
async function runPipeline(config, deps) {
    const { discovery, log, signal } = deps;
    const progress = deps.progress ?? new pipeline_log.RunProgress();
    progress.transport = () => discovery.transport?.();
    // A caller that made the progress already showed it to the logger.
    if (!deps.progress)
        log.track?.(progress);
    let runDir;
    let summaryWritten = false;
    try {
        const result = await pipeline(config, deps, progress, (dir) => {
            runDir = dir;
            progress.runDir = dir;
        }, () => {
            summaryWritten = true;
        });
        return result;
    }
    catch (error) {
        // Interrupted half way (or failed): a directory without run_summary.json is not a run, and
        // is removed, unless a later phase (the diff, the report) failed after the inventory was
        // written: what was collected is kept for the caller to upload, and said where it is.
        if (runDir && !summaryWritten) {
            if (!signal?.aborted && (await (0,preflight/* pathExists */.s0)((0,external_node_path_.join)(runDir, 'inventory.jsonl')))) {
                log.warn(`the run failed after collection; what was collected is kept in ${runDir} (no run_summary.json: not a complete run)`);
            }
            else {
                await (0,promises_.rm)(runDir, { recursive: true, force: true });
            }
        }
        if (signal?.aborted) {
            progress.interrupted = true;
            throw new RunInterruptedError(`interrupted before anything was written${runDir ? `; ${runDir} removed` : ''}`, interruptExitCode(signal));
        }
        throw error;
    }
    finally {
        progress.finish();
        log.groupEnd?.();
    }
}
async function pipeline(config, deps, progress, onRunDir, onSummary) {
    const { discovery, log, signal } = deps;
    const startedAt = deps.now();
    const timings = {};
    const time = async (phase, work) => {
        const t0 = Date.now();
        try {
            return await work();
        }
        finally {
            timings[phase] = (timings[phase] ?? 0) + Date.now() - t0;
        }
    };
    const enterPhase = (phase) => {
        progress.setPhase(phase);
        log.group?.(phase);
    };
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        log.warn(message);
    };
    enterPhase('connect');
    let identity;
    let subscribed;
    try {
        subscribed = await time('regions', () => discovery.listRegions());
        identity = await time('identity', () => discovery.identity());
    }
    catch (error) {
        if (isAuthStatus((0,discover/* httpStatusOf */.s_)(error)))
            throw new RunAuthError(`identity call refused: ${(0,discover/* describeError */.Uc)(error)}`);
        throw error;
    }
    log.info(`tenancy ${identity.tenancyName || identity.tenancyId}, home region ${identity.homeRegion}`, { phase: 'connect' });
    const subscribedNames = subscribed.map((r) => r.name);
    const regions = config.regions.length > 0 ? config.regions : subscribedNames;
    const unknown = regions.filter((r) => !subscribedNames.includes(r));
    if (unknown.length > 0) {
        throw new RunInputError(`--regions: ${unknown.join(', ')} not subscribed (subscribed: ${subscribedNames.join(', ')})`);
    }
    const compartments = await time('compartments', () => discovery.listCompartments());
    let scope;
    if (config.compartment) {
        if (!compartments.some((c) => c.ocid === config.compartment)) {
            throw new RunInputError(`--compartment: ${config.compartment} is not a compartment of this tenancy`);
        }
        scope = (0,discover/* compartmentSubtree */.hR)(config.compartment, compartments);
    }
    signal?.throwIfAborted();
    const runDir = await makeRunDir(config.outdir, startedAt);
    onRunDir(runDir);
    log.debug(`run directory ${runDir}`);
    const collectedAt = deps.now().toISOString();
    enterPhase('discovery');
    for (const region of regions)
        progress.region(region);
    const interrupted = () => signal?.aborted === true;
    // The one redaction policy, on every record, before anything is written, hashed or rendered.
    const redactor = new redact/* Redactor */.pO({ tenancyId: identity.tenancyId, secret: deps.redactionSecret, extra: (0,redact/* parseExtraRules */.BA)(config.redactExtra) });
    const tally = new pipeline_summary/* InventoryTally */.Bf();
    let outputs;
    let found;
    // Search pages and enriched batches both go to the run's spill area, removed whatever happens.
    const spill = new SpillStore((0,external_node_path_.join)(runDir, '.spill'));
    // The exports start as soon as the last bucket enriches alone: what is spilled below the
    // frontier (collectRegions' onFrontier) is written while it enriches, the rest after its last
    // batch (docs/architecture.md, "Data flow: bounded memory").
    const follower = spill.follow();
    const exporting = (0,export_exports/* writeExportsFromStream */.LO)(runDir, follower.records({ dedupe: true }), compartments, {
        formats: config.formats,
        tagColumns: config.tagColumns,
        onStep: (step) => {
            progress.exportStep = step;
        },
        onRecord: (record) => tally.add(record),
    });
    // Awaited below; a failure meanwhile is not unhandled.
    exporting.catch(() => undefined);
    try {
        // Per region: search → disk → batches of whole types → enrich → redact → spill, regions
        // overlapping (docs/architecture.md, "Data flow: bounded memory").
        const discoveryStarted = Date.now();
        found = await collectRegions({
            regions,
            homeRegion: identity.homeRegion,
            config,
            scope,
            collectedAt,
            discovery,
            enrich: deps.enrich,
            buckets: new SearchBuckets((0,external_node_path_.join)(runDir, '.spill', 'search')),
            log,
            progress,
            signal,
            warn,
            onSearchesDone: (outcomes, counts) => {
                timings.discovery = Date.now() - discoveryStarted;
                log.info(`discovery: ${counts.accepted} search results in ${regions.length} region(s)`, {
                    phase: 'discovery',
                    counts: { records: counts.accepted, regions: regions.length, failed: outcomes.filter((r) => r.status === 'FAILED').length },
                    duration_ms: timings.discovery,
                });
                enterPhase('enrich');
            },
            onFrontier: (below) => follower.advance(below),
            done: async (list) => {
                await time('redact', async () => {
                    for (const record of list)
                        redactor.redactRecord(record);
                });
                await spill.add(list);
                log.debug(`spilled run file ${spill.files}: ${list.length} records`);
            },
        });
        // Phases overlap: enrich is from the first batch's enrichment to the last one's end.
        timings.enrich = found.enrichStartedAt !== undefined && found.enrichEndedAt !== undefined ? found.enrichEndedAt - found.enrichStartedAt : 0;
        if (interrupted() && found.records === 0)
            signal?.throwIfAborted();
        const failedRegions = found.regions.filter((r) => r.status === 'FAILED' && !(interrupted() && r.error === discover/* INTERRUPTED_REASON */.AO));
        if (failedRegions.length > 0 && failedRegions.length === regions.length && failedRegions.every((r) => isAuthStatus(r.httpStatus))) {
            throw new RunAuthError(`search refused in every region: ${failedRegions[0]?.error ?? ''}`);
        }
        for (const r of failedRegions)
            warn(`region ${r.region} failed: ${r.error}`);
        if (interrupted()) {
            progress.interrupted = true;
            warn('interrupted: the inventory holds what was complete when the run was stopped');
        }
        if (redactor.counts.total > 0)
            log.info(`redacted ${redactor.counts.total} secret value(s)`);
        enterPhase('export');
        log.debug(`export: ${follower.yielded} records written while enriching; merging the rest of ${spill.count} records from ${spill.files} run files`, {
            phase: 'export',
        });
        follower.finish();
        // timings_ms.export: the part after the last batch, what the run waits for.
        outputs = await time('export', () => exporting);
    }
    catch (error) {
        follower.fail(error);
        throw error;
    }
    finally {
        // The exports end (committed, or their temporary files removed) before the spill goes.
        await exporting.catch(() => undefined);
        await spill.cleanup();
    }
    const failed = found.regions.filter((r) => r.status === 'FAILED' && !(interrupted() && r.error === discover/* INTERRUPTED_REASON */.AO));
    log.info(`export: ${outputs.join(', ')}`, { phase: 'export', counts: { files: outputs.length, records: tally.total }, duration_ms: timings.export ?? 0 });
    let diff;
    const baseline = config.expected ?? config.prev;
    // An interrupted inventory is incomplete: a diff would report what was not read as removed.
    if (baseline && !interrupted()) {
        enterPhase('diff');
        const detailWarning = config.enrich ? await (0,enrich_detail/* baselineDetailWarning */.T7)(baseline, config.enrichDetail) : undefined;
        if (detailWarning)
            warn(detailWarning);
        diff = await time('diff', () => 
        // The baseline goes through the same policy: an older run's raw values become the same
        // markers, so upgrading shows no false change and prints no old secret.
        (0,pipeline_outputs/* compareWithBaseline */.$_)(baseline, (0,external_node_path_.join)(runDir, 'inventory.jsonl'), runDir, config, config.expected ? 'expected' : 'previous-run', (r) => redactor.redactRecord(r), new Map(compartments.map((c) => [c.ocid, c.path]))));
        const unverifiedNote = diff.counts.unverified ? ` (${diff.counts.unverified} unverified)` : '';
        log.info(`diff vs ${diff.baseline}: +${diff.counts.added} -${diff.counts.removed} ~${diff.counts.changed}${unverifiedNote}`, {
            phase: 'diff',
            counts: { added: diff.counts.added, removed: diff.counts.removed, changed: diff.counts.changed, unverified: diff.counts.unverified ?? 0 },
            duration_ms: timings.diff ?? 0,
        });
    }
    // Every region failed: nothing was inventoried, though the (empty) outputs are still written.
    // Complete but some records unverified (their enrichment failed): DEGRADED (SPEC §3).
    const unverified = tally.unverified;
    const status = interrupted()
        ? 'INTERRUPTED'
        : failed.length === 0
            ? unverified > 0
                ? 'DEGRADED'
                : 'SUCCESS'
            : failed.length === regions.length
                ? 'FAILED'
                : 'PARTIAL';
    if (status === 'DEGRADED') {
        warn(`${unverified} record(s) unverified: their enrichment failed (${topReasons(tally.errorReasons)}); ` +
            'they are compared on their search fields only and listed as unverified, not changed');
    }
    enterPhase('report');
    const finishedAt = deps.now();
    const summary = (0,pipeline_summary/* buildRunSummary */.kV)({
        tally,
        regions: found.regions,
        status,
        config,
        identity,
        startedAt,
        finishedAt,
        timings,
        apiCalls: discovery.apiCalls(),
        toolVersion: deps.toolVersion,
        outputs,
        diff,
        warnings,
        dropped: { terminated: found.counts.droppedTerminated, outOfScope: found.counts.droppedOutOfScope },
    });
    // report.md first: run_summary.json, written last, is what marks the directory a run.
    await (0,pipeline_outputs/* writeTextAtomic */.Q)((0,external_node_path_.join)(runDir, 'report.md'), await (0,report/* renderRunReport */.Af)(summary, tally, compartments, diff));
    await (0,pipeline_outputs/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(runDir, 'run_summary.json'), summary);
    onSummary();
    let exitCode = exit/* EXIT */.d.OK;
    if (status === 'INTERRUPTED')
        exitCode = interruptExitCode(signal);
    else if (status === 'PARTIAL' || status === 'FAILED')
        exitCode = exit/* EXIT */.d.PARTIAL;
    else if (diff?.failOnTriggered || (status === 'DEGRADED' && config.failOn === 'degraded'))
        exitCode = exit/* EXIT */.d.DRIFT;
    return { runDir, status, exitCode, summary, ...(diff ? { diff } : {}) };
}
/** The commonest enrichment failures, e.g. `getLog: 429 TooManyRequests ×3`. */
function topReasons(reasons) {
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return top.map(([reason, n]) => `${reason} ×${n}`).join('; ') + (reasons.size > 3 ? '; …' : '');
}


/***/ }),

/***/ 64044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bf: () => (/* binding */ InventoryTally),
/* harmony export */   kV: () => (/* binding */ buildRunSummary)
/* harmony export */ });
/* unused harmony export countBy */
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86528);
// run_summary.json (SPEC §4): the seed tool's snake_case keys plus status, regions, timings,
// API calls and version, so scripts can gate on a run without parsing the inventory.

/**
 * The running aggregates a run keeps instead of its records (docs/architecture.md, "Data
 * flow"): counts by type, enrichment status, region and failure reason, fed one record at a
 * time as the exports stream past. Bounded by types × statuses + regions + distinct reasons.
 */
class InventoryTally {
    total = 0;
    byType = new Map();
    byStatus = new Map();
    /** Regional records per region; global (IAM) records are counted in `globals` instead. */
    perRegion = new Map();
    globals = 0;
    errorReasons = new Map();
    static of(records) {
        const tally = new InventoryTally();
        for (const record of records)
            tally.add(record);
        return tally;
    }
    add(record) {
        this.total++;
        const row = this.byType.get(record.resourceType) ?? new Map();
        row.set(record.enrichStatus, (row.get(record.enrichStatus) ?? 0) + 1);
        this.byType.set(record.resourceType, row);
        this.byStatus.set(record.enrichStatus, (this.byStatus.get(record.enrichStatus) ?? 0) + 1);
        if (_core_record_js__WEBPACK_IMPORTED_MODULE_0__/* .GLOBAL_RESOURCE_TYPES */ .FE.has(record.resourceType))
            this.globals++;
        else
            this.perRegion.set(record.region, (this.perRegion.get(record.region) ?? 0) + 1);
        if (record.enrichStatus === 'ERROR') {
            const reason = record.enrichError ?? 'unknown';
            this.errorReasons.set(reason, (this.errorReasons.get(reason) ?? 0) + 1);
        }
    }
    get unverified() {
        return this.byStatus.get('ERROR') ?? 0;
    }
    countsByType() {
        return sortedRecord(new Map([...this.byType].map(([type, row]) => [type, [...row.values()].reduce((a, b) => a + b, 0)])));
    }
    countsByStatus() {
        return sortedRecord(this.byStatus);
    }
}
function sortedRecord(counts) {
    return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function countBy(items, key) {
    // A Map, so a key named constructor or __proto__ is data (a plain {} would return Object's).
    const counts = new Map();
    for (const item of items) {
        const k = key(item);
        counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function buildRunSummary(input) {
    const tally = input.tally ?? InventoryTally.of(input.records ?? []);
    const byStatus = tally.countsByStatus();
    let total = 0;
    for (const ops of Object.values(input.apiCalls))
        for (const s of Object.values(ops))
            total += s.calls;
    return {
        tool_version: input.toolVersion,
        status: input.status,
        tenancy_id: input.identity.tenancyId,
        home_region: input.identity.homeRegion,
        query: input.config.query,
        scope: {
            compartment: input.config.compartment ?? null,
            include_terminated: input.config.includeTerminated,
            regions: input.regions.map((r) => r.region),
        },
        enrich_detail: input.config.enrich ? input.config.enrichDetail : null,
        started_at: input.startedAt.toISOString(),
        finished_at: input.finishedAt.toISOString(),
        duration_ms: input.finishedAt.getTime() - input.startedAt.getTime(),
        timings_ms: input.timings,
        total_discovered: tally.total,
        enriched_ok: byStatus.OK ?? 0,
        not_implemented: byStatus.NOT_IMPLEMENTED ?? 0,
        errors: byStatus.ERROR ?? 0,
        skipped: byStatus.SKIPPED ?? 0,
        unverified: byStatus.ERROR ?? 0,
        counts_by_resource_type: tally.countsByType(),
        counts_by_enrich_status: byStatus,
        regions: input.regions.map(({ region, status, count, error, duration_ms, enrich_duration_ms }) => ({
            region,
            status,
            count: tally.perRegion.get(region) ?? 0,
            search_count: count,
            error,
            duration_ms,
            ...(enrich_duration_ms === undefined ? {} : { enrich_duration_ms }),
        })),
        global: { count: tally.globals, region: input.identity.homeRegion },
        dropped: { terminated: input.dropped.terminated, out_of_scope: input.dropped.outOfScope },
        api_calls: input.apiCalls,
        api_calls_total: total,
        outputs: input.outputs,
        diff: input.diff
            ? {
                baseline: input.diff.baseline,
                baseline_path: input.diff.baselinePath,
                added: input.diff.counts.added,
                removed: input.diff.counts.removed,
                changed: input.diff.counts.changed,
                unverified: input.diff.counts.unverified ?? 0,
                unchanged: input.diff.counts.unchanged,
            }
            : null,
        warnings: input.warnings,
    };
}


/***/ })

};
