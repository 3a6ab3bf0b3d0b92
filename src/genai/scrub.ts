// The last check before anything leaves the machine: the finished prompt against the run's own
// identifiers. The prompt is built from aggregates (prompt.ts), so nothing here should ever
// match; a match is a bug, and the request is refused (exit 1) naming where the identifier
// came from (file, line, field path with map keys hidden) — never the identifier itself.

/** What counts as an identifier, besides the named fields: found inside any string value. */
const PATTERNS: ReadonlyArray<{ kind: string; pattern: RegExp }> = [
  { kind: 'ocid', pattern: /ocid1\.[a-z0-9_-]+\.[a-z0-9_-]*\.[a-z0-9_-]*\.[a-z0-9_.-]+/gi },
  { kind: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { kind: 'url', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>()]+/gi },
  { kind: 'cidr', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g },
  { kind: 'ipv4', pattern: /\b\d{1,3}(?:\.\d{1,3}){3}\b/g },
  { kind: 'ipv6', pattern: /\b(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{0,4}(?:\/\d{1,3})?/gi },
  { kind: 'hostname', pattern: /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\b/gi },
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

function walk(value: unknown, path: string[], where: string, emit: (id: Identifier) => void): void {
  const at = () => `${where}: ${path.join('.') || '(value)'}`;
  if (typeof value === 'string') {
    const key = path.at(-1) ?? '';
    // A diff's field path names fields, not things (its tag keys are collected from the records).
    if (key === 'path' && path.at(-3) === 'changes') return;
    const inTags = path.some((p) => p === 'freeformTags' || p === 'definedTags' || p === 'systemTags' || p === 'tags');
    if (NAMING_KEYS.has(key) || inTags || key === 'ocid' || key === 'compartmentId') emit({ value, kind: inTags ? 'tag value' : key, where: at() });
    for (const { kind, pattern } of PATTERNS) {
      for (const m of value.matchAll(pattern)) emit({ value: m[0], kind, where: at() });
    }
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item) => walk(item, [...path, '[]'], where, emit));
    return;
  }
  if (value !== null && typeof value === 'object') {
    const parent = path.at(-1) ?? '';
    const grand = path.at(-2) ?? '';
    const tagMap = parent === 'freeformTags' || parent === 'definedTags' || parent === 'systemTags' || parent === 'tags' || grand === 'definedTags' || grand === 'systemTags';
    for (const [key, child] of Object.entries(value)) {
      const segment = tagMap || !/^[A-Za-z][A-Za-z0-9]{0,48}$/.test(key) ? '*' : key;
      if (tagMap) emit({ value: key, kind: 'tag key', where: `${where}: ${[...path, '*'].join('.')}` });
      walk(child, [...path, segment], where, emit);
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
  checked = 0;

  constructor(prompt: string, publicVocabulary: Iterable<string>) {
    this.prompt = prompt.toLowerCase();
    this.vocabulary = new Set([...publicVocabulary].map((w) => w.toLowerCase()));
  }

  /** Throws PromptLeakError when the identifier occurs in the prompt. */
  check(id: Identifier): void {
    const needle = id.value.trim().toLowerCase();
    if (needle.length < MIN_IDENTIFIER_LENGTH || NUMBER.test(needle) || this.vocabulary.has(needle)) return;
    this.checked++;
    if (containsBounded(this.prompt, needle)) throw new PromptLeakError({ kind: id.kind, where: id.where });
  }
}

const WORD = /[\p{L}\p{N}_]/u;

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
