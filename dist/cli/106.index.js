export const id = 106;
export const ids = [106];
export const modules = {

/***/ 60106:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   genaiFlagsOf: () => (/* binding */ genaiFlagsOf),
/* harmony export */   summarizeCommand: () => (/* binding */ summarizeCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _genai_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8402);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5941);
/* harmony import */ var _interrupt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76163);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50698);
// `oci-inv summarize RUN_DIR`: the GenAI executive summary for a run that already happened,
// at the top of its report.md (docs/genai.md). Prints the summary (or, with --genai-dry-run,
// exactly the request body that would be sent) on stdout; a failed call is a warning, exit 0.






function genaiFlagsOf(flags) {
    const out = {};
    for (const prop of _genai_config_js__WEBPACK_IMPORTED_MODULE_2__/* .GENAI_FLAG_PROPS */ .VZ)
        if (flags[prop] !== undefined)
            out[prop] = flags[prop];
    return out;
}
async function summarizeCommand(flags, rawArgs, args, stdout = process.stdout) {
    const [runDir, ...extra] = args;
    if (!runDir)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('summarize: give the run directory (e.g. oci-inv summarize out/20261101T000000Z)');
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: one run directory, got ${args.length}`);
    const isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(runDir).then((s) => s.isDirectory(), () => false);
    if (!isDir)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: ${runDir} is not a directory`);
    // Only a whole run (run_summary.json is written last) is summarized, and nothing is written elsewhere.
    const isRun = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runDir, 'run_summary.json')).then((s) => s.isFile(), () => false);
    if (!isRun)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`summarize: ${runDir} has no run_summary.json (not a complete run directory)`);
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_5__.contextFrom)(flags, rawArgs);
    (0,_interrupt_js__WEBPACK_IMPORTED_MODULE_4__/* .guardOutputs */ .S0)(runDir);
    const { summarizeRunDirectory } = await __webpack_require__.e(/* import() */ 9992).then(__webpack_require__.bind(__webpack_require__, 29992));
    const outcome = await summarizeRunDirectory({ runDir, runConfig: config, flags: genaiFlagsOf(flags), dryRun: config.genaiDryRun, log });
    if (outcome.status === 'dry-run')
        stdout.write(`${outcome.body ?? ''}\n`);
    else if (outcome.status === 'written')
        stdout.write(`${outcome.text ?? ''}\n`);
    return 0;
}


/***/ }),

/***/ 8402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ GENAI_DEFAULTS),
/* harmony export */   Bu: () => (/* binding */ apiFormatOf),
/* harmony export */   Uj: () => (/* binding */ defaultInferenceEndpoint),
/* harmony export */   VZ: () => (/* binding */ GENAI_FLAG_PROPS),
/* harmony export */   Vd: () => (/* binding */ resolveGenAiConfig),
/* harmony export */   aN: () => (/* binding */ managementEndpointOf)
/* harmony export */ });
/* unused harmony exports fileKey, envKey, flagKey, flagProp, GENAI_KEYS, genaiConfigFile, readGenAiFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var valibot__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77934);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37944);
// The GenAI summary's configuration (docs/genai.md), resolved most specific first: flags,
// OCI_INV_GENAI_* variables, the file OCI_INV_GENAI_CONFIG names, ~/.config/oci-inv/genai.yaml,
// .local/genai.yaml. The file format is the predecessor's (snake_case keys, read unchanged),
// plus max_tokens, temperature and timeout_seconds. Errors name the file, variable or flag and
// the key (ConfigError: exit 2). Nothing here talks to OCI.






const GENAI_DEFAULTS = { maxTokens: 600, temperature: 0.2, timeoutSeconds: 60 };
const text = valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP('must be a text value'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .trim */ .Bqr(), valibot__WEBPACK_IMPORTED_MODULE_5__/* .minLength */ .BpQ(1, 'must not be empty'));
const number = (min, max, whole) => valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(valibot__WEBPACK_IMPORTED_MODULE_5__/* .union */ .KCZ([valibot__WEBPACK_IMPORTED_MODULE_5__/* .number */ .aig(), valibot__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP()], 'must be a number'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .transform */ .pdi((x) => (typeof x === 'number' ? x : /^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : Number.NaN)), valibot__WEBPACK_IMPORTED_MODULE_5__/* .check */ .z6Y((n) => Number.isFinite(n) && (!whole || Number.isInteger(n)), whole ? 'must be a whole number' : 'must be a number'), valibot__WEBPACK_IMPORTED_MODULE_5__/* .minValue */ .Wwf(min, `must be at least ${min}`), valibot__WEBPACK_IMPORTED_MODULE_5__/* .maxValue */ .cGV(max, `must be at most ${max}`));
const FIELDS = {
    ociProfile: text,
    compartmentId: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .startsWith */ .w1_('ocid1.', 'must be a compartment or tenancy ocid (ocid1.…)')),
    endpoint: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .regex */ .yGV(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')),
    baseModelId: valibot__WEBPACK_IMPORTED_MODULE_5__/* .pipe */ .FsL(text, valibot__WEBPACK_IMPORTED_MODULE_5__/* .regex */ .yGV(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'must be a model name (e.g. cohere.command-r-plus) or a model ocid')),
    visionModelId: text,
    maxTokens: number(1, 32_000, true),
    temperature: number(0, 2, false),
    timeoutSeconds: number(1, 600, false),
};
const KEYS = Object.keys(FIELDS);
/** camelCase key → the file's snake_case key. */
const fileKey = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** camelCase key → OCI_INV_GENAI_SNAKE_CASE. */
const envKey = (key) => `OCI_INV_GENAI_${fileKey(key).toUpperCase()}`;
/** camelCase key → the run flag, `--genai-base-model-id`. */
const flagKey = (key) => `--genai-${fileKey(key).replace(/_/g, '-')}`;
/** camelCase key → cac's camelCase name of the flag (`genaiBaseModelId`). */
const flagProp = (key) => `genai${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`;
const GENAI_FLAG_PROPS = KEYS.map(flagProp);
const GENAI_KEYS = (/* unused pure expression or super */ null && (KEYS));
function parseField(key, value, source) {
    const result = valibot__WEBPACK_IMPORTED_MODULE_5__/* .safeParse */ .xLC(FIELDS[key], value);
    if (!result.success)
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(source, result.issues[0].message);
    return result.output;
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** The file to read: OCI_INV_GENAI_CONFIG (must exist), else the first default that exists. */
async function genaiConfigFile(env, cwd = process.cwd(), home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    const named = env.OCI_INV_GENAI_CONFIG;
    if (named !== undefined && named !== '')
        return named;
    for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CONFIG_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(home, '.config'), 'oci-inv', 'genai.yaml'), (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, '.local', 'genai.yaml')]) {
        if (await exists(candidate))
            return candidate;
    }
    return undefined;
}
async function readGenAiFile(path) {
    let body;
    try {
        body = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `cannot read the GenAI config file (${error.code ?? 'error'})`);
    }
    let data;
    try {
        data = /\.json$/i.test(path) ? JSON.parse(body) : (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(body);
    }
    catch (error) {
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${error.message.split('\n')[0]}`);
    }
    if (data === null || data === undefined)
        return {};
    if (typeof data !== 'object' || Array.isArray(data))
        throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, 'must be a mapping of keys to values');
    const out = {};
    const known = new Map(KEYS.map((k) => [fileKey(k), k]));
    for (const [raw, value] of Object.entries(data)) {
        const key = known.get(raw.replace(/-/g, '_'));
        if (!key)
            throw new _pipeline_config_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL(path, `unknown key "${raw}" (known: ${KEYS.map(fileKey).join(', ')})`);
        if (value === null)
            continue;
        out[key] = parseField(key, value, `${path}: key ${raw}`);
    }
    return out;
}
/** Flags over env over the one file. A key set nowhere stays undefined (defaults apply later). */
async function resolveGenAiConfig(sources = {}) {
    const env = sources.env ?? process.env;
    const file = await genaiConfigFile(env, sources.cwd, sources.home);
    const config = { sources: new Map(), file };
    const set = (key, value, source) => {
        config[key] = value;
        config.sources.set(key, source);
    };
    if (file)
        for (const [key, value] of Object.entries(await readGenAiFile(file)))
            set(key, value, `${file}: key ${fileKey(key)}`);
    for (const key of KEYS) {
        const value = env[envKey(key)];
        if (value !== undefined && value !== '')
            set(key, parseField(key, value, `environment ${envKey(key)}`), `environment ${envKey(key)}`);
    }
    for (const key of KEYS) {
        const value = sources.flags?.[flagProp(key)];
        if (value !== undefined)
            set(key, parseField(key, typeof value === 'number' ? String(value) : value, flagKey(key)), flagKey(key));
    }
    return config;
}
/** COHERE for the cohere.* family, GENERIC for every other (meta.*, xai.*, openai.*, google.*, an ocid). */
function apiFormatOf(modelId) {
    return /^cohere\./i.test(modelId) ? 'COHERE' : 'GENERIC';
}
/** The inference endpoint for a region, as the SDK's template would make it in the OC1 realm. */
function defaultInferenceEndpoint(region) {
    return `https://inference.generativeai.${region}.oci.oraclecloud.com`;
}
/** The management endpoint (listModels) beside an inference endpoint: `inference.` dropped from the host. */
function managementEndpointOf(inference) {
    return inference.replace(/^(https?:\/\/)inference\./i, '$1').replace(/\/inference\.generativeai(?=\/|$)/, "/generativeai");
}


/***/ })

};
