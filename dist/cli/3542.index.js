export const id = 3542;
export const ids = [3542,106,4913,7294,4511];
export const modules = {

/***/ 53542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listGenAiModelsCommand: () => (/* binding */ listGenAiModelsCommand)
/* harmony export */ });
/* harmony import */ var _genai_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8402);
/* harmony import */ var _oci_auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34913);
/* harmony import */ var _oci_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4511);
/* harmony import */ var _pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96237);
/* harmony import */ var _pipeline_run_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31462);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5941);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50698);
/* harmony import */ var _summarize_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(60106);
// `oci-inv list-genai-models`: the chat models the GenAI configuration can use, in its
// compartment (default the tenancy) and region, through the run's own auth.








async function listGenAiModelsCommand(flags, rawArgs, stdout = process.stdout) {
    const { config, log } = await (0,_options_js__WEBPACK_IMPORTED_MODULE_6__.contextFrom)(flags, rawArgs);
    const genai = await (0,_genai_config_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGenAiConfig */ .Vd)({ flags: (0,_summarize_js__WEBPACK_IMPORTED_MODULE_7__.genaiFlagsOf)(flags) });
    const auth = await (0,_oci_auth_js__WEBPACK_IMPORTED_MODULE_1__.resolveAuth)({ method: config.auth, profile: genai.ociProfile ?? config.profile, configFile: config.ociConfig });
    const region = config.regions.length === 1 && !/[*?]/.test(config.regions[0] ?? '') ? config.regions[0] : auth.region;
    if (!region)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('no region known: set region in the OCI config profile or pass --region');
    const inference = genai.endpoint ?? (config.endpointTemplate ? (0,_oci_clients_js__WEBPACK_IMPORTED_MODULE_2__.expandEndpointTemplate)(config.endpointTemplate, 'inference.generativeai', region) : (0,_genai_config_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultInferenceEndpoint */ .Uj)(region));
    const compartmentId = genai.compartmentId ?? config.tenancy ?? auth.tenancyId;
    const { listChatModels } = await Promise.all(/* import() */[__webpack_require__.e(3200), __webpack_require__.e(8748)]).then(__webpack_require__.bind(__webpack_require__, 66367));
    let models;
    try {
        models = await listChatModels({ auth, endpoint: (0,_genai_config_js__WEBPACK_IMPORTED_MODULE_0__/* .managementEndpointOf */ .aN)(inference), region, compartmentId, timeoutMs: (genai.timeoutSeconds ?? 60) * 1000, log: { debug: (m) => log.debug(m) } });
    }
    catch (error) {
        const status = (0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s_)(error);
        if (status === 401 || status === 403)
            throw new _pipeline_run_js__WEBPACK_IMPORTED_MODULE_4__/* .RunAuthError */ .UU(`the GenAI service refused the credentials: ${(0,_pipeline_discover_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`);
        throw error;
    }
    const chat = models.filter((m) => m.capabilities.includes('CHAT'));
    log.info(`${chat.length} chat model(s) in ${region}`);
    if (flags.json === true)
        stdout.write(`${JSON.stringify(chat, null, 2)}\n`);
    else
        stdout.write(chat.map((m) => `${m.name}\t${m.vendor}\t${m.version}\t${m.state}\t${m.id}\n`).join(''));
    return 0;
}


/***/ }),

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


/***/ }),

/***/ 34913:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ OciConfigError),
/* harmony export */   M6: () => (/* binding */ pickAutoMethod),
/* harmony export */   Mv: () => (/* binding */ checkProfileRegion),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   gl: () => (/* binding */ checkKeyFile),
/* harmony export */   iO: () => (/* binding */ readSecurityToken),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   mD: () => (/* binding */ defaultConfigFile),
/* harmony export */   resolveAuth: () => (/* binding */ resolveAuth)
/* harmony export */ });
/* unused harmony exports KeyFileError, autoReasons, cleanAuthReason */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var oci_common__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48473);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15211);
/* harmony import */ var _auth_methods_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18502);
// Turns an auth method name into an OCI SDK authentication provider, with errors that say
// which method failed and why, and never carry key material (SPEC §3 exit 3).








class AuthError extends Error {
    method;
    constructor(method, reason) {
        super(`authentication (${method}) failed: ${reason}`);
        this.method = method;
        this.name = 'AuthError';
    }
}
function defaultConfigFile(env = process.env) {
    return env.OCI_CONFIG_FILE || env.OCI_CLI_CONFIG_FILE || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.oci', 'config');
}
/** A key file that cannot be used (not PEM, wrong passphrase): an input error (exit 2) naming the file. */
class KeyFileError extends Error {
    name = 'KeyFileError';
}
/** A bad value in the OCI config file (e.g. an unknown region): an input error (exit 2). */
class OciConfigError extends Error {
    name = 'OciConfigError';
}
/** One profile of an OCI config file, DEFAULT's keys inherited; undefined when the profile is absent. */
function readProfile(configFile, profile) {
    const sections = new Map();
    let current;
    for (const raw of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(configFile, 'utf8').split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';'))
            continue;
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            const name = (header[1] ?? '').trim();
            current = sections.get(name) ?? new Map();
            sections.set(name, current);
            continue;
        }
        const eq = line.indexOf('=');
        if (current && eq > 0)
            current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const own = sections.get(profile);
    if (!own)
        return undefined;
    return new Map([...(sections.get('DEFAULT') ?? []), ...own]);
}
const expandHome = (path) => (path.startsWith('~/') ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), path.slice(2)) : path);
/** Which method `auto` picks, in documented order (docs/auth.md). */
function pickAutoMethod(configFile, profile, env) {
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        return 'resource_principal';
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile)) {
        const values = readProfile(configFile, profile);
        if (values)
            return values.has('security_token_file') ? 'security_token' : 'api_key';
    }
    return 'instance_principal';
}
/**
 * Why each method `auto` looked at did not apply, for the one message shown when nothing
 * worked (docs/auth.md).
 */
function autoReasons(configFile, profile, env) {
    const reasons = ['resource principal: OCI_RESOURCE_PRINCIPAL_VERSION is not set'];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
        reasons.push(`api key / security token: no config file at ${configFile}`);
    else if (!readProfile(configFile, profile))
        reasons.push(`api key / security token: profile [${profile}] missing in ${configFile}`);
    if (env.OCI_RESOURCE_PRINCIPAL_VERSION)
        reasons.shift();
    return reasons;
}
/**
 * The security token of a session profile, read and trimmed here so a trailing newline never
 * reaches a header, and a missing or unreadable file is a local auth error naming the key.
 */
function readSecurityToken(configFile, profile) {
    const values = readProfile(configFile, profile);
    if (!values)
        throw new AuthError('security_token', `profile [${profile}] missing in ${configFile}`);
    const path = values.get('security_token_file');
    if (!path)
        throw new AuthError('security_token', `profile [${profile}] in ${configFile} has no security_token_file`);
    let token;
    try {
        token = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(expandHome(path), 'utf8').trim();
    }
    catch (error) {
        const code = error.code;
        throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
    }
    if (token === '' || /[\s\u0000-\u001f]/.test(token)) {
        throw new AuthError('security_token', `security_token_file ${path} of profile [${profile}] does not hold one token (empty, or spaces/control characters inside)`);
    }
    return token;
}
/**
 * The profile's key file parsed now with its passphrase, so a file that is not a PEM key or a
 * wrong passphrase is one line naming the file (exit 2), never an exception while signing
 * and never the file's content.
 */
function checkKeyFile(configFile, profile) {
    const values = readProfile(configFile, profile);
    const path = values?.get('key_file');
    if (!values || !path)
        return; // the SDK names what is missing
    const file = expandHome(path);
    let pem;
    try {
        pem = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new KeyFileError(`key_file ${path} of profile [${profile}] cannot be read (${code === 'ENOENT' ? 'not found' : (code ?? 'error')})`);
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
        throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a PEM private key`);
    const passphrase = values.get('pass_phrase');
    try {
        (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    }
    catch (error) {
        const text = `${error.code ?? ''} ${error instanceof Error ? error.message : ''}`;
        if (/passphrase|decrypt|BAD_DECRYPT|bad password/i.test(text)) {
            throw new KeyFileError(passphrase
                ? `key_file ${path} of profile [${profile}]: wrong pass_phrase (the key could not be decrypted)`
                : `key_file ${path} of profile [${profile}] is encrypted: set pass_phrase in the profile`);
        }
        throw new KeyFileError(`key_file ${path} of profile [${profile}] is not a usable PEM private key`);
    }
}
/** The profile's region must be one the SDK knows; else the SDK guesses a realm and prints about it. */
function checkProfileRegion(configFile, profile) {
    const region = readProfile(configFile, profile)?.get('region');
    if (!region)
        return;
    const known = oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.values().some((r) => r.regionId === region);
    if (!known) {
        const lower = region.toLowerCase();
        const byKey = oci_common__WEBPACK_IMPORTED_MODULE_4__.Region.values().find((r) => r.regionCode?.toLowerCase() === lower);
        throw new OciConfigError(`${configFile}: profile [${profile}]: region "${region}" is not a known OCI region${byKey ? ` (did you mean ${byKey.regionId}?)` : ''}`);
    }
}
async function resolveAuth(options) {
    const env = options.env ?? process.env;
    const configFile = options.configFile || defaultConfigFile(env);
    const method = options.method === 'auto' ? pickAutoMethod(configFile, options.profile, env) : options.method;
    if (options.method === 'auto' && options.configFile && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile) && !readProfile(configFile, options.profile)) {
        // A config file named on purpose: its missing profile is the answer, not instance principal.
        throw new AuthError('auto', `profile [${options.profile}] missing in ${configFile}`);
    }
    try {
        switch (method) {
            case 'api_key':
            case 'security_token': {
                if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(configFile))
                    throw new AuthError(method, `config file ${configFile} not found`);
                if (!readProfile(configFile, options.profile))
                    throw new AuthError(method, `profile [${options.profile}] missing in ${configFile}`);
                const token = method === 'security_token' ? readSecurityToken(configFile, options.profile) : undefined;
                checkKeyFile(configFile, options.profile);
                checkProfileRegion(configFile, options.profile);
                const provider = method === 'api_key'
                    ? new oci_common__WEBPACK_IMPORTED_MODULE_4__.ConfigFileAuthenticationDetailsProvider(configFile, options.profile)
                    : new oci_common__WEBPACK_IMPORTED_MODULE_4__.SessionAuthDetailProvider(configFile, options.profile);
                if (token !== undefined && provider instanceof oci_common__WEBPACK_IMPORTED_MODULE_4__.SessionAuthDetailProvider)
                    provider.sessionToken = token;
                // Force key loading now so a missing or unreadable key fails here, not mid-run.
                provider.getPrivateKey();
                const tenancyId = provider.getTenantId();
                if (!tenancyId)
                    throw new Error(`profile [${options.profile}] has no tenancy`);
                const user = method === 'api_key' ? provider.getUser() : 'session token';
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: user };
            }
            case 'resource_principal': {
                const provider = await oci_common__WEBPACK_IMPORTED_MODULE_4__.ResourcePrincipalAuthenticationDetailsProvider.builder();
                const tenancyId = await provider.getStringClaim('res_tenant');
                if (!tenancyId)
                    throw new Error('the resource principal token has no res_tenant claim');
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'resource principal' };
            }
            case 'instance_principal': {
                const timeout = options.instancePrincipalTimeoutMs ?? 15_000;
                const builder = new oci_common__WEBPACK_IMPORTED_MODULE_4__.InstancePrincipalsAuthenticationDetailsProviderBuilder();
                const provider = await withTimeout(builder.build(), timeout, 'the instance metadata service did not answer (not running on an OCI instance?)');
                // The builder learns the tenancy from the instance's leaf certificate.
                const tenancyId = builder.tenancyId;
                return { method, provider, tenancyId, region: provider.getRegion()?.regionId, principal: 'instance principal' };
            }
        }
    }
    catch (error) {
        if (error instanceof AuthError || error instanceof KeyFileError || error instanceof OciConfigError)
            throw error;
        const raw = error instanceof Error ? error.message : String(error);
        const noMetadata = /region undefined|metadata|did not answer|ECONNREFUSED|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|fetch failed/i.test(raw);
        if (method === 'instance_principal' && options.method !== 'auto' && noMetadata) {
            // The SDK's own words here are a multi-line note about "region undefined".
            throw new AuthError(method, 'not on an OCI instance (the instance metadata service did not answer)');
        }
        if (method === 'resource_principal' && !env.OCI_RESOURCE_PRINCIPAL_VERSION) {
            throw new AuthError(method, 'OCI_RESOURCE_PRINCIPAL_VERSION is not set (resource principals exist inside OCI Functions, Container Instances, DevOps and similar services)');
        }
        if (options.method === 'auto' && method === 'instance_principal') {
            const reasons = [...autoReasons(configFile, options.profile, env), 'instance principal: not on an OCI instance (the metadata service did not answer)'];
            throw new AuthError('auto', `no method applies: ${reasons.join('; ')}`);
        }
        throw new AuthError(method, cleanAuthReason(error));
    }
}
/** Reduce an SDK auth error to its reason; SDK messages can quote file content, so cut at the first line. */
function cleanAuthReason(error) {
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = (0,_http_js__WEBPACK_IMPORTED_MODULE_5__/* .sanitizeSdkMessage */ .$v)(message.split('\n')[0] ?? '');
    if (/BEGIN [A-Z ]*PRIVATE KEY/.test(firstLine))
        return 'the private key could not be read';
    if (/region\s+undefined|undefined region/i.test(firstLine))
        return 'no region known (set region in the OCI config profile, or pass --regions)';
    return firstLine.length > 300 ? `${firstLine.slice(0, 300)}…` : firstLine;
}
async function withTimeout(promise, ms, reason) {
    let timer;
    try {
        return await Promise.race([
            promise,
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(reason)), ms);
            }),
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 4511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NO_CIRCUIT_BREAKER: () => (/* binding */ NO_CIRCUIT_BREAKER),
  createOciClients: () => (/* binding */ createOciClients),
  expandEndpointTemplate: () => (/* binding */ expandEndpointTemplate)
});

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
// EXTERNAL MODULE: ./build/src/oci/http.js + 3 modules
var http = __webpack_require__(15211);
;// CONCATENATED MODULE: ./build/src/oci/sdk-console.js
// The OCI SDK's retrier prints with console.warn on every non-2xx answer ("Request cannot be
// retried…", "All retry attempts have exhausted…") even with retries off. Retries are ours, and
// an expected 404 is not news: those lines go to the debug log instead of stderr.
const SDK_RETRIER_LINES = /^(Request cannot be retried|All retry attempts have exhausted)/;
let installed;
/** Route the SDK retrier's console.warn lines to `debug` until the returned function is called. */
function quietSdkConsole(debug) {
    if (!installed) {
        const original = console.warn;
        const sinks = new Set();
        console.warn = (...args) => {
            const first = args[0];
            if (typeof first === 'string' && SDK_RETRIER_LINES.test(first) && sinks.size > 0) {
                const line = first.split('\n')[0] ?? first;
                for (const sink of sinks)
                    sink(`oci sdk: ${line}`);
                return;
            }
            original.apply(console, args);
        };
        installed = { original, sinks };
    }
    const state = installed;
    state.sinks.add(debug);
    return () => {
        state.sinks.delete(debug);
        if (state.sinks.size === 0 && installed === state) {
            console.warn = state.original;
            installed = undefined;
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./build/src/oci/signer.js
// Draft-cavage HTTP signatures for OCI (the same text the SDK's DefaultRequestSigner writes),
// with the private key parsed once into a KeyObject. The SDK's signer parses the PEM twice per
// request (sshpk, then crypto), which was about half of the CPU of a run (issue 11); its
// signer cannot take a KeyObject. tests/unit/oci-signer.test.ts checks this output against the
// SDK's byte for byte.

const BASE_HEADERS = 'x-date (request-target) host';
// The SDK lists the body headers in this case, and the service checks the list as written.
const BODY_HEADERS = `${BASE_HEADERS} Content-Type Content-Length x-content-sha256`;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
// sha256 of the empty string, as the SDK sends it for an empty body.
const EMPTY_SHA = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
/** The private key, parsed once (and again only if the provider hands out a different PEM). */
class CachedKeySigner {
    source;
    pem;
    key;
    constructor(source) {
        this.source = source;
    }
    /** The parsed key; throws (as the SDK would while signing) when the PEM cannot be used. */
    keyObject() {
        const pem = this.source.getPrivateKey();
        if (this.key === undefined || pem !== this.pem) {
            const passphrase = this.source.getPassphrase();
            this.key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
            this.pem = pem;
        }
        return this.key;
    }
    async signHttpRequest(request, forceExcludeBody = false) {
        const { headers, uri } = request;
        const target = splitUri(uri);
        // Each value is read back from `Headers` only when the caller set it: every Headers call
        // validates and lower-cases its name (a few µs a request, issue 11).
        let host = headers.get('host');
        if (host === null)
            headers.set('host', (host = target.host));
        let xDate = headers.get('x-date');
        let now;
        if (xDate === null)
            headers.set('x-date', (xDate = now = new Date().toUTCString()));
        // http-signature (under the SDK's signer) adds an unsigned Date header; so do we.
        if (!headers.has('date'))
            headers.set('date', now ?? new Date().toUTCString());
        const method = request.method.toUpperCase();
        const withBody = !forceExcludeBody && BODY_METHODS.has(method);
        let text = `x-date: ${xDate}\n(request-target): ${method.toLowerCase()} ${target.path}\nhost: ${host}`;
        if (withBody) {
            let contentType = headers.get('content-type');
            if (contentType === null)
                headers.set('content-type', (contentType = 'application/json'));
            const body = typeof request.body === 'string' ? request.body : request.body ? JSON.stringify(request.body) : '';
            const sha = body === '' ? EMPTY_SHA : (0,external_node_crypto_.createHash)('sha256').update(body, 'utf8').digest('base64');
            headers.set('x-content-sha256', sha);
            let contentLength = headers.get('content-length');
            if (contentLength === null)
                headers.set('content-length', (contentLength = String(Buffer.byteLength(body, 'utf8'))));
            text += `\ncontent-type: ${contentType}\ncontent-length: ${contentLength}\nx-content-sha256: ${sha}`;
        }
        const key = this.keyObject();
        if (key.asymmetricKeyType !== 'rsa')
            throw new Error(`${key.asymmetricKeyType ?? 'unknown'} keys are not supported (OCI API keys are RSA)`);
        const keyId = await this.source.getKeyId();
        const signature = (0,external_node_crypto_.sign)('sha256', Buffer.from(text, 'utf8'), key).toString('base64');
        headers.set('authorization', `Signature version="1",keyId="${keyId}",algorithm="rsa-sha256",headers="${withBody ? BODY_HEADERS : BASE_HEADERS}",signature="${signature}"`);
    }
}
/**
 * Host and path-with-query of an absolute URI, as the SDK's signer reads them (legacy
 * url.parse: the text as given, host lower-cased), without building a URL object.
 */
function splitUri(uri) {
    const scheme = uri.indexOf('://');
    const start = scheme < 0 ? 0 : scheme + 3;
    let end = start;
    while (end < uri.length && uri[end] !== '/' && uri[end] !== '?' && uri[end] !== '#')
        end++;
    const authority = uri.slice(start, end);
    const at = authority.lastIndexOf('@');
    const host = (at < 0 ? authority : authority.slice(at + 1)).toLowerCase();
    if (!host)
        throw new Error('Cannot parse host from url');
    const hash = uri.indexOf('#', end);
    let path = hash < 0 ? uri.slice(end) : uri.slice(end, hash);
    if (path === '' || path[0] === '?')
        path = `/${path}`;
    return { host, path };
}

// EXTERNAL MODULE: ./build/src/oci/throttle.js
var throttle = __webpack_require__(80467);
;// CONCATENATED MODULE: ./build/src/oci/clients.js
// One place that makes OCI SDK clients: endpoint from the template (or the SDK's own region
// lookup), our HTTP client instead of the SDK's retrier and circuit breaker, cached per
// (class, service, region), all closed together. Requests are signed with a cached key
// (signer.ts) and paced per service family, tenancy-wide (throttle.ts RateLearner).





/** A ClientConfiguration.circuitBreaker that tells every generated SDK client to build none. */
const NO_CIRCUIT_BREAKER = { circuit: null, noCircuit: true };
function expandEndpointTemplate(template, service, region) {
    return template.replaceAll('{service}', service).replaceAll('{region}', region);
}
function createOciClients(options) {
    const recorder = new http/* ApiCallRecorder */.vj();
    const limiters = new Map();
    const families = new Map();
    const clients = new Map();
    const ctorIds = new Map();
    // A config profile with an authentication_type (Cloud Shell delegation) signs with an
    // opc-obo-token the SDK's signer adds: leave those to it too.
    const delegated = Boolean(options.auth.getAuthType?.());
    const signer = options.sdkSigner || delegated
        ? new oci_common.DefaultRequestSigner(options.auth)
        : new CachedKeySigner(options.auth);
    const policy = options.policy ?? throttle/* DEFAULT_RETRY_POLICY */.cO;
    const rateLearning = { ...throttle/* DEFAULT_RATE_LEARNING */.UD, ...options.rateLearning };
    // The SDK retries on its own unless told not to; ours wraps every attempt instead. Without
    // `noCircuit` every client also builds an opossum circuit breaker (timers, rolling stats)
    // that our httpClient never uses.
    const clientConfiguration = {
        retryConfiguration: oci_common.NoRetryConfigurationDetails,
        circuitBreaker: NO_CIRCUIT_BREAKER,
    };
    const restoreConsole = quietSdkConsole((m) => options.log.debug(m));
    const budgets = new Map();
    const budgetFor = (region) => {
        let budget = budgets.get(region);
        if (!budget) {
            budget = new throttle/* RetryBudget */.Km(options.retryBudget ?? throttle/* DEFAULT_RETRY_BUDGET */.tc);
            budgets.set(region, budget);
        }
        return budget;
    };
    // OCI limits a service per tenancy: one pace per service family, whatever the region.
    // And one pace for the tenancy as a whole, for limits that span services.
    const tenancy = new throttle/* TenancyPace */.yU(rateLearning);
    const familyFor = (service) => {
        let family = families.get(service);
        if (!family) {
            family = new throttle/* RateLearner */.us((0,throttle/* familyRateLearning */.P3)(rateLearning));
            families.set(service, family);
        }
        return family;
    };
    const limiterFor = (service, region) => {
        const key = `${service}/${region}`;
        let limiter = limiters.get(key);
        if (!limiter) {
            limiter = new throttle/* FamilyLimiter */.Rd(familyFor(service), options.maxConcurrency ?? 32, tenancy);
            limiters.set(key, limiter);
        }
        return limiter;
    };
    return {
        recorder,
        endpointFor(service, region) {
            return options.endpointTemplate ? expandEndpointTemplate(options.endpointTemplate, service, region) : undefined;
        },
        get(ctor, service, region, endpoint) {
            let id = ctorIds.get(ctor);
            if (id === undefined) {
                id = ctorIds.size + 1;
                ctorIds.set(ctor, id);
            }
            const key = `${id}|${service}|${region}|${endpoint ?? ''}`;
            const cached = clients.get(key);
            if (cached)
                return cached;
            const httpClient = new http/* OciHttpClient */.PF({
                service,
                signer,
                policy,
                limiter: limiterFor(service, region),
                budget: budgetFor(region),
                recorder,
                log: options.log,
                region,
                ...(options.signal ? { signal: options.signal } : {}),
                ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
            });
            const client = new ctor({ httpClient }, clientConfiguration);
            const settable = client;
            if (endpoint) {
                settable.endpoint = endpoint;
            }
            else if (options.endpointTemplate) {
                // Setting region after endpoint would overwrite it: endpoint only.
                settable.endpoint = expandEndpointTemplate(options.endpointTemplate, service, region);
            }
            else {
                settable.regionId = region;
            }
            clients.set(key, client);
            return client;
        },
        closeAll() {
            for (const client of clients.values())
                client.close?.();
            clients.clear();
            restoreConsole();
        },
    };
}


/***/ })

};
