export const id = 309;
export const ids = [309];
export const modules = {

/***/ 59309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCompartmentsCommand: () => (/* binding */ listCompartmentsCommand),
/* harmony export */   listRegionsCommand: () => (/* binding */ listRegionsCommand),
/* harmony export */   validateAuthCommand: () => (/* binding */ validateAuthCommand)
/* harmony export */ });
/* harmony import */ var _oci_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33662);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96237);
/* harmony import */ var _pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14239);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71061);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50698);
// `validate-auth`, `list-regions`, `list-compartments`: quick looks at what the credentials
// reach, each one or two identity calls. Never prints key material.





async function withDiscovery(flags, rawArgs, work) {
    const ctx = await (0,_options_js__WEBPACK_IMPORTED_MODULE_4__.contextFrom)(flags, rawArgs);
    await (0,_pipeline_preflight_js__WEBPACK_IMPORTED_MODULE_2__/* .preflightConnection */ .Mr)(ctx.config);
    const connection = await (0,_oci_connect_js__WEBPACK_IMPORTED_MODULE_0__/* .connectOci */ .m)(ctx.config, ctx.log);
    try {
        return await work(ctx, connection);
    }
    catch (error) {
        const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatusOf */ .s_)(error);
        if (status === 401 || status === 403)
            throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_3__/* .RunAuthError */ .UU(`identity refused the credentials: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
        throw error;
    }
    finally {
        connection.close();
    }
}
function print(stdout, json, value, text) {
    stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : text());
}
async function validateAuthCommand(flags, rawArgs, stdout = process.stdout) {
    return withDiscovery(flags, rawArgs, async (ctx, c) => {
        const who = await c.discovery.identity();
        ctx.log.info(`authenticated with ${who.authMethod}`);
        print(stdout, flags.json === true, who, () => [
            `auth method:  ${who.authMethod}`,
            `principal:    ${who.principal}`,
            `tenancy:      ${who.tenancyName} (${who.tenancyId})`,
            `home region:  ${who.homeRegion}`,
            '',
        ].join('\n'));
        return 0;
    });
}
async function listRegionsCommand(flags, rawArgs, stdout = process.stdout) {
    return withDiscovery(flags, rawArgs, async (_ctx, c) => {
        const regions = await c.discovery.listRegions();
        print(stdout, flags.json === true, regions, () => regions.map((r) => `${r.name}\t${r.key}\t${r.status}${r.isHome ? '\thome' : ''}\n`).join(''));
        return 0;
    });
}
async function listCompartmentsCommand(flags, rawArgs, stdout = process.stdout) {
    return withDiscovery(flags, rawArgs, async (_ctx, c) => {
        const compartments = await c.discovery.listCompartments();
        print(stdout, flags.json === true, compartments, () => compartments.map((x) => `${x.ocid}\t${x.name}\t${x.path}\t${x.lifecycleState}\n`).join(''));
        return 0;
    });
}


/***/ })

};
