// The run configuration shared by the CLI and the action, resolved in one place:
// defaults < config file (YAML/JSON) < OCI_INV_* environment < flags, validated by valibot.
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { parseExtraRule } from '../core/redact.js';
import { AUTH_ALIASES, AUTH_METHODS, type AuthMethod } from '../oci/auth.js';

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
  logLevel: LogLevel;
  jsonLogs: boolean;
  failOn: FailOn;
  endpointTemplate: string | undefined;
  tagColumns: string[];
  /** Extra redaction rules, `key:REGEX` or `value:REGEX` (docs/security.md). */
  redactExtra: string[];
  /** Throttled retries (429, 503 with Retry-After) each region may spend (docs/architecture.md). */
  retryBudget: number;
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
  logLevel: 'info',
  jsonLogs: false,
  failOn: 'none',
  endpointTemplate: undefined,
  tagColumns: [],
  redactExtra: [],
  retryBudget: 10_000,
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

// One schema per key, so an error names the key it came from.
const list = v.pipe(
  v.union([v.string(), v.array(v.string())]),
  v.transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  ),
);
const bool = v.pipe(
  v.union([v.boolean(), v.picklist(['true', 'false', '1', '0', 'yes', 'no'])]),
  v.transform((value) => value === true || value === 'true' || value === '1' || value === 'yes'),
);
const positiveInt = (max: number) =>
  v.pipe(
    v.union([v.number(), v.pipe(v.string(), v.regex(/^\d+$/, 'must be a whole number'), v.transform(Number))]),
    v.integer('must be a whole number'),
    v.minValue(1, 'must be at least 1'),
    v.maxValue(max, `must be at most ${max}`),
  );
const optionalString = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

const FIELD_SCHEMAS = {
  auth: v.pipe(
    v.string(),
    v.transform((s) => AUTH_ALIASES[s] ?? s),
    v.picklist(AUTH_METHODS, `must be one of ${AUTH_METHODS.join(', ')} (or config, instance, resource)`),
  ),
  profile: optionalString,
  ociConfig: optionalString,
  tenancy: v.pipe(v.string(), v.startsWith('ocid1.tenancy.', 'must be a tenancy ocid (ocid1.tenancy.…)')),
  regions: list,
  compartment: v.pipe(v.string(), v.startsWith('ocid1.', 'must be an ocid')),
  query: v.pipe(v.string(), v.regex(/^\s*query\s/i, 'must be a Resource Search query starting with "query"')),
  includeTerminated: bool,
  outdir: optionalString,
  formats: v.pipe(
    list,
    v.array(v.picklist(FORMATS, `formats must be among ${FORMATS.join(', ')}`)),
    v.transform((fs): Format[] => ['jsonl', ...fs.filter((f) => f !== 'jsonl')]),
  ),
  prev: optionalString,
  expected: optionalString,
  ignore: list,
  defaultIgnores: bool,
  workersRegion: positiveInt(64),
  workersEnrich: positiveInt(256),
  enrich: bool,
  logLevel: v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`),
  jsonLogs: bool,
  failOn: v.picklist(FAIL_ON, `must be one of ${FAIL_ON.join(', ')}`),
  endpointTemplate: v.pipe(
    v.string(),
    v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'),
    v.check((s) => s.includes('{service}'), 'must contain {service}'),
  ),
  tagColumns: list,
  // Not split on commas: a regular expression may hold one. Several rules: repeat the flag, a
  // YAML list, or one rule per line in OCI_INV_REDACT_EXTRA.
  redactExtra: v.pipe(
    v.union([v.string(), v.array(v.string())]),
    v.transform((value) => (Array.isArray(value) ? value : value.split(/\r?\n/)).map((s) => s.trim()).filter((s) => s.length > 0)),
    v.check((rules) => rules.every((rule) => checkRedactRule(rule) === undefined), (issue) => checkRedactRule((issue.input as string[]).find((r) => checkRedactRule(r)) ?? '') ?? 'invalid rule'),
  ),
  retryBudget: positiveInt(10_000_000),
} satisfies { [K in keyof RunConfig]: v.GenericSchema<unknown, unknown> };

type Key = keyof RunConfig;
const KEYS = Object.keys(FIELD_SCHEMAS) as Key[];

/** kebab-case and snake_case spellings accepted in config files, e.g. `workers-region`, `include_terminated`. */
function toCamel(key: string): string {
  return key.replace(/[-_]([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** camelCase key → OCI_INV_SNAKE_CASE variable name. */
export function envName(key: Key): string {
  return `OCI_INV_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

function parseField(key: Key, value: unknown, source: string): unknown {
  const result = v.safeParse(FIELD_SCHEMAS[key], value);
  if (!result.success) throw new ConfigError(source, `${key}: ${result.issues[0].message}`);
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
  }
  return out as Partial<RunConfig>;
}

export function parseFlags(flags: Partial<Record<Key, unknown>>): Partial<RunConfig> {
  const out: Partial<Record<Key, unknown>> = {};
  for (const key of KEYS) {
    const value = flags[key];
    if (value !== undefined) out[key] = parseField(key, typeof value === 'number' ? String(value) : value, `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  return out as Partial<RunConfig>;
}

export interface ConfigSources {
  file?: string | undefined;
  env?: NodeJS.ProcessEnv;
  flags?: Partial<Record<Key, unknown>>;
}

export async function resolveConfig(sources: ConfigSources = {}): Promise<RunConfig> {
  const env = sources.env ?? process.env;
  const file = sources.file ?? env.OCI_INV_CONFIG;
  return {
    ...DEFAULT_CONFIG,
    ...(file ? await readConfigFile(file) : {}),
    ...readEnvConfig(env),
    ...parseFlags(sources.flags ?? {}),
  };
}
