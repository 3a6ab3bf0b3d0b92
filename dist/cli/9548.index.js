export const id = 9548;
export const ids = [9548];
export const modules = {

/***/ 79548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compartmentPathsOf: () => (/* binding */ compartmentPathsOf)
/* harmony export */ });
/* unused harmony export pathsOf */
/* harmony import */ var _inventory_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9401);
// Compartment paths (`root/a/b`) from the Compartment records inventories carry, for reports
// made from files alone (`oci-inv diff`, `check`): a run names compartments by the paths
// discovery built, and a diff of two files should read the same.

/**
 * Compartment ocid → path from the Compartment records of `inventories` (files or run
 * directories), the first inventory's record winning when both hold one (pass the current
 * inventory first: a renamed compartment reads as it is now; one since deleted still gets a
 * path from the baseline). A chain ends at the tenancy (not a Compartment record) as `root`.
 * Names are tenancy data and returned as they are: every renderer escapes them.
 */
async function compartmentPathsOf(inventories) {
    const nodes = new Map();
    const add = (record) => {
        if (record.resourceType !== 'Compartment' || nodes.has(record.ocid))
            return;
        nodes.set(record.ocid, { name: record.displayName ?? record.ocid, parent: record.compartmentId });
    };
    for (const inventory of inventories) {
        const file = await (0,_inventory_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveInventoryFile */ .T2)(inventory);
        if (file.endsWith('.json')) {
            for await (const entry of (0,_inventory_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .scanInventory */ .oz)(file))
                add(entry.record);
            continue;
        }
        // Only lines that can be a Compartment record are parsed: the rest of the file is skipped
        // unparsed (the diff has already read and validated it).
        for await (const [text, line] of (0,_inventory_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .readLines */ .Se)(file)) {
            if (!text.includes('Compartment'))
                continue;
            const record = (0,_inventory_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInventoryLine */ ._J)(text, file, line);
            if (record)
                add(record);
        }
    }
    return pathsOf(nodes);
}
/** `root/…/name` for every node; a parent chain with a loop (hostile data) or past 64 levels ends at `root`. */
function pathsOf(nodes) {
    const paths = new Map();
    const pathOf = (ocid, seen) => {
        const known = paths.get(ocid);
        if (known !== undefined)
            return known;
        const node = nodes.get(ocid);
        if (!node)
            return 'root';
        if (seen.has(ocid) || seen.size >= 64)
            return `root/${node.name}`;
        seen.add(ocid);
        const path = `${node.parent === null ? 'root' : pathOf(node.parent, seen)}/${node.name}`;
        paths.set(ocid, path);
        return path;
    };
    for (const ocid of nodes.keys())
        pathOf(ocid, new Set());
    // The tenancy itself (the parent no Compartment record describes, where resources in the
    // root compartment point) reads as `root`.
    for (const node of nodes.values())
        if (node.parent !== null && !nodes.has(node.parent))
            paths.set(node.parent, 'root');
    return paths;
}


/***/ })

};
