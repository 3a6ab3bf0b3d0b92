// Diff ignore rules (SPEC §5): dotted paths into a record where `*` matches exactly one
// segment, e.g. `details.metadata.timeUpdated`, `definedTags.Oracle-Tags.*`. A rule hides the
// whole subtree at the path it matches. Rules come from flags, config, an `.oci-inv-ignore`
// file, and the defaults below (fields that change while nobody changes the resource; each
// one is justified in docs/diff.md). The rules are compiled into a trie so the diff walks a
// record once, carrying only the trie nodes still able to match.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InventoryInputError } from './inventory-reader.js';

export const IGNORE_FILE_NAME = '.oci-inv-ignore';

/**
 * Default rules, each with the reason it is safe to hide (docs/diff.md repeats them). Two
 * kinds: fields OCI rewrites while nobody changes the resource, and echoes of top-level
 * fields inside `details` (a rename would otherwise be reported three times). `collectedAt`
 * is not here: it is excluded from every comparison, defaults or not.
 */
export const DEFAULT_IGNORES: readonly { rule: string; why: string }[] = [
  { rule: 'enrichError', why: 'error text carries request ids and timestamps; enrichStatus is still compared' },
  { rule: 'details.searchSummary.systemTags', why: 'system tags are written by OCI services, not by the resource owner' },
  { rule: 'details.metadata.systemTags', why: 'system tags are written by OCI services, not by the resource owner' },
  { rule: 'details.metadata.timeUpdated', why: 'moves on internal updates; the fields that changed are compared themselves' },
  { rule: 'details.metadata.timeModified', why: 'same as timeUpdated, the name some services use' },
  { rule: 'details.metadata.timeLastModified', why: 'same as timeUpdated, the name some services use' },
  { rule: 'details.metadata.approximateCount', why: 'bucket object count moves with every upload, not a configuration change' },
  { rule: 'details.metadata.approximateSize', why: 'bucket size moves with every upload, not a configuration change' },
  { rule: 'details.searchSummary.displayName', why: 'copy of displayName, compared at top level' },
  { rule: 'details.searchSummary.lifecycleState', why: 'copy of lifecycleState, compared at top level' },
  { rule: 'details.searchSummary.compartmentId', why: 'copy of compartmentId, compared at top level' },
  { rule: 'details.searchSummary.timeCreated', why: 'copy of timeCreated, compared at top level' },
  { rule: 'details.searchSummary.availabilityDomain', why: 'copy of availabilityDomain, compared at top level' },
  { rule: 'details.searchSummary.definedTags', why: 'copy of definedTags, compared at top level' },
  { rule: 'details.searchSummary.freeformTags', why: 'copy of freeformTags, compared at top level' },
  { rule: 'details.metadata.displayName', why: 'the same name Resource Search reports at top level' },
  { rule: 'details.metadata.lifecycleState', why: 'the same state Resource Search reports at top level' },
  { rule: 'details.metadata.definedTags', why: 'the same tags Resource Search reports at top level' },
  { rule: 'details.metadata.freeformTags', why: 'the same tags Resource Search reports at top level' },
];

export const DEFAULT_IGNORE_RULES: readonly string[] = DEFAULT_IGNORES.map((d) => d.rule);

export interface IgnoreRule {
  /** The rule as written. */
  text: string;
  segments: readonly string[];
  /** Where it came from: `default`, `--ignore`, `config`, or a file path with line. */
  source: string;
}

/** A trie node; `rule` is set where a rule ends (its subtree is hidden). */
export interface IgnoreNode {
  children: Map<string, IgnoreNode>;
  wildcard: IgnoreNode | undefined;
  rule: IgnoreRule | undefined;
}

export class IgnoreRules {
  readonly root: IgnoreNode = newNode();

  constructor(readonly rules: readonly IgnoreRule[]) {
    for (const rule of rules) {
      let node = this.root;
      for (const segment of rule.segments) {
        if (segment === '*') {
          node.wildcard ??= newNode();
          node = node.wildcard;
        } else {
          let child = node.children.get(segment);
          if (!child) {
            child = newNode();
            node.children.set(segment, child);
          }
          node = child;
        }
      }
      // The first rule to claim a path is the one reported by --explain.
      node.rule ??= rule;
    }
  }

  /** The rule hiding this path (or one of its ancestors), if any. */
  ruleFor(path: readonly string[]): IgnoreRule | undefined {
    let nodes: readonly IgnoreNode[] = [this.root];
    for (const segment of path) {
      const step = stepIgnore(nodes, segment);
      if (step.rule) return step.rule;
      nodes = step.nodes;
      if (nodes.length === 0) return undefined;
    }
    return undefined;
  }

  get texts(): string[] {
    return this.rules.map((r) => r.text);
  }
}

const NO_NODES: readonly IgnoreNode[] = [];

/** Descends one path segment: the rule that hides it, or the nodes still able to match below. */
export function stepIgnore(nodes: readonly IgnoreNode[], segment: string): { rule?: IgnoreRule; nodes: readonly IgnoreNode[] } {
  if (nodes.length === 0) return { nodes: NO_NODES };
  let next: IgnoreNode[] | undefined;
  for (const node of nodes) {
    const exact = node.children.get(segment);
    const wild = node.wildcard;
    for (const child of exact && wild ? [exact, wild] : exact ? [exact] : wild ? [wild] : NO_NODES) {
      if (child.rule) return { rule: child.rule, nodes: NO_NODES };
      if (child.children.size > 0 || child.wildcard) {
        next ??= [];
        next.push(child);
      }
    }
  }
  return { nodes: next ?? NO_NODES };
}

function newNode(): IgnoreNode {
  return { children: new Map(), wildcard: undefined, rule: undefined };
}

/** Parses one rule; `undefined` for a rule that is not well formed, with the reason. */
export function parseIgnoreRule(text: string, source: string): IgnoreRule | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'empty rule';
  const segments = trimmed.split('.');
  if (segments.some((s) => s === '')) return `rule "${trimmed}" has an empty segment (check for a stray or doubled dot)`;
  if (segments.some((s) => s !== '*' && s.includes('*'))) {
    return `rule "${trimmed}": * matches a whole segment only (write a.*.b, not a.b*)`;
  }
  if (segments.every((s) => s === '*') && segments.length === 1) return 'rule "*" would hide every field';
  return { text: trimmed, segments, source };
}

/** Rules from an `.oci-inv-ignore` file: one per line, `#` starts a comment. */
export function parseIgnoreFile(text: string, file: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const parsed = parseIgnoreRule(line, `${file}:${index + 1}`);
    if (typeof parsed === 'string') throw new InventoryInputError(file, index + 1, parsed);
    rules.push(parsed);
  });
  return rules;
}

function parseList(texts: readonly string[], source: string): IgnoreRule[] {
  return texts
    .flatMap((t) => t.split(','))
    .filter((t) => t.trim() !== '')
    .map((t) => {
      const parsed = parseIgnoreRule(t, source);
      if (typeof parsed === 'string') throw new InventoryInputError(source, 0, parsed);
      return parsed;
    });
}

export interface IgnoreOptions {
  /** Rules from flags and config (comma-separated entries are split). */
  rules?: readonly string[];
  /** Source label for `rules` in --explain output. */
  rulesSource?: string;
  /** Use DEFAULT_IGNORE_RULES (default true; `--no-default-ignores` turns them off). */
  defaults?: boolean;
  /** An ignore file; when absent, `.oci-inv-ignore` in `cwd` is used if it exists. */
  file?: string;
  cwd?: string;
}

export async function loadIgnoreRules(options: IgnoreOptions = {}): Promise<IgnoreRules> {
  const rules: IgnoreRule[] = [];
  if (options.defaults !== false) rules.push(...parseList(DEFAULT_IGNORE_RULES, 'default'));
  rules.push(...parseList(options.rules ?? [], options.rulesSource ?? '--ignore/config'));
  const file = options.file ?? join(options.cwd ?? process.cwd(), IGNORE_FILE_NAME);
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A missing default file is normal; a missing file someone named is a mistake.
    if (options.file !== undefined || code !== 'ENOENT') {
      throw new InventoryInputError(file, 0, `cannot read ignore file (${code ?? String(error)})`);
    }
  }
  if (text !== undefined) rules.push(...parseIgnoreFile(text, file));
  return new IgnoreRules(dedupe(rules));
}

/** Builds rules without touching the filesystem (tests, callers that already hold the texts). */
export function ignoreRulesFrom(texts: readonly string[], defaults = false): IgnoreRules {
  const rules = defaults ? parseList(DEFAULT_IGNORE_RULES, 'default') : [];
  rules.push(...parseList(texts, '--ignore'));
  return new IgnoreRules(dedupe(rules));
}

function dedupe(rules: IgnoreRule[]): IgnoreRule[] {
  const seen = new Set<string>();
  return rules.filter((r) => !seen.has(r.text) && Boolean(seen.add(r.text)));
}
