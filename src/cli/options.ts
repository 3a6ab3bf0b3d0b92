// Flags shared by the commands that talk to OCI, declared once, and the mapping from cac's
// parsed options onto the run configuration.
import type { Command } from 'cac';
import { LOG_LEVELS, type LogLevel, type RunConfig, resolveConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import { UsageError } from './errors.js';
import { createCliLogger } from './logger.js';

export type Flags = Record<string, unknown>;

/** Options every OCI-facing command takes. */
export function withConnectionOptions(command: Command): Command {
  return command
    .option('--config <file>', 'YAML or JSON config file with any run option (env: OCI_INV_CONFIG)')
    .option('--auth <method>', 'auto | api_key | security_token | instance_principal | resource_principal (default: auto; env: OCI_CLI_AUTH too)')
    .option('--profile <name>', 'profile in the OCI config file (default: DEFAULT; env: OCI_CLI_PROFILE too)')
    .option('--oci-config <path>', 'OCI config file; --config-file is the same (default: $OCI_CLI_CONFIG_FILE, $OCI_CONFIG_FILE or ~/.oci/config)')
    .option('--tenancy <ocid>', 'tenancy ocid, when the auth method does not tell it')
    .option('--regions <list>', 'comma-separated region names, keys (iad, fra) or wildcards (eu-*) (default: every subscribed region)')
    .option('--region <name>', 'one region (same as --regions with one entry; both may be given)')
    .option('--endpoint-template <url>', 'route OCI calls to URL with {service} and {region}, e.g. http://127.0.0.1:8123/{service}/{region}')
    .option('--log-level <level>', 'silent | error | warn | info | debug | trace, any case (default: info)')
    .option('--json-logs', 'log JSON lines on stderr (default: false)');
}

/** Options of `run` (and `check` when it runs live); `check` fails on drift by default. */
export function withRunOptions(command: Command, defaults: { failOn: 'none' | 'drift' } = { failOn: 'none' }): Command {
  return withConnectionOptions(command)
    .option('--compartment <ocid>', 'only this compartment and its subtree')
    .option('--query <text>', 'Resource Search query (default: "query all resources")')
    .option('--include-terminated', 'keep TERMINATED/DELETED resources (default: false, they are left out)')
    .option('--outdir <dir>', 'parent of the run directory (default: out)')
    .option('--format <list>', 'jsonl,csv,parquet; jsonl is always written (default: jsonl,csv)')
    .option('--parquet', 'also write inventory.parquet (default: false)')
    .option('--tag-columns <list>', 'extra CSV columns, e.g. freeform:Owner,defined:Ops.CostCenter')
    .option('--prev <path>', 'diff against a previous inventory (file or run directory)')
    .option('--expected <path>', 'diff against a committed expected inventory')
    .option('--ignore <rules>', 'comma-separated diff ignore rules (dotted paths, * wildcards)')
    .option('--no-default-ignores', 'do not apply the built-in ignore rules (default: applied)')
    .option('--workers-region <n>', 'regions searched at once (default: 4)')
    .option('--workers-enrich <n>', 'enrichment calls in flight (default: 8)')
    .option('--no-enrich', 'skip enrichment, records marked SKIPPED (default: enrich)')
    .option('--enrich-detail <level>', 'standard | lean | complete (default: standard). standard builds a VNIC from lists (no MAC, source/dest check, route table: about 0.1 calls a resource saved); lean also keeps only the listBuckets summary of a bucket (no access type, KMS key, versioning: one call a bucket saved); complete reads every VNIC and bucket whole, one call each')
    .option('--fail-on <kinds>', `none | drift | added | removed | changed | degraded, plus IaC kinds unmanaged | new-unmanaged | missing | iac-drift, comma-separated: exit 5 when found (default: ${defaults.failOn})`)
    .option('--tf-state <paths>', 'Terraform state files or globs (v4 state, terraform show -json of a state or plan); repeat for more: IaC coverage into iac.json (docs/iac.md)')
    .option('--orm-stacks <ocids>', 'also read the state of these Resource Manager stacks (comma-separated ocids, or all)')
    .option('--redact-extra <rule>', 'extra redaction rule key:REGEX or value:REGEX; repeat for more (docs/security.md)')
    .option('--retry-budget <n>', 'throttled retries each region may spend (default: 10000)')
    .option('--genai-summary', 'add an executive summary by OCI Generative AI at the top of report.md (default: false; docs/genai.md)')
    .option('--genai-dry-run', 'build the GenAI request, write genai_prompt.json and print it on stderr; send nothing (default: false)');
}

/** The GenAI settings (docs/genai.md): flags over OCI_INV_GENAI_* over the GenAI config file. */
export function withGenAiOptions(command: Command): Command {
  return command
    .option('--genai-base-model-id <model>', 'chat model, e.g. cohere.command-r-plus or meta.llama-3.3-70b-instruct')
    .option('--genai-compartment-id <ocid>', 'compartment the GenAI call is made in and billed to (default: the tenancy OCID, i.e. the root compartment; env OCI_INV_GENAI_COMPARTMENT_ID)')
    .option('--genai-endpoint <url>', 'GenAI inference endpoint (default: from the region)')
    .option('--genai-oci-profile <name>', 'OCI config profile for the GenAI call (default: the run\'s)')
    .option('--genai-max-tokens <n>', 'longest answer in tokens (default: 600)')
    .option('--genai-temperature <t>', '0 to 2 (default: 0.2)')
    .option('--genai-timeout-seconds <s>', 'give up on the GenAI call after this (default: 60)');
}

/** Every boolean flag of every command: `--x`, `--x=false`, `--x false`, `--no-x` all work (docs/configuration.md). */
export const BOOLEAN_FLAGS: ReadonlySet<string> = new Set([
  'include-terminated',
  'enrich',
  'default-ignores',
  'json-logs',
  'parquet',
  'json',
  'write-expected',
  'yes',
  'dry-run',
  'force',
  'genai-summary',
  'genai-dry-run',
]);

/** Flags that take a list: repeating one adds to it. Any other flag given twice is an error. */
export const LIST_FLAGS: ReadonlySet<string> = new Set(['regions', 'region', 'format', 'ignore', 'tagColumns', 'types', 'compartments', 'redactExtra', 'tfState', 'state', 'ormStacks']);

export const kebab = (camel: string): string => camel.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Other spellings of a flag, as the OCI CLI writes them. */
export const FLAG_ALIASES: ReadonlyMap<string, string> = new Map([['config-file', 'oci-config']]);

export interface NormalizedArgs {
  /** argv for cac: every boolean written as `--x=true|false`, never followed by a value it could eat. */
  argv: string[];
  /** The boolean flags the user gave, camelCase → value. */
  booleans: Map<string, boolean>;
}

/**
 * One rule for booleans, applied before cac sees the arguments (cac would otherwise eat the
 * next word as a value, or ignore `--enrich false`): `--x` and `--x true` mean true,
 * `--x false`, `--x=false` and `--no-x` mean false (any case; yes/no, on/off, 1/0 too).
 * A value after `--x` is taken only when it is one of those words.
 */
export function normalizeArgs(args: readonly string[], words: ReadonlyMap<string, boolean>): NormalizedArgs {
  const argv: string[] = [];
  const booleans = new Map<string, boolean>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      argv.push(...args.slice(i));
      break;
    }
    const alias = /^--([a-z][a-z0-9-]*)(=.*)?$/s.exec(arg);
    const target = alias?.[1] ? FLAG_ALIASES.get(alias[1]) : undefined;
    if (target) {
      argv.push(`--${target}${alias?.[2] ?? ''}`);
      continue;
    }
    const match = /^--(no-)?([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(arg);
    const name = match?.[2];
    if (!match || !name || !BOOLEAN_FLAGS.has(name)) {
      argv.push(arg);
      continue;
    }
    let value: boolean;
    if (match[3] !== undefined) {
      const word = words.get(match[3].trim().toLowerCase());
      if (word === undefined) throw new UsageError(`--${match[1] ?? ''}${name}: "${match[3]}" is not true or false (or yes/no, on/off, 1/0)`);
      value = word;
    } else {
      const next = args[i + 1];
      const word = next === undefined ? undefined : words.get(next.trim().toLowerCase());
      if (word !== undefined) i++;
      value = word ?? true;
    }
    if (match[1]) value = !value;
    const key = camel(name);
    const earlier = booleans.get(key);
    if (earlier !== undefined && earlier !== value) throw new UsageError(`--${name} is given twice with different values: give it once`);
    booleans.set(key, value);
    argv.push(`--${name}=${value}`);
  }
  return { argv, booleans };
}

/** Scalar flags given twice are a mistake (`--prev a --prev b`); list flags accumulate. */
export function checkRepeatedFlags(flags: Flags): void {
  for (const [key, value] of Object.entries(flags)) {
    if (key === '--' || !Array.isArray(value) || LIST_FLAGS.has(key) || BOOLEAN_FLAGS.has(kebab(key))) continue;
    const distinct = [...new Set(value.map(String))];
    if (distinct.length > 1) throw new UsageError(`--${kebab(key)} is given ${value.length} times (${distinct.map((v) => `"${v}"`).join(', ')}): give it once`);
    flags[key] = value[0];
  }
}

/** A list flag's values, repeated or comma-separated, as one comma-separated string. */
function joinList(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return (Array.isArray(value) ? value : [value]).map(String).join(',');
}

/** cac option names → RunConfig keys, keeping only what the user actually gave. */
export function flagsToConfig(flags: Flags, _rawArgs: readonly string[] = []): Partial<Record<keyof RunConfig, unknown>> {
  const out: Partial<Record<keyof RunConfig, unknown>> = {};
  const copy = (from: string, to: keyof RunConfig) => {
    // An explicit empty value (`--outdir ''`) is passed on, so validation names it.
    const value = flags[from];
    if (value !== undefined) out[to] = value;
  };
  copy('auth', 'auth');
  copy('profile', 'profile');
  copy('ociConfig', 'ociConfig');
  copy('tenancy', 'tenancy');
  copy('compartment', 'compartment');
  copy('query', 'query');
  copy('outdir', 'outdir');
  copy('prev', 'prev');
  copy('expected', 'expected');
  copy('workersRegion', 'workersRegion');
  copy('workersEnrich', 'workersEnrich');
  copy('enrichDetail', 'enrichDetail');
  copy('logLevel', 'logLevel');
  copy('failOn', 'failOn');
  copy('endpointTemplate', 'endpointTemplate');
  copy('redactExtra', 'redactExtra');
  copy('retryBudget', 'retryBudget');
  const ignore = joinList(flags.ignore);
  if (ignore !== undefined) out.ignore = ignore;
  const tfState = joinList(flags.tfState);
  if (tfState !== undefined) out.tfState = tfState;
  const ormStacks = joinList(flags.ormStacks);
  if (ormStacks !== undefined) out.ormStacks = ormStacks;
  const tagColumns = joinList(flags.tagColumns);
  if (tagColumns !== undefined) out.tagColumns = tagColumns;
  // --regions and --region both add regions; an explicit empty value is kept so it is refused.
  if (flags.regions !== undefined || flags.region !== undefined) {
    out.regions = [flags.regions, flags.region].flatMap((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])).map(String).join(',');
  }
  // Booleans are set by normalizeArgs only when given (cac's own defaults for --no-x are dropped).
  for (const [flag, key] of [
    ['includeTerminated', 'includeTerminated'],
    ['jsonLogs', 'jsonLogs'],
    ['enrich', 'enrich'],
    ['defaultIgnores', 'defaultIgnores'],
    ['genaiSummary', 'genaiSummary'],
    ['genaiDryRun', 'genaiDryRun'],
  ] as const) {
    if (typeof flags[flag] === 'boolean') out[key] = flags[flag];
  }
  const formats = joinList(flags.format);
  if (formats !== undefined || flags.parquet === true) {
    const list = (formats ?? '').split(',').map((f) => f.trim());
    if (formats === undefined) list.splice(0, list.length, 'jsonl', 'csv');
    if (flags.parquet === true) list.push('parquet');
    out.formats = list.join(',');
  }
  return out;
}

export interface CommandContext {
  config: RunConfig;
  log: Logger;
}

export async function contextFrom(flags: Flags, rawArgs: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandContext> {
  const config = await resolveConfig({
    file: typeof flags.config === 'string' ? flags.config : undefined,
    env,
    flags: flagsToConfig(flags, rawArgs),
  });
  return { config, log: createCliLogger({ level: config.logLevel, json: config.jsonLogs }) };
}

/** A logger from just the logging flags, for commands that take no run configuration. */
export function contextLogger(flags: Flags): Logger {
  return createCliLogger({ level: logLevelFlag(flags), json: flags.jsonLogs === true });
}

/** `--log-level`, any case; a wrong one is an error naming the flag. */
export function logLevelFlag(flags: Flags): LogLevel {
  if (flags.logLevel === undefined) return 'info';
  const wanted = String(flags.logLevel).trim().toLowerCase();
  const level = LOG_LEVELS.find((l) => l === wanted);
  if (!level) throw new UsageError(`--log-level: must be one of ${LOG_LEVELS.join(', ')} (got "${String(flags.logLevel)}")`);
  return level;
}

/** A whole-number flag within bounds, or an error naming it. */
export function intFlag(flags: Flags, name: string, fallback: number, min: number, max: number): number {
  const value = flags[camel(name)];
  if (value === undefined) return fallback;
  const text = String(value).trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name}: must be a whole number from ${min} to ${max} (got "${String(value)}")`);
  return n;
}

/** A flag with a fixed set of values (any case), or an error naming it with a suggestion. */
export function choiceFlag<T extends string>(flags: Flags, name: string, choices: readonly T[], fallback: T): T {
  const value = flags[camel(name)];
  if (value === undefined) return fallback;
  const wanted = String(value).trim().toLowerCase();
  const found = choices.find((c) => c === wanted);
  if (!found) throw new UsageError(`--${name}: must be one of ${choices.join(', ')} (got "${String(value)}")`);
  return found;
}

/** A listen error turned into a usage error naming the flag (a busy port is the user's to pick). */
export function listenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new UsageError(`--port: 127.0.0.1:${port} is already in use (pick another port, or 0 for any free one)`);
  if (code === 'EACCES') return new UsageError(`--port: not allowed to listen on 127.0.0.1:${port} (ports below 1024 need privileges)`);
  return error;
}
