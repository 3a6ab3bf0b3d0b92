// Flags shared by the commands that talk to OCI, declared once, and the mapping from cac's
// parsed options onto the run configuration.
import type { Command } from 'cac';
import { type RunConfig, resolveConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import { createCliLogger } from './logger.js';

export type Flags = Record<string, unknown>;

/** Options every OCI-facing command takes. */
export function withConnectionOptions(command: Command): Command {
  return command
    .option('--config <file>', 'YAML or JSON config file with any run option (env: OCI_INV_CONFIG)')
    .option('--auth <method>', 'auto | api_key | security_token | instance_principal | resource_principal (default: auto)')
    .option('--profile <name>', 'profile in the OCI config file (default: DEFAULT)')
    .option('--oci-config <path>', 'OCI config file (default: $OCI_CONFIG_FILE or ~/.oci/config)')
    .option('--tenancy <ocid>', 'tenancy ocid, when the auth method does not tell it')
    .option('--regions <list>', 'comma-separated regions (default: every subscribed region)')
    .option('--endpoint-template <url>', 'route OCI calls to URL with {service} and {region}, e.g. http://127.0.0.1:8123/{service}/{region}')
    .option('--log-level <level>', 'silent | error | warn | info | debug (default: info)')
    .option('--json-logs', 'log JSON lines on stderr');
}

/** Options of `run` (and `check` when it runs live). */
export function withRunOptions(command: Command): Command {
  return withConnectionOptions(command)
    .option('--compartment <ocid>', 'only this compartment and its subtree')
    .option('--query <text>', 'Resource Search query (default: "query all resources")')
    .option('--include-terminated', 'keep TERMINATED/DELETED resources (default: left out)')
    .option('--outdir <dir>', 'parent of the run directory (default: out)')
    .option('--format <list>', 'jsonl,csv,parquet (jsonl is always written; default: jsonl,csv)')
    .option('--parquet', 'also write inventory.parquet')
    .option('--tag-columns <list>', 'extra CSV columns, e.g. freeform:Owner,defined:Ops.CostCenter')
    .option('--prev <path>', 'diff against a previous inventory (file or run directory)')
    .option('--expected <path>', 'diff against a committed expected inventory')
    .option('--ignore <rules>', 'comma-separated diff ignore rules (dotted paths, * wildcards)')
    .option('--no-default-ignores', 'do not apply the built-in ignore rules')
    .option('--workers-region <n>', 'regions searched at once (default: 4)')
    .option('--workers-enrich <n>', 'enrichment calls in flight (default: 8)')
    .option('--no-enrich', 'skip enrichment (records marked SKIPPED)')
    .option('--fail-on <kind>', 'none | drift | added | removed | changed | degraded: exit 5 when found (default: none)')
    .option('--redact-extra <rule>', 'extra redaction rule key:REGEX or value:REGEX; repeat for more (docs/security.md)')
    .option('--retry-budget <n>', 'throttled retries each region may spend (default: 10000)');
}

/** cac option names → RunConfig keys, keeping only what the user actually gave. */
export function flagsToConfig(flags: Flags, rawArgs: readonly string[]): Partial<Record<keyof RunConfig, unknown>> {
  const out: Partial<Record<keyof RunConfig, unknown>> = {};
  const copy = (from: string, to: keyof RunConfig) => {
    const value = flags[from];
    if (value !== undefined && value !== '') out[to] = value;
  };
  copy('auth', 'auth');
  copy('profile', 'profile');
  copy('ociConfig', 'ociConfig');
  copy('tenancy', 'tenancy');
  copy('regions', 'regions');
  copy('compartment', 'compartment');
  copy('query', 'query');
  copy('outdir', 'outdir');
  copy('prev', 'prev');
  copy('expected', 'expected');
  copy('ignore', 'ignore');
  copy('workersRegion', 'workersRegion');
  copy('workersEnrich', 'workersEnrich');
  copy('logLevel', 'logLevel');
  copy('failOn', 'failOn');
  copy('endpointTemplate', 'endpointTemplate');
  copy('tagColumns', 'tagColumns');
  copy('redactExtra', 'redactExtra');
  copy('retryBudget', 'retryBudget');
  if (flags.includeTerminated === true) out.includeTerminated = true;
  if (flags.jsonLogs === true) out.jsonLogs = true;
  // cac gives negated flags a default of true: only an explicit --no-x counts.
  if (rawArgs.includes('--no-enrich')) out.enrich = false;
  if (rawArgs.includes('--no-default-ignores')) out.defaultIgnores = false;
  const formats = flags.format === undefined ? undefined : String(flags.format);
  if (formats !== undefined || flags.parquet === true) {
    const list = (formats ?? '').split(',').filter(Boolean);
    if (formats === undefined) list.push('jsonl', 'csv');
    if (flags.parquet === true) list.push('parquet');
    out.formats = [...new Set(list)];
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
  const level = typeof flags.logLevel === 'string' ? flags.logLevel : 'info';
  return createCliLogger({ level: (['silent', 'error', 'warn', 'info', 'debug', 'trace'].includes(level) ? level : 'info') as 'info', json: flags.jsonLogs === true });
}
