export const id = 5367;
export const ids = [5367];
export const modules = {

/***/ 87748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ormStateSources: () => (/* binding */ ormStateSources)
/* harmony export */ });
/* harmony import */ var oci_resourcemanager__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62126);
/* harmony import */ var _iac_state_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62301);
// Terraform state of OCI Resource Manager stacks, read-only (GetStackTfState), for IaC
// coverage's `--orm-stacks` (docs/iac.md). The state streams from the response body into the
// same reader as a state file: it is never held whole or written to disk.


function statusOf(error) {
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
async function* bodyChunks(body) {
    const decoder = new TextDecoder('utf-8');
    const iterable = body;
    if (typeof body === 'string') {
        yield body;
        return;
    }
    if (!iterable || typeof iterable[Symbol.asyncIterator] !== 'function')
        return;
    for await (const chunk of iterable)
        yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const tail = decoder.decode();
    if (tail)
        yield tail;
}
/** One StateSource per stack, named `orm:<ocid>`; the call is made when the source is read. */
function ormStateSources(clients, stacks) {
    return stacks.map((stack) => ({
        name: `orm:${stack.ocid}`,
        chunks: async function* () {
            const client = clients.get(oci_resourcemanager__WEBPACK_IMPORTED_MODULE_0__.ResourceManagerClient, 'resourcemanager', stack.region);
            let response;
            try {
                response = await client.getStackTfState({ stackId: stack.ocid });
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 404)
                    throw new _iac_state_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .StateInputError */ .e4(`orm:${stack.ocid}`, '', `no such stack in ${stack.region}, or not authorized to read its state (404)`);
                throw error;
            }
            yield* bodyChunks(response.value);
        },
    }));
}


/***/ })

};
