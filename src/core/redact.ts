// The one redaction policy (docs/security.md): applied to every record before anything is
// written, hashed or rendered. A secret is replaced by `[REDACTED sha256:<12 hex>]`, a keyed
// hash (HMAC-SHA256) of the value under a per-tenancy key, so a changed secret still shows as
// changed, an unchanged one does not, the value cannot be read back, and markers of two
// tenancies cannot be compared. Pure: no OCI, no I/O.
import { createHmac } from 'node:crypto';
import type { InventoryRecord, JsonObject, JsonValue } from './record.js';

export const MARKER_PREFIX = '[REDACTED';
const MARKER = /^\[REDACTED(?: sha256:[0-9a-f]{12})?\]$/;

/** Derivation label, so a key is never reused for another purpose. */
const KEY_LABEL = 'oci-inv/redaction/v1';

/** Why a value was redacted; tests and docs name the rules by these. */
export type RedactionRule = 'location' | 'key' | 'shape' | 'entropy' | 'extra-key' | 'extra-value';

export interface ExtraRules {
  /** Matched against the key as written (and its normalized form). */
  keys: RegExp[];
  /** Matched against every string value. */
  values: RegExp[];
}

export const NO_EXTRA_RULES: ExtraRules = { keys: [], values: [] };

/** Whether a string is a redaction marker (ours, or the bare `[REDACTED]` of older runs). */
export function isRedactionMarker(value: unknown): boolean {
  return typeof value === 'string' && MARKER.test(value);
}

/** Whether any string in a JSON value is a marker: such a change is printed as "(redacted)". */
export function containsRedaction(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith(MARKER_PREFIX) && isRedactionMarker(value);
  if (Array.isArray(value)) return value.some(containsRedaction);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsRedaction);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Rules by location: every string under these keys, whatever its name or shape.

/**
 * Keys (normalized) whose whole subtree is secret: instance metadata, user data, env vars, and
 * content carried inline (a DevOps inline artifact's manifest, a build run's arguments).
 */
const LOCATION_ANY = new Set(['metadata', 'extendedmetadata', 'userdata', 'environmentvariables', 'environment', 'envvars', 'env', 'buildrunarguments']);
/** Keys (normalized) whose string value is secret: user data, a DevOps inline artifact's content. */
const LOCATION_SCALAR = new Set(['userdata', 'base64encodedcontent']);
/** Keys (normalized) whose value is secret when it is a flat map of strings (Functions, Data Flow). */
const LOCATION_STRING_MAP = new Set(['config', 'configuration', 'configurations', 'defaultconfig']);

// ---------------------------------------------------------------------------------------------
// Rules by key name, on the key lower-cased with separators removed (`DB_PASSWORD`,
// `db-password`, `dbPassword` → `dbpassword`), matched anywhere in it.

const SECRET_SUBSTRINGS = [
  'secret',
  'token',
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'credential',
  'connectionstring',
  'connstr',
  'private',
  'auth',
  'key',
  'apikey',
  'signature',
  'cookie',
  'sessionid',
] as const;
/** Short names matched only as a whole word (`GITHUB_PAT`, `patValue`; not `path`, `pattern`). */
const SECRET_WORDS = new Set(['pat', 'pin', 'sas', 'dsn']);
/**
 * A key whose last word says it describes or points at a secret, not holds it: `kmsKeyId`,
 * `secretName`, `keyShape`, `passwordExpiry`, `authType`, `isPrivate…Enabled`.
 */
const DESCRIBING_LAST_WORDS = new Set([
  'id',
  'ids',
  'ocid',
  'ocids',
  'type',
  'types',
  'name',
  'names',
  'shape',
  'algorithm',
  'length',
  'size',
  'count',
  'version',
  'versions',
  'state',
  'status',
  'enabled',
  'disabled',
  'required',
  'time',
  'created',
  'updated',
  'expiry',
  'expires',
  'expiration',
  'date',
  'format',
  'mode',
  'scope',
  'kind',
  'level',
  'protection',
  'endpoint',
  'endpoints',
  'url',
  'uri',
  'policy',
  'policies',
  'method',
  'methods',
  'domain',
  'domains',
  'label',
  'hostname',
  'ip',
  'ips',
  'fqdn',
  'dns',
  'rotation',
  'store',
  'source',
]);

/** Words of a key: camelCase humps, digits and separators split (`DB_PASSWORD` → db, password). */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Whether a key's name says its value is a secret (docs/security.md, "by key name"). */
export function isSecretKeyName(key: string, extra: ExtraRules = NO_EXTRA_RULES): boolean {
  if (extra.keys.some((re) => re.test(key) || re.test(normalizeKey(key)))) return true;
  const normalized = normalizeKey(key);
  const words = wordsOf(key);
  const named = SECRET_SUBSTRINGS.some((s) => normalized.includes(s)) || words.some((w) => SECRET_WORDS.has(w));
  if (!named) return false;
  const last = words[words.length - 1] ?? '';
  if (DESCRIBING_LAST_WORDS.has(last)) return false;
  // A public key or certificate is published, not secret (unless the key also says private).
  if (words.includes('public') && !normalized.includes('private')) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Values that are never secrets, even under a secret key: ocids, addresses, empty strings.

const OCID = /^ocid1\.[a-z0-9_-]+\.[a-z0-9_-]*\.[a-z0-9_-]*\.[a-z0-9_.-]+$/i;
const IPV4_OR_CIDR = /^(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?$/;
const IPV6_OR_CIDR = /^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?$/i;

export function isKeptValue(value: string): boolean {
  if (value === '') return true;
  if (value.startsWith('ocid1.')) return OCID.test(value);
  return value.length <= 43 && (IPV4_OR_CIDR.test(value) || IPV6_OR_CIDR.test(value));
}

// ---------------------------------------------------------------------------------------------
// Rules by value shape, anywhere in details and tags: the value holds a credential.

export const SECRET_SHAPES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'PEM block', pattern: /-----BEGIN [A-Z0-9 ]{1,40}-----/ },
  { name: 'PuTTY private key', pattern: /PuTTY-User-Key-File-\d/ },
  { name: 'OpenSSH private key body', pattern: /b3BlbnNzaC1rZXktdjE/ },
  { name: 'JWT', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/ },
  { name: 'AWS access key id', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/ },
  { name: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{20,}/ },
  { name: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt|soat)-[A-Za-z0-9_-]{20,}/ },
  { name: 'Slack token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/ },
  { name: 'Slack webhook', pattern: /hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9/_-]{10,}/ },
  { name: 'Stripe key', pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}/ },
  { name: 'Stripe webhook secret', pattern: /\bwhsec_[A-Za-z0-9+/=]{20,}/ },
  { name: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { name: 'Google OAuth token', pattern: /\bya29\.[0-9A-Za-z_-]{20,}/ },
  { name: 'OpenAI/Anthropic key', pattern: /\bsk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_-]{20,}/ },
  { name: 'SendGrid key', pattern: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/ },
  { name: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'PyPI token', pattern: /\bpypi-AgE[A-Za-z0-9_-]{40,}/ },
  { name: 'Twilio key', pattern: /\b(?:SK|AC)[0-9a-f]{32}\b/ },
  { name: 'Mailgun key', pattern: /\bkey-[0-9a-f]{32}\b/ },
  { name: 'Shopify token', pattern: /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/ },
  { name: 'HashiCorp Vault token', pattern: /\bhv[sbr]\.[A-Za-z0-9_-]{20,}/ },
  { name: 'Databricks token', pattern: /\bdapi[0-9a-f]{32}\b/ },
  { name: 'DigitalOcean token', pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/ },
  { name: 'Hugging Face token', pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: 'age secret key', pattern: /\bAGE-SECRET-KEY-1[0-9A-Z]{50,}/ },
  { name: 'Azure storage key', pattern: /\bAccountKey=[^;\s]{10,}/i },
  { name: 'Azure SAS signature', pattern: /[?&]sig=[A-Za-z0-9%+/=]{20,}/ },
  { name: 'URL with user:password', pattern: /:\/\/[^\s/?#@]*:[^\s/?#@]+@/ },
  { name: 'password assignment', pattern: /\b(?:password|passwd|pwd|pass|secret|token|api[_-]?key)\s*[=:]\s*["']?[^\s"';,&]{4,}/i },
  { name: 'authorization header', pattern: /\b(?:Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{16,}/ },
  { name: 'private key JSON', pattern: /"private_key(?:_id)?"\s*:/ },
];

/** Every shape in two patterns (case-sensitive ones, case-insensitive ones): two scans per string instead of one per shape. */
const joinShapes = (insensitive: boolean) =>
  new RegExp(
    SECRET_SHAPES.filter(({ pattern }) => pattern.flags.includes('i') === insensitive)
      .map(({ pattern }) => `(?:${pattern.source})`)
      .join('|'),
    insensitive ? 'i' : '',
  );
const SHAPES_CASED = joinShapes(false);
const SHAPES_UNCASED = joinShapes(true);
/** The case-insensitive shapes all need `=` or `:`: most values (names, states) skip that scan. */
const SHAPE_SEPARATOR = /[=: ]/;
const ANY_SHAPE = {
  test: (value: string) => SHAPES_CASED.test(value) || (SHAPE_SEPARATOR.test(value) && SHAPES_UNCASED.test(value)),
};

/** Shorter strings hold no shape (the shortest, `key=abcd`, has 8 characters). */
const MIN_SHAPE_LENGTH = 8;

/** The first shape rule a value matches, or undefined. */
export function secretShapeOf(value: string, extra: ExtraRules = NO_EXTRA_RULES): string | undefined {
  for (const re of extra.values) if (re.test(value)) return 'extra value rule';
  if (value.length < MIN_SHAPE_LENGTH || !ANY_SHAPE.test(value)) return undefined;
  for (const { name, pattern } of SECRET_SHAPES) if (pattern.test(value)) return name;
  return undefined;
}

/** Whether a value has a secret's shape (faster than secretShapeOf: no name). */
function hasSecretShape(value: string): boolean {
  return value.length >= MIN_SHAPE_LENGTH && ANY_SHAPE.test(value);
}

/** Per-character counts of an ASCII string, reused by every call (they are zero between calls). */
const asciiCounts = new Int32Array(128);
/** The distinct characters of that string, in the order they first occur. */
const asciiOrder = new Uint8Array(128);

/**
 * Shannon entropy in bits per character. An ASCII string (every token `isHighEntropyToken`
 * weighs) is counted in two reused arrays, summed in the order the characters first occur, as
 * the Map below iterates: the same float, without a Map and a string per character.
 */
export function entropyOf(value: string): number {
  const n = value.length;
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128) {
      ascii = false;
      break;
    }
    const seen = asciiCounts[c] as number;
    asciiCounts[c] = seen + 1;
    if (seen === 0) asciiOrder[distinct++] = c;
  }
  let bits = 0;
  for (let k = 0; k < distinct; k++) {
    const c = asciiOrder[k] as number;
    const p = (asciiCounts[c] as number) / n;
    asciiCounts[c] = 0;
    bits -= p * Math.log2(p);
  }
  return ascii ? bits : entropyOfAny(value);
}

function entropyOfAny(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  const n = value.length;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const TOKEN_CHARS = /^[A-Za-z0-9+/=_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The RegExps below are module constants, not literals in the functions: a literal is a new
// RegExp object each time it is evaluated, and these run on every string redaction weighs.
// None is global or sticky except WORD_SEGMENTS, which `match` resets before it scans.
const VOWEL = /[aeiouy]/i;
const FOUR_CONSONANTS = /[^aeiouy]{4,}/i;
const WORD_SEGMENTS = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
const HEX_ONLY = /^[0-9a-f]+$/i;
const A_DIGIT = /[0-9]/;
const A_HEX_LETTER = /[a-f]/i;
const DIGITS_ONLY = /^[0-9]+$/;

function classOf(c: string): number {
  return c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3;
}

/** A segment reads like a word: 3+ letters, a vowel, no run of 4 consonants. */
function isWordLike(segment: string): boolean {
  return segment.length >= 3 && VOWEL.test(segment) && !FOUR_CONSONANTS.test(segment);
}

/**
 * Share of the letters that sit in word-like segments (camelCase humps, runs of capitals):
 * `PaymentsServiceProd2024` ≈ 1, a random token ≈ 0.3.
 */
export function wordLikeShare(value: string): number {
  const segments = value.match(WORD_SEGMENTS) ?? [];
  let letters = 0;
  let wordy = 0;
  for (const segment of segments) {
    letters += segment.length;
    if (isWordLike(segment)) wordy += segment.length;
  }
  return letters === 0 ? 0 : wordy / letters;
}

/**
 * A long random-looking token: only token characters (base64/hex/url-safe: no spaces, dots,
 * @ or colons), not a UUID, and either ≥ 32 hex digits, or ≥ 20 characters with ≥ 3.5 bits
 * of entropy per character that do not read like words: less than 70% of the letters in
 * word-like segments, or the character class changing at least every other character with
 * few vowels. Measured on random base62/base64 strings it misses about 1% at 20-24
 * characters and under 0.1% from 40; names such as `PaymentsServiceProductionBlueGreen2025v2`
 * or `VMStandardE4Flex2OCPU32GBRAM` are kept.
 */
export function isHighEntropyToken(value: string): boolean {
  if (value.length < 20 || value.length > 4096 || !TOKEN_CHARS.test(value) || UUID.test(value)) return false;
  if (HEX_ONLY.test(value)) return value.length >= 32 && A_DIGIT.test(value) && A_HEX_LETTER.test(value) && entropyOf(value) >= 3;
  if (DIGITS_ONLY.test(value) || entropyOf(value) < 3.5) return false;
  if (wordLikeShare(value) < 0.7) return true;
  let switches = 0;
  for (let i = 1; i < value.length; i++) if (classOf(value[i] as string) !== classOf(value[i - 1] as string)) switches++;
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 0x20; // ASCII only here (TOKEN_CHARS): lower case
    if (c >= 0x61 && c <= 0x7a) {
      letters++;
      if (c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75) vowels++;
    }
  }
  return switches / (value.length - 1) >= 0.5 && letters > 0 && vowels / letters < 0.3;
}

// ---------------------------------------------------------------------------------------------
// The redactor.

export interface RedactorOptions {
  /** The tenancy the records come from: markers of two tenancies differ. */
  tenancyId: string;
  /**
   * A secret of the user's (OCI_INV_REDACTION_KEY): with it, nobody holding the artifact can
   * test guesses of a low-entropy secret against its marker. Without it the key is derived
   * from the tenancy ocid alone (docs/security.md, threat model).
   */
  secret?: string | undefined;
  extra?: ExtraRules;
}

export interface RedactionCounts {
  /** Values replaced, by rule. */
  byRule: Map<RedactionRule, number>;
  total: number;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a key name brings to its value, cached per Redactor. */
type KeyKind = 'none' | 'location-any' | 'location-scalar' | 'location-map' | RedactionRule;
/** Distinct key names remembered; a hostile tenancy with endless keys just gets no cache. */
const KEY_CACHE_LIMIT = 50_000;

function isFlatStringMap(value: JsonValue): boolean {
  return isObject(value) && Object.values(value).every((v) => typeof v === 'string' || v === null);
}

export class Redactor {
  private readonly key: Buffer;
  private readonly extra: ExtraRules;
  readonly counts: RedactionCounts = { byRule: new Map(), total: 0 };

  constructor(options: RedactorOptions) {
    this.key = createHmac('sha256', options.secret ? `${KEY_LABEL}:${options.secret}` : KEY_LABEL)
      .update(options.tenancyId)
      .digest();
    this.extra = options.extra ?? NO_EXTRA_RULES;
  }

  /** `[REDACTED sha256:<first 12 hex of HMAC-SHA256(key, value)>]`. */
  marker(value: string): string {
    return `[REDACTED sha256:${createHmac('sha256', this.key).update(value, 'utf8').digest('hex').slice(0, 12)}]`;
  }

  private replace(value: string, rule: RedactionRule): string {
    this.counts.total++;
    this.counts.byRule.set(rule, (this.counts.byRule.get(rule) ?? 0) + 1);
    return this.marker(value);
  }

  /** Key name → what it brings to its value; keys repeat across records, so decide once. */
  private readonly keyKinds = new Map<string, KeyKind>();

  /** Redacts a record in place: tags and details. Names, ocids and states are left alone. */
  redactRecord(record: InventoryRecord): InventoryRecord {
    // Walked like their copies in details.searchSummary, so both copies come out the same.
    this.walkObject(record.freeformTags, null);
    this.walkObject(record.definedTags as JsonObject, null);
    // details.metadata and details.searchSummary are containers: their own key is no rule.
    const details = record.details as JsonObject;
    for (const key of Object.keys(details)) {
      const value = details[key];
      if (value === undefined) continue;
      const next = this.walk(value, null);
      if (next !== value) details[key] = next;
    }
    return record;
  }

  /** Redacts any JSON value in place (a whole subtree counted as secret when `secret` is set). */
  redactValue(value: JsonValue, secret: RedactionRule | null = null): JsonValue {
    return this.walk(value, secret);
  }

  private walk(value: JsonValue, secret: RedactionRule | null): JsonValue {
    if (typeof value === 'string') return this.redactString(value, secret);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const element = value[i] as JsonValue;
        const next = this.walk(element, secret);
        if (next !== element) value[i] = next;
      }
      return value;
    }
    this.walkObject(value, secret);
    return value;
  }

  /**
   * In place: own keys only, so a key named `__proto__` is an own data property and stays one.
   * Only a value that changed is stored back (most do not: a keyed store per value was a
   * third of the walk).
   */
  private walkObject(object: JsonObject, secret: RedactionRule | null): void {
    for (const key of Object.keys(object)) {
      const child = object[key] as JsonValue;
      const rule = secret ?? this.ruleForKey(key, child);
      const next = typeof child === 'string' ? this.redactString(child, rule) : this.walk(child, rule);
      if (next !== child) object[key] = next;
    }
  }

  /** The rule a key brings to its value: location first, then its name. */
  private ruleForKey(key: string, child: JsonValue): RedactionRule | null {
    let kind = this.keyKinds.get(key);
    if (kind === undefined) {
      kind = this.classifyKey(key);
      if (this.keyKinds.size < KEY_CACHE_LIMIT) this.keyKinds.set(key, kind);
    }
    switch (kind) {
      case 'none':
        return null;
      case 'location-any':
        return child !== null && typeof child === 'object' ? 'location' : this.keyRule(key);
      case 'location-scalar':
        return 'location';
      case 'location-map':
        return isFlatStringMap(child) ? 'location' : this.keyRule(key);
      default:
        return kind;
    }
  }

  private classifyKey(key: string): KeyKind {
    const normalized = normalizeKey(key);
    // User data is secret as a string; `environment` only as a map (a tag `Environment: prod` is not).
    if (LOCATION_SCALAR.has(normalized)) return 'location-scalar';
    if (LOCATION_ANY.has(normalized)) return 'location-any';
    if (LOCATION_STRING_MAP.has(normalized)) return 'location-map';
    return this.keyRule(key) ?? 'none';
  }

  private readonly keyRules = new Map<string, RedactionRule | null>();

  private keyRule(key: string): RedactionRule | null {
    let rule = this.keyRules.get(key);
    if (rule !== undefined) return rule;
    rule = this.extra.keys.some((re) => re.test(key) || re.test(normalizeKey(key))) ? 'extra-key' : isSecretKeyName(key) ? 'key' : null;
    if (this.keyRules.size < KEY_CACHE_LIMIT) this.keyRules.set(key, rule);
    return rule;
  }

  private redactString(value: string, rule: RedactionRule | null): string {
    // A marker starts with `[`: most values skip the RegExp.
    if (value.charCodeAt(0) === 0x5b && MARKER.test(value)) return value;
    if (rule && !isKeptValue(value)) return this.replace(value, rule);
    if (this.extra.values.length > 0 && this.extra.values.some((re) => re.test(value))) return this.replace(value, 'extra-value');
    if (value.length < MIN_SHAPE_LENGTH) return value;
    if (hasSecretShape(value)) return this.replace(value, 'shape');
    if (isHighEntropyToken(value)) return this.replace(value, 'entropy');
    return value;
  }
}

/**
 * Parses one `--redact-extra` rule: `key:REGEX` (a key name, matched case-insensitively) or
 * `value:REGEX` (a value). Throws a one-line message naming the rule.
 */
export function parseExtraRule(text: string): { kind: 'key' | 'value'; pattern: RegExp } {
  const match = /^(key|value):(.+)$/s.exec(text.trim());
  if (!match) throw new Error(`"${text}": expected key:REGEX or value:REGEX`);
  try {
    return { kind: match[1] as 'key' | 'value', pattern: new RegExp(match[2] as string, 'i') };
  } catch (error) {
    throw new Error(`"${text}": not a valid regular expression (${(error as Error).message.split('\n')[0]})`, { cause: error });
  }
}

export function parseExtraRules(texts: readonly string[]): ExtraRules {
  const rules: ExtraRules = { keys: [], values: [] };
  for (const text of texts) {
    const rule = parseExtraRule(text);
    (rule.kind === 'key' ? rules.keys : rules.values).push(rule.pattern);
  }
  return rules;
}
