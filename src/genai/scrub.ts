// The last check before anything leaves the machine: the finished prompt against the run's own
// identifiers. The prompt is built from aggregates (prompt.ts), so nothing here should ever
// match; a match is a bug, and the request is refused (exit 1) naming where the identifier
// came from (file, line, field path with map keys hidden) — never the identifier itself.

/** What counts as an identifier, besides the named fields: found inside any string value. */
const PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp; worth: (s: string) => boolean }> = [
  { kind: 'ocid', pattern: /ocid1\.[a-z0-9_-]+\.[a-z0-9_-]*\.[a-z0-9_-]*\.[a-z0-9_.-]+/gi, worth: (s) => /ocid1\./i.test(s) },
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, worth: (s) => s.includes('@') },
  { kind: 'url', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi, worth: (s) => s.includes('://') },
  { kind: 'cidr', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g, worth: (s) => s.includes('/') && /\d\.\d/.test(s) },
  { kind: 'ipv4', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/g, worth: (s) => /\d\.\d/.test(s) },
  { kind: 'ipv6', pattern: /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?:\/\d{1,3})?/gi, worth: (s) => s.includes(':') },
  { kind: 'hostname', pattern: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi, worth: (s) => s.includes('.') },
];

/** Keys whose string value names something, wherever they sit in a record's details. */
const NAMING_KEYS: ReadonlySet<string> = new Set([
  'displayName', 'name', 'description', 'hostnameLabel', 'dnsLabel', 'domainName', 'fqdn', 'hostname', 'email', 'url',
  'namespace', 'bucketName', 'dbName', 'pdbName', 'vcnDomainName', 'subnetDomainName', 'userName', 'login',
]);

/** A found identifier and where it sits (the where is safe to print: map keys are `*`). */
export interface Identifier {
  value: string;
  kind: string;
  where: string;
}

/** A single number (`42`, `3.5`, `12%`): in a prompt of counts it is no identifier. */
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?%?$/;
/** The shortest identifier checked: shorter strings (`db`, `a`) match English, not tenancies. */
export const MIN_IDENTIFIER_LENGTH = 4;

/**
 * Walks a JSON value and hands out every identifier: the naming fields (display names, names,
 * descriptions, …), every tag key and value, and whatever the patterns find in any string.
 * Map keys under tags are identifiers themselves and show as `*` in the path.
 */
export function collectIdentifiers(value: unknown, where: string, emit: (id: Identifier) => void): void {
  walk(value, [], where, emit);
}

/** An identifier whose `where` is spelled out only when asked (millions are found, one is ever printed). */
class Found implements Identifier {
  constructor(
    readonly value: string,
    readonly kind: string,
    private readonly base: string,
    private readonly path: readonly string[],
  ) {}

  get where(): string {
    return `${this.base}: ${this.path.join('.') || '(value)'}`;
  }
}

const TAG_FIELDS: ReadonlySet<string> = new Set(['freeformTags', 'definedTags', 'systemTags', 'tags']);
const SDK_KEY = /^[A-Za-z][A-Za-z0-9]{0,48}$/;

/**
 * One walk over a record: `path` is a stack (pushed and popped, copied only when an identifier
 * is found), `tagDepth` how many levels below a tag field the walk is (0: not in tags).
 */
function walk(value: unknown, path: string[], where: string, emit: (id: Identifier) => void, tagDepth = 0): void {
  if (typeof value === 'string') {
    const key = path[path.length - 1] ?? '';
    // A diff's field path names fields, not things (its tag keys are collected from the records).
    if (key === 'path' && path[path.length - 3] === 'changes') return;
    if (tagDepth > 0 || NAMING_KEYS.has(key) || key === 'ocid' || key === 'compartmentId') emit(new Found(value, tagDepth > 0 ? 'tag value' : key, where, [...path]));
    for (const { kind, pattern, worth } of PATTERNS) {
      if (!worth(value)) continue;
      for (const m of value.matchAll(pattern)) emit(new Found(m[0], kind, where, [...path]));
    }
    return;
  }
  if (Array.isArray(value)) {
    path.push('[]');
    for (const item of value) walk(item, path, where, emit, tagDepth > 0 ? tagDepth + 1 : 0);
    path.pop();
    return;
  }
  if (value !== null && typeof value === 'object') {
    const parent = path[path.length - 1] ?? '';
    // Keys directly under a tag field, and under a defined/system tag namespace, are tag keys.
    const tagMap = TAG_FIELDS.has(parent) || (tagDepth === 2 && (path[path.length - 2] === 'definedTags' || path[path.length - 2] === 'systemTags'));
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (tagMap) emit(new Found(key, 'tag key', where, [...path, '*']));
      path.push(tagMap || !SDK_KEY.test(key) ? '*' : key);
      const entersTags = TAG_FIELDS.has(key) && !tagMap;
      walk(child, path, where, emit, entersTags ? 1 : tagDepth > 0 ? tagDepth + 1 : 0);
      path.pop();
    }
  }
}

export class PromptLeakError extends Error {
  override name = 'PromptLeakError';
  constructor(readonly identifier: Omit<Identifier, 'value'>) {
    super(
      `refusing to send the GenAI prompt: it contains a ${identifier.kind} of this tenancy (from ${identifier.where}). ` +
        'This is a bug in the prompt builder; nothing was sent',
    );
  }
}

/**
 * Checks identifiers against one finished prompt. Case-insensitive, on word boundaries
 * (`prod` is not found in `production`). Exempt: numbers, strings shorter than
 * MIN_IDENTIFIER_LENGTH, and words of the public vocabulary (the prompt's fixed text, OCI
 * resource type and region names): a tenancy that names a compartment "resources" or an
 * instance "Instance" leaks nothing when the prompt says "resources" or "Instance".
 */
export class PromptScrubber {
  private readonly prompt: string;
  private readonly vocabulary: Set<string>;
  /** The prompt's word tokens: a bounded match has every token of the needle among them. */
  private readonly tokens: Set<string>;
  checked = 0;

  constructor(prompt: string, publicVocabulary: Iterable<string>) {
    this.prompt = prompt.toLowerCase();
    this.vocabulary = new Set([...publicVocabulary].map((w) => w.toLowerCase()));
    this.tokens = new Set(this.prompt.match(TOKENS) ?? []);
  }

  /** Throws PromptLeakError when the identifier occurs in the prompt. */
  check(id: Identifier): void {
    const needle = id.value.trim().toLowerCase();
    if (needle.length < MIN_IDENTIFIER_LENGTH || NUMBER.test(needle) || this.vocabulary.has(needle)) return;
    this.checked++;
    // Fast path (most identifiers): a token of the needle the prompt does not hold rules it out.
    // Every token of a word-bounded match is a whole token of the prompt too.
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(needle); m !== null; m = TOKENS.exec(needle)) {
      if (!this.tokens.has(m[0])) return;
    }
    if (containsBounded(this.prompt, needle)) throw new PromptLeakError({ kind: id.kind, where: id.where });
  }
}

const WORD = /[\p{L}\p{N}_]/u;
const TOKENS = /[\p{L}\p{N}_]+/gu;

/** `needle` in `haystack`, not as part of a longer word (a boundary is only needed where the needle's own edge is a word character). */
export function containsBounded(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = at > 0 ? haystack[at - 1] ?? '' : '';
    const after = haystack[at + needle.length] ?? '';
    const startOk = !WORD.test(needle[0] ?? '') || !WORD.test(before);
    const endOk = !WORD.test(needle[needle.length - 1] ?? '') || !WORD.test(after);
    if (startOk && endOk) return true;
    from = at + 1;
  }
}

/** Every word of a text (letters, digits, `_`, `-`, `.` inside), lower-cased: the public vocabulary of fixed text. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*/gu) ?? [];
}
