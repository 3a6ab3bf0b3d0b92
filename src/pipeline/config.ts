// The run configuration shared by the CLI and the action, resolved in one place:
// defaults < OCI_CLI_* environment < config file (YAML/JSON) < OCI_INV_* environment < flags,
// validated by valibot.
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { parseExtraRule } from '../core/redact.js';
import { IAC_FAIL_ON, type IacFailOn } from '../iac/run-iac.js';
import { AUTH_ALIASES, AUTH_METHODS, type AuthMethod } from '../oci/auth-methods.js';
import { DEFAULT_ENRICH_DETAIL, ENRICH_DETAILS, type EnrichDetail } from './enrich-detail.js';

export const FORMATS = ['jsonl', 'csv', 'parquet'] as const;
export const FAIL_ON = ['none', 'drift', 'added', 'removed', 'changed', 'degraded'] as const;
export const LOG_LEVELS = ['silent', 'error', 'warn', 'info', 'debug', 'trace'] as const;

export type Format = (typeof FORMATS)[number];
export type FailOn = (typeof FAIL_ON)[number];
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_QUERY = 'query all resources';

export interface RunConfig {
  auth: AuthMethod;
  profile: string;
  ociConfig: string | undefined;
  tenancy: string | undefined;
  regions: string[];
  compartment: string | undefined;
  query: string;
  includeTerminated: boolean;
  outdir: string;
  formats: Format[];
  prev: string | undefined;
  expected: string | undefined;
  ignore: string[];
  defaultIgnores: boolean;
  workersRegion: number;
  workersEnrich: number;
  enrich: boolean;
  /** How much of a VNIC and a bucket enrichment keeps: standard, lean or complete (docs/enrichment.md). */
  enrichDetail: EnrichDetail;
  logLevel: LogLevel;
  jsonLogs: boolean;
  failOn: FailOn;
  endpointTemplate: string | undefined;
  tagColumns: string[];
  /** Extra redaction rules, `key:REGEX` or `value:REGEX` (docs/security.md). */
  redactExtra: string[];
  /** Throttled retries (429, 503 with Retry-After) each region may spend (docs/architecture.md). */
  retryBudget: number;
  /** After the run, an executive summary by OCI Generative AI at the top of report.md (docs/genai.md). */
  genaiSummary: boolean;
  /** Build the GenAI request, write and print it, send nothing (implies the summary section). */
  genaiDryRun: boolean;
  /** Terraform state files or globs for IaC coverage (docs/iac.md). */
  tfState: string[];
  /** Resource Manager stacks whose state is read too: ocids, or `all` (every OrmStack in the inventory). */
  ormStacks: string[];
  /** IaC coverage settings (config key `iac`): ignore rules, their defaults, rows per list. */
  iac: IacSettings;
  /** The IaC kinds of `--fail-on` (unmanaged, new-unmanaged, missing, iac-drift); set with `--fail-on`. */
  iacFailOn: IacFailOn[];
}

export interface IacSettings {
  ignore: string[];
  defaultIgnores: boolean;
  top: number;
}

export const DEFAULT_CONFIG: RunConfig = {
  auth: 'auto',
  profile: 'DEFAULT',
  ociConfig: undefined,
  tenancy: undefined,
  regions: [],
  compartment: undefined,
  query: DEFAULT_QUERY,
  includeTerminated: false,
  outdir: 'out',
  formats: ['jsonl', 'csv'],
  prev: undefined,
  expected: undefined,
  ignore: [],
  defaultIgnores: true,
  workersRegion: 4,
  workersEnrich: 8,
  enrich: true,
  enrichDetail: DEFAULT_ENRICH_DETAIL,
  logLevel: 'info',
  jsonLogs: false,
  failOn: 'none',
  endpointTemplate: undefined,
  tagColumns: [],
  redactExtra: [],
  retryBudget: 10_000,
  genaiSummary: false,
  genaiDryRun: false,
  tfState: [],
  ormStacks: [],
  iac: { ignore: [], defaultIgnores: true, top: 20 },
  iacFailOn: [],
};

/** Bad configuration: the CLI maps it to exit 2. `source` names the file, variable or flag. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'ConfigError';
  }
}

function checkRedactRule(rule: string): string | undefined {
  try {
    parseExtraRule(rule);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

// One schema per key, so an error names the key it came from. Every issue message is a
// human sentence completing "<flag, variable or file key>: …"; valibot's own wording
// ("Expected (number | string) but received …") never reaches the user.
const list = v.pipe(
  v.union([v.string(), v.array(v.string())], 'must be a comma-separated list'),
  v.transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  ),
);
/** A list that, when given at all, must name something: `--regions ',,'` is a mistake, not "all". Duplicates are dropped. */
const nonEmptyList = (what: string) =>
  v.pipe(
    list,
    v.check((items) => items.length > 0, `names no ${what} (leave it out to mean all)`),
    v.transform((items) => [...new Set(items)]),
  );
/** Words accepted for a boolean, any case (docs/configuration.md "Flags"). */
export const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['yes', true],
  ['no', false],
  ['on', true],
  ['off', false],
  ['1', true],
  ['0', false],
]);
const bool = v.pipe(
  v.union([v.boolean(), v.string()], 'must be true or false'),
  v.check((value) => typeof value === 'boolean' || BOOLEAN_WORDS.has(value.trim().toLowerCase()), 'must be true or false (or yes/no, on/off, 1/0)'),
  v.transform((value) => (typeof value === 'boolean' ? value : BOOLEAN_WORDS.get(value.trim().toLowerCase()) === true)),
);
const positiveInt = (max: number) =>
  v.pipe(
    v.union([v.number(), v.string()], 'must be a whole number'),
    v.transform((value) => (typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN)),
    v.check((n) => Number.isInteger(n), 'must be a whole number'),
    v.minValue(1, 'must be at least 1'),
    v.maxValue(max, `must be at most ${max}`),
  );
const text = v.string('must be a text value');
const optionalString = v.pipe(text, v.minLength(1, 'must not be empty'));
/** A picklist matched in any case (`--log-level INFO`, `OCI_INV_LOG_LEVEL=DEBUG`). */
const anyCase = <T extends readonly string[]>(options: T, message: string) =>
  v.pipe(
    text,
    v.transform((s) => s.trim().toLowerCase()),
    v.picklist(options, message),
  );

const TAG_COLUMN = /^(freeform:.+|defined:[^.]+\..+)$/s;

const FIELD_SCHEMAS = {
  auth: v.pipe(
    text,
    v.transform((s) => {
      const lower = s.trim().toLowerCase();
      return AUTH_ALIASES[lower] ?? lower;
    }),
    v.picklist(AUTH_METHODS, `must be one of ${AUTH_METHODS.join(', ')} (or config, instance, resource)`),
  ),
  profile: optionalString,
  ociConfig: optionalString,
  tenancy: v.pipe(text, v.startsWith('ocid1.tenancy.', 'must be a tenancy ocid (ocid1.tenancy.…)')),
  regions: nonEmptyList('region'),
  compartment: v.pipe(text, v.startsWith('ocid1.', 'must be an ocid')),
  query: v.pipe(text, v.regex(/^\s*query\s/i, 'must be a Resource Search query starting with "query"')),
  includeTerminated: bool,
  outdir: optionalString,
  formats: v.pipe(
    list,
    v.check((fs) => fs.length > 0, `names no format (choose among ${FORMATS.join(', ')})`),
    v.check(
      (fs) => fs.every((f) => (FORMATS as readonly string[]).includes(f.toLowerCase())),
      (issue) => `unknown format "${(issue.input as string[]).find((f) => !(FORMATS as readonly string[]).includes(f.toLowerCase()))}" (choose among ${FORMATS.join(', ')})`,
    ),
    v.transform((fs): Format[] => {
      const lower = fs.map((f) => f.toLowerCase() as Format);
      return [...new Set<Format>(['jsonl', ...lower])];
    }),
  ),
  prev: optionalString,
  expected: optionalString,
  ignore: list,
  defaultIgnores: bool,
  workersRegion: positiveInt(64),
  workersEnrich: positiveInt(256),
  enrich: bool,
  enrichDetail: anyCase(ENRICH_DETAILS, `must be one of ${ENRICH_DETAILS.join(', ')}`),
  logLevel: anyCase(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`),
  jsonLogs: bool,
  // Composable: one diff kind and any IaC kinds, `drift,unmanaged` (split by splitFailOn).
  failOn: v.pipe(
    list,
    v.transform((items) => items.map((s) => s.toLowerCase())),
    v.check((items) => items.length > 0, `names nothing (choose among ${[...FAIL_ON, ...IAC_FAIL_ON].join(', ')})`),
    v.check(
      (items) => items.every((s) => (FAIL_ON as readonly string[]).includes(s) || (IAC_FAIL_ON as readonly string[]).includes(s)),
      (issue) =>
        `must be one of ${[...FAIL_ON, ...IAC_FAIL_ON].join(', ')}, comma-separated (got "${(issue.input as string[]).find((s) => !(FAIL_ON as readonly string[]).includes(s) && !(IAC_FAIL_ON as readonly string[]).includes(s))}")`,
    ),
    v.check((items) => items.filter((s) => (FAIL_ON as readonly string[]).includes(s) && s !== 'none').length <= 1, `takes one of ${FAIL_ON.join(', ')} (plus any of ${IAC_FAIL_ON.join(', ')})`),
    v.transform((items): FailOn => (items.find((s) => (FAIL_ON as readonly string[]).includes(s) && s !== 'none') as FailOn | undefined) ?? 'none'),
  ),
  endpointTemplate: v.pipe(
    text,
    v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
    v.check((s) => s.includes('{service}'), 'must contain {service}'),
  ),
  tagColumns: v.pipe(
    list,
    v.check(
      (cols) => cols.every((c) => TAG_COLUMN.test(c)),
      (issue) => `"${(issue.input as string[]).find((c) => !TAG_COLUMN.test(c))}" is not a tag column (expected freeform:KEY or defined:NAMESPACE.KEY)`,
    ),
    v.transform((cols) => [...new Set(cols)]),
  ),
  // Not split on commas: a regular expression may hold one. Several rules: repeat the flag, a
  // YAML list, or one rule per line in OCI_INV_REDACT_EXTRA.
  redactExtra: v.pipe(
    v.union([v.string(), v.array(v.string())], 'must be a rule or a list of rules (key:REGEX or value:REGEX)'),
    v.transform((value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((s) => s.trim()).filter((s) => s.length > 0)),
    v.check((rules) => rules.every((rule) => checkRedactRule(rule) === undefined), (issue) => checkRedactRule((issue.input as string[]).find((r) => checkRedactRule(r)) ?? '') ?? 'invalid rule'),
  ),
  retryBudget: positiveInt(10_000_000),
  genaiSummary: bool,
  genaiDryRun: bool,
  tfState: list,
  ormStacks: list,
  iac: v.pipe(
    v.union([v.string(), v.record(v.string(), v.unknown())], 'must be a mapping (ignore, default-ignores, top)'),
    v.transform((value) => parseIacSettings(value)),
  ),
  iacFailOn: v.pipe(
    list,
    v.check((items) => items.every((s) => (IAC_FAIL_ON as readonly string[]).includes(s.toLowerCase())), `must be among ${IAC_FAIL_ON.join(', ')}`),
    v.transform((items) => [...new Set(items.map((s) => s.toLowerCase() as IacFailOn))]),
  ),
} satisfies { [K in keyof RunConfig]: v.GenericSchema<unknown, unknown> };

type Key = keyof RunConfig;
const KEYS = Object.keys(FIELD_SCHEMAS) as Key[];

/** `iac:` in a config file (or OCI_INV_IAC as JSON): `{ ignore: [Vnic, …], default-ignores: true, top: 20 }`. */
function parseIacSettings(value: unknown): IacSettings {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch {
      throw new Error('must be a mapping (ignore, default-ignores, top), as JSON in an environment variable');
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('must be a mapping (ignore, default-ignores, top)');
  const out: IacSettings = { ...DEFAULT_CONFIG.iac };
  for (const [rawKey, item] of Object.entries(data)) {
    const key = toCamel(rawKey);
    if (key === 'ignore') {
      const parsed = v.safeParse(list, item);
      if (!parsed.success) throw new Error(`ignore: ${parsed.issues[0].message}`);
      out.ignore = parsed.output;
    } else if (key === 'defaultIgnores') {
      const parsed = v.safeParse(bool, item);
      if (!parsed.success) throw new Error(`default-ignores: ${parsed.issues[0].message}`);
      out.defaultIgnores = parsed.output;
    } else if (key === 'top') {
      const parsed = v.safeParse(positiveInt(10_000), typeof item === 'number' ? String(item) : item);
      if (!parsed.success) throw new Error(`top: ${parsed.issues[0].message}`);
      out.top = parsed.output;
    } else throw new Error(`unknown key "${rawKey}" (known: ignore, default-ignores, top)`);
  }
  return out;
}

/** `--fail-on drift,unmanaged`: the IaC kinds go to iacFailOn, the diff kind stays in failOn. */
function splitFailOn(out: Partial<Record<Key, unknown>>, raw: unknown): void {
  if (!('failOn' in out)) return;
  const items = (Array.isArray(raw) ? raw.map(String) : String(raw).split(',')).map((s) => s.trim().toLowerCase());
  out.iacFailOn = [...new Set(items.filter((s) => (IAC_FAIL_ON as readonly string[]).includes(s)))];
}

/** kebab-case and snake_case spellings accepted in config files, e.g. `workers-region`, `include_terminated`. */
function toCamel(key: string): string {
  return key.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** camelCase key → OCI_INV_SNAKE_CASE variable name. */
export function envName(key: Key): string {
  return `OCI_INV_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

function parseField(key: Key, value: unknown, source: string): unknown {
  let result: ReturnType<typeof v.safeParse<(typeof FIELD_SCHEMAS)[Key]>>;
  try {
    result = v.safeParse(FIELD_SCHEMAS[key], value);
  } catch (error) {
    throw new ConfigError(source, (error as Error).message);
  }
  if (!result.success) throw new ConfigError(source, result.issues[0].message);
  return result.output;
}

export async function readConfigFile(path: string): Promise<Partial<RunConfig>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, `cannot read config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const where = error instanceof Error && 'linePos' in error ? lineOf(error) : '';
    throw new ConfigError(`${path}${where}`, `not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(path, 'must be a mapping of option names to values');
  const out: Partial<Record<Key, unknown>> = {};
  for (const [rawKey, value] of Object.entries(data)) {
    const key = toCamel(rawKey) as Key;
    if (!KEYS.includes(key)) throw new ConfigError(path, `unknown key "${rawKey}" (known: ${KEYS.join(', ')})`);
    out[key] = parseField(key, value, `${path}: key ${rawKey}`);
    if (key === 'failOn') splitFailOn(out, value);
  }
  return out as Partial<RunConfig>;
}

function lineOf(error: Error): string {
  const pos = (error as unknown as { linePos?: Array<{ line: number }> }).linePos;
  return pos?.[0] ? `:${pos[0].line}` : '';
}

export function readEnvConfig(env: NodeJS.ProcessEnv): Partial<RunConfig> {
  const out: Partial<Record<Key, unknown>> = {};
  for (const key of KEYS) {
    const name = envName(key);
    const value = env[name];
    if (value !== undefined && value !== '') out[key] = parseField(key, value, `environment ${name}`);
    if (key === 'failOn' && value !== undefined && value !== '') splitFailOn(out, value);
  }
  return out as Partial<RunConfig>;
}

/**
 * The OCI CLI's variables, same meanings as there (docs/configuration.md): below the config
 * file, OCI_INV_* and flags, so a shell set up for the `oci` CLI works unchanged.
 */
export const OCI_CLI_ENV: ReadonlyArray<readonly [string, Key]> = [
  ['OCI_CLI_PROFILE', 'profile'],
  ['OCI_CLI_CONFIG_FILE', 'ociConfig'],
  ['OCI_CLI_AUTH', 'auth'],
];

export function readOciCliEnv(env: NodeJS.ProcessEnv): Partial<RunConfig> {
  const out: Partial<Record<Key, unknown>> = {};
  for (const [name, key] of OCI_CLI_ENV) {
    const value = env[name];
    if (value !== undefined && value !== '') out[key] = parseField(key, value, `environment ${name}`);
    if (key === 'failOn' && value !== undefined && value !== '') splitFailOn(out, value);
  }
  return out as Partial<RunConfig>;
}

/** The flag a key is set by, as the user types it. */
export function flagName(key: Key): string {
  if (key === 'formats') return '--format';
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export function parseFlags(flags: Partial<Record<Key, unknown>>): Partial<RunConfig> {
  const out: Partial<Record<Key, unknown>> = {};
  for (const key of KEYS) {
    const value = flags[key];
    if (value !== undefined) out[key] = parseField(key, typeof value === 'number' ? String(value) : value, flagName(key));
    if (key === 'failOn' && value !== undefined) splitFailOn(out, value);
  }
  return out as Partial<RunConfig>;
}

export interface ConfigSources {
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  flags?: Partial<Record<Key, unknown>>;
}

const SOURCES = new WeakMap<RunConfig, ReadonlyMap<Key, string>>();

/**
 * Where a resolved key came from, as a user would name it: `--prev`, `environment
 * OCI_CLI_CONFIG_FILE`, `oci-inv.yaml: key prev`; the flag name when unknown (a config built by hand).
 */
export function sourceOf(config: RunConfig, key: Key): string {
  return SOURCES.get(config)?.get(key) ?? flagName(key);
}

export async function resolveConfig(sources: ConfigSources = {}): Promise<RunConfig> {
  const env = sources.env ?? process.env;
  const file = sources.file ?? env.OCI_INV_CONFIG;
  const where = new Map<Key, string>();
  const layer = <T extends object>(values: T, label: (key: Key) => string): T => {
    for (const key of Object.keys(values) as Key[]) where.set(key, label(key));
    return values;
  };
  const cliEnvName = new Map(OCI_CLI_ENV.map(([name, key]) => [key, name]));
  const config: RunConfig = {
    ...DEFAULT_CONFIG,
    ...layer(readOciCliEnv(env), (key) => `environment ${cliEnvName.get(key) ?? ''}`),
    ...(file ? layer(await readConfigFile(file), (key) => `${file}: key ${key}`) : {}),
    ...layer(readEnvConfig(env), (key) => `environment ${envName(key)}`),
    ...layer(parseFlags(sources.flags ?? {}), flagName),
  };
  SOURCES.set(config, where);
  return config;
}
