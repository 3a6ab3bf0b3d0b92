// The diff's fast path (issue 11 item 5): most records of two runs are the same resource with
// only `collectedAt` and ignored fields (details.metadata.timeUpdated, …) moved on. Instead of
// parsing both lines and walking their fields, the diff scans each raw JSONL line once for its
// join key (top-level ocid and resourceType) and cuts the values it must not compare out of
// the text: `collectedAt`, an ignored `enrichError`, and ignored paths under `details`. When
// the two cut texts are equal the records are equal under the ignore rules (the texts left
// are identical, so they parse to identical values), and only the current line is parsed, to
// validate it; the holes of the baseline line are checked to be JSON values of the type the
// schema wants there, so a bad line still fails with its file and line.
//
// The scanner is conservative: anything it does not expect (whitespace between tokens, an
// escaped key or ocid, a repeated ocid/resourceType key, an ignored path it cannot cut without
// the schema's help) makes it give up on that line, and the line takes the slow path (full
// parse, field walk), which is always correct.
import { type IgnoreNode, type IgnoreRules, stepIgnore } from '../ignore.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;
const COMMA = 44;
const LBRACE = 123;
const RBRACE = 125;
const LBRACKET = 91;
const RBRACKET = 93;

/** What a cut-out value must be for the record to stay valid. */
export type HoleKind = 'string' | 'nullable-string' | 'json';

export interface LineScan {
  /** Start and end (exclusive) of each cut-out value, in order: [start0, end0, start1, …]. */
  cuts: number[];
  /** What each cut-out value must be. */
  kinds: HoleKind[];
}

/** Index just past the string starting at `start` (a quote), or -1. */
function skipString(text: string, start: number): number {
  let at = start;
  for (;;) {
    const end = text.indexOf('"', at + 1);
    if (end === -1) return -1;
    let slashes = 0;
    for (let k = end - 1; k > start && text.charCodeAt(k) === BACKSLASH; k--) slashes++;
    if (slashes % 2 === 0) return end + 1;
    at = end;
  }
}

/** Index just past the JSON value starting at `start`, by structure only (no validation), or -1. */
function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return skipString(text, start);
  const length = text.length;
  if (first === LBRACE || first === LBRACKET) {
    let depth = 0;
    let at = start;
    while (at < length) {
      const c = text.charCodeAt(at);
      if (c === QUOTE) {
        at = skipString(text, at);
        if (at === -1) return -1;
        continue;
      }
      if (c === LBRACE || c === LBRACKET) depth++;
      else if (c === RBRACE || c === RBRACKET) {
        depth--;
        if (depth === 0) return at + 1;
      }
      at++;
    }
    return -1;
  }
  // A scalar: runs to the next delimiter.
  let at = start;
  while (at < length) {
    const c = text.charCodeAt(at);
    if (c === COMMA || c === RBRACE || c === RBRACKET) break;
    at++;
  }
  return at === start ? -1 : at;
}

const NO_NODES: readonly IgnoreNode[] = [];
const STEP_CACHE_LIMIT = 1024;
const NO_STEP: ReturnType<typeof stepIgnore> = { nodes: NO_NODES };
const WANT_COLLECTED_AT = 1;
const WANT_DETAILS = 2;
const WANT_ENRICH_ERROR = 4;

/** Precompiled for one set of ignore rules; `scan` is called for every line of both inputs. */
export class LineStripper {
  private readonly root: readonly IgnoreNode[];
  private readonly detailsNodes: readonly IgnoreNode[];
  private readonly enrichErrorIgnored: boolean;
  /** The top-level keys that can hold a cut, as WANT_* bits. */
  private readonly wanted: number;
  // Per-scan state (the scanner is not reentrant, and needs not be).
  private cuts: number[] = [];
  private escaped = false;
  private kinds: HoleKind[] = [];
  /** stepIgnore's answers per trie position and key (bounded: keys are tenancy data). */
  private readonly steps = new Map<readonly IgnoreNode[], Map<string, ReturnType<typeof stepIgnore>>>();

  constructor(ignore?: IgnoreRules) {
    this.root = ignore ? [ignore.root] : NO_NODES;
    const details = stepIgnore(this.root, 'details');
    // An ignore rule on `details` itself is not cut (details must stay an object): slow path.
    this.detailsNodes = details.rule ? NO_NODES : details.nodes;
    this.enrichErrorIgnored = stepIgnore(this.root, 'enrichError').rule !== undefined;
    this.wanted = WANT_COLLECTED_AT | (this.detailsNodes.length > 0 ? WANT_DETAILS : 0) | (this.enrichErrorIgnored ? WANT_ENRICH_ERROR : 0);
  }

  /**
   * Where the values not to compare sit in one line (which the caller parsed and validated),
   * or undefined when the line needs the slow path. The scan stops once every top-level key
   * that can hold a cut was seen: whatever follows is compared as text, which is stricter.
   */
  scan(text: string): LineScan | undefined {
    if (text.charCodeAt(0) !== LBRACE) return undefined;
    // Escapes are rare; without any, no key needs checking for one.
    this.escaped = text.includes('\\');
    this.cuts = [];
    this.kinds = [];
    let wanted = this.wanted;
    let at = 1;
    if (text.charCodeAt(at) === RBRACE) return undefined;
    for (;;) {
      if (text.charCodeAt(at) !== QUOTE) return undefined;
      const keyEnd = skipString(text, at);
      if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON) return undefined;
      // Only keys of the lengths of details (7), collectedAt and enrichError (11) are read; an
      // escaped key is never one of them (not cut, so compared as text).
      const keyLength = keyEnd - at - 2;
      const key = keyLength === 7 || keyLength === 11 ? text.slice(at + 1, keyEnd - 1) : '';
      const valueStart = keyEnd + 1;
      let valueEnd: number;
      if (key === 'collectedAt') {
        valueEnd = this.hole(text, valueStart, 'string');
        wanted &= ~WANT_COLLECTED_AT;
      } else if (key === 'enrichError' && this.enrichErrorIgnored) {
        valueEnd = this.hole(text, valueStart, 'nullable-string');
        wanted &= ~WANT_ENRICH_ERROR;
      } else if (key === 'details' && this.detailsNodes.length > 0 && text.charCodeAt(valueStart) === LBRACE) {
        valueEnd = this.object(text, valueStart, this.detailsNodes);
        wanted &= ~WANT_DETAILS;
      } else {
        valueEnd = skipValue(text, valueStart);
      }
      if (valueEnd === -1) return undefined;
      if (wanted === 0) break;
      const c = text.charCodeAt(valueEnd);
      if (c === COMMA) {
        at = valueEnd + 1;
        continue;
      }
      if (c !== RBRACE || valueEnd + 1 !== text.length) return undefined;
      break;
    }
    return { cuts: this.cuts, kinds: this.kinds };
  }

  /** Cuts the value at `start` out of the text; returns the index after it, or -1. */
  private hole(text: string, start: number, kind: HoleKind): number {
    const end = skipValue(text, start);
    if (end === -1) return -1;
    this.cuts.push(start, end);
    this.kinds.push(kind);
    return end;
  }

  private step(nodes: readonly IgnoreNode[], key: string): ReturnType<typeof stepIgnore> {
    let known = this.steps.get(nodes);
    if (!known) {
      known = new Map();
      this.steps.set(nodes, known);
    }
    let step = known.get(key);
    if (!step) {
      step = stepIgnore(nodes, key);
      // Cached answers keep their `nodes` arrays, so the next level's cache hits too.
      if (known.size < STEP_CACHE_LIMIT) known.set(key, step);
    }
    return step;
  }

  /** An object under `details` with ignore rules still able to match inside it. */
  private object(text: string, start: number, nodes: readonly IgnoreNode[]): number {
    let at = start + 1;
    if (text.charCodeAt(at) === RBRACE) return at + 1;
    for (;;) {
      if (text.charCodeAt(at) !== QUOTE) return -1;
      const keyEnd = skipString(text, at);
      if (keyEnd === -1 || text.charCodeAt(keyEnd) !== COLON) return -1;
      const key = text.slice(at + 1, keyEnd - 1);
      const valueStart = keyEnd + 1;
      // An escaped key is not looked up (its raw text could spell a rule it does not match):
      // not cut, so compared as text.
      const step = this.escaped && key.includes('\\') ? NO_STEP : this.step(nodes, key);
      let valueEnd: number;
      if (step.rule) valueEnd = this.hole(text, valueStart, 'json');
      // Arrays are compared as whole values: rules do not reach inside them.
      else if (step.nodes.length > 0 && text.charCodeAt(valueStart) === LBRACE) valueEnd = this.object(text, valueStart, step.nodes);
      else valueEnd = skipValue(text, valueStart);
      if (valueEnd === -1) return -1;
      const c = text.charCodeAt(valueEnd);
      if (c === COMMA) {
        at = valueEnd + 1;
        continue;
      }
      return c === RBRACE ? valueEnd + 1 : -1;
    }
  }
}

/**
 * True when `text` is exactly `scannedText` outside the latter's cuts, and holds there JSON
 * values of the kinds the schema wants (so `text` is a valid record whenever `scannedText`
 * is). Equal outside the cuts means the same keys, the same ocid and resourceType, and the
 * same values everywhere but at ignored paths. No scan of `text` is needed: the pieces
 * between cuts are compared as whole strings.
 */
export function matchCuts(text: string, scannedText: string, scanned: LineScan): boolean {
  const cuts = scanned.cuts;
  let at = 0;
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i] as number;
    // Equality of two slices is a memory compare in V8; startsWith walks characters.
    const next = at + start - from;
    if (next > at && text.slice(at, next) !== scannedText.slice(from, start)) return false;
    at = next;
    const end = skipValue(text, at);
    if (end === -1 || !holeValid(text, at, end, scanned.kinds[i >> 1] as HoleKind)) return false;
    at = end;
    from = cuts[i + 1] as number;
  }
  return text.length - at === scannedText.length - from && text.slice(at) === scannedText.slice(from);
}

/** Whether text[start, end) is a JSON value of the kind the schema wants there. */
function holeValid(text: string, start: number, end: number, kind: HoleKind): boolean {
  // Most cut-out values are plain strings (timestamps): valid JSON without a parse.
  if (isSimpleString(text, start, end)) return true;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end));
  } catch {
    return false;
  }
  if (kind === 'string') return typeof value === 'string';
  if (kind === 'nullable-string') return value === null || typeof value === 'string';
  return true;
}

const SIMPLE_STRING = /"[^"\\\u0000-\u001f]*"/y;

/** text[start, end) is a JSON string without escapes or control characters. */
function isSimpleString(text: string, start: number, end: number): boolean {
  SIMPLE_STRING.lastIndex = start;
  return SIMPLE_STRING.test(text) && SIMPLE_STRING.lastIndex === end;
}

/** The JSON kind a value text starts with: string or null, object, array, or other scalar. */
function kindOf(c: number): number {
  if (c === QUOTE || c === 110 /* n */) return 0;
  if (c === LBRACE) return 1;
  if (c === LBRACKET) return 2;
  return 3;
}

/**
 * For a `text` that matchCuts accepted: each cut-out value has the same JSON kind as in
 * `scannedText` (so a hook that looks at the kinds of children decides the same way).
 */
export function sameCutKinds(text: string, scannedText: string, scanned: LineScan): boolean {
  const cuts = scanned.cuts;
  let shift = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const at = start + shift;
    if (kindOf(text.charCodeAt(at)) !== kindOf(scannedText.charCodeAt(start))) return false;
    shift += skipValue(text, at) - at - (end - start);
  }
  return true;
}
