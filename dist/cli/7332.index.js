export const id = 7332;
export const ids = [7332];
export const modules = {

/***/ 17332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emulatorCommand: () => (/* binding */ emulatorCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5941);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50698);
// `oci-inv emulator`: the OCI API emulator standalone, for trying the CLI by hand, with the
// options of the standalone module: port, seed, size, latency and fault injection. Every
// option is checked before anything starts (exit 2 with the flag named).



/** `--faults` is JSON inline (starts with `{`) or the path of a JSON file. */
async function faultsFlag(raw) {
    if (raw === undefined)
        return undefined;
    const text = String(raw).trim();
    let json = text;
    if (!text.startsWith('{')) {
        try {
            json = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(text, 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--faults: ${text}: not inline JSON and no readable file`);
        }
    }
    try {
        return JSON.parse(json);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--faults: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
}
async function emulatorCommand(flags) {
    const { parseFaultConfig, runStandaloneEmulator, SIZE_PRESETS, GENERATOR_PROFILES } = await __webpack_require__.e(/* import() */ 2777).then(__webpack_require__.bind(__webpack_require__, 62777));
    const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS);
    const port = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .intFlag */ .s1)(flags, 'port', 8123, 0, 65535);
    const seed = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .intFlag */ .s1)(flags, 'seed', 42, 0, 2 ** 31 - 1);
    const size = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceFlag */ .yq)(flags, 'size', SIZE_PRESET_NAMES, 'small');
    const profile = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .choiceFlag */ .yq)(flags, 'profile', GENERATOR_PROFILES, 'uniform');
    const latency = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .intFlag */ .s1)(flags, 'latency', 0, 0, 60_000);
    const rawFaults = (await faultsFlag(flags.faults)) ?? {};
    let faults;
    try {
        faults = parseFaultConfig({ ...rawFaults, ...(latency > 0 ? { latencyMs: latency } : {}) });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--faults: ${error instanceof Error ? error.message.replace(/^invalid fault config: /, '') : String(error)}`);
    }
    const authDir = typeof flags.authDir === 'string' && flags.authDir.trim() !== '' ? flags.authDir : '.oci-inv-emulator';
    try {
        await runStandaloneEmulator({ port, seed, size, profile, faults, authDir });
    }
    catch (error) {
        throw (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .listenError */ .OK)(error, port);
    }
    return 0;
}


/***/ })

};
