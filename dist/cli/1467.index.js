export const id = 1467;
export const ids = [1467,9107];
export const modules = {

/***/ 39107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENRICHER_TABLE: () => (/* reexport safe */ _table_index_js__WEBPACK_IMPORTED_MODULE_0__.Yp),
/* harmony export */   TYPE_ALIASES: () => (/* reexport safe */ _table_index_js__WEBPACK_IMPORTED_MODULE_0__.c2),
/* harmony export */   canonicalType: () => (/* reexport safe */ _table_index_js__WEBPACK_IMPORTED_MODULE_0__.jD),
/* harmony export */   createEnricher: () => (/* reexport safe */ _engine_js__WEBPACK_IMPORTED_MODULE_1__.createEnricher),
/* harmony export */   rowFor: () => (/* reexport safe */ _table_index_js__WEBPACK_IMPORTED_MODULE_0__.QW),
/* harmony export */   supportedResourceTypes: () => (/* binding */ supportedResourceTypes)
/* harmony export */ });
/* harmony import */ var _table_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35960);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10550);
// Entry point of the enrichers: the table (for `oci-inv enrich-coverage`, which must not load
// any SDK service package) and the engine.



/** Every type a row serves, alias spellings included. */
function supportedResourceTypes() {
    const types = new Set(_table_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ENRICHER_TABLE */ .Yp.map((row) => row.resourceType));
    for (const [alias, canonical] of _table_index_js__WEBPACK_IMPORTED_MODULE_0__/* .TYPE_ALIASES */ .c2)
        if (types.has(canonical))
            types.add(alias);
    return types;
}


/***/ }),

/***/ 85373:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toPlainJson),
/* harmony export */   d: () => (/* binding */ toPlainJsonObject)
/* harmony export */ });
/* harmony import */ var _core_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86528);
// SDK objects → plain JSON, the one conversion every OCI adapter uses at the edge: Dates (typed
// Date, often arriving as strings) to ISO strings, undefined and functions dropped, non-finite
// numbers to null. Secrets are redacted later, by the pipeline's one policy (src/core/redact.ts).

function toPlainJson(value) {
    if (value === null || value === undefined)
        return null;
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.toISOString();
    if (typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'bigint')
        return value.toString();
    if (Array.isArray(value))
        return value.map((item) => toPlainJson(item));
    if (typeof value === 'object') {
        // Keys in canonical order, so canonicalJson can leave the whole subtree to JSON.stringify.
        const source = value;
        const keys = Object.keys(source);
        if (keys.length > 1)
            (0,_core_record_js__WEBPACK_IMPORTED_MODULE_0__/* .sortLikeSortKeys */ .gU)(keys);
        const out = {};
        for (const key of keys) {
            const child = source[key];
            if (child === undefined || typeof child === 'function')
                continue;
            // A hostile "__proto__" key stays data instead of setting the copy's prototype.
            if (key === '__proto__')
                Object.defineProperty(out, key, { value: toPlainJson(child), enumerable: true, writable: true, configurable: true });
            else
                out[key] = toPlainJson(child);
        }
        return out;
    }
    return null;
}
/** toPlainJson for a value that should be an object; anything else becomes `{}`. */
function toPlainJsonObject(value) {
    const json = toPlainJson(value);
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? json : {};
}


/***/ })

};
