// `oci-inv diff --prev A --curr B`: compare two inventories (files or run directories), print
// the change report on stdout (or the summary as JSON), write diff.json/diff_summary.json
// with --outdir, explain one resource with --explain, exit 5 per --fail-on.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DiffResult, type Explanation, FAIL_ON, type FailOn, diffSummary, failOnTriggered } from '../../core/diff.js';
import { type IgnoreRules, loadIgnoreRules } from '../../core/ignore.js';
import { UsageError } from '../errors.js';
import { guardOutputs } from '../interrupt.js';

export interface CommandLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface CommandIO {
  log: CommandLog;
  stdout?: NodeJS.WritableStream;
  /** Where `.oci-inv-ignore` is looked for (default: process.cwd()). */
  cwd?: string;
}

/** Ignore-rule flags shared by diff and check. */
export interface IgnoreFlags {
  /** `--ignore a,b` (cac gives an array when repeated). */
  ignore?: string | string[];
  /** `--ignore-file PATH` instead of ./.oci-inv-ignore. */
  ignoreFile?: string;
  /** false with `--no-default-ignores`. */
  defaultIgnores?: boolean;
}

export interface DiffCommandOptions extends IgnoreFlags {
  prev?: string;
  curr?: string;
  outdir?: string;
  explain?: string;
  failOn?: string;
  /** Print diff_summary.json's content instead of the markdown report. */
  json?: boolean;
  /** `md` or `text`; default text when stdout is a terminal, markdown otherwise. */
  format?: string;
}

export type ReportFormat = 'md' | 'text';

/** `--format`, or by where stdout goes: plain text for a terminal, markdown for files and pipes. */
export function reportFormat(value: string | undefined, stdout: NodeJS.WritableStream & { isTTY?: boolean }): ReportFormat {
  if (value === undefined || value === '') return stdout.isTTY === true ? 'text' : 'md';
  const v = value.toLowerCase();
  if (v === 'md' || v === 'markdown') return 'md';
  if (v === 'text' || v === 'txt' || v === 'plain') return 'text';
  throw new UsageError(`--format must be md or text (got "${value}")`);
}

/**
 * A tenancy's string made safe for a terminal: control characters (escape sequences, CR, …)
 * and bidirectional overrides are shown as \u escapes instead of acting on the screen.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/** Rows listed per section on a terminal; the rest are counted. */
const TEXT_ROWS = 25;

function textValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  const json = JSON.stringify(value);
  return terminalSafe(json.length > 60 ? `${json.slice(0, 57)}…` : json);
}

/** The change report as plain text for a terminal: no markdown, no HTML. */
export function renderChangeText(result: DiffResult, baseline: 'previous-run' | 'expected', hint: string, paths?: ReadonlyMap<string, string>): string {
  const c = result.counts;
  const against = baseline === 'expected' ? 'the expected inventory' : 'the previous run';
  const lines = [`Inventory changes against ${against}: ${countsLine(result)}`];
  if (c.added + c.removed + c.changed === 0) return `${lines[0]}\nNo changes.\n`;
  const types = new Set([...result.added, ...result.removed, ...result.changed].map((r) => r.resourceType));
  let left = c.added + c.removed + c.changed;
  for (const type of [...types].sort()) {
    lines.push('', terminalSafe(type));
    const section = <T>(mark: string, items: T[], row: (item: T) => string) => {
      for (const item of items.slice(0, TEXT_ROWS)) {
        lines.push(`  ${mark} ${row(item)}`);
        left--;
      }
      if (items.length > TEXT_ROWS) lines.push(`    … ${items.length - TEXT_ROWS} more`);
    };
    const ref = (r: DiffResult['added'][number]) => {
      const where = r.compartmentId ? (paths?.get(r.compartmentId) ?? r.compartmentId) : '';
      return [terminalSafe(r.displayName ?? '(no name)'), r.ocid, terminalSafe(where), terminalSafe(r.region ?? '')].filter(Boolean).join('  ');
    };
    section('+', result.added.filter((r) => r.resourceType === type), ref);
    section('-', result.removed.filter((r) => r.resourceType === type), ref);
    section('~', result.changed.filter((r) => r.resourceType === type), (r) => {
      const fields = r.changes.slice(0, 8).map((f) => `${terminalSafe(f.path)}: ${textValue(f.before)} -> ${textValue(f.after)}`);
      if (r.changes.length > 8) fields.push(`… ${r.changes.length - 8} more fields`);
      return `${terminalSafe(r.displayName ?? '(no name)')}  ${r.ocid}\n      ${fields.join('\n      ')}`;
    });
  }
  if (left > 0) lines.push('', `${left} more change(s) not listed here. Full diff: ${hint}`);
  return `${lines.join('\n')}\n`;
}

export const EXIT_DRIFT = 5;

export function listFlag(value: string | string[] | undefined): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

export function parseFailOn(value: string | undefined, fallback: FailOn): FailOn {
  if (value === undefined || value === '') return fallback;
  if ((FAIL_ON as readonly string[]).includes(value)) return value as FailOn;
  throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')} (got "${value}")`);
}

export function loadRulesFrom(flags: IgnoreFlags, io: CommandIO): Promise<IgnoreRules> {
  return loadIgnoreRules({
    rules: listFlag(flags.ignore),
    rulesSource: '--ignore',
    defaults: flags.defaultIgnores !== false,
    ...(flags.ignoreFile ? { file: flags.ignoreFile } : {}),
    cwd: io.cwd ?? process.cwd(),
  });
}

export function countsLine(result: DiffResult): string {
  const c = result.counts;
  return `${c.added} added, ${c.removed} removed, ${c.changed} changed, ${c.unchanged} unchanged (${c.total_prev} → ${c.total_curr} resources)`;
}

/** Prints the markdown report or the JSON summary; logs where the files went. */
export async function printDiff(
  result: DiffResult,
  flags: { json?: boolean; title?: string; format?: string },
  io: CommandIO,
  baseline: 'previous-run' | 'expected',
): Promise<void> {
  const stdout = io.stdout ?? process.stdout;
  if (flags.json) {
    stdout.write(`${JSON.stringify(diffSummary(result), null, 2)}\n`);
  } else if (reportFormat(flags.format, stdout) === 'text') {
    const paths = await reportPaths(result);
    stdout.write(renderChangeText(result, baseline, result.files ? result.files.diff : 'run again with --outdir to write diff.json', paths));
  } else {
    const { renderChangeReport, STEP_SUMMARY_LIMIT } = await import('../../core/markdown.js');
    const artifactHint = result.files ? result.files.diff : 'run again with --outdir to write diff.json';
    const paths = await reportPaths(result);
    stdout.write(
      renderChangeReport(result, { limit: STEP_SUMMARY_LIMIT, artifactHint, baseline, ...(flags.title ? { title: flags.title } : {}), ...(paths ? { compartmentPaths: paths } : {}) }),
    );
  }
  io.log.info(countsLine(result));
  if (result.sortedInMemory.prev || result.sortedInMemory.curr) {
    const which = [result.sortedInMemory.prev ? result.prev : '', result.sortedInMemory.curr ? result.curr : ''].filter(Boolean).join(', ');
    io.log.warn(`not sorted by (ocid, resourceType), sorted in memory: ${which}`);
  }
  if (result.files) io.log.info(`wrote ${result.files.diff} and ${result.files.summary}`);
}

/**
 * Compartment paths for the report's rows, as a run's report shows them, from the Compartment
 * records of both inventories (the current one's names first); none when no row names a
 * compartment. Compartments without a record keep their OCID.
 */
async function reportPaths(result: DiffResult): Promise<ReadonlyMap<string, string> | undefined> {
  if (![...result.added, ...result.removed, ...result.unverified].some((r) => r.compartmentId)) return undefined;
  const { compartmentPathsOf } = await import('../../core/compartment-paths.js');
  return compartmentPathsOf([result.curr, result.prev]);
}

function formatValue(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

export function formatExplanation(e: Explanation): string {
  const lines = [
    `ocid:        ${e.ocid}`,
    `status:      ${e.status}`,
    `hash before: ${e.hashBefore ?? '(not in the previous inventory)'}`,
    `hash after:  ${e.hashAfter ?? '(not in the current inventory)'}`,
  ];
  if (e.status === 'changed' || e.status === 'unchanged') {
    lines.push('', e.changes.length ? 'changed paths:' : 'changed paths: none');
    for (const c of e.changes) lines.push(`  ${c.path}: ${formatValue(c.before)} -> ${formatValue(c.after)}`);
    lines.push('', e.hidden.length ? 'hidden by ignore rules:' : 'hidden by ignore rules: none');
    for (const h of e.hidden) {
      lines.push(`  ${h.path}: ${formatValue(h.before)} -> ${formatValue(h.after)}  [rule ${h.rule.text} from ${h.rule.source}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function diffCommand(options: DiffCommandOptions, io: CommandIO): Promise<number> {
  if (!options.prev || !options.curr) throw new UsageError('diff needs both --prev and --curr (an inventory file or a run directory each)');
  const failOn = parseFailOn(options.failOn, 'none');
  reportFormat(options.format, io.stdout ?? process.stdout);
  const ignore = await loadRulesFrom(options, io);
  const { diffInventories, explainResource } = await import('../../core/diff.js');
  if (options.explain) {
    const explanation = await explainResource(options.prev, options.curr, options.explain, ignore);
    (io.stdout ?? process.stdout).write(formatExplanation(explanation));
    if (explanation.status === 'absent') io.log.warn(`${options.explain} is in neither inventory`);
    return 0;
  }
  if (options.outdir) await mkdir(options.outdir, { recursive: true });
  guardOutputs(options.outdir);
  const result = await diffInventories(options.prev, options.curr, { ignore, ...(options.outdir ? { outdir: options.outdir } : {}) });
  await printDiff(result, options, io, 'previous-run');
  if (failOnTriggered(result.counts, failOn)) {
    io.log.warn(`drift found and --fail-on ${failOn} asked to fail on it${options.outdir ? ` (details: ${join(options.outdir, 'diff.json')})` : ''}`);
    return EXIT_DRIFT;
  }
  return 0;
}
