export const id = 2738;
export const ids = [2738];
export const modules = {

/***/ 72738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BYTES_PER_RECORD: () => (/* binding */ BYTES_PER_RECORD),
  SKEW_FAIL_MS: () => (/* binding */ SKEW_FAIL_MS),
  SKEW_WARN_MS: () => (/* binding */ SKEW_WARN_MS),
  formatBytes: () => (/* binding */ formatBytes),
  runDoctor: () => (/* binding */ runDoctor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/src/pipeline/config.js
var pipeline_config = __webpack_require__(37944);
// EXTERNAL MODULE: ./build/src/pipeline/preflight.js
var preflight = __webpack_require__(14239);
// EXTERNAL MODULE: ./build/src/oci/auth.js
var oci_auth = __webpack_require__(34913);
// EXTERNAL MODULE: ./build/src/oci/http.js + 3 modules
var http = __webpack_require__(15211);
// EXTERNAL MODULE: ./build/src/oci/clients.js + 2 modules
var oci_clients = __webpack_require__(4511);
// EXTERNAL MODULE: ./build/src/oci/connect.js
var connect = __webpack_require__(47673);
// EXTERNAL MODULE: ./build/src/oci/discovery.js
var oci_discovery = __webpack_require__(67077);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./build/src/doctor/local.js
// Doctor's local checks: what can be known without a request. Node's version, the OCI config
// file and profile, the key file (readable, a private key, private to its owner, passphrase),
// the fingerprint computed from the key's public half, and a security token's expiry. The key
// and config checks are auth.ts's own (the ones a run makes); this adds what a run need not
// know in advance. Nothing here prints key material or a token.





/** The oldest Node the CLI supports (package.json engines). */
const MINIMUM_NODE = '20.19.0';
const expandHome = (path) => (path.startsWith('~/') ? (0,external_node_path_.join)((0,external_node_os_.homedir)(), path.slice(2)) : path);
function versionAtLeast(version, minimum) {
    const a = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
    const b = minimum.split('.').map((n) => Number.parseInt(n, 10) || 0);
    for (let i = 0; i < 3; i++) {
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) > (b[i] ?? 0);
    }
    return true;
}
function checkNode(version = process.versions.node) {
    return versionAtLeast(version, MINIMUM_NODE)
        ? { id: 'node', status: 'pass', detail: `Node ${version} (needs ${MINIMUM_NODE} or later)` }
        : { id: 'node', status: 'fail', kind: 'local', detail: `Node ${version} is older than ${MINIMUM_NODE}`, fix: `install Node ${MINIMUM_NODE} or later (https://nodejs.org)` };
}
/** The config file exists, holds the profile, and the profile names a region the SDK knows. */
function checkConfig(configFile, profile, source) {
    if (!(0,external_node_fs_.existsSync)(configFile)) {
        return {
            id: 'config',
            status: 'fail',
            kind: 'local',
            detail: `OCI config file ${configFile} not found (${source})`,
            fix: 'create it with `oci setup config`, or point --oci-config / OCI_CLI_CONFIG_FILE at yours (docs/auth.md)',
        };
    }
    let values;
    try {
        values = (0,oci_auth/* readProfile */.er)(configFile, profile);
    }
    catch (error) {
        const code = error.code;
        return { id: 'config', status: 'fail', kind: 'local', detail: `${configFile} cannot be read (${code ?? 'error'})`, fix: `make ${configFile} readable by this user` };
    }
    if (!values) {
        return {
            id: 'config',
            status: 'fail',
            kind: 'local',
            detail: `profile [${profile}] missing in ${configFile}`,
            fix: `pick a profile that exists with --profile (or OCI_CLI_PROFILE), or add [${profile}] to ${configFile}`,
        };
    }
    try {
        (0,oci_auth/* checkProfileRegion */.Mv)(configFile, profile);
    }
    catch (error) {
        return { id: 'config', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: `set region in [${profile}] to a region name such as us-ashburn-1` };
    }
    const missing = ['tenancy', 'key_file', 'fingerprint'].filter((k) => !values.get(k));
    if (!values.has('security_token_file') && !values.get('user'))
        missing.unshift('user');
    if (missing.length > 0) {
        return {
            id: 'config',
            status: 'fail',
            kind: 'local',
            detail: `profile [${profile}] in ${configFile} lacks ${missing.join(', ')}`,
            fix: `add ${missing.map((k) => `${k}=…`).join(', ')} to [${profile}] (the console's API key page shows the lines to paste)`,
        };
    }
    return { id: 'config', status: 'pass', detail: `profile [${profile}] in ${configFile}${values.get('region') ? `, region ${values.get('region')}` : ''}` };
}
/** The key file: readable, a PEM private key, the passphrase right (auth.ts's check), private to its owner. */
function checkKey(configFile, profile) {
    const path = (0,oci_auth/* readProfile */.er)(configFile, profile)?.get('key_file') ?? '';
    try {
        (0,oci_auth/* checkKeyFile */.gl)(configFile, profile);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const fix = /pass_phrase|encrypted/.test(message)
            ? `set the right pass_phrase in [${profile}] (or decrypt the key: openssl rsa -in KEY -out KEY.plain)`
            : /not found|cannot be read/.test(message)
                ? `point key_file in [${profile}] at your API signing key, readable by this user`
                : 'key_file must be the PEM private key of the API key pair (not the public key); see docs/auth.md';
        return { id: 'key', status: 'fail', kind: 'local', detail: message, fix };
    }
    const file = expandHome(path);
    const mode = (0,external_node_fs_.statSync)(file).mode & 0o777;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
        return {
            id: 'key',
            status: 'warn',
            detail: `key_file ${path} is readable by ${mode & 0o007 ? 'everyone' : 'its group'} (mode ${mode.toString(8).padStart(3, '0')})`,
            fix: `chmod 600 ${path}`,
        };
    }
    return { id: 'key', status: 'pass', detail: `key_file ${path}: a private key, readable, private to its owner` };
}
/** OCI's fingerprint of a key pair: MD5 over the DER public key, colon-separated hex. */
function fingerprintOfPrivateKey(pem, passphrase) {
    const privateKey = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem', ...(passphrase ? { passphrase } : {}) });
    const der = (0,external_node_crypto_.createPublicKey)(privateKey).export({ type: 'spki', format: 'der' });
    return ((0,external_node_crypto_.createHash)('md5').update(der).digest('hex').match(/../g) ?? []).join(':');
}
/** The fingerprint in the profile against the one computed from the key: both printed (they are not secrets). */
function checkFingerprint(configFile, profile) {
    const values = (0,oci_auth/* readProfile */.er)(configFile, profile) ?? new Map();
    const configured = (values.get('fingerprint') ?? '').trim().toLowerCase();
    const path = values.get('key_file') ?? '';
    const passphrase = values.get('pass_phrase');
    const actual = fingerprintOfPrivateKey((0,external_node_fs_.readFileSync)(expandHome(path), 'utf8'), passphrase);
    if (configured === actual)
        return { id: 'fingerprint', status: 'pass', detail: `fingerprint ${actual} matches the key` };
    return {
        id: 'fingerprint',
        status: 'fail',
        kind: 'auth',
        detail: `the profile says fingerprint ${configured || '(none)'}, the key's is ${actual}`,
        fix: `set fingerprint=${actual} in [${profile}] if that key's public half is uploaded to the user (Identity > Users > API keys); else upload it, or point key_file at the key whose fingerprint is ${configured}`,
    };
}
/** The `exp` claim of a JWT, without verifying it (only the issuer can); undefined when unreadable. */
function tokenExpiry(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        const exp = claims && typeof claims === 'object' ? claims.exp : undefined;
        return typeof exp === 'number' ? exp * 1000 : undefined;
    }
    catch {
        return undefined;
    }
}
/** A session profile's token: present, and not expired (warn when under 10 minutes are left). */
function checkToken(configFile, profile, nowMs = Date.now()) {
    const refresh = `oci session refresh --profile ${profile} (or, once it can no longer be refreshed, oci session authenticate --profile-name ${profile})`;
    let token;
    try {
        token = (0,oci_auth/* readSecurityToken */.iO)(configFile, profile);
    }
    catch (error) {
        return { id: 'token', status: 'fail', kind: 'local', detail: error instanceof oci_auth/* AuthError */.lR ? error.message.replace(/^authentication \(security_token\) failed: /, '') : String(error), fix: refresh };
    }
    const exp = tokenExpiry(token);
    if (exp === undefined)
        return { id: 'token', status: 'warn', detail: 'the security token has no readable expiry', fix: refresh };
    const left = exp - nowMs;
    const when = new Date(exp).toISOString();
    if (left <= 0)
        return { id: 'token', status: 'fail', kind: 'auth', detail: `the security token expired at ${when} (${describeDuration(-left)} ago)`, fix: refresh };
    if (left < 10 * 60_000)
        return { id: 'token', status: 'warn', detail: `the security token expires at ${when} (in ${describeDuration(left)})`, fix: refresh };
    return { id: 'token', status: 'pass', detail: `the security token is valid until ${when} (${describeDuration(left)} left)` };
}
function describeDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 120)
        return `${s} s`;
    const m = Math.round(s / 60);
    if (m < 120)
        return `${m} min`;
    return `${Math.round(m / 60)} h`;
}

;// CONCATENATED MODULE: ./build/src/doctor/policy.js
// Which IAM policy statement lets a read-only inventory see a resource type, and the merge of
// the statements doctor found missing into one minimal policy. The IAM resource-types are
// OCI's documented families (`instance-family`, `virtual-network-family`, …) or, where no
// family fits without granting more, the individual resource-type (`buckets`, `vaults`).
/** Resource Search type → the IAM resource-type its enrichment call needs. */
const BY_TYPE = new Map([
    ...['Instance', 'Image', 'DedicatedVmHost', 'InstancePool', 'InstanceConfiguration', 'ConsoleHistory'].map((t) => [t, { verb: 'read', resource: 'instance-family' }]),
    ...['BootVolume', 'Volume', 'VolumeGroup', 'VolumeBackup', 'BootVolumeBackup', 'VolumeGroupBackup'].map((t) => [t, { verb: 'read', resource: 'volume-family' }]),
    ['Bucket', { verb: 'read', resource: 'buckets' }],
    ['FileSystem', { verb: 'read', resource: 'file-family' }],
    ['MountTarget', { verb: 'read', resource: 'file-family' }],
    ['AutonomousDatabase', { verb: 'read', resource: 'autonomous-database-family' }],
    ['DbSystem', { verb: 'read', resource: 'database-family' }],
    ['Database', { verb: 'read', resource: 'database-family' }],
    ['DbNode', { verb: 'read', resource: 'database-family' }],
    ['MysqlDbSystem', { verb: 'read', resource: 'mysql-family' }],
    ['Compartment', { verb: 'inspect', resource: 'compartments' }],
    ['User', { verb: 'inspect', resource: 'users' }],
    ['Group', { verb: 'inspect', resource: 'groups' }],
    ['Policy', { verb: 'read', resource: 'policies' }],
    ['DynamicResourceGroup', { verb: 'inspect', resource: 'dynamic-groups' }],
    ['TagNamespace', { verb: 'inspect', resource: 'tag-namespaces' }],
    ['TagDefault', { verb: 'inspect', resource: 'tag-defaults' }],
    ['IdentityProvider', { verb: 'inspect', resource: 'identity-providers' }],
    ['LoadBalancer', { verb: 'read', resource: 'load-balancers' }],
    ['NetworkLoadBalancer', { verb: 'read', resource: 'network-load-balancers' }],
    ['ClustersCluster', { verb: 'read', resource: 'cluster-family' }],
    ['NodePool', { verb: 'read', resource: 'cluster-family' }],
    ['FunctionsApplication', { verb: 'read', resource: 'functions-family' }],
    ['FunctionsFunction', { verb: 'read', resource: 'functions-family' }],
    ['ApiGateway', { verb: 'read', resource: 'api-gateway-family' }],
    ['ApiDeployment', { verb: 'read', resource: 'api-gateway-family' }],
    ['Vault', { verb: 'read', resource: 'vaults' }],
    ['Key', { verb: 'read', resource: 'keys' }],
    ['VaultSecret', { verb: 'read', resource: 'secrets' }],
    ['Bastion', { verb: 'read', resource: 'bastion-family' }],
    ['LogGroup', { verb: 'read', resource: 'log-groups' }],
    ['Log', { verb: 'read', resource: 'log-groups' }],
    ['OnsTopic', { verb: 'read', resource: 'ons-topics' }],
    ['OnsSubscription', { verb: 'read', resource: 'ons-subscriptions' }],
    ['EventRule', { verb: 'read', resource: 'cloudevents-rules' }],
    ['Alarm', { verb: 'read', resource: 'alarms' }],
    ['ServiceConnector', { verb: 'read', resource: 'serviceconnectors' }],
    ['Stream', { verb: 'read', resource: 'stream-family' }],
    ['CustomerDnsZone', { verb: 'read', resource: 'dns' }],
    ['LogAnalyticsEntity', { verb: 'read', resource: 'loganalytics-entity' }],
    ['MediaAsset', { verb: 'read', resource: 'media-family' }],
]);
/** Endpoint service prefix → IAM family, for types the list above does not name. */
const BY_SERVICE = new Map([
    ['iaas', { verb: 'read', resource: 'virtual-network-family' }],
    ['database', { verb: 'read', resource: 'database-family' }],
    ['objectstorage', { verb: 'read', resource: 'buckets' }],
    ['identity', { verb: 'inspect', resource: 'compartments' }],
    ['containerengine', { verb: 'read', resource: 'cluster-family' }],
    ['functions', { verb: 'read', resource: 'functions-family' }],
    ['filestorage', { verb: 'read', resource: 'file-family' }],
    ['mysql', { verb: 'read', resource: 'mysql-family' }],
    ['apigateway', { verb: 'read', resource: 'api-gateway-family' }],
    ['logging', { verb: 'read', resource: 'log-groups' }],
    ['notification', { verb: 'read', resource: 'ons-family' }],
    ['streaming', { verb: 'read', resource: 'stream-family' }],
    ['kms', { verb: 'read', resource: 'vaults' }],
    ['vaults', { verb: 'read', resource: 'secret-family' }],
    ['events', { verb: 'read', resource: 'cloudevents-rules' }],
    ['telemetry', { verb: 'read', resource: 'alarms' }],
    ['dns', { verb: 'read', resource: 'dns' }],
    ['bastion', { verb: 'read', resource: 'bastion-family' }],
    // The second enrichment wave's services, by their documented aggregate resource-types.
    ['agent.generativeai', { verb: 'read', resource: 'genai-agent-family' }],
    ['ctrl.email', { verb: 'read', resource: 'email-family' }],
    ['compute-containers', { verb: 'read', resource: 'compute-container-family' }],
    ['resourcemanager', { verb: 'read', resource: 'orm-family' }],
    ['datascience', { verb: 'read', resource: 'data-science-family' }],
    ['datasafe', { verb: 'read', resource: 'data-safe-family' }],
    ['dataflow', { verb: 'read', resource: 'dataflow-family' }],
    ['dataintegration', { verb: 'read', resource: 'dis-family' }],
    ['cloudguard-cp-api', { verb: 'read', resource: 'cloud-guard-family' }],
    ['osmh', { verb: 'read', resource: 'osmh-family' }],
    ['artifacts', { verb: 'read', resource: 'repos' }],
    ['dashboard', { verb: 'read', resource: 'management-dashboard-family' }],
    ['usage', { verb: 'read', resource: 'usage-budgets' }],
    ['vss-cp-api', { verb: 'read', resource: 'vss-family' }],
    ['waas', { verb: 'read', resource: 'waas-family' }],
    ['nosql', { verb: 'read', resource: 'nosql-family' }],
    ['recovery', { verb: 'read', resource: 'recovery-service-family' }],
    ['dbtools', { verb: 'read', resource: 'database-tools-family' }],
    ['analytics', { verb: 'read', resource: 'analytics-instances' }],
    ['integration', { verb: 'read', resource: 'integration-instance' }],
    ['digitalassistant-api', { verb: 'read', resource: 'oda-family' }],
    ['language.aiservice', { verb: 'read', resource: 'ai-service-language-family' }],
    ['vision.aiservice', { verb: 'read', resource: 'ai-service-vision-family' }],
    ['mediaservices', { verb: 'read', resource: 'media-family' }],
    ['network-firewall', { verb: 'read', resource: 'network-firewall-family' }],
    ['devops', { verb: 'read', resource: 'devops-family' }],
    ['management-agent', { verb: 'read', resource: 'management-agent-install-keys' }],
]);
/**
 * The grant a resource type's enrichment needs: by type, else by its service, else the
 * service's own name as a family (`<service>-family`), which the policy text marks as a guess.
 */
function grantFor(resourceType, service) {
    const known = BY_TYPE.get(resourceType) ?? BY_SERVICE.get(service);
    return known ? { ...known, guessed: false } : { verb: 'read', resource: `${service}-family`, guessed: true };
}
/** `Allow group <group> to <verb> <resource> in tenancy` (or `in compartment <name>`). */
function statementFor(grant, group, scope = 'tenancy') {
    return `Allow group ${group} to ${grant.verb} ${grant.resource} in ${scope}`;
}
/**
 * One minimal policy: each resource once, with the weakest verb that covers every need
 * (`read` includes `inspect`), in a stable order (by resource).
 */
function mergePolicy(grants, group, scope = 'tenancy') {
    const strongest = new Map();
    for (const g of grants) {
        const had = strongest.get(g.resource);
        strongest.set(g.resource, had === 'read' || g.verb === 'read' ? 'read' : 'inspect');
    }
    return [...strongest.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([resource, verb]) => statementFor({ verb, resource }, group, scope));
}

// EXTERNAL MODULE: ./node_modules/oci-common/index.js
var oci_common = __webpack_require__(48473);
;// CONCATENATED MODULE: ./build/src/doctor/probe.js
// Unsigned probes of OCI endpoints: can the host be resolved and reached (through the proxy the
// environment names, as runs do), how long it takes, and what time the service thinks it is.
// An unsigned request is answered 401 by every OCI service: that answer is all a probe needs.



/** The base URL of a service in a region: the template's, or OCI's public endpoint. */
function serviceEndpoint(service, region, template) {
    if (template)
        return (0,oci_clients.expandEndpointTemplate)(template, service, region);
    const known = oci_common.Region.values().find((r) => r.regionId === region);
    const domain = known?.realm.secondLevelDomain ?? 'oraclecloud.com';
    return `https://${service}.${region}.oci.${domain}`;
}
/** The proxy a URL goes through under the environment (host:port, never credentials), or undefined. */
function proxyFor(url, env = process.env) {
    let target;
    try {
        target = new URL(url);
    }
    catch {
        return undefined;
    }
    const proxy = target.protocol === 'https:' ? env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy : env.HTTP_PROXY || env.http_proxy;
    if (!proxy)
        return undefined;
    const host = target.hostname.toLowerCase();
    for (const raw of (env.NO_PROXY ?? env.no_proxy ?? '').split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase().replace(/:\d+$/, '');
        if (!entry)
            continue;
        if (entry === '*')
            return undefined;
        const bare = entry.replace(/^\*?\./, '');
        if (host === bare || host.endsWith(`.${bare}`))
            return undefined;
    }
    try {
        return new URL(proxy).host;
    }
    catch {
        return 'an unparsable proxy URL';
    }
}
function describe(error, host, proxy) {
    const cause = error?.cause;
    const code = typeof cause?.code === 'string' ? cause.code : '';
    const message = typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
    const via = proxy ? ` through proxy ${proxy}` : '';
    if (error instanceof Error && error.name === 'TimeoutError') {
        return { problem: `${host}: no answer in time${via}`, fix: proxy ? `check that proxy ${proxy} forwards to ${host}` : `check the network path to ${host} (firewall; set HTTPS_PROXY if a proxy is required)` };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return { problem: `${host}: DNS cannot resolve it${via}`, fix: `check DNS for ${host}; behind a proxy, set HTTPS_PROXY (and keep the host out of NO_PROXY)` };
    }
    if (code === 'ECONNREFUSED')
        return { problem: `${proxy && /proxy/i.test(message) ? `proxy ${proxy}` : host}: connection refused${via}`, fix: proxy ? `check that proxy ${proxy} is up` : `check that ${host} is the right endpoint and reachable from here` };
    if (/CERT|SSL|TLS|self.signed|UNABLE_TO_VERIFY/i.test(`${code} ${message}`)) {
        return { problem: `${host}: TLS failed (${code || message})${via}`, fix: 'a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS; check the system clock too' };
    }
    if (/proxy/i.test(message) || code.startsWith('UND_ERR_') && proxy) {
        return { problem: `${host}: the proxy refused the tunnel (${code || message})${via}`, fix: `check proxy ${proxy ?? ''} allows CONNECT to ${host}:443, or add the host to NO_PROXY`.trim() };
    }
    return { problem: `${host}: connection failed (${code || message})${via}`, fix: `check the network path to ${host}` };
}
/** One unsigned GET; never throws. */
async function probeEndpoint(url, options = {}) {
    const doFetch = options.fetchImpl ?? (0,http/* proxyAwareFetch */.Fm)();
    const host = (() => {
        try {
            return new URL(url).host;
        }
        catch {
            return url;
        }
    })();
    const proxy = proxyFor(url, options.env ?? process.env);
    const started = Date.now();
    try {
        const response = await doFetch(url, { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
        const ended = Date.now();
        await response.arrayBuffer().catch(() => undefined);
        const date = Date.parse(response.headers.get('date') ?? '');
        return {
            reached: true,
            status: response.status,
            ...(Number.isNaN(date) ? {} : { serverTimeMs: date }),
            localMidpointMs: Math.round((started + ended) / 2),
            latencyMs: ended - started,
        };
    }
    catch (error) {
        const ended = Date.now();
        return { reached: false, localMidpointMs: Math.round((started + ended) / 2), latencyMs: ended - started, ...describe(error, host, proxy) };
    }
}

;// CONCATENATED MODULE: ./build/src/doctor/types.js
// The shape of a doctor report: one result per check, in the order the checks ran, and the
// exit code it implies (SPEC §3; docs/doctor.md).
/** Exit code of a list of results: auth beats network beats local (docs/doctor.md). */
function exitCodeOf(checks) {
    const kinds = new Set(checks.filter((c) => c.status === 'fail').map((c) => c.kind ?? 'local'));
    if (kinds.has('auth'))
        return 3;
    if (kinds.has('network'))
        return 6;
    if (kinds.has('local'))
        return 2;
    return 0;
}

;// CONCATENATED MODULE: ./build/src/doctor/doctor.js
// `oci-inv doctor`: the checks of docs/doctor.md in order, each a line with its fix, stopping
// only where later checks cannot run. Read-only: every call is a get, list or search, and the
// probes are unsigned GETs. Returns the report; the CLI and the action render it.













/** Clock skew thresholds: OCI refuses signatures more than 5 minutes off. */
const SKEW_WARN_MS = 60_000;
const SKEW_FAIL_MS = 5 * 60_000;
/** Bytes a record takes on disk across jsonl, csv, graph and the run's temporary spill, enriched. */
const BYTES_PER_RECORD = 12 * 1024;
const DOCTOR_POLICY = { maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 1000, maxRetryAfterMs: 2000, requestTimeoutMs: 15_000, deadlineMs: 20_000 };
function statusOf(error) {
    const code = error && typeof error === 'object' ? error.statusCode : undefined;
    return typeof code === 'number' ? code : undefined;
}
function reasonOf(error) {
    if (error && typeof error === 'object') {
        const e = error;
        if (typeof e.statusCode === 'number')
            return `${e.statusCode}${typeof e.serviceCode === 'string' ? ` ${e.serviceCode}` : ''}`;
    }
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n')[0] ?? message;
}
/** A failed OCI call as a check: 401 auth, 403/404 authorization, else the network. */
function callFailure(id, what, error, extra = {}) {
    const status = statusOf(error);
    if (status === 401) {
        return { id, status: 'fail', kind: 'auth', detail: `${what}: 401 NotAuthenticated`, fix: 'the signature was refused: check user, tenancy, fingerprint and key (the checks above), and the clock', ...extra };
    }
    if (status === 403 || status === 404)
        return { id, status: 'fail', kind: 'auth', detail: `${what}: ${reasonOf(error)} (no policy lets this user read it)`, ...extra };
    if (status !== undefined)
        return { id, status: 'warn', detail: `${what}: ${reasonOf(error)}`, fix: 'a service error, not a permission: try again later', ...extra };
    const name = error instanceof Error ? error.name : '';
    if (name === 'OciSigningError' || name === 'AuthError')
        return { id, status: 'fail', kind: 'auth', detail: `${what}: ${reasonOf(error)}`, fix: 'see the key and token checks above', ...extra };
    return { id, status: 'fail', kind: 'network', detail: `${what}: ${reasonOf(error)}`, fix: 'see the reachability checks', ...extra };
}
async function runDoctor(options) {
    const { config, log } = options;
    const env = options.env ?? process.env;
    const group = options.group ?? '<group>';
    const checks = [];
    const grants = [];
    const add = (c) => {
        checks.push(c);
        log.debug(`doctor: ${c.id} ${c.status}`);
    };
    const skip = (id, why) => add({ id, status: 'skip', detail: `skipped: ${why}` });
    add(checkNode());
    // 1-3: the configuration, the key, the fingerprint, the token.
    const configFile = config.ociConfig || (0,oci_auth/* defaultConfigFile */.mD)(env);
    // `auto` without a usable profile would fall through to instance principal and time out:
    // the doctor reports the missing file or profile instead (the likelier mistake), unless a
    // resource principal's environment is there.
    const picked = config.auth === 'auto' ? (0,oci_auth/* pickAutoMethod */.M6)(configFile, config.profile, env) : config.auth;
    const method = config.auth === 'auto' && picked === 'instance_principal' ? 'api_key' : picked;
    if (method === 'api_key' || method === 'security_token') {
        const config0 = checkConfig(configFile, config.profile, config.ociConfig ? (0,pipeline_config/* sourceOf */.vz)(config, 'ociConfig') : 'the default location');
        add(config0);
        if (config0.status === 'pass') {
            const key = checkKey(configFile, config.profile);
            add(key);
            if (key.status !== 'fail') {
                if (method === 'api_key')
                    add(checkFingerprint(configFile, config.profile));
                else
                    add(checkToken(configFile, config.profile));
            }
        }
    }
    else {
        add({ id: 'config', status: 'pass', detail: `auth ${method}: no config file or key to check` });
    }
    let estimate;
    const localProblem = checks.some((c) => c.status === 'fail' && c.kind === 'local');
    if (localProblem) {
        skip('sign-in', 'the local configuration above must work first');
    }
    else {
        estimate = await remoteChecks();
    }
    // 7: the output directory.
    add(await checkOutput(config, estimate));
    const policy = mergePolicy(grants, group);
    return { exitCode: exitCodeOf(checks), checks, policy };
    /** 4-6; returns the record count Resource Search reported (for the disk estimate). */
    async function remoteChecks() {
        let auth;
        try {
            auth = await (0,oci_auth.resolveAuth)({ method: config.auth, profile: config.profile, configFile: config.ociConfig, env, instancePrincipalTimeoutMs: 5_000 });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            add({ id: 'sign-in', status: 'fail', kind: error instanceof oci_auth/* AuthError */.lR ? 'auth' : 'local', detail: message, fix: 'see docs/auth.md for what each method needs' });
            return undefined;
        }
        const tenancyId = config.tenancy ?? auth.tenancyId;
        const bootstrap = auth.region ?? config.regions.filter((r) => !/[*?]/.test(r)).map((r) => (0,connect/* sdkRegionKeys */.r)().get(r.toLowerCase()) ?? r)[0];
        if (!bootstrap) {
            add({ id: 'sign-in', status: 'fail', kind: 'local', detail: 'no region known', fix: 'set region in the OCI config profile, or pass --region' });
            return undefined;
        }
        // 4: clock skew, from the Date header of the identity endpoint's (unsigned) answer.
        const identityProbe = await probeEndpoint(serviceEndpoint('identity', bootstrap, config.endpointTemplate), { env, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
        if (!identityProbe.reached) {
            add({ id: 'reach', region: bootstrap, status: 'fail', kind: 'network', detail: identityProbe.problem ?? 'unreachable', ...(identityProbe.fix ? { fix: identityProbe.fix } : {}), latencyMs: identityProbe.latencyMs });
            skip('sign-in', `identity in ${bootstrap} cannot be reached`);
            return undefined;
        }
        const clockResult = (serverMs, localMs, where) => {
            const skew = serverMs - localMs;
            const size = Math.abs(skew);
            const words = `this machine's clock is ${describeDuration(size)} ${skew > 0 ? 'behind' : 'ahead of'} OCI's (${where})`;
            const fix = 'synchronize the system clock (timedatectl set-ntp true, or w32tm /resync); OCI refuses signatures more than 5 minutes off';
            if (size >= SKEW_FAIL_MS)
                return { id: 'clock', status: 'fail', kind: 'auth', detail: words, fix };
            if (size >= SKEW_WARN_MS)
                return { id: 'clock', status: 'warn', detail: words, fix };
            return { id: 'clock', status: 'pass', detail: `clock within ${describeDuration(size)} of OCI's (${where})` };
        };
        if (identityProbe.serverTimeMs !== undefined)
            add(clockResult(identityProbe.serverTimeMs, identityProbe.localMidpointMs, `Date of identity in ${bootstrap}`));
        // Without a Date on the probe's answer, the signed calls' answers are measured instead.
        let signedDate;
        const baseFetch = options.fetchImpl ?? (0,http/* proxyAwareFetch */.Fm)(env);
        const recordingFetch = async (input, init) => {
            const started = Date.now();
            const response = await baseFetch(input, init);
            const server = Date.parse(response.headers.get('date') ?? '');
            if (signedDate === undefined && !Number.isNaN(server))
                signedDate = { server, local: Math.round((started + Date.now()) / 2) };
            return response;
        };
        const clients = (0,oci_clients.createOciClients)({
            auth: auth.provider,
            endpointTemplate: config.endpointTemplate,
            sdkSigner: auth.method !== 'api_key' && auth.method !== 'security_token',
            policy: DOCTOR_POLICY,
            log: { debug: (m) => log.debug(m) },
            fetchImpl: recordingFetch,
        });
        const clockFromSignedCall = () => {
            if (checks.some((c) => c.id === 'clock'))
                return;
            if (signedDate)
                add(clockResult(signedDate.server, signedDate.local, `Date of listRegionSubscriptions in ${bootstrap}`));
            else
                add({ id: 'clock', status: 'warn', detail: `identity in ${bootstrap} sent no Date header: clock skew not measured`, fix: 'make sure the system clock is synchronized (NTP)' });
        };
        try {
            const discovery = (0,oci_discovery/* createOciDiscovery */.ue)({ auth: { ...auth, tenancyId }, clients, bootstrapRegion: bootstrap });
            // The first signed call: who we are and where.
            let subscribed;
            try {
                subscribed = await discovery.listRegions();
                clockFromSignedCall();
                add({ id: 'sign-in', status: 'pass', detail: `signed in as ${auth.principal} (${auth.method}) to tenancy ${tenancyId}; ${subscribed.length} subscribed region(s)` });
            }
            catch (error) {
                clockFromSignedCall();
                const result = callFailure('sign-in', `identity listRegionSubscriptions in ${bootstrap}`, error);
                if (statusOf(error) === 404) {
                    result.fix = `check tenancy in the profile (${tenancyId}); the user must be in that tenancy`;
                }
                else if (statusOf(error) === 401) {
                    const cause = checks.find((c) => c.status === 'fail' && (c.id === 'fingerprint' || c.id === 'token' || c.id === 'clock'));
                    if (cause)
                        result.fix = `the ${cause.id} check above is why: ${cause.fix ?? ''}`;
                    else if (auth.method === 'api_key')
                        result.fix = apiKey401Fix(configFile, config.profile, tenancyId);
                }
                add(result);
                skip('regions', 'needs a working sign-in');
                return undefined;
            }
            let regions;
            try {
                regions = config.regions.length > 0 ? (0,preflight/* resolveRegionSelectors */.lX)(config.regions, subscribed, (0,connect/* sdkRegionKeys */.r)(), (0,pipeline_config/* sourceOf */.vz)(config, 'regions')) : subscribed.map((r) => r.name);
            }
            catch (error) {
                add({ id: 'regions', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: 'name subscribed regions (oci-inv list-regions)' });
                return undefined;
            }
            // 5: reachability of each region's Resource Search endpoint.
            const reachable = [];
            for (const region of regions) {
                const p = await probeEndpoint(serviceEndpoint('query', region, config.endpointTemplate), { env, ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}) });
                if (p.reached) {
                    reachable.push(region);
                    add({ id: 'reach', region, status: 'pass', detail: `${region}: reachable in ${p.latencyMs} ms`, latencyMs: p.latencyMs });
                }
                else {
                    add({ id: 'reach', region, status: 'fail', kind: 'network', detail: `${region}: ${p.problem ?? 'unreachable'}`, ...(p.fix ? { fix: p.fix } : {}), latencyMs: p.latencyMs });
                }
            }
            // 6: permissions. Resource Search per region, with the type counts.
            const counts = new Map();
            let total = 0;
            let truncated = false;
            const pages = options.searchPages ?? 5;
            for (const region of reachable) {
                let read = 0;
                let n = 0;
                try {
                    await discovery.search(region, config.query, (page) => {
                        read++;
                        n += page.items.length;
                        for (const item of page.items) {
                            const entry = counts.get(item.resourceType);
                            if (entry)
                                entry.count++;
                            else
                                counts.set(item.resourceType, { count: 1, sample: { ocid: item.identifier, compartmentId: item.compartmentId, displayName: item.displayName, availabilityDomain: item.availabilityDomain, region } });
                        }
                        if (read >= pages)
                            throw new SearchCapReached();
                    });
                    add({ id: 'search', region, status: 'pass', detail: `${region}: Resource Search answered, ${n} resource(s)` });
                }
                catch (error) {
                    if (error instanceof SearchCapReached) {
                        truncated = true;
                        add({ id: 'search', region, status: 'pass', detail: `${region}: Resource Search answered, more than ${n} resource(s) (counted the first ${pages} pages)` });
                    }
                    else {
                        add(callFailure('search', `${region}: Resource Search`, error, { region, fix: 'Resource Search returns only what policies let the user inspect; a refusal here means the credentials or tenancy are wrong' }));
                    }
                }
                total += n;
            }
            try {
                const compartments = await discovery.listCompartments();
                add({ id: 'compartments', status: 'pass', detail: `inspect compartments: ${compartments.length} compartment(s)` });
            }
            catch (error) {
                const grant = { verb: 'inspect', resource: 'compartments' };
                const result = callFailure('compartments', 'identity listCompartments', error, { family: 'compartments' });
                if (result.kind === 'auth' && statusOf(error) !== 401) {
                    grants.push(grant);
                    result.fix = `add: Allow group ${group} to inspect compartments in tenancy`;
                }
                add(result);
            }
            // One cheap read per IAM family the tenancy uses, on a resource Resource Search found.
            await familyChecks(clients, counts);
            return truncated ? Math.max(total, 1) : total;
        }
        finally {
            clients.closeAll();
        }
    }
    async function familyChecks(clients, counts) {
        const { rowFor } = await Promise.all(/* import() */[__webpack_require__.e(550), __webpack_require__.e(9107)]).then(__webpack_require__.bind(__webpack_require__, 39107));
        const { RegionContext, callOperation } = await __webpack_require__.e(/* import() */ 5432).then(__webpack_require__.bind(__webpack_require__, 5432));
        const byFamily = new Map();
        // Most common types first: the sample is the type the run will call most.
        for (const [type] of [...counts.entries()].sort((a, b) => b[1].count - a[1].count)) {
            const row = rowFor(type);
            // Special rows (a Key, read at its vault's own endpoint) are left to their family's
            // other types; compartments have their own check above.
            if (!row?.get || row.special)
                continue;
            const grant = grantFor(type, row.service);
            if (grant.resource === 'compartments')
                continue;
            const family = byFamily.get(grant.resource) ?? { grant, types: [] };
            family.types.push(type);
            byFamily.set(grant.resource, family);
        }
        const contexts = new Map();
        for (const [resource, { grant, types }] of [...byFamily.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
            const type = types[0];
            const row = rowFor(type);
            const entry = counts.get(type);
            if (!row?.get || !entry)
                continue;
            const { sample } = entry;
            let ctx = contexts.get(sample.region);
            if (!ctx) {
                ctx = new RegionContext(sample.region, clients, log, new Map());
                contexts.set(sample.region, ctx);
            }
            const what = `${grant.verb} ${resource}: ${row.service} ${row.get.method} (${types.join(', ')})`;
            try {
                const client = await ctx.clientFor(row);
                const request = row.get.request(sample, await ctx.env(row));
                await callOperation(client, row.get.method, request);
                add({ id: 'permission', family: resource, status: 'pass', detail: what });
            }
            catch (error) {
                const result = callFailure('permission', what, error, { family: resource, region: sample.region });
                if (result.kind === 'auth' && statusOf(error) !== 401) {
                    grants.push(grant);
                    result.fix = `add: Allow group ${group} to ${grant.verb} ${resource} in tenancy${grant.guessed ? ' (family name guessed from the service; check the IAM docs)' : ''}`;
                }
                add(result);
            }
        }
        if (byFamily.size === 0)
            add({ id: 'permission', status: 'pass', detail: 'no enriched resource types found: nothing more to check' });
    }
}
class SearchCapReached extends Error {
}
/** A 401 the local checks do not explain: the key OCI was shown is not the user's. */
function apiKey401Fix(configFile, profile, tenancyId) {
    const values = (0,oci_auth/* readProfile */.er)(configFile, profile);
    const fingerprint = values?.get('fingerprint') ?? '?';
    const user = values?.get('user') ?? '?';
    return `OCI does not know key ${fingerprint} for user ${user} in tenancy ${tenancyId}: upload that public key to the user (Identity > Users > API keys; its fingerprint must read ${fingerprint}), or fix user / tenancy in [${profile}]`;
}
/** The output directory: writable (preflight's probe), with room for the estimated run. */
async function checkOutput(config, records) {
    const source = (0,pipeline_config/* sourceOf */.vz)(config, 'outdir');
    try {
        await (0,preflight/* checkOutdir */.KM)(config.outdir, source);
    }
    catch (error) {
        return { id: 'outdir', status: 'fail', kind: 'local', detail: error instanceof Error ? error.message : String(error), fix: `pick a directory you can write with --outdir, or fix its permissions` };
    }
    let free;
    for (let dir = (0,external_node_path_.resolve)(config.outdir);; dir = (0,external_node_path_.dirname)(dir)) {
        try {
            const s = await (0,promises_.statfs)(dir);
            free = s.bavail * s.bsize;
            break;
        }
        catch {
            if ((0,external_node_path_.dirname)(dir) === dir)
                break;
        }
    }
    const need = records === undefined ? undefined : Math.max(records * BYTES_PER_RECORD, 1024 * 1024);
    const freeText = free === undefined ? 'free space unknown' : `${formatBytes(free)} free`;
    if (need === undefined || free === undefined)
        return { id: 'outdir', status: 'pass', detail: `${config.outdir}: writable, ${freeText}` };
    const detail = `${config.outdir}: writable, ${freeText}; a run of ${records} record(s) needs about ${formatBytes(need)}`;
    if (free < need)
        return { id: 'outdir', status: 'fail', kind: 'local', detail, fix: 'free some space or pick another --outdir' };
    if (free < need * 2)
        return { id: 'outdir', status: 'warn', detail, fix: 'little room to spare: free some space or pick another --outdir' };
    return { id: 'outdir', status: 'pass', detail };
}
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}


/***/ })

};
