export const id = 9107;
export const ids = [9107];
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


/***/ })

};
