export const id = 5432;
export const ids = [5432];
export const modules = {

/***/ 5432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ describeFailure),
/* harmony export */   RegionContext: () => (/* binding */ RegionContext),
/* harmony export */   Z8: () => (/* binding */ LIST_PAGE_LIMIT),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   callOperation: () => (/* binding */ callOperation),
/* harmony export */   qi: () => (/* binding */ applyObject),
/* harmony export */   wI: () => (/* binding */ markError)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15211);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31406);


/**
 * Items asked per list page. OCI lists answer 100 or fewer items a page unless asked for
 * more; most accept up to 1000. A list that rejects the limit (400) is asked again without
 * it, and not asked with it again in the run.
 */
const LIST_PAGE_LIMIT = 1000;
/** Each row's client class, loaded once: `row.client()` is a dynamic import, once per record otherwise. */
const clientClasses = new WeakMap();
function clientClass(load) {
    let pending = clientClasses.get(load);
    if (!pending) {
        pending = load();
        clientClasses.set(load, pending);
        // A failed load is not kept: the next record asks again (and fails on its own).
        pending.catch(() => clientClasses.delete(load));
    }
    return pending;
}
class RegionContext {
    region;
    clients;
    log;
    byType;
    limitRefused;
    namespacePromise;
    regionWide = new Map();
    /** One listing per (row, parent) in this batch: the VNIC assembly reads the private IP rows' lists. */
    underParent = new Map();
    /** Hears every listing `childrenOf` made, once it arrived (the engine keeps VNIC facts from them). */
    onChildren;
    constructor(region, clients, log, 
    /** Every record of the region, by type: parents for scoped lists (log groups, vaults). */
    byType, 
    /** `service operation` of lists that refused LIST_PAGE_LIMIT; shared by the run's regions. */
    limitRefused = new Set()) {
        this.region = region;
        this.clients = clients;
        this.log = log;
        this.byType = byType;
        this.limitRefused = limitRefused;
    }
    /** Every item of a list, in pages of LIST_PAGE_LIMIT where the service accepts it. */
    async listPaged(client, service, method, request, itemsPath) {
        const key = `${service} ${method}`;
        if (!this.limitRefused.has(key)) {
            try {
                return await listAll(client, method, { ...request, limit: LIST_PAGE_LIMIT }, itemsPath);
            }
            catch (error) {
                if (error?.statusCode !== 400)
                    throw error;
                this.limitRefused.add(key);
                this.log.debug(`${method}: limit ${LIST_PAGE_LIMIT} refused; paging at the service's default`);
            }
        }
        return listAll(client, method, request, itemsPath);
    }
    async clientFor(row) {
        return this.clients.get(await clientClass(row.client), row.service, this.region);
    }
    /** Only rows that need it pay for the namespace lookup: one call per region. */
    async env(row) {
        if (!row.needsNamespace)
            return { namespace: '' };
        this.namespacePromise ??= this.fetchNamespace();
        return { namespace: await this.namespacePromise };
    }
    /** A region-wide read shared by every compartment group of a type: made once, on first need. */
    regionWideChildren(row, read) {
        let pending = this.regionWide.get(row.resourceType);
        if (!pending) {
            pending = read();
            this.regionWide.set(row.resourceType, pending);
        }
        return pending;
    }
    /** Every item of a parent-scoped row's list under one parent, listed once per batch. */
    childrenOf(row, scope) {
        const list = row.list;
        if (!list?.parentType || !scope.parentId)
            return Promise.resolve([]);
        const key = `${row.resourceType} ${scope.parentId}`;
        let pending = this.underParent.get(key);
        if (!pending) {
            const parentId = scope.parentId;
            pending = this.clientFor(row)
                .then((client) => this.listPaged(client, row.service, list.method, list.request(scope), list.itemsPath))
                .then((items) => {
                this.onChildren?.(row, parentId, items);
                return items;
            });
            // A failed listing is not kept: the next reader asks again (and fails on its own).
            pending.catch(() => this.underParent.delete(key));
            this.underParent.set(key, pending);
        }
        return pending;
    }
    async fetchNamespace() {
        const { ObjectStorageClient } = await Promise.all(/* import() */[__webpack_require__.e(8473), __webpack_require__.e(2058)]).then(__webpack_require__.t.bind(__webpack_require__, 32757, 19));
        const client = this.clients.get(ObjectStorageClient, 'objectstorage', this.region);
        const response = await client.getNamespace({});
        return response.value;
    }
}
/** Call an SDK operation by name; the table names operations as strings. */
async function callOperation(client, method, request) {
    const fn = client[method];
    if (typeof fn !== 'function')
        throw new Error(`${method}: no such operation on ${client.constructor.name}`);
    let response;
    try {
        response = await fn.call(client, request);
    }
    catch (error) {
        throw (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .asOciError */ .Uf)(error, method);
    }
    if (response === null || typeof response !== 'object')
        throw new Error(`${method}: empty response`);
    return response;
}
/** Every item of a paged list, paging with the request we built (`page` ← `opcNextPage`). */
async function listAll(client, method, request, itemsPath) {
    const items = [];
    const seenPages = new Set();
    let page;
    do {
        const response = await callOperation(client, method, page ? { ...request, page } : request);
        let node = response;
        for (const key of itemsPath)
            node = node !== null && typeof node === 'object' ? node[key] : undefined;
        if (Array.isArray(node))
            items.push(...node);
        const next = response.opcNextPage;
        page = typeof next === 'string' && next ? next : undefined;
        // A server that repeats a page token would loop forever.
        if (page && seenPages.has(page))
            throw new Error(`${method}: page token repeated`);
        if (page)
            seenPages.add(page);
    } while (page);
    return items;
}
/** Store an SDK object on the record and derive the row's edges. */
function applyObject(record, row, object) {
    const metadata = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .toMetadataJson */ .hj)(object);
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) {
        markError(record, `${row.get?.method ?? row.list?.method ?? 'enrich'}: response had no object`);
        return;
    }
    const kept = row.fields ? project(metadata, row.fields) : metadata;
    // `metadata` first: with `searchSummary` after it the details are in canonical key order, so
    // canonicalJson can leave the whole record to JSON.stringify (src/core/record.ts).
    const { metadata: _replaced, ...others } = record.details;
    record.details = { metadata: kept, ...others };
    record.enrichStatus = 'OK';
    record.enrichError = null;
    record.relationships = (0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeRelations */ .LD)([...record.relationships, ...(0,_metadata_js__WEBPACK_IMPORTED_MODULE_1__/* .relationsFrom */ .kQ)(kept, row.relations, record.ocid)]);
}
/** The row's field set of an object, whichever call returned it (`EnricherRow.fields`). */
function project(object, fields) {
    const out = {};
    for (const field of fields) {
        const value = object[field];
        if (value !== undefined && Object.hasOwn(object, field))
            out[field] = value;
    }
    return out;
}
function markError(record, reason) {
    record.enrichStatus = 'ERROR';
    record.enrichError = reason;
}
/**
 * `<operation>: <status> <code>` for service errors, `<operation>: <problem>` for transport
 * failures: no request ids, timestamps or durations, so the same failure reads the same in
 * every run and diffs stay quiet.
 */
function describeFailure(operation, error) {
    if (error !== null && typeof error === 'object') {
        const { statusCode, serviceCode } = error;
        if (typeof statusCode === 'number') {
            return `${operation}: ${statusCode}${typeof serviceCode === 'string' && serviceCode ? ` ${serviceCode}` : ''}`;
        }
    }
    const message = error instanceof Error ? error.message : String(error);
    const problem = message.replace(/^.*? failed after \d+ s: /, '').replace(/ocid1\.[\w.-]+/g, '<ocid>');
    return `${operation}: ${problem}`;
}


/***/ }),

/***/ 31406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LD: () => (/* binding */ normalizeRelations),
/* harmony export */   hj: () => (/* binding */ toMetadataJson),
/* harmony export */   kQ: () => (/* binding */ relationsFrom)
/* harmony export */ });
/* unused harmony export valuesAt */
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85373);

/** Plain JSON of an SDK value (redaction happens once, in the pipeline). */
function toMetadataJson(value) {
    return (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .toPlainJson */ .S)(value);
}
/** Every string value at a dotted path (`*` walks all children; arrays at the end flatten). */
function valuesAt(value, path) {
    const segments = path.split('.');
    let current = value === undefined ? [] : [value];
    for (const segment of segments) {
        const next = [];
        for (const item of current) {
            if (item === null || typeof item !== 'object')
                continue;
            if (segment === '*')
                next.push(...(Array.isArray(item) ? item : Object.values(item)));
            else if (!Array.isArray(item) && segment in item)
                next.push(item[segment]);
        }
        current = next;
    }
    const out = [];
    for (const item of current) {
        if (typeof item === 'string' && item)
            out.push(item);
        else if (Array.isArray(item))
            for (const inner of item)
                if (typeof inner === 'string' && inner)
                    out.push(inner);
    }
    return out;
}
/** Edges from a row's relation fields: only ocids, never the record itself. */
function relationsFrom(metadata, specs, selfOcid) {
    const edges = [];
    for (const spec of specs) {
        for (const target of valuesAt(metadata, spec.field)) {
            if (target.startsWith('ocid1.') && target !== selfOcid)
                edges.push({ relation_type: spec.relation, target_ocid: target });
        }
    }
    return edges;
}
/** Deduplicated, sorted by (relation, target): stable output across runs. */
function normalizeRelations(edges) {
    if (edges.length < 2)
        return [...edges];
    const seen = new Map();
    for (const edge of edges)
        seen.set(`${edge.relation_type}\u0000${edge.target_ocid}`, edge);
    // Indexing, not destructuring: a destructured parameter walks an iterator per comparison.
    const keyed = [...seen.entries()];
    keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return keyed.map((entry) => entry[1]);
}


/***/ })

};
