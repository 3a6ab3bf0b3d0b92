// The action's inputs (action.yml, SPEC §6): every name in one map, read and validated in one
// place when the step starts, so a bad input fails before anything runs or is logged.
import * as v from 'valibot';
import { ENRICH_DETAILS, type EnrichDetail } from '../pipeline/enrich-detail.js';
import { BASELINE_POLICIES, type BaselinePolicy, DEFAULT_BASELINE_EVENTS } from './artifacts.js';

export const INPUT = {
  auth: 'auth',
  tenancy: 'tenancy',
  user: 'user',
  fingerprint: 'fingerprint',
  privateKey: 'private-key',
  privateKeyPassphrase: 'private-key-passphrase',
  region: 'region',
  securityToken: 'security-token',
  ociConfig: 'oci-config',
  regions: 'regions',
  compartment: 'compartment',
  query: 'query',
  includeTerminated: 'include-terminated',
  formats: 'formats',
  enrich: 'enrich',
  enrichDetail: 'enrich-detail',
  ignore: 'ignore',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
  compareTo: 'compare-to',
  expected: 'expected',
  comment: 'comment',
  failOn: 'fail-on',
  githubToken: 'github-token',
  workingDirectory: 'working-directory',
  baselineEvents: 'baseline-events',
  baselinePolicy: 'baseline-policy',
  baselineMaxSize: 'baseline-max-size',
  mode: 'mode',
  genaiSummary: 'genai-summary',
  terraformState: 'terraform-state',
  ormStacks: 'orm-stacks',
} as const;

/** Inputs whose values are secrets: masked before the first log line. */
export const SECRET_INPUTS = [INPUT.privateKey, INPUT.privateKeyPassphrase, INPUT.securityToken, INPUT.ociConfig] as const;

export const ACTION_AUTH_METHODS = ['api_key', 'security_token', 'instance_principal', 'resource_principal'] as const;
export const COMPARE_TO = ['previous-run', 'expected', 'none'] as const;
export const COMMENT_MODES = ['on-change', 'always', 'never'] as const;
export const ACTION_MODES = ['run', 'doctor'] as const;
export const FAIL_ON = ['none', 'drift', 'added', 'removed', 'changed', 'degraded'] as const;
/** IaC kinds fail-on also takes, comma-separated with one of FAIL_ON (docs/iac.md). */
export const IAC_FAIL_ON = ['unmanaged', 'new-unmanaged', 'missing', 'iac-drift'] as const;

export type ActionAuth = (typeof ACTION_AUTH_METHODS)[number];
export type CompareTo = (typeof COMPARE_TO)[number];
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface ActionInputs {
  auth: ActionAuth;
  tenancy: string | undefined;
  user: string | undefined;
  fingerprint: string | undefined;
  privateKey: string | undefined;
  privateKeyPassphrase: string | undefined;
  region: string | undefined;
  securityToken: string | undefined;
  ociConfig: string | undefined;
  regions: string[];
  compartment: string | undefined;
  query: string | undefined;
  includeTerminated: boolean | undefined;
  formats: string[];
  enrich: boolean | undefined;
  /** standard | lean | complete (docs/enrichment.md, "Detail levels"); unset: the pipeline's default. */
  enrichDetail: EnrichDetail | undefined;
  /** An executive summary by OCI Generative AI at the top of the job summary and PR comment (docs/genai.md). */
  genaiSummary: boolean | undefined;
  ignore: string[];
  artifactName: string;
  retentionDays: number | undefined;
  compareTo: CompareTo;
  expected: string | undefined;
  comment: CommentMode;
  failOn: (typeof FAIL_ON)[number] | undefined;
  /** The IaC kinds of fail-on. */
  iacFailOn: Array<(typeof IAC_FAIL_ON)[number]>;
  /** Terraform state paths or globs (relative to working-directory) for IaC coverage. */
  terraformState: string[];
  /** Resource Manager stack ocids (or `all`) whose state is read too. */
  ormStacks: string[];
  githubToken: string | undefined;
  workingDirectory: string | undefined;
  /** Events whose runs may be the previous-run baseline. */
  baselineEvents: string[];
  baselinePolicy: BaselinePolicy;
  /** Cap on a baseline artifact, in bytes (the input is in MiB). */
  baselineMaxBytes: number;
  /** run: the inventory; doctor: the preflight checks only (docs/doctor.md). */
  mode: (typeof ACTION_MODES)[number];
}

/**
 * Default cap on a baseline artifact: 6144 MiB (6 GiB). Measured on the emulator (386 enriched
 * records, all formats): inventory.jsonl 2.2 KB a record, the whole run directory (jsonl, csv,
 * parquet, graph, relationships, report) 3.8 KB a record. A 1M-resource run directory is so
 * about 3.8 GB uncompressed, under the cap with 60% headroom for larger records; what the
 * action actually writes is only inventory.jsonl (about 2.2 GB) and run_summary.json.
 */
export const DEFAULT_BASELINE_MAX_MIB = 6144;
/** Longest inventory.jsonl line a baseline may have: no single OCI resource record comes close. */
export const BASELINE_MAX_LINE_BYTES = 16 * 1024 * 1024;

/** What getInputs needs from @actions/core; tests pass a map instead of INPUT_* variables. */
export interface InputSource {
  getInput(name: string): string;
  getBooleanInput(name: string): boolean;
}

/** A bad or missing input; the message always names the input and never echoes a secret. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`input ${input}: ${reason}`);
    this.name = 'InputError';
  }
}

// GitHub's own rule for artifact names, checked here so the error names the input.
const ARTIFACT_NAME = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(256, 'must be at most 256 characters'),
  v.regex(/^[^"":<>|*?\r\n\\/]+$/, 'must not contain " : < > | * ? \\ / or line breaks'),
);
const OCID = (kind: string) => v.pipe(v.string(), v.regex(new RegExp(`^ocid1\\.${kind}\\.`), `must be an ${kind} ocid (ocid1.${kind}.…)`));
const FINGERPRINT = v.pipe(v.string(), v.regex(/^([0-9a-f]{2}:){15}[0-9a-f]{2}$/i, 'must be 16 hex pairs separated by colons'));
const REGION = v.pipe(v.string(), v.regex(/^[a-z]+-[a-z]+-\d+$/, 'must be a region identifier like us-ashburn-1'));
const RETENTION = v.pipe(
  v.string(),
  v.regex(/^\d+$/, 'must be a whole number of days'),
  v.transform(Number),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(90, 'must be at most 90'),
);

const MAX_SIZE = v.pipe(
  v.string(),
  v.regex(/^\d+$/, 'must be a whole number of MiB'),
  v.transform(Number),
  v.minValue(1, 'must be at least 1 (MiB)'),
  v.maxValue(1024 * 1024, 'must be at most 1048576 (MiB)'),
);
const EVENT_NAME = /^[a-z_]{1,64}$/;

function baselineEvents(source: InputSource): string[] {
  const events = list(source, INPUT.baselineEvents);
  if (events.length === 0) return [...DEFAULT_BASELINE_EVENTS];
  for (const event of events) {
    if (!EVENT_NAME.test(event)) throw new InputError(INPUT.baselineEvents, 'must be event names like schedule, workflow_dispatch, push');
  }
  return events;
}

function parse<T>(input: string, schema: v.GenericSchema<string, T>, value: string): T {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new InputError(input, result.issues[0].message);
  return result.output;
}

function optionalText(source: InputSource, name: string): string | undefined {
  const value = source.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** Keeps a secret's exact text (a PEM's line breaks matter) but treats blank as absent. */
function optionalSecret(source: InputSource, name: string): string | undefined {
  const value = source.getInput(name);
  return value.trim() === '' ? undefined : value;
}

function optionalParsed<T>(source: InputSource, name: string, schema: v.GenericSchema<string, T>): T | undefined {
  const value = optionalText(source, name);
  return value === undefined ? undefined : parse(name, schema, value);
}

/** Unset booleans fall back to the pipeline's default; set ones must be YAML booleans. */
function optionalBoolean(source: InputSource, name: string): boolean | undefined {
  if (source.getInput(name).trim() === '') return undefined;
  try {
    return source.getBooleanInput(name);
  } catch {
    throw new InputError(name, 'must be true or false');
  }
}

function list(source: InputSource, name: string): string[] {
  return (optionalText(source, name) ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function choice<const T extends readonly string[]>(source: InputSource, name: string, options: T, fallback: T[number]): T[number] {
  return parse(name, v.picklist(options, `must be one of ${options.join(', ')}`), optionalText(source, name) ?? fallback);
}

export function getInputs(source: InputSource): ActionInputs {
  const inputs: ActionInputs = {
    auth: choice(source, INPUT.auth, ACTION_AUTH_METHODS, 'api_key'),
    tenancy: optionalParsed(source, INPUT.tenancy, OCID('tenancy')),
    user: optionalParsed(source, INPUT.user, OCID('user')),
    fingerprint: optionalParsed(source, INPUT.fingerprint, FINGERPRINT),
    privateKey: optionalSecret(source, INPUT.privateKey),
    privateKeyPassphrase: optionalSecret(source, INPUT.privateKeyPassphrase),
    region: optionalParsed(source, INPUT.region, REGION),
    securityToken: optionalSecret(source, INPUT.securityToken)?.trim(),
    ociConfig: optionalSecret(source, INPUT.ociConfig),
    regions: list(source, INPUT.regions),
    compartment: optionalParsed(source, INPUT.compartment, v.pipe(v.string(), v.startsWith('ocid1.', 'must be an ocid'))),
    query: optionalParsed(source, INPUT.query, v.pipe(v.string(), v.regex(/^\s*query\s/i, 'must be a Resource Search query starting with "query"'))),
    includeTerminated: optionalBoolean(source, INPUT.includeTerminated),
    formats: list(source, INPUT.formats),
    enrich: optionalBoolean(source, INPUT.enrich),
    enrichDetail: optionalText(source, INPUT.enrichDetail) === undefined ? undefined : choice(source, INPUT.enrichDetail, ENRICH_DETAILS, 'standard'),
    genaiSummary: optionalBoolean(source, INPUT.genaiSummary),
    ignore: list(source, INPUT.ignore),
    artifactName: parse(INPUT.artifactName, ARTIFACT_NAME, optionalText(source, INPUT.artifactName) ?? 'oci-inventory'),
    retentionDays: optionalParsed(source, INPUT.retentionDays, RETENTION),
    compareTo: choice(source, INPUT.compareTo, COMPARE_TO, 'previous-run'),
    expected: optionalText(source, INPUT.expected),
    comment: choice(source, INPUT.comment, COMMENT_MODES, 'on-change'),
    ...failOnInput(source),
    terraformState: list(source, INPUT.terraformState),
    ormStacks: list(source, INPUT.ormStacks),
    githubToken: optionalSecret(source, INPUT.githubToken)?.trim(),
    workingDirectory: optionalText(source, INPUT.workingDirectory),
    baselineEvents: baselineEvents(source),
    baselinePolicy: choice(source, INPUT.baselinePolicy, BASELINE_POLICIES, 'last-complete'),
    baselineMaxBytes: (optionalParsed(source, INPUT.baselineMaxSize, MAX_SIZE) ?? DEFAULT_BASELINE_MAX_MIB) * 1024 * 1024,
    mode: choice(source, INPUT.mode, ACTION_MODES, 'run'),
  };
  checkCombinations(inputs);
  return inputs;
}

/** `fail-on: drift,unmanaged`: at most one diff kind, any IaC kinds. */
function failOnInput(source: InputSource): Pick<ActionInputs, 'failOn' | 'iacFailOn'> {
  if (optionalText(source, INPUT.failOn) === undefined) return { failOn: undefined, iacFailOn: [] };
  const items = list(source, INPUT.failOn).map((s) => s.toLowerCase());
  const known = [...FAIL_ON, ...IAC_FAIL_ON] as readonly string[];
  const bad = items.find((s) => !known.includes(s));
  if (bad !== undefined) throw new InputError(INPUT.failOn, `must be one of ${known.join(', ')}, comma-separated (got "${bad}")`);
  const diff = items.filter((s) => (FAIL_ON as readonly string[]).includes(s) && s !== 'none') as Array<(typeof FAIL_ON)[number]>;
  if (diff.length > 1) throw new InputError(INPUT.failOn, `takes one of ${FAIL_ON.join(', ')} (plus any of ${IAC_FAIL_ON.join(', ')})`);
  const iac = [...new Set(items.filter((s) => (IAC_FAIL_ON as readonly string[]).includes(s)))] as Array<(typeof IAC_FAIL_ON)[number]>;
  return { failOn: diff[0] ?? 'none', iacFailOn: iac };
}

/** Inputs that only make sense together: fail with the one that is missing. */
function checkCombinations(inputs: ActionInputs): void {
  if (inputs.compareTo === 'expected' && !inputs.expected) {
    throw new InputError(INPUT.expected, 'is required when compare-to is expected (path to a committed inventory.jsonl)');
  }
  if (inputs.auth === 'api_key' && !inputs.ociConfig) {
    for (const [name, value] of [
      [INPUT.tenancy, inputs.tenancy],
      [INPUT.user, inputs.user],
      [INPUT.fingerprint, inputs.fingerprint],
      [INPUT.privateKey, inputs.privateKey],
      [INPUT.region, inputs.region],
    ] as const) {
      if (!value) throw new InputError(name, 'is required for auth api_key (or give oci-config)');
    }
  }
  if (inputs.auth === 'security_token' && !inputs.ociConfig) {
    for (const [name, value] of [
      [INPUT.tenancy, inputs.tenancy],
      [INPUT.fingerprint, inputs.fingerprint],
      [INPUT.privateKey, inputs.privateKey],
      [INPUT.securityToken, inputs.securityToken],
      [INPUT.region, inputs.region],
    ] as const) {
      if (!value) throw new InputError(name, 'is required for auth security_token (or give oci-config)');
    }
  }
  if (inputs.privateKeyPassphrase && !inputs.privateKey && !inputs.ociConfig) {
    throw new InputError(INPUT.privateKey, 'is required when private-key-passphrase is given');
  }
}
