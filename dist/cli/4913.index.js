export const id = 4913;
export const ids = [4913,7294];
export const modules = {

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


/***/ })

};
