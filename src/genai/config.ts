// The GenAI summary's configuration (docs/genai.md), resolved most specific first: flags,
// OCI_INV_GENAI_* variables, the file OCI_INV_GENAI_CONFIG names, ~/.config/oci-inv/genai.yaml,
// .local/genai.yaml. The file format is the predecessor's (snake_case keys, read unchanged),
// plus max_tokens, temperature and timeout_seconds. Errors name the file, variable or flag and
// the key (ConfigError: exit 2). Nothing here talks to OCI.
import { access, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../pipeline/config.js';

export interface GenAiSettings {
  /** Profile of the run's OCI config file to sign with; default the run's own profile. */
  ociProfile?: string;
  /** Compartment the chat is billed to; default the tenancy (root compartment). */
  compartmentId?: string;
  /** Inference endpoint URL (the SDK appends /20231130); default from the region. */
  endpoint?: string;
  /** The chat model: a name (`cohere.command-r-plus`, `meta.llama-3.3-70b-instruct`) or a model ocid. */
  baseModelId?: string;
  /** Accepted for the predecessor's files; the summary sends no image. */
  visionModelId?: string;
  maxTokens?: number;
  temperature?: number;
  timeoutSeconds?: number;
}

export interface GenAiConfig extends GenAiSettings {
  /** Where each key came from, for messages (`--genai-base-model-id`, `~/.config/oci-inv/genai.yaml: key endpoint`). */
  sources: Map<keyof GenAiSettings, string>;
  /** The file read, if any. */
  file: string | undefined;
}

export const GENAI_DEFAULTS = { maxTokens: 600, temperature: 0.2, timeoutSeconds: 60 } as const;

const text = v.pipe(v.string('must be a text value'), v.trim(), v.minLength(1, 'must not be empty'));
const number = (min: number, max: number, whole: boolean) =>
  v.pipe(
    v.union([v.number(), v.string()], 'must be a number'),
    v.transform((x) => (typeof x === 'number' ? x : /^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : Number.NaN)),
    v.check((n) => Number.isFinite(n) && (!whole || Number.isInteger(n)), whole ? 'must be a whole number' : 'must be a number'),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

const FIELDS = {
  ociProfile: text,
  compartmentId: v.pipe(text, v.startsWith('ocid1.', 'must be a compartment or tenancy ocid (ocid1.…)')),
  endpoint: v.pipe(text, v.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')),
  baseModelId: v.pipe(text, v.regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'must be a model name (e.g. cohere.command-r-plus) or a model ocid')),
  visionModelId: text,
  maxTokens: number(1, 32_000, true),
  temperature: number(0, 2, false),
  timeoutSeconds: number(1, 600, false),
} satisfies { [K in keyof GenAiSettings]-?: v.GenericSchema<unknown, unknown> };

type Key = keyof GenAiSettings;
const KEYS = Object.keys(FIELDS) as Key[];

/** camelCase key → the file's snake_case key. */
export const fileKey = (key: Key): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** camelCase key → OCI_INV_GENAI_SNAKE_CASE. */
export const envKey = (key: Key): string => `OCI_INV_GENAI_${fileKey(key).toUpperCase()}`;
/** camelCase key → the run flag, `--genai-base-model-id`. */
export const flagKey = (key: Key): string => `--genai-${fileKey(key).replace(/_/g, '-')}`;
/** camelCase key → cac's camelCase name of the flag (`genaiBaseModelId`). */
export const flagProp = (key: Key): string => `genai${key[0]?.toUpperCase() ?? ''}${key.slice(1)}`;
export const GENAI_FLAG_PROPS: readonly string[] = KEYS.map(flagProp);
export const GENAI_KEYS: readonly Key[] = KEYS;

function parseField(key: Key, value: unknown, source: string): unknown {
  const result = v.safeParse(FIELDS[key], value);
  if (!result.success) throw new ConfigError(source, result.issues[0].message);
  return result.output;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** The file to read: OCI_INV_GENAI_CONFIG (must exist), else the first default that exists. */
export async function genaiConfigFile(env: NodeJS.ProcessEnv, cwd = process.cwd(), home = homedir()): Promise<string | undefined> {
  const named = env.OCI_INV_GENAI_CONFIG;
  if (named !== undefined && named !== '') return named;
  for (const candidate of [join(env.XDG_CONFIG_HOME || join(home, '.config'), 'oci-inv', 'genai.yaml'), resolve(cwd, '.local', 'genai.yaml')]) {
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

export async function readGenAiFile(path: string): Promise<Partial<Record<Key, unknown>>> {
  let body: string;
  try {
    body = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, `cannot read the GenAI config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = /\.json$/i.test(path) ? JSON.parse(body) : parseYaml(body);
  } catch (error) {
    throw new ConfigError(path, `not valid ${/\.json$/i.test(path) ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(path, 'must be a mapping of keys to values');
  const out: Partial<Record<Key, unknown>> = {};
  const known = new Map(KEYS.map((k) => [fileKey(k), k]));
  for (const [raw, value] of Object.entries(data)) {
    const key = known.get(raw.replace(/-/g, '_'));
    if (!key) throw new ConfigError(path, `unknown key "${raw}" (known: ${KEYS.map(fileKey).join(', ')})`);
    if (value === null) continue;
    out[key] = parseField(key, value, `${path}: key ${raw}`);
  }
  return out;
}

export interface GenAiSources {
  /** cac's parsed flags (genaiBaseModelId, …); only those given. */
  flags?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
}

/** Flags over env over the one file. A key set nowhere stays undefined (defaults apply later). */
export async function resolveGenAiConfig(sources: GenAiSources = {}): Promise<GenAiConfig> {
  const env = sources.env ?? process.env;
  const file = await genaiConfigFile(env, sources.cwd, sources.home);
  const config: GenAiConfig = { sources: new Map(), file };
  const set = (key: Key, value: unknown, source: string) => {
    (config as unknown as Record<string, unknown>)[key] = value;
    config.sources.set(key, source);
  };
  if (file) for (const [key, value] of Object.entries(await readGenAiFile(file)) as Array<[Key, unknown]>) set(key, value, `${file}: key ${fileKey(key)}`);
  for (const key of KEYS) {
    const value = env[envKey(key)];
    if (value !== undefined && value !== '') set(key, parseField(key, value, `environment ${envKey(key)}`), `environment ${envKey(key)}`);
  }
  for (const key of KEYS) {
    const value = sources.flags?.[flagProp(key)];
    if (value !== undefined) set(key, parseField(key, typeof value === 'number' ? String(value) : value, flagKey(key)), flagKey(key));
  }
  return config;
}

/** COHERE for the cohere.* family, GENERIC for every other (meta.*, xai.*, openai.*, google.*, an ocid). */
export function apiFormatOf(modelId: string): 'COHERE' | 'GENERIC' {
  return /^cohere\./i.test(modelId) ? 'COHERE' : 'GENERIC';
}

/** The inference endpoint for a region, as the SDK's template would make it in the OC1 realm. */
export function defaultInferenceEndpoint(region: string): string {
  return `https://inference.generativeai.${region}.oci.oraclecloud.com`;
}

/** The management endpoint (listModels) beside an inference endpoint: `inference.` dropped from the host. */
export function managementEndpointOf(inference: string): string {
  return inference.replace(/^(https?:\/\/)inference\./i, '$1').replace(/\/inference\.generativeai(?=\/|$)/, "/generativeai");
}
