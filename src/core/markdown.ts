// The one change-report renderer (SPEC §5): report.md, the GitHub job summary and the PR
// comment all come from here. Names in a tenancy are hostile (pipes, newlines, `@team`,
// `<script>`), so every cell is escaped; GitHub rejects comments and summaries past a size,
// so the output is built against a byte budget and ends, when cut, with a line saying how
// much was left out and where the full diff is.
import { groupBy } from './group.js';
import type { ChangedResource, DiffCounts, ResourceRef, TypeCounts, UnverifiedResource } from './diff.js';
import type { JsonValue } from './record.js';
import { containsRedaction } from './redact.js';

/** GitHub's limit for an issue or PR comment body. */
export const COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB). */
export const STEP_SUMMARY_LIMIT = 1_048_576;

/**
 * What the renderer reads. The lists may be a bounded sample (diffInventories keeps the first
 * items per type); `counts` and `countsByType` are the full numbers.
 */
export interface ChangeReportInput {
  counts: DiffCounts;
  countsByType?: Record<string, TypeCounts>;
  added: readonly ResourceRef[];
  removed: readonly ResourceRef[];
  changed: readonly ChangedResource[];
  /** Records whose enrichment failed on a side: neither changed nor known unchanged. */
  unverified?: readonly UnverifiedResource[];
}

export interface ChangeReportOptions {
  /** Maximum output size in UTF-8 bytes (never fewer than the characters, so safe for both). */
  limit: number;
  /**
   * Where the full diff is, as markdown from the caller (not escaped, so it may be a link):
   * e.g. "[the `oci-inventory` artifact](https://…) (diff.json)".
   */
  artifactHint?: string;
  title?: string;
  baseline?: 'previous-run' | 'expected' | 'none';
  /** Compartment ocid → path (`root/a/b`): added/removed rows show the path where known. */
  compartmentPaths?: ReadonlyMap<string, string>;
}

/** Rows shown openly; a longer list goes into a collapsed <details>. */
const OPEN_ROWS = 10;
/** Field changes listed per changed resource. */
const FIELDS_PER_ROW = 8;
/** JSON values longer than this are not shown inline. */
const SHORT_VALUE = 60;

const BASELINE_WORDS = new Map<string, string>([
  ['previous-run', 'the previous run'],
  ['expected', 'the expected inventory'],
]);

function baselineWords(baseline: string | undefined): string | undefined {
  return baseline === undefined ? undefined : BASELINE_WORDS.get(baseline);
}

/**
 * Escapes untrusted text for a markdown table cell, inline HTML or a paragraph: nothing in it
 * can break out of the cell, start markup (HTML, links, images, headings, emphasis, math),
 * notify anyone (`@user`, `@org/team`), link an issue (`#123`, `owner/repo#1`, `GH-3`) or a
 * URL, or reorder or hide text (bidi overrides, zero-width and other format characters are
 * shown as `[U+202E]`).
 */
export function escapeCell(text: string): string {
  return (
    text
      .replace(/\p{Cf}/gu, (c) => `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`)
      .replace(/[\\`*_[\]~$]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/\|/g, '\\|')
      // A zero-width space after # and @ (as an entity, so it survives the escaping above):
      // no heading, no #123 or owner/repo#1 reference, no @mention.
      .replace(/#/g, '#&#8203;')
      .replace(/@/g, '@&#8203;')
      .replace(/\b(GH)-(?=\d)/gi, '$1-&#8203;')
      .replace(/:\/\//g, ':&#8203;//')
      .replace(/\b(www)\./gi, '$1&#8203;.')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>')
      .replace(/\t/g, ' ')
      .replace(/\p{Cc}/gu, '\uFFFD')
  );
}

/** Untrusted text in running prose (a reason, a note): the same escaping as a cell. */
export const escapeText = escapeCell;

function code(text: string): string {
  return `<code>${escapeCell(text)}</code>`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function num(n: number): string {
  return n.toLocaleString('en-US');
}

function nameCell(ref: { displayName: string | null }): string {
  return ref.displayName === null ? '_(no name)_' : ref.displayName === '' ? '_(empty name)_' : escapeCell(ref.displayName);
}

function valueText(value: JsonValue | undefined): string {
  if (value === undefined) return '_(absent)_';
  const json = JSON.stringify(value);
  return json.length <= SHORT_VALUE ? code(json) : `_(${Array.isArray(value) ? `${value.length} items` : `${json.length} chars`})_`;
}

/** One field change; a redacted value is never shown, only that it changed. */
function changeText(c: { path: string; before?: JsonValue; after?: JsonValue }): string {
  if (containsRedaction(c.before) || containsRedaction(c.after)) {
    const what = c.before === undefined ? 'value added' : c.after === undefined ? 'value removed' : 'value changed';
    return `${code(c.path)}: ${what} (redacted)`;
  }
  return `${code(c.path)}: ${valueText(c.before)} → ${valueText(c.after)}`;
}

function changesCell(entry: ChangedResource): string {
  const shown = entry.changes.slice(0, FIELDS_PER_ROW).map(changeText);
  if (entry.changes.length > FIELDS_PER_ROW) shown.push(`… ${plural(entry.changes.length - FIELDS_PER_ROW, 'more field')}`);
  return shown.join('<br>');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Accumulates blocks against the byte budget; `closers` is what must follow to stay valid. */
class Budget {
  private parts: string[] = [];
  private used = 0;
  full = false;

  constructor(private readonly budget: number) {}

  /** Adds `text` if it fits together with `closers`; false (and full) when it does not. */
  add(text: string, closers = ''): boolean {
    if (this.full) return false;
    const size = byteLength(text);
    if (this.used + size + byteLength(closers) > this.budget) {
      this.full = true;
      return false;
    }
    this.parts.push(text);
    this.used += size;
    return true;
  }

  text(): string {
    return this.parts.join('');
  }
}

function groupByType<T extends { resourceType: string }>(items: readonly T[]): Map<string, T[]> {
  return groupBy(items, (item) => item.resourceType);
}

function baselineLine(baseline: ChangeReportOptions['baseline']): string {
  const words = baselineWords(baseline);
  return words ? `Compared with ${words}.\n\n` : '';
}

/** The "no baseline" rendering: nothing to compare with, this run becomes the baseline. */
export function renderNoBaseline(options: Omit<ChangeReportOptions, 'baseline'>): string {
  const text = `## ${escapeCell(options.title ?? 'Inventory changes')}\n\nNo baseline to compare with: this run is the new baseline.\n`;
  return clip(text, options.limit);
}

/** At most `limit` UTF-8 bytes of `text`, cut at a character boundary (linear, not per character). */
function clip(text: string, limit: number): string {
  if (byteLength(text) <= limit) return text;
  const buf = Buffer.from(text, 'utf8');
  let end = Math.max(0, limit);
  while (end > 0 && ((buf[end] ?? 0) & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

function headline(counts: DiffCounts, baseline: ChangeReportOptions['baseline']): string {
  const rows = [
    '| | Resources |',
    '| --- | ---: |',
    `| Added | ${num(counts.added)} |`,
    `| Removed | ${num(counts.removed)} |`,
    `| Changed | ${num(counts.changed)} |`,
    ...(counts.unverified ? [`| Unverified (enrichment failed) | ${num(counts.unverified)} |`] : []),
    `| Unchanged | ${num(counts.unchanged)} |`,
    `| Total (before → now) | ${num(counts.total_prev)} → ${num(counts.total_curr)} |`,
  ];
  let text = `${rows.join('\n')}\n\n`;
  if (counts.removed > 0) {
    const words = baselineWords(baseline);
    const since = words ? ` compared with ${words}` : '';
    text += `> [!WARNING]\n> ${plural(counts.removed, 'resource')} removed${since}.\n\n`;
  }
  return text;
}

function typeTable(countsByType: Record<string, TypeCounts>): string {
  const rows = Object.entries(countsByType)
    .filter(([, c]) => c.added + c.removed + c.changed > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, c]) => `| ${escapeCell(type)} | ${num(c.added)} | ${num(c.removed)} | ${num(c.changed)} | ${num(c.unchanged)} |`);
  if (rows.length === 0) return '';
  return `| Resource type | Added | Removed | Changed | Unchanged |\n| --- | ---: | ---: | ---: | ---: |\n${rows.join('\n')}\n\n`;
}

interface Section {
  label: 'Added' | 'Removed' | 'Changed';
  header: string;
  rows: string[];
  /** Items of this type and kind, including those not in the sample. */
  total: number;
}

function sectionsFor(
  type: string,
  input: ChangeReportInput,
  added: ResourceRef[],
  removed: ResourceRef[],
  changed: ChangedResource[],
  paths?: ReadonlyMap<string, string>,
): Section[] {
  // Own keys only: a type named "constructor" must not find Object's constructor.
  const totals = input.countsByType && Object.hasOwn(input.countsByType, type) ? input.countsByType[type] : undefined;
  const refHeader = '| Name | OCID | Compartment | Region |\n| --- | --- | --- | --- |\n';
  const refRow = (r: ResourceRef) =>
    `| ${nameCell(r)} | ${code(r.ocid)} | ${r.compartmentId ? code(paths?.get(r.compartmentId) ?? r.compartmentId) : ''} | ${escapeCell(r.region ?? '')} |\n`;
  return [
    { label: 'Added' as const, header: refHeader, rows: added.map(refRow), total: totals?.added ?? added.length },
    { label: 'Removed' as const, header: refHeader, rows: removed.map(refRow), total: totals?.removed ?? removed.length },
    {
      label: 'Changed' as const,
      header: '| Name | OCID | What changed |\n| --- | --- | --- |\n',
      rows: changed.map((c) => `| ${nameCell(c)} | ${code(c.ocid)} | ${changesCell(c)} |\n`),
      total: totals?.changed ?? changed.length,
    },
  ].filter((s) => s.total > 0);
}

/**
 * Renders a diff as markdown no longer than `options.limit` bytes. `diff` null (or baseline
 * 'none') renders the no-baseline note.
 */
export function renderChangeReport(diff: ChangeReportInput | null, options: ChangeReportOptions): string {
  if (!diff || options.baseline === 'none') return renderNoBaseline(options);
  const counts = diff.counts;
  const title = `## ${escapeCell(options.title ?? 'Inventory changes')}\n\n`;
  const totalItems = counts.added + counts.removed + counts.changed;
  if (totalItems === 0 && !counts.unverified) {
    return clip(`${title}${baselineLine(options.baseline)}**No changes**: ${plural(counts.total_curr, 'resource')} compared, all unchanged.\n`, options.limit);
  }
  if (totalItems === 0) {
    const text = `${title}${baselineLine(options.baseline)}**No changes found**, but ${plural(counts.unverified ?? 0, 'resource')} could not be verified.\n\n${unverifiedSection(diff)}`;
    return clip(text, options.limit);
  }
  const hint = options.artifactHint ? options.artifactHint.replace(/\s*[\r\n]+\s*/g, ' ') : 'the diff.json file';
  const footerFor = (left: number, cut: boolean) =>
    `\n---\n_${plural(left, 'change')} of ${num(totalItems)} not listed here${cut ? ` (the report is cut to stay within ${num(options.limit)} bytes)` : ''}. Full diff: ${hint}._\n`;
  // Reserve the longest footer this report could need; rows also reserve room to close a table.
  const closers = '\n</details>\n\n';
  const budget = new Budget(options.limit - byteLength(footerFor(totalItems, true)));
  if (budget.add(title) && budget.add(baselineLine(options.baseline))) budget.add(headline(counts, options.baseline));
  if (diff.countsByType) budget.add(typeTable(diff.countsByType));

  const added = groupByType(diff.added);
  const removed = groupByType(diff.removed);
  const changed = groupByType(diff.changed);
  const types = [...new Set([...Object.keys(diff.countsByType ?? {}), ...added.keys(), ...removed.keys(), ...changed.keys()])].sort();
  let shown = 0;
  let cut = budget.full;
  for (const type of types) {
    if (cut) break;
    const sections = sectionsFor(type, diff, added.get(type) ?? [], removed.get(type) ?? [], changed.get(type) ?? [], options.compartmentPaths);
    if (sections.length === 0) continue;
    if (!budget.add(`### ${escapeCell(type)}\n\n`)) {
      cut = true;
      break;
    }
    for (const section of sections) {
      const collapsed = section.total > OPEN_ROWS;
      const summary = `${section.label} (${num(section.total)})`;
      if (section.rows.length === 0) {
        if (!budget.add(`**${summary}**: none in the sample kept in memory.\n\n`)) break;
        continue;
      }
      const open = collapsed ? `<details><summary>${summary}</summary>\n\n${section.header}` : `**${summary}**\n\n${section.header}`;
      if (!budget.add(open, closers)) break;
      for (const row of section.rows) {
        if (!budget.add(row, closers)) break;
        shown++;
      }
      cut = budget.full;
      const notListed = section.total - section.rows.length;
      if (!cut && notListed > 0) budget.add(`\n_…and ${num(notListed)} more in the full diff._\n`, closers);
      // Every row reserved room for this, so it fits even after a row did not.
      budget.full = false;
      budget.add(collapsed ? '\n</details>\n\n' : '\n');
      if (cut) break;
    }
    cut ||= budget.full;
  }
  if (!cut && counts.unverified) {
    budget.full = false;
    budget.add(unverifiedSection(diff));
  }
  const left = totalItems - shown;
  const text = budget.text() + (left > 0 ? footerFor(left, cut) : '');
  return clip(text, options.limit);
}

/** Rows of unverified records shown at most; the rest are in diff.json. */
const UNVERIFIED_ROWS = 20;

/** The records a diff could not verify, apart from the changes, with why. */
function unverifiedSection(diff: ChangeReportInput): string {
  const total = diff.counts.unverified ?? 0;
  const items = (diff.unverified ?? []).slice(0, UNVERIFIED_ROWS);
  let text =
    `### Unverified (${num(total)})\n\n` +
    '_Their enrichment failed, so only their search fields were compared: not reported as changed._\n\n';
  if (items.length > 0) {
    text += '| Name | OCID | Type | Why |\n| --- | --- | --- | --- |\n';
    for (const u of items) text += `| ${nameCell(u)} | ${code(u.ocid)} | ${escapeCell(u.resourceType)} | ${escapeCell(u.reason)} |\n`;
  }
  if (total > items.length) text += `\n_…and ${num(total - items.length)} more in diff.json (unverified)._\n`;
  return `${text}\n`;
}
