export const id = 7792;
export const ids = [7792];
export const modules = {

/***/ 97792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mergeCommand: () => (/* binding */ mergeCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
// EXTERNAL MODULE: ./build/src/core/inventory-reader.js
var inventory_reader = __webpack_require__(9401);
// EXTERNAL MODULE: ./build/src/core/record.js
var core_record = __webpack_require__(86528);
// EXTERNAL MODULE: ./build/src/export/exports.js + 7 modules
var export_exports = __webpack_require__(26500);
// EXTERNAL MODULE: ./build/src/export/kway.js
var kway = __webpack_require__(61690);
// EXTERNAL MODULE: ./build/src/pipeline/config.js
var config = __webpack_require__(37944);
// EXTERNAL MODULE: ./build/src/pipeline/outputs.js
var pipeline_outputs = __webpack_require__(90874);
// EXTERNAL MODULE: ./build/src/pipeline/report.js
var report = __webpack_require__(57492);
// EXTERNAL MODULE: ./build/src/pipeline/run.js + 4 modules
var run = __webpack_require__(31462);
// EXTERNAL MODULE: ./build/src/pipeline/summary.js
var pipeline_summary = __webpack_require__(64044);
;// CONCATENATED MODULE: ./build/src/pipeline/merge.js
// `oci-inv merge`: shard runs (one per region from a CI matrix) become one run directory, as
// if one run had covered every region: one record per ocid (global IAM resources, which every
// shard sees, kept once with the home region), one run_summary.json with totals recomputed,
// and every export written again by the same writers a run uses.












const RegionSchema = dist/* object */.Ikc({
    region: dist/* string */.YjP(),
    status: dist/* picklist */.KIO(['OK', 'FAILED']),
    count: dist/* number */.aig(),
    error: dist/* nullable */.mee(dist/* string */.YjP()),
    duration_ms: dist/* optional */.lqM(dist/* number */.aig(), 0),
});
const CallStatsSchema = dist/* record */.g1P(dist/* string */.YjP(), dist/* record */.g1P(dist/* string */.YjP(), dist/* object */.Ikc({ calls: dist/* number */.aig(), retries: dist/* number */.aig(), throttled: dist/* number */.aig(), errors: dist/* number */.aig() })));
/** The fields merge relies on; the rest of a shard's summary is recomputed, not copied. */
const ShardSummarySchema = dist/* object */.Ikc({
    status: dist/* picklist */.KIO(['SUCCESS', 'DEGRADED', 'PARTIAL', 'FAILED']),
    tenancy_id: dist/* string */.YjP(),
    home_region: dist/* string */.YjP(),
    query: dist/* string */.YjP(),
    scope: dist/* optional */.lqM(dist/* object */.Ikc({ compartment: dist/* nullable */.mee(dist/* string */.YjP()), include_terminated: dist/* boolean */.zMY() }), {
        compartment: null,
        include_terminated: false,
    }),
    started_at: dist/* string */.YjP(),
    finished_at: dist/* string */.YjP(),
    timings_ms: dist/* optional */.lqM(dist/* record */.g1P(dist/* string */.YjP(), dist/* number */.aig()), {}),
    regions: dist/* array */.YOg(RegionSchema),
    dropped: dist/* optional */.lqM(dist/* object */.Ikc({ terminated: dist/* number */.aig(), out_of_scope: dist/* number */.aig() }), { terminated: 0, out_of_scope: 0 }),
    api_calls: dist/* optional */.lqM(CallStatsSchema, {}),
    outputs: dist/* optional */.lqM(dist/* array */.YOg(dist/* string */.YjP()), []),
    warnings: dist/* optional */.lqM(dist/* array */.YOg(dist/* string */.YjP()), []),
    enrich_detail: dist/* optional */.lqM(dist/* nullable */.mee(dist/* string */.YjP())),
});
const GraphNodeSchema = dist/* object */.Ikc({
    ocid: dist/* string */.YjP(),
    resourceType: dist/* string */.YjP(),
    displayName: dist/* nullable */.mee(dist/* string */.YjP()),
    compartmentId: dist/* nullable */.mee(dist/* string */.YjP()),
    lifecycleState: dist/* nullable */.mee(dist/* string */.YjP()),
});
async function readShardSummary(dir) {
    const file = (0,external_node_path_.join)(dir, 'run_summary.json');
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        throw new inventory_reader/* InventoryInputError */.$b(dir, 0, 'has no run_summary.json (not a run directory?)');
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new inventory_reader/* InventoryInputError */.$b(file, 0, 'not valid JSON');
    }
    const result = dist/* safeParse */.xLC(ShardSummarySchema, data);
    if (!result.success) {
        const issue = result.issues[0];
        const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
        throw new inventory_reader/* InventoryInputError */.$b(file, 0, `${path ? `field ${path}: ` : ''}${issue.message}`, path || undefined);
    }
    return result.output;
}
/** The compartment tree a shard knew, from its graph nodes (identity's tree, not only search hits). */
async function readShardCompartments(dir) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'graph_nodes.jsonl'), 'utf8');
    }
    catch {
        return undefined;
    }
    const out = [];
    for (const [index, line] of text.split('\n').entries()) {
        if (line.trim() === '')
            continue;
        const parsed = dist/* safeParse */.xLC(GraphNodeSchema, JSON.parse(line));
        if (!parsed.success)
            throw new inventory_reader/* InventoryInputError */.$b((0,external_node_path_.join)(dir, 'graph_nodes.jsonl'), index + 1, parsed.issues[0].message);
        const node = parsed.output;
        if (node.resourceType !== 'Compartment' && node.resourceType !== 'Tenancy')
            continue;
        const isRoot = node.resourceType === 'Tenancy';
        out.push({
            ocid: node.ocid,
            name: isRoot ? 'root' : (node.displayName ?? node.ocid),
            parentId: isRoot ? null : node.compartmentId,
            path: '',
            lifecycleState: node.lifecycleState ?? 'ACTIVE',
        });
    }
    return out;
}
/** `root/a/b` paths, computed the way discovery does for a live tenancy. */
function withPaths(compartments, tenancyId) {
    const paths = new Map();
    const pathOf = (id, seen) => {
        const known = paths.get(id);
        if (known)
            return known;
        const c = compartments.get(id);
        if (!c || id === tenancyId || c.parentId === null)
            return 'root';
        if (seen.has(id))
            return 'root';
        seen.add(id);
        const path = `${pathOf(c.parentId, seen)}/${c.name}`;
        paths.set(id, path);
        return path;
    };
    if (!compartments.has(tenancyId)) {
        compartments.set(tenancyId, { ocid: tenancyId, name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' });
    }
    return [...compartments.values()]
        .map((c) => ({ ...c, path: c.ocid === tenancyId ? 'root' : pathOf(c.ocid, new Set()) }))
        .sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
}
function addCalls(into, from) {
    for (const [service, ops] of Object.entries(from)) {
        const target = Object.hasOwn(into, service) ? (into[service] ?? {}) : {};
        Object.defineProperty(into, service, { value: target, enumerable: true, writable: true, configurable: true });
        for (const [op, s] of Object.entries(ops)) {
            const t = (Object.hasOwn(target, op) ? target[op] : undefined) ?? { calls: 0, retries: 0, throttled: 0, errors: 0 };
            const sum = { calls: t.calls + s.calls, retries: t.retries + s.retries, throttled: t.throttled + s.throttled, errors: t.errors + s.errors };
            // defineProperty: names come from a shard's run_summary.json, and "__proto__" must stay a key.
            Object.defineProperty(target, op, { value: sum, enumerable: true, writable: true, configurable: true });
        }
    }
}
/**
 * Which copy of a repeated ocid to keep: an enriched one (every shard enriches the global IAM
 * resources through the home region's identity endpoint, but one shard's call may have
 * failed), then the home region's, so a global IAM resource ends up exactly as a single
 * all-region run would have recorded it.
 */
function prefer(a, b, homeRegion) {
    if (a.enrichStatus === 'OK' && b.enrichStatus !== 'OK')
        return a;
    if (b.enrichStatus === 'OK' && a.enrichStatus !== 'OK')
        return b;
    if (a.region === homeRegion)
        return a;
    if (b.region === homeRegion)
        return b;
    return a;
}
async function mergeRuns(dirs, options) {
    if (dirs.length === 0)
        throw new run/* RunInputError */.E$('merge: give at least one run directory');
    const warn = options.warn ?? (() => { });
    const now = options.now ?? (() => new Date());
    const t0 = Date.now();
    const shards = await Promise.all(dirs.map(async (dir) => ({ dir, summary: await readShardSummary(dir) })));
    const first = shards[0]?.summary;
    for (const { dir, summary } of shards) {
        if (summary.tenancy_id !== first.tenancy_id) {
            throw new run/* RunInputError */.E$(`merge: ${dir} is tenancy ${summary.tenancy_id}, ${shards[0]?.dir} is ${first.tenancy_id}: shards must be one tenancy`);
        }
        if (summary.query !== first.query)
            warn(`${dir} used query "${summary.query}", not "${first.query}"`);
    }
    const homeRegion = first.home_region;
    const compartments = new Map();
    const withoutNodes = [];
    for (const { dir } of shards) {
        const known = await readShardCompartments(dir);
        if (!known)
            withoutNodes.push(dir);
        for (const c of known ?? [])
            if (!compartments.has(c.ocid))
                compartments.set(c.ocid, c);
    }
    // A shard without graph_nodes.jsonl (every record's node, Compartment records included):
    // its Compartment records are read in one streaming pass, keeping their tree fields only.
    for (const dir of withoutNodes) {
        for await (const { record: r } of (0,inventory_reader/* scanInventory */.oz)(dir)) {
            if (r.resourceType === 'Compartment' && !compartments.has(r.ocid)) {
                compartments.set(r.ocid, { ocid: r.ocid, name: r.displayName ?? r.ocid, parentId: r.compartmentId, path: '', lifecycleState: r.lifecycleState ?? 'ACTIVE' });
            }
        }
    }
    const tree = withPaths(compartments, first.tenancy_id);
    // A region that two shards both covered counts once; its OK outcome wins over a failure.
    const regions = new Map();
    for (const { summary } of shards) {
        for (const r of summary.regions) {
            const seen = regions.get(r.region);
            if (!seen || (seen.status === 'FAILED' && r.status === 'OK'))
                regions.set(r.region, r);
        }
    }
    const formats = new Set(['jsonl']);
    for (const { summary } of shards) {
        for (const f of config/* FORMATS */.hR)
            if (summary.outputs.includes(`inventory.${f}`))
                formats.add(f);
    }
    // The shards' inventories are sorted (every run writes them so): a k-way merge over them
    // streams into the one-pass writer, each ocid once, and only the running counts stay in memory.
    const runDir = await (0,run/* makeRunDir */.rc)(options.outdir, now());
    const tally = new pipeline_summary/* InventoryTally */.Bf();
    // Recounted after dedupe, as a run counts: regional records per region, global IAM records once in `global`.
    const perRegion = new Map();
    const merged = mergeShardInventories(shards.map((s) => s.dir), homeRegion, (kept, dropped) => {
        if (!core_record/* GLOBAL_RESOURCE_TYPES */.FE.has(dropped.resourceType) && kept.region !== dropped.region) {
            warn(`${dropped.ocid} (${dropped.resourceType}) appears in ${kept.region} and ${dropped.region}; keeping one`);
        }
    });
    let outputs;
    try {
        outputs = await (0,export_exports/* writeExportsFromStream */.LO)(runDir, merged.records(), tree, {
            formats: [...formats],
            tagColumns: config/* DEFAULT_CONFIG */.PV.tagColumns,
            onRecord: (record) => {
                tally.add(record);
                // Regional records only: the global IAM ones are counted once, in `global` (tally.globals).
                if (!core_record/* GLOBAL_RESOURCE_TYPES */.FE.has(record.resourceType))
                    perRegion.set(record.region, (perRegion.get(record.region) ?? 0) + 1);
            },
        });
    }
    catch (error) {
        // A bad shard line found half way: nothing was renamed into place; no empty run is left.
        await (0,promises_.rm)(runDir, { recursive: true, force: true });
        throw error;
    }
    const duplicatesDropped = merged.duplicates;
    const anyPartial = shards.some(({ summary }) => summary.status === 'PARTIAL' || summary.status === 'FAILED') || [...regions.values()].some((r) => r.status === 'FAILED');
    const status = anyPartial ? 'PARTIAL' : tally.unverified > 0 ? 'DEGRADED' : 'SUCCESS';
    const apiCalls = {};
    const timings = {};
    const warnings = [];
    let terminated = 0;
    let outOfScope = 0;
    for (const { dir, summary } of shards) {
        addCalls(apiCalls, summary.api_calls);
        // Shards run side by side: a phase took as long as its slowest shard.
        for (const [phase, ms] of Object.entries(summary.timings_ms)) {
            const slowest = Math.max((Object.hasOwn(timings, phase) ? timings[phase] : 0) ?? 0, ms);
            Object.defineProperty(timings, phase, { value: slowest, enumerable: true, writable: true, configurable: true });
        }
        terminated += summary.dropped.terminated;
        outOfScope += summary.dropped.out_of_scope;
        for (const w of summary.warnings)
            warnings.push(`${dir}: ${w}`);
    }
    timings.merge = Date.now() - t0;
    const details = new Set(shards.map((s) => String(s.summary.enrich_detail ?? 'complete')));
    if (details.size > 1)
        warnings.push(`shards were enriched at different detail levels (${[...details].sort().join(', ')}): their Vnic and Bucket records keep different fields`);
    let callsTotal = 0;
    for (const ops of Object.values(apiCalls))
        for (const s of Object.values(ops))
            callsTotal += s.calls;
    const startedAt = shards.map((s) => s.summary.started_at).sort()[0] ?? first.started_at;
    const finishedAt = shards.map((s) => s.summary.finished_at).sort().at(-1) ?? first.finished_at;
    const byStatus = tally.countsByStatus();
    const summary = {
        tool_version: options.toolVersion,
        status,
        tenancy_id: first.tenancy_id,
        home_region: homeRegion,
        query: first.query,
        scope: { compartment: first.scope.compartment, include_terminated: first.scope.include_terminated, regions: [...regions.keys()] },
        // Shards of one run share a detail level; mixed ones say so in the warnings.
        ...(first.enrich_detail !== undefined ? { enrich_detail: first.enrich_detail } : {}),
        started_at: startedAt,
        finished_at: finishedAt,
        duration_ms: Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt)),
        timings_ms: timings,
        total_discovered: tally.total,
        enriched_ok: byStatus.OK ?? 0,
        not_implemented: byStatus.NOT_IMPLEMENTED ?? 0,
        errors: byStatus.ERROR ?? 0,
        skipped: byStatus.SKIPPED ?? 0,
        unverified: byStatus.ERROR ?? 0,
        counts_by_resource_type: tally.countsByType(),
        counts_by_enrich_status: byStatus,
        regions: [...regions.values()].map((r) => ({ ...r, count: perRegion.get(r.region) ?? 0 })),
        global: { count: tally.globals, region: homeRegion },
        dropped: { terminated, out_of_scope: outOfScope },
        api_calls: apiCalls,
        api_calls_total: callsTotal,
        outputs,
        diff: null,
        warnings,
        merged_from: [...dirs],
    };
    await (0,pipeline_outputs/* writeJsonAtomic */.ZJ)((0,external_node_path_.join)(runDir, 'run_summary.json'), summary);
    await (0,pipeline_outputs/* writeTextAtomic */.Q)((0,external_node_path_.join)(runDir, 'report.md'), await (0,report/* renderRunReport */.Af)(summary, tally, tree, undefined));
    return { runDir, status, summary, duplicatesDropped };
}
/**
 * One shard's entries, each checked against the one before it: a repeated ocid or a record
 * out of (ocid, resourceType) order is refused with its file and line.
 */
async function* checkedShard(dir) {
    let previous;
    for await (const entry of (0,inventory_reader/* scanInventory */.oz)(dir)) {
        if (previous) {
            if (previous.record.ocid === entry.record.ocid)
                throw (0,inventory_reader/* duplicateError */.cv)(entry, previous.line);
            if ((0,core_record/* compareRecords */.aB)(previous.record, entry.record) > 0) {
                throw new inventory_reader/* InventoryInputError */.$b(entry.file, entry.line, `not in (ocid, resourceType) order after ${previous.record.ocid}: merge reads shard inventories as oci-inv writes them (sorted)`, 'ocid', entry.unit);
            }
        }
        previous = entry;
        yield entry;
    }
}
/**
 * The shards' sorted inventories merged into one stream in (ocid, resourceType) order through
 * the shared min-heap merge (`kWayMerge`, as a run's spill files), each ocid once: the copies
 * of an ocid come out of the merge one after another (every shard is sorted by ocid first),
 * and `prefer` folds them in merge order (`onDuplicate` hears of each one dropped); global
 * records are moved to the home region. Memory: one record per shard, and the copies of the
 * ocid at hand.
 */
function mergeShardInventories(dirs, homeRegion, onDuplicate = () => { }) {
    let duplicates = 0;
    const emit = (record) => {
        if (core_record/* GLOBAL_RESOURCE_TYPES */.FE.has(record.resourceType))
            record.region = homeRegion;
        return { record, line: (0,core_record/* canonicalJson */.dj)(record) };
    };
    async function* records() {
        const byRecord = (a, b) => (0,core_record/* compareRecords */.aB)(a.record, b.record);
        let kept;
        for await (const { value } of (0,kway/* kWayMerge */.R)(dirs.map(checkedShard), byRecord)) {
            const record = value.record;
            if (kept !== undefined && kept.ocid === record.ocid) {
                duplicates++;
                const winner = prefer(kept, record, homeRegion);
                onDuplicate(winner, winner === kept ? record : kept);
                kept = winner;
                continue;
            }
            if (kept !== undefined)
                yield emit(kept);
            kept = record;
        }
        if (kept !== undefined)
            yield emit(kept);
    }
    return {
        records,
        get duplicates() {
            return duplicates;
        },
    };
}

// EXTERNAL MODULE: ./build/src/version.js + 1 modules
var version = __webpack_require__(10990);
// EXTERNAL MODULE: ./build/src/cli/errors.js
var errors = __webpack_require__(5941);
// EXTERNAL MODULE: ./build/src/cli/interrupt.js
var interrupt = __webpack_require__(76163);
// EXTERNAL MODULE: ./build/src/cli/logger.js + 1 modules
var logger = __webpack_require__(18594);
// EXTERNAL MODULE: ./build/src/pipeline/preflight.js
var preflight = __webpack_require__(14239);
// EXTERNAL MODULE: ./build/src/cli/options.js
var options = __webpack_require__(50698);
;// CONCATENATED MODULE: ./build/src/cli/commands/merge.js
// `oci-inv merge DIR… [--outdir D]`: shard run directories (e.g. one per region from a
// matrix job) into one run directory, whose path goes to stdout like `run`'s.








async function mergeCommand(flags, dirs, stdout = process.stdout) {
    if (dirs.length === 0)
        throw new errors/* UsageError */.eb('merge: give the shard run directories to merge (oci-inv merge DIR… [--outdir D])');
    const outdir = flags.outdir === undefined ? 'out' : String(flags.outdir);
    if (outdir.trim() === '')
        throw new errors/* UsageError */.eb('--outdir must not be empty');
    await (0,preflight/* checkOutdir */.KM)(outdir, '--outdir');
    (0,interrupt/* guardNewRunDirs */.V8)(outdir);
    const log = (0,logger/* createCliLogger */.x)({ level: (0,options/* logLevelFlag */.X0)(flags), json: flags.jsonLogs === true });
    const result = await mergeRuns(dirs, { outdir, toolVersion: version/* TOOL_VERSION */.w, warn: (m) => log.warn(m) });
    const s = result.summary;
    log.info(`${s.status}: merged ${dirs.length} shard(s) into ${s.total_discovered} resources across ${s.regions.length} region(s)` +
        ` (${result.duplicatesDropped} repeated ocid(s) kept once)`);
    stdout.write(`${result.runDir}\n`);
    return result.status === 'PARTIAL' ? run/* EXIT */.dc.PARTIAL : run/* EXIT */.dc.OK;
}


/***/ })

};
