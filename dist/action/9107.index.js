export const id = 9107;
export const ids = [9107];
export const modules = {

/***/ 39107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rowFor: () => (/* reexport safe */ _table_index_js__WEBPACK_IMPORTED_MODULE_0__.QW)
/* harmony export */ });
/* unused harmony export supportedResourceTypes */
/* harmony import */ var _table_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35960);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10550);
// Entry point of the enrichers: the table (for `oci-inv enrich-coverage`, which must not load
// any SDK service package) and the engine.



/** Every type a row serves, alias spellings included. */
function supportedResourceTypes() {
    const types = new Set(ENRICHER_TABLE.map((row) => row.resourceType));
    for (const [alias, canonical] of TYPE_ALIASES)
        if (types.has(canonical))
            types.add(alias);
    return types;
}


/***/ })

};
