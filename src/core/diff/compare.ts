// Field-level comparison of two versions of one record, and the stable record hash.
// Equality here is defined to agree with the hash: two records compare equal exactly when
// SHA-256 over the canonical JSON of each, with `collectedAt` and ignored paths removed and
// then empty objects pruned, is the same. (An empty object and a missing key are the same
// thing: OCI returns both for "no tags".) Arrays are compared as whole values.
import { createHash } from 'node:crypto';
import { type IgnoreNode, type IgnoreRule, type IgnoreRules, stepIgnore } from '../ignore.js';
import type { InventoryRecord, JsonValue } from '../record.js';

/** Removed from every comparison: it changes on every run by definition. */
export const ALWAYS_EXCLUDED = 'collectedAt';

export interface FieldChange {
  /** Dotted path: `displayName`, `freeformTags.env`, `details.metadata.nsgIds`. */
  path: string;
  /** Absent when the field did not exist before. */
  before?: JsonValue;
  /** Absent when the field no longer exists. */
  after?: JsonValue;
}

export interface HiddenChange extends FieldChange {
  rule: IgnoreRule;
}

type Obj = { [key: string]: unknown };

/** Own properties only: a record key named `__proto__` must not read the prototype. */
function own(obj: Obj, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep equality of JSON values; object key order does not matter, array order does. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (!isObject(a) || !isObject(b)) return false;
  let countA = 0;
  for (const key in a) {
    if (a[key] === undefined) continue;
    countA++;
    if (!jsonEqual(a[key], own(b, key))) return false;
  }
  let countB = 0;
  for (const key in b) if (b[key] !== undefined) countB++;
  return countA === countB;
}

class Walker {
  readonly changes: FieldChange[] = [];
  private readonly path: string[] = [];

  constructor(private readonly hidden: HiddenChange[] | undefined) {}

  walk(a: unknown, b: unknown, nodes: readonly IgnoreNode[]): void {
    if (a === b) return;
    const aIsObject = isObject(a);
    const bIsObject = isObject(b);
    if ((aIsObject || bIsObject) && (aIsObject || a === undefined) && (bIsObject || b === undefined)) {
      const left = (aIsObject ? a : EMPTY) as Obj;
      const right = (bIsObject ? b : EMPTY) as Obj;
      for (const key in left) this.walkKey(key, left[key], own(right, key), nodes);
      for (const key in right) if (!Object.hasOwn(left, key)) this.walkKey(key, undefined, right[key], nodes);
      return;
    }
    if (jsonEqual(a, b)) return;
    const change: FieldChange = { path: this.path.join('.') };
    if (a !== undefined) change.before = a as JsonValue;
    if (b !== undefined) change.after = b as JsonValue;
    this.changes.push(change);
  }

  /** Compares the values under `key`, one level below the current path. */
  walkKey(key: string, a: unknown, b: unknown, nodes: readonly IgnoreNode[]): void {
    if (a === b) return;
    this.path.push(key);
    const step = stepIgnore(nodes, key);
    if (step.rule) {
      if (this.hidden && !prunedEqual(a, b)) {
        const change: HiddenChange = { path: this.path.join('.'), rule: step.rule };
        if (a !== undefined) change.before = a as JsonValue;
        if (b !== undefined) change.after = b as JsonValue;
        this.hidden.push(change);
      }
    } else {
      this.walk(a, b, step.nodes);
    }
    this.path.pop();
  }
}

const EMPTY: Obj = Object.freeze({});

function prunedEqual(a: unknown, b: unknown): boolean {
  const walker = new Walker(undefined);
  walker.walk(a, b, []);
  return walker.changes.length === 0;
}

function byPath(a: FieldChange, b: FieldChange): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The field changes from `before` to `after`, sorted by path; empty means unchanged. */
export function compareRecordVersions(before: InventoryRecord, after: InventoryRecord, ignore?: IgnoreRules): FieldChange[] {
  return explainRecordVersions(before, after, ignore, false).changes;
}

/** Like compareRecordVersions, plus the changes each ignore rule hid (for --explain). */
export function explainRecordVersions(
  before: InventoryRecord,
  after: InventoryRecord,
  ignore: IgnoreRules | undefined,
  collectHidden = true,
): { changes: FieldChange[]; hidden: HiddenChange[] } {
  const hidden: HiddenChange[] = [];
  const walker = new Walker(collectHidden ? hidden : undefined);
  const nodes = ignore ? [ignore.root] : [];
  const left = before as unknown as Obj;
  const right = after as unknown as Obj;
  for (const key in left) if (key !== ALWAYS_EXCLUDED) walker.walkKey(key, left[key], own(right, key), nodes);
  for (const key in right) if (key !== ALWAYS_EXCLUDED && !Object.hasOwn(left, key)) walker.walkKey(key, undefined, right[key], nodes);
  if (walker.changes.length > 1) walker.changes.sort(byPath);
  if (hidden.length > 1) hidden.sort(byPath);
  return { changes: walker.changes, hidden };
}

/** The record as hashed: no collectedAt, no ignored subtrees, no empty objects. */
export function hashableForm(record: InventoryRecord, ignore?: IgnoreRules): JsonValue {
  const nodes = ignore ? [ignore.root] : [];
  const out: Obj = {};
  for (const key of Object.keys(record)) {
    if (key === ALWAYS_EXCLUDED) continue;
    const kept = strip((record as unknown as Obj)[key], key, nodes);
    if (kept !== undefined) Object.defineProperty(out, key, { value: kept, enumerable: true, writable: true, configurable: true });
  }
  return out as JsonValue;
}

function strip(value: unknown, key: string, nodes: readonly IgnoreNode[]): unknown {
  const step = stepIgnore(nodes, key);
  if (step.rule) return undefined;
  if (!isObject(value)) return value;
  const out: Obj = {};
  let kept = 0;
  for (const childKey of Object.keys(value)) {
    const child = strip(value[childKey], childKey, step.nodes);
    if (child !== undefined) {
      // defineProperty, so a hostile key named __proto__ stays data, not a prototype.
      Object.defineProperty(out, childKey, { value: child, enumerable: true, writable: true, configurable: true });
      kept++;
    }
  }
  return kept === 0 ? undefined : out;
}

/**
 * The same text as `canonicalJson` (keys sorted, undefined dropped), written directly so a
 * hostile `__proto__` key is serialized like any other instead of vanishing into a prototype.
 */
export function canonicalText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalText(v))).join(',')}]`;
  if (isObject(value)) {
    const parts: string[] = [];
    for (const key of Object.keys(value).sort()) {
      const child = value[key];
      if (child !== undefined) parts.push(`${JSON.stringify(key)}:${canonicalText(child)}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) over the canonical JSON of the hashable form: the record's identity in a diff. */
export function recordHash(record: InventoryRecord, ignore?: IgnoreRules): string {
  return createHash('sha256').update(hashableText(record, ignore)).digest('hex');
}

/**
 * `canonicalText(hashableForm(record, ignore))` in one pass, without building the stripped
 * copy (defineProperty per key made the hash cost more than the field walk).
 */
export function hashableText(record: InventoryRecord, ignore?: IgnoreRules): string {
  const nodes = ignore ? [ignore.root] : [];
  const obj = record as unknown as Obj;
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    if (key === ALWAYS_EXCLUDED) continue;
    const kept = strippedText(obj[key], key, nodes);
    if (kept !== undefined) parts.push(`${JSON.stringify(key)}:${kept}`);
  }
  return `{${parts.join(',')}}`;
}

/** The canonical text of what `strip` keeps of a value, or undefined when nothing is kept. */
function strippedText(value: unknown, key: string, nodes: readonly IgnoreNode[]): string | undefined {
  const step = stepIgnore(nodes, key);
  if (step.rule || value === undefined) return undefined;
  if (!isObject(value)) return canonicalText(value);
  const parts: string[] = [];
  for (const childKey of Object.keys(value).sort()) {
    const child = strippedText(value[childKey], childKey, step.nodes);
    if (child !== undefined) parts.push(`${JSON.stringify(childKey)}:${child}`);
  }
  return parts.length === 0 ? undefined : `{${parts.join(',')}}`;
}
