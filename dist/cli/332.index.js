export const id = 332;
export const ids = [332];
export const modules = {

/***/ 17332:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   emulatorCommand: () => (/* binding */ emulatorCommand)
/* harmony export */ });
async function emulatorCommand(flags) {
    const { runStandaloneEmulator } = await __webpack_require__.e(/* import() */ 841).then(__webpack_require__.bind(__webpack_require__, 91841));
    await runStandaloneEmulator({
        port: flags.port === undefined ? 8123 : Number(flags.port),
        seed: flags.seed === undefined ? 42 : Number(flags.seed),
        size: (typeof flags.size === 'string' ? flags.size : 'small'),
        authDir: typeof flags.authDir === 'string' ? flags.authDir : '.oci-inv-emulator',
    });
    return 0;
}


/***/ })

};
