export const id = 7579;
export const ids = [7579,4913,7294];
export const modules = {

/***/ 87579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: ./build/src/export/atomic.js
var atomic = __webpack_require__(17343);
// EXTERNAL MODULE: ./build/src/oci/auth.js
var auth = __webpack_require__(34913);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/valibot/dist/index.mjs
var dist = __webpack_require__(77934);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/src/pipeline/config.js
var pipeline_config = __webpack_require__(37944);
;// CONCATENATED MODULE: ./build/src/init/plan.js
// The plan `oci-inv init` builds (the answers), saved and replayed with `--from`, and the files
// it turns into: `oci-inv.yaml` (the `--config` schema, commented), a GitHub workflow that
// uses this action with inputs action.yml declares, and the `gh` lines for the repository's
// variables and secrets (values of secrets never written: they are read from the file or typed).



const WORKFLOW_KINDS = ['scheduled', 'pr', 'none'];
const REGION = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^[a-z]+-[a-z]+-\d+$/, 'must be a region name like us-ashburn-1'));
const OCID = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* startsWith */.w1_('ocid1.', 'must be an ocid'));
const SAFE_TEXT = dist/* pipe */.FsL(dist/* string */.YjP(), dist/* regex */.yGV(/^[^\r\n]*$/, 'must be one line'));
const PlanSchema = dist/* strictObject */.rej({
    version: dist/* literal */.euz(1, 'must be 1'),
    profile: dist/* pipe */.FsL(SAFE_TEXT, dist/* regex */.yGV(/^[^[\]]+$/, 'must be a profile name')),
    /** The OCI config file, when not the default one. */
    ociConfig: dist/* nullable */.mee(dist/* pipe */.FsL(SAFE_TEXT, dist/* minLength */.BpQ(1))),
    /** Empty: every subscribed region. */
    regions: dist/* array */.YOg(REGION),
    /** null: the whole tenancy. */
    compartment: dist/* nullable */.mee(OCID),
    formats: dist/* pipe */.FsL(dist/* array */.YOg(dist/* picklist */.KIO(pipeline_config/* FORMATS */.hR, `must be among ${pipeline_config/* FORMATS */.hR.join(', ')}`)), dist/* minLength */.BpQ(1, 'must name at least one format')),
    includeTerminated: dist/* boolean */.zMY(),
    enrich: dist/* boolean */.zMY(),
    ignore: dist/* array */.YOg(dist/* pipe */.FsL(SAFE_TEXT, dist/* regex */.yGV(/^[A-Za-z0-9_.*\-[\]]+$/, 'must be a dotted path with * wildcards'))),
    outdir: dist/* pipe */.FsL(SAFE_TEXT, dist/* minLength */.BpQ(1, 'must not be empty')),
    workflow: dist/* picklist */.KIO(WORKFLOW_KINDS, `must be one of ${WORKFLOW_KINDS.join(', ')}`),
    /** Cron line for the scheduled workflow. */
    schedule: dist/* pipe */.FsL(SAFE_TEXT, dist/* regex */.yGV(/^(\S+\s+){4}\S+$/, 'must be a five-field cron line')),
    configPath: dist/* pipe */.FsL(SAFE_TEXT, dist/* minLength */.BpQ(1)),
    workflowPath: dist/* pipe */.FsL(SAFE_TEXT, dist/* minLength */.BpQ(1)),
    expectedPath: dist/* pipe */.FsL(SAFE_TEXT, dist/* minLength */.BpQ(1)),
    /** Run the plan once at the end (and, for the PR check, write the expected inventory from it). */
    runOnce: dist/* boolean */.zMY(),
});
function defaultPlan(profile = 'DEFAULT') {
    return {
        version: 1,
        profile,
        ociConfig: null,
        regions: [],
        compartment: null,
        formats: ['jsonl', 'csv'],
        includeTerminated: false,
        enrich: true,
        ignore: [],
        outdir: 'out',
        workflow: 'scheduled',
        schedule: '17 3 * * *',
        configPath: 'oci-inv.yaml',
        workflowPath: '.github/workflows/oci-inventory.yml',
        expectedPath: 'inventory.expected.jsonl',
        runOnce: true,
    };
}
class PlanError extends Error {
    name = 'ConfigError';
}
/** A saved plan (YAML or JSON), validated; errors name the file and the key. */
function parsePlan(text, source) {
    let data;
    try {
        data = (0,yaml_dist/* parse */.qg)(text);
    }
    catch (error) {
        const line = error.linePos?.[0]?.line;
        throw new PlanError(`${source}${line ? `:${line}` : ''}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    // Keys left out take their defaults, so a plan can say only what differs.
    const merged = data && typeof data === 'object' && !Array.isArray(data) ? { ...defaultPlan(), ...data } : data;
    const parsed = dist/* safeParse */.xLC(PlanSchema, merged);
    if (!parsed.success) {
        const issue = parsed.issues[0];
        throw new PlanError(`${source}: key ${dist/* getDotPath */.BuJ(issue) ?? '(top level)'}: ${issue.message}`);
    }
    return parsed.output;
}
function renderPlan(plan) {
    return `# oci-inv init plan: replay with \`oci-inv init --from <this file>\`\n${(0,yaml_dist/* stringify */.As)(plan)}`;
}
/** oci-inv.yaml: the same keys as `--config`, each with a comment saying what it does. */
function renderConfig(plan) {
    const y = (value) => (0,yaml_dist/* stringify */.As)(value, { flow: true }).trim();
    const lines = [
        '# oci-inv run plan, written by `oci-inv init`. Use it with: oci-inv run --config oci-inv.yaml',
        '# Every key is a `run` option (docs/configuration.md); flags and OCI_INV_* variables override it.',
        '',
        '# Profile in the OCI config file (~/.oci/config unless --oci-config / OCI_CLI_CONFIG_FILE).',
        `profile: ${y(plan.profile)}`,
        ...(plan.ociConfig ? [`oci-config: ${y(plan.ociConfig)}`] : []),
        '',
        plan.regions.length > 0 ? '# Regions to inventory.' : '# Regions to inventory: every subscribed region (list some to narrow it, e.g. [us-ashburn-1]).',
        plan.regions.length > 0 ? `regions: ${y(plan.regions)}` : '# regions: []',
        '',
        plan.compartment ? '# Only this compartment and its subtree.' : '# Scope: the whole tenancy (set an ocid to inventory one compartment subtree).',
        plan.compartment ? `compartment: ${y(plan.compartment)}` : '# compartment: ocid1.compartment.oc1..',
        '',
        '# Export formats; jsonl is always written.',
        `formats: ${y(plan.formats)}`,
        '',
        '# Keep TERMINATED/DELETED resources (default: left out).',
        `include-terminated: ${plan.includeTerminated}`,
        '',
        plan.enrich ? '# Enrich every record with its service\'s get/list call (false: a coverage-only scan from Resource Search).' : '# Coverage-only scan: Resource Search summaries, no per-service calls (true to enrich).',
        `enrich: ${plan.enrich}`,
        '',
        '# Diff ignore rules (dotted paths, * wildcards) on top of the built-in defaults.',
        plan.ignore.length > 0 ? `ignore: ${y(plan.ignore)}` : '# ignore: [definedTags.Oracle-Tags.*]',
        '',
        '# Where run directories go (<outdir>/<UTC timestamp>/).',
        `outdir: ${y(plan.outdir)}`,
        '',
    ];
    return lines.join('\n');
}
/** The action's own inputs this workflow sets, with their values (expressions or literals). */
function workflowInputs(plan) {
    const inputs = {
        tenancy: '${{ vars.OCI_TENANCY }}',
        user: '${{ vars.OCI_USER }}',
        fingerprint: '${{ vars.OCI_FINGERPRINT }}',
        region: '${{ vars.OCI_REGION }}',
        'private-key': '${{ secrets.OCI_PRIVATE_KEY }}',
    };
    if (plan.regions.length > 0)
        inputs.regions = plan.regions.join(',');
    if (plan.compartment)
        inputs.compartment = plan.compartment;
    inputs.formats = plan.formats.join(',');
    if (plan.includeTerminated)
        inputs['include-terminated'] = 'true';
    if (!plan.enrich)
        inputs.enrich = 'false';
    if (plan.ignore.length > 0)
        inputs.ignore = plan.ignore.join(',');
    if (plan.workflow === 'pr') {
        inputs['compare-to'] = 'expected';
        inputs.expected = plan.expectedPath;
        inputs.comment = 'always';
        inputs['fail-on'] = 'drift';
        inputs['artifact-name'] = 'oci-inventory-pr';
    }
    else {
        inputs['compare-to'] = 'previous-run';
        inputs['fail-on'] = 'drift';
    }
    return inputs;
}
/** The workflow file (scheduled drift detection or a PR check), or undefined for `none`. */
function renderWorkflow(plan, actionRef, passphrase) {
    if (plan.workflow === 'none')
        return undefined;
    const inputs = workflowInputs(plan);
    if (passphrase)
        inputs['private-key-passphrase'] = '${{ secrets.OCI_PRIVATE_KEY_PASSPHRASE }}';
    const step = { id: 'inv', uses: actionRef, with: inputs };
    const doc = plan.workflow === 'scheduled'
        ? {
            name: 'OCI inventory (scheduled drift detection)',
            on: { schedule: [{ cron: plan.schedule }], workflow_dispatch: null },
            permissions: { contents: 'read', actions: 'read' },
            jobs: { inventory: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4' }, step] } },
        }
        : {
            name: 'OCI inventory check',
            on: { pull_request: null },
            permissions: { contents: 'read', actions: 'read', 'pull-requests': 'write' },
            jobs: {
                check: {
                    'runs-on': 'ubuntu-latest',
                    // Fork PRs get no secrets: skip them rather than fail on missing credentials.
                    if: 'github.event.pull_request.head.repo.full_name == github.repository',
                    steps: [{ uses: 'actions/checkout@v4' }, step],
                },
            },
        };
    const header = plan.workflow === 'scheduled'
        ? `# Written by \`oci-inv init\`: inventories the tenancy on a schedule and reports drift from the\n# previous run in the job summary (the step fails on drift). Needs the repository variables and\n# secrets \`oci-inv init\` listed (gh variable set / gh secret set).\n`
        : `# Written by \`oci-inv init\`: on each pull request, compares the tenancy with the committed\n# ${plan.expectedPath} and fails on drift; the sticky comment shows what differs. Refresh the\n# expected file with: oci-inv check --expected ${plan.expectedPath} --write-expected\n`;
    return `${header}${(0,yaml_dist/* stringify */.As)(doc, { lineWidth: 0 })}`;
}
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/**
 * `gh` lines for the workflow's variables and secrets. Variables are identifiers (ocids, a
 * fingerprint, a region), not secrets; a secret is read by gh from the key file or typed at
 * gh's own prompt, so no secret value is ever printed.
 */
function ghLines(ctx) {
    const v = (name, value) => `gh variable set ${name} --body ${shellQuote(value ?? `<${name.toLowerCase()}>`)}`;
    const lines = [
        v('OCI_TENANCY', ctx.tenancy),
        v('OCI_USER', ctx.user),
        v('OCI_FINGERPRINT', ctx.fingerprint),
        v('OCI_REGION', ctx.region),
        `gh secret set OCI_PRIVATE_KEY < ${shellQuote(ctx.keyFile ?? '<path to your API private key .pem>')}`,
    ];
    if (ctx.passphrase)
        lines.push('gh secret set OCI_PRIVATE_KEY_PASSPHRASE   # gh prompts for the value');
    return lines;
}

;// CONCATENATED MODULE: ./build/src/init/wizard.js
// `oci-inv init`: from an OCI config file to a run plan (oci-inv.yaml), an optional GitHub
// workflow and the `gh` lines for its variables and secrets, then one run of the plan. The
// answers come from a Prompter (a terminal), from defaults (--yes) or from a saved plan
// (--from); every outside effect comes in through InitDeps so tests can drive it.




/** Where the generated workflow takes the action from. */
const ACTION_REF = 'oci-inv/oci-inv@v1';
class InitUsageError extends Error {
    name = 'UsageError';
}
/** Profiles of an OCI config file, in file order (DEFAULT first when present). */
function listProfiles(text) {
    const names = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*\[(.+)\]\s*$/.exec(line);
        const name = m?.[1]?.trim();
        if (name && !names.includes(name))
            names.push(name);
    }
    return names.sort((a, b) => Number(b === 'DEFAULT') - Number(a === 'DEFAULT'));
}
/** What to do when there is no OCI config yet: create an API key and the config. */
function apiKeyGuidance(configFile) {
    return [
        `No OCI config file at ${configFile}. Create an API signing key and the config first:`,
        '',
        '  mkdir -p ~/.oci && chmod 700 ~/.oci',
        '  openssl genrsa -out ~/.oci/oci_api_key.pem 2048 && chmod 600 ~/.oci/oci_api_key.pem',
        '  openssl rsa -pubout -in ~/.oci/oci_api_key.pem -out ~/.oci/oci_api_key_public.pem',
        '',
        '  Paste ~/.oci/oci_api_key_public.pem in the OCI Console: Profile (top right) > My profile >',
        '  API keys > Add API key > Paste a public key. The console then shows the [DEFAULT] lines',
        '  (user, fingerprint, tenancy, region, key_file) to save as ~/.oci/config.',
        '  (Or let the OCI CLI do all of it: oci setup config.)',
        '',
        'Then run oci-inv init again.',
        '',
    ].join('\n');
}
function readProfileValues(text, profile) {
    const values = new Map();
    let section;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            section = header[1]?.trim();
            continue;
        }
        const eq = line.indexOf('=');
        if (eq > 0 && (section === profile || (section === 'DEFAULT' && !values.has(line.slice(0, eq).trim())))) {
            values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
        }
    }
    return values;
}
async function runInit(options, deps) {
    const { out, prompter } = deps;
    if (!(0,external_node_fs_.existsSync)(options.ociConfigFile)) {
        out(apiKeyGuidance(options.ociConfigFile));
        throw new InitUsageError(`no OCI config file at ${options.ociConfigFile}: create an API key first (see above), or point --oci-config at yours`);
    }
    const configText = await (0,promises_.readFile)(options.ociConfigFile, 'utf8');
    const profiles = listProfiles(configText);
    // 1. The plan's starting point and the profile.
    let plan;
    if (options.from) {
        let text;
        try {
            text = await (0,promises_.readFile)(options.from, 'utf8');
        }
        catch (error) {
            throw new InitUsageError(`--from: cannot read ${options.from} (${error.code ?? 'error'})`);
        }
        plan = parsePlan(text, options.from);
    }
    else {
        plan = defaultPlan(options.profile);
    }
    if (options.ociConfigExplicit && !plan.ociConfig)
        plan.ociConfig = options.ociConfigFile;
    if (prompter && profiles.length > 1) {
        plan.profile = await prompter.select('Which OCI config profile?', profiles.map((p) => ({ label: p, value: p })), profiles.includes(plan.profile) ? plan.profile : profiles[0]);
    }
    if (!profiles.includes(plan.profile)) {
        throw new InitUsageError(`profile [${plan.profile}] is not in ${options.ociConfigFile} (profiles: ${profiles.join(', ') || 'none'})`);
    }
    out(`OCI config ${options.ociConfigFile}, profile [${plan.profile}]\n\nChecking it (oci-inv doctor):\n`);
    // 1b. The doctor's checks, live.
    const { report, text } = await deps.doctor(plan);
    out(text);
    if (report.exitCode !== 0) {
        const goOn = prompter ? await prompter.confirm('The doctor found failures. Continue anyway?', false) : false;
        if (!goOn) {
            out('init stopped: fix what the doctor reported (the fix is on each line) and run oci-inv init again.\n');
            return report.exitCode;
        }
    }
    // 2. Scope and options.
    if (prompter) {
        const { regions, compartments } = await deps.scope(plan);
        const names = regions.map((r) => r.name);
        const picked = await prompter.multiselect('Which regions? (space toggles, enter confirms)', regions.map((r) => ({ label: r.name, value: r.name, ...(r.isHome ? { hint: 'home' } : {}) })), plan.regions.length > 0 ? plan.regions.filter((r) => names.includes(r)) : names);
        plan.regions = picked.length === names.length ? [] : picked;
        const root = compartments.find((c) => c.parentId === null);
        const scope = await prompter.select('Which compartment tree?', [
            { label: 'the whole tenancy', value: '' },
            ...compartments.filter((c) => c !== root && c.lifecycleState === 'ACTIVE').map((c) => ({ label: c.path, value: c.ocid })),
        ], plan.compartment ?? '');
        plan.compartment = scope === '' ? null : scope;
        plan.formats = await prompter.multiselect('Export formats? (jsonl is always written)', [
            { label: 'jsonl', value: 'jsonl' },
            { label: 'csv', value: 'csv' },
            { label: 'parquet', value: 'parquet' },
        ], plan.formats);
        if (!plan.formats.includes('jsonl'))
            plan.formats.unshift('jsonl');
        plan.includeTerminated = await prompter.confirm('Keep TERMINATED/DELETED resources?', plan.includeTerminated);
        const mode = await prompter.select('Enrichment?', [
            { label: 'enrich every record (per-service get/list calls)', value: 'enrich' },
            { label: 'coverage-only scan (Resource Search only, fast)', value: 'coverage' },
        ], plan.enrich ? 'enrich' : 'coverage');
        plan.enrich = mode === 'enrich';
        const ignore = await prompter.text('Extra diff ignore rules (comma-separated dotted paths, empty for none)', plan.ignore.join(','));
        plan.ignore = ignore
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
        plan.workflow = await prompter.select('GitHub workflow?', [
            { label: 'scheduled drift detection', value: 'scheduled' },
            { label: 'pull-request check against an expected inventory', value: 'pr' },
            { label: 'none', value: 'none' },
        ], WORKFLOW_KINDS.includes(plan.workflow) ? plan.workflow : 'scheduled');
        if (plan.workflow === 'scheduled')
            plan.schedule = (await prompter.text('Schedule (cron, UTC)', plan.schedule)).trim() || plan.schedule;
        plan.runOnce = await prompter.confirm('Run the plan once now?', plan.runOnce);
    }
    const checked = parsePlan(renderPlan(plan), 'the answers');
    // 3. The files.
    const profileValues = readProfileValues(configText, checked.profile);
    const passphrase = profileValues.has('pass_phrase');
    const files = [{ path: checked.configPath, text: renderConfig(checked), what: 'run plan' }];
    const workflow = renderWorkflow(checked, ACTION_REF, passphrase);
    if (workflow)
        files.push({ path: checked.workflowPath, text: workflow, what: checked.workflow === 'pr' ? 'PR check workflow' : 'scheduled workflow' });
    if (options.savePlan && !options.dryRun)
        files.push({ path: options.savePlan, text: renderPlan(checked), what: 'init plan (replay with --from)' });
    const gh = {
        tenancy: profileValues.get('tenancy'),
        user: profileValues.get('user'),
        fingerprint: profileValues.get('fingerprint'),
        region: profileValues.get('region'),
        keyFile: profileValues.get('key_file'),
        passphrase,
    };
    const runLine = `oci-inv run --config ${checked.configPath}`;
    if (options.dryRun) {
        out('\nDry run: nothing is written and nothing runs.\n');
        out(`\nThe plan (save it and replay with --from):\n${renderPlan(checked)}`);
        for (const f of files)
            out(`\nWould write ${f.path} (${f.what}):\n${f.text}`);
        if (workflow)
            out(`\nThe workflow needs these repository variables and secrets:\n${ghLines(gh).map((l) => `  ${l}`).join('\n')}\n`);
        if (checked.runOnce)
            out(`\nWould run: ${runLine}\n`);
        if (checked.runOnce && checked.workflow === 'pr')
            out(`Would write ${checked.expectedPath} from that run (the PR check's expected inventory)\n`);
        if (options.savePlan) {
            // The one file a dry run writes, because it was asked for by name: the answers to replay.
            await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(options.savePlan)), { recursive: true });
            await deps.writeFile(options.savePlan, renderPlan(checked));
            out(`\nwrote ${options.savePlan} (init plan: replay with --from)\n`);
        }
        return 0;
    }
    for (const f of files) {
        if ((0,external_node_fs_.existsSync)(f.path) && !options.force) {
            const overwrite = prompter ? await prompter.confirm(`${f.path} exists. Overwrite it?`, false) : false;
            if (!overwrite)
                throw new InitUsageError(`${f.path} exists: pass --force to overwrite it, or move it away (nothing was written)`);
        }
    }
    for (const f of files) {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(f.path)), { recursive: true });
        await deps.writeFile(f.path, f.text);
        out(`wrote ${f.path} (${f.what})\n`);
    }
    if (workflow) {
        out(`\nCreate the workflow's repository variables and secrets (run in the repository; secret values are read by gh, never printed):\n${ghLines(gh).map((l) => `  ${l}`).join('\n')}\n`);
    }
    // 4. One run of the plan.
    if (!checked.runOnce) {
        out(`\nRun it with: ${runLine}\n`);
        return 0;
    }
    out(`\nRunning the plan once: ${runLine}\n`);
    const result = await deps.runPlan(checked.configPath);
    out(`\nOutputs: ${result.runDir}\n`);
    if (checked.workflow === 'pr') {
        const n = await deps.writeExpected(result.runDir, checked.expectedPath);
        out(`wrote ${checked.expectedPath} (${n} records): commit it with the workflow\n`);
    }
    return result.exitCode;
}

// EXTERNAL MODULE: ./build/src/cli/errors.js
var errors = __webpack_require__(5941);
// EXTERNAL MODULE: ./build/src/cli/interrupt.js
var interrupt = __webpack_require__(76163);
// EXTERNAL MODULE: ./build/src/cli/options.js
var options = __webpack_require__(50698);
;// CONCATENATED MODULE: ./build/src/cli/commands/init.js
// `oci-inv init`: the wizard (src/init/wizard.ts) wired to a terminal (consola's prompts), the
// doctor, discovery for the scope questions and the pipeline for the first run. Non-TTY
// without --yes or --from is a usage error with the hint.







/** consola's prompts; Ctrl-C rejects, which ends the wizard with exit 130 and nothing written. */
async function terminalPrompter() {
    const { consola } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 36237));
    const cancelled = (value) => {
        if (typeof value === 'symbol')
            throw new WizardCancelled();
        return value;
    };
    return {
        async select(message, choices, initial) {
            return cancelled(await consola.prompt(message, { type: 'select', options: choices.map((c) => ({ label: c.label, value: c.value, ...(c.hint ? { hint: c.hint } : {}) })), initial, cancel: 'symbol' }));
        },
        async multiselect(message, choices, initial) {
            const picked = cancelled(await consola.prompt(message, { type: 'multiselect', options: choices.map((c) => ({ label: c.label, value: c.value, ...(c.hint ? { hint: c.hint } : {}) })), initial, required: false, cancel: 'symbol' }));
            return picked.map((p) => (typeof p === 'string' ? p : p.value));
        },
        async confirm(message, initial) {
            return cancelled(await consola.prompt(message, { type: 'confirm', initial, cancel: 'symbol' }));
        },
        async text(message, initial) {
            const value = cancelled(await consola.prompt(message, { type: 'text', ...(initial ? { initial, default: initial } : { placeholder: '' }), cancel: 'symbol' }));
            return typeof value === 'string' ? value : initial;
        },
    };
}
class WizardCancelled extends Error {
    name = 'WizardCancelled';
}
async function initCommand(flags, rawArgs, io = { stdout: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) }) {
    const yes = flags.yes === true;
    const dryRun = flags.dryRun === true;
    const from = flags.from === undefined ? undefined : String(flags.from);
    if (from === '')
        throw new errors/* UsageError */.eb('--from: give the plan file');
    if (!io.interactive && !yes && !from) {
        throw new errors/* UsageError */.eb('init asks questions and needs a terminal: pass --yes to take the defaults, or --from plan.yaml to replay a saved plan (see oci-inv init --help)');
    }
    const { config, log } = await (0,options.contextFrom)(flags, rawArgs);
    const ociConfigFile = config.ociConfig || (0,auth/* defaultConfigFile */.mD)();
    const prompter = io.interactive && !yes && !from ? await terminalPrompter() : undefined;
    const connectionFor = async (plan) => (0,pipeline_config/* resolveConfig */.pE)({ flags: { profile: plan.profile, ...(plan.ociConfig ? { ociConfig: plan.ociConfig } : {}), ...(config.endpointTemplate ? { endpointTemplate: config.endpointTemplate } : {}), auth: config.auth, outdir: plan.outdir } });
    const deps = {
        out: (text) => io.stdout.write(text),
        info: (message) => log.info(message),
        prompter,
        async doctor(plan) {
            const { runDoctor } = await Promise.all(/* import() */[__webpack_require__.e(9041), __webpack_require__.e(6823), __webpack_require__.e(7673), __webpack_require__.e(2738)]).then(__webpack_require__.bind(__webpack_require__, 72738));
            const { renderText } = await __webpack_require__.e(/* import() */ 8269).then(__webpack_require__.bind(__webpack_require__, 48269));
            const report = await runDoctor({ config: await connectionFor(plan), log });
            return { report, text: renderText(report) };
        },
        async scope(plan) {
            const { connectOci } = await Promise.all(/* import() */[__webpack_require__.e(9041), __webpack_require__.e(6823), __webpack_require__.e(7673)]).then(__webpack_require__.bind(__webpack_require__, 47673));
            const connection = await connectOci(await connectionFor(plan), log);
            try {
                return { regions: await connection.discovery.listRegions(), compartments: await connection.discovery.listCompartments() };
            }
            finally {
                connection.close();
            }
        },
        async runPlan(configPath) {
            const runConfig = await (0,pipeline_config/* resolveConfig */.pE)({ file: configPath, flags: { ...(config.endpointTemplate ? { endpointTemplate: config.endpointTemplate } : {}), auth: config.auth } });
            // Ctrl-C during the first run stops it as `run` does: an INTERRUPTED run, exit 130 / 143.
            const { liveRun } = await Promise.all(/* import() */[__webpack_require__.e(5597), __webpack_require__.e(9623)]).then(__webpack_require__.bind(__webpack_require__, 79623));
            return liveRun(runConfig, log);
        },
        async writeExpected(runDir, expectedPath) {
            const { writeExpectedInventory } = await Promise.all(/* import() */[__webpack_require__.e(5597), __webpack_require__.e(9623)]).then(__webpack_require__.bind(__webpack_require__, 79623));
            return writeExpectedInventory(runDir, expectedPath, undefined);
        },
        // Atomic, and guarded: a signal mid-write leaves the old file or the new one, never half of one.
        writeFile: (path, text) => {
            (0,interrupt/* guardOutputs */.S0)(path);
            return (0,atomic.writeFileAtomic)(path, text);
        },
    };
    try {
        return await runInit({
            yes,
            dryRun,
            from,
            force: flags.force === true,
            ociConfigFile,
            ociConfigExplicit: Boolean(config.ociConfig),
            profile: config.profile,
            savePlan: flags.savePlan === undefined ? undefined : String(flags.savePlan),
        }, deps);
    }
    catch (error) {
        if (error instanceof WizardCancelled) {
            log.warn('init cancelled: nothing more was written');
            return 130;
        }
        throw error;
    }
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


/***/ })

};
