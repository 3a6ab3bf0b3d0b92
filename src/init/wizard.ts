// `oci-inv init`: from an OCI config file to a run plan (oci-inv.yaml), an optional GitHub
// workflow and the `gh` lines for its variables and secrets, then one run of the plan. The
// answers come from a Prompter (a terminal), from defaults (--yes) or from a saved plan
// (--from); every outside effect comes in through InitDeps so tests can drive it.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DoctorReport } from '../doctor/types.js';
import type { CompartmentInfo, RegionInfo } from '../pipeline/ports.js';
import { defaultPlan, type GhContext, ghLines, type InitPlan, parsePlan, renderConfig, renderPlan, renderWorkflow, WORKFLOW_KINDS, type WorkflowKind } from './plan.js';

/** Where the generated workflow takes the action from. */
export const ACTION_REF = 'oci-inv/oci-inv@v1';

export interface Choice<T> {
  label: string;
  value: T;
  hint?: string;
}

/** The questions the wizard asks; a terminal implementation uses consola's prompts. */
export interface Prompter {
  select<T extends string>(message: string, choices: Array<Choice<T>>, initial: T): Promise<T>;
  multiselect<T extends string>(message: string, choices: Array<Choice<T>>, initial: T[]): Promise<T[]>;
  confirm(message: string, initial: boolean): Promise<boolean>;
  text(message: string, initial: string): Promise<string>;
}

export interface InitOptions {
  yes: boolean;
  dryRun: boolean;
  /** A saved plan to replay. */
  from?: string | undefined;
  /** Overwrite files that exist. */
  force: boolean;
  /** The OCI config file and profile the connection flags named. */
  ociConfigFile: string;
  ociConfigExplicit: boolean;
  profile: string;
  /** Write the plan itself here as well (to replay it with --from). */
  savePlan?: string | undefined;
}

export interface InitDeps {
  /** Results and the transcript (stdout). */
  out: (text: string) => void;
  info: (message: string) => void;
  prompter: Prompter | undefined;
  /** The doctor's checks for a profile. */
  doctor: (plan: InitPlan) => Promise<{ report: DoctorReport; text: string }>;
  /** Subscribed regions and the compartment tree (interactive scope questions only). */
  scope: (plan: InitPlan) => Promise<{ regions: RegionInfo[]; compartments: CompartmentInfo[] }>;
  /** Run the plan's config once; returns the run directory and exit code. */
  runPlan: (configPath: string) => Promise<{ runDir: string; exitCode: number }>;
  /** Write the expected inventory for the PR check from a run directory. */
  writeExpected: (runDir: string, expectedPath: string) => Promise<number>;
  writeFile: (path: string, text: string) => Promise<void>;
}

export class InitUsageError extends Error {
  override name = 'UsageError';
}

/** Profiles of an OCI config file, in file order (DEFAULT first when present). */
export function listProfiles(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*\[(.+)\]\s*$/.exec(line);
    const name = m?.[1]?.trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names.sort((a, b) => Number(b === 'DEFAULT') - Number(a === 'DEFAULT'));
}

/** What to do when there is no OCI config yet: create an API key and the config. */
export function apiKeyGuidance(configFile: string): string {
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

function readProfileValues(text: string, profile: string): Map<string, string> {
  const values = new Map<string, string>();
  let section: string | undefined;
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

export async function runInit(options: InitOptions, deps: InitDeps): Promise<number> {
  const { out, prompter } = deps;
  if (!existsSync(options.ociConfigFile)) {
    out(apiKeyGuidance(options.ociConfigFile));
    throw new InitUsageError(`no OCI config file at ${options.ociConfigFile}: create an API key first (see above), or point --oci-config at yours`);
  }
  const configText = await readFile(options.ociConfigFile, 'utf8');
  const profiles = listProfiles(configText);

  // 1. The plan's starting point and the profile.
  let plan: InitPlan;
  if (options.from) {
    let text: string;
    try {
      text = await readFile(options.from, 'utf8');
    } catch (error) {
      throw new InitUsageError(`--from: cannot read ${options.from} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    plan = parsePlan(text, options.from);
  } else {
    plan = defaultPlan(options.profile);
  }
  if (options.ociConfigExplicit && !plan.ociConfig) plan.ociConfig = options.ociConfigFile;
  if (prompter && profiles.length > 1) {
    plan.profile = await prompter.select(
      'Which OCI config profile?',
      profiles.map((p) => ({ label: p, value: p })),
      profiles.includes(plan.profile) ? plan.profile : (profiles[0] as string),
    );
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
    const picked = await prompter.multiselect(
      'Which regions? (space toggles, enter confirms)',
      regions.map((r) => ({ label: r.name, value: r.name, ...(r.isHome ? { hint: 'home' } : {}) })),
      plan.regions.length > 0 ? plan.regions.filter((r) => names.includes(r)) : names,
    );
    plan.regions = picked.length === names.length ? [] : picked;
    const root = compartments.find((c) => c.parentId === null);
    const scope = await prompter.select(
      'Which compartment tree?',
      [
        { label: 'the whole tenancy', value: '' },
        ...compartments.filter((c) => c !== root && c.lifecycleState === 'ACTIVE').map((c) => ({ label: c.path, value: c.ocid })),
      ],
      plan.compartment ?? '',
    );
    plan.compartment = scope === '' ? null : scope;
    plan.formats = await prompter.multiselect(
      'Export formats? (jsonl is always written)',
      [
        { label: 'jsonl', value: 'jsonl' as const },
        { label: 'csv', value: 'csv' as const },
        { label: 'parquet', value: 'parquet' as const },
      ],
      plan.formats,
    );
    if (!plan.formats.includes('jsonl')) plan.formats.unshift('jsonl');
    plan.includeTerminated = await prompter.confirm('Keep TERMINATED/DELETED resources?', plan.includeTerminated);
    const mode = await prompter.select(
      'Enrichment?',
      [
        { label: 'enrich every record (per-service get/list calls)', value: 'enrich' },
        { label: 'coverage-only scan (Resource Search only, fast)', value: 'coverage' },
      ],
      plan.enrich ? 'enrich' : 'coverage',
    );
    plan.enrich = mode === 'enrich';
    const ignore = await prompter.text('Extra diff ignore rules (comma-separated dotted paths, empty for none)', plan.ignore.join(','));
    plan.ignore = ignore
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    plan.workflow = await prompter.select<WorkflowKind>(
      'GitHub workflow?',
      [
        { label: 'scheduled drift detection', value: 'scheduled' },
        { label: 'pull-request check against an expected inventory', value: 'pr' },
        { label: 'none', value: 'none' },
      ],
      WORKFLOW_KINDS.includes(plan.workflow) ? plan.workflow : 'scheduled',
    );
    if (plan.workflow === 'scheduled') plan.schedule = (await prompter.text('Schedule (cron, UTC)', plan.schedule)).trim() || plan.schedule;
    plan.runOnce = await prompter.confirm('Run the plan once now?', plan.runOnce);
  }
  const checked = parsePlan(renderPlan(plan), 'the answers');

  // 3. The files.
  const profileValues = readProfileValues(configText, checked.profile);
  const passphrase = profileValues.has('pass_phrase');
  const files: Array<{ path: string; text: string; what: string }> = [{ path: checked.configPath, text: renderConfig(checked), what: 'run plan' }];
  const workflow = renderWorkflow(checked, ACTION_REF, passphrase);
  if (workflow) files.push({ path: checked.workflowPath, text: workflow, what: checked.workflow === 'pr' ? 'PR check workflow' : 'scheduled workflow' });
  if (options.savePlan && !options.dryRun) files.push({ path: options.savePlan, text: renderPlan(checked), what: 'init plan (replay with --from)' });
  const gh: GhContext = {
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
    for (const f of files) out(`\nWould write ${f.path} (${f.what}):\n${f.text}`);
    if (workflow) out(`\nThe workflow needs these repository variables and secrets:\n${ghLines(gh).map((l) => `  ${l}`).join('\n')}\n`);
    if (checked.runOnce) out(`\nWould run: ${runLine}\n`);
    if (checked.runOnce && checked.workflow === 'pr') out(`Would write ${checked.expectedPath} from that run (the PR check's expected inventory)\n`);
    if (options.savePlan) {
      // The one file a dry run writes, because it was asked for by name: the answers to replay.
      await mkdir(dirname(resolve(options.savePlan)), { recursive: true });
      await deps.writeFile(options.savePlan, renderPlan(checked));
      out(`\nwrote ${options.savePlan} (init plan: replay with --from)\n`);
    }
    return 0;
  }

  for (const f of files) {
    if (existsSync(f.path) && !options.force) {
      const overwrite = prompter ? await prompter.confirm(`${f.path} exists. Overwrite it?`, false) : false;
      if (!overwrite) throw new InitUsageError(`${f.path} exists: pass --force to overwrite it, or move it away (nothing was written)`);
    }
  }
  for (const f of files) {
    await mkdir(dirname(resolve(f.path)), { recursive: true });
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
