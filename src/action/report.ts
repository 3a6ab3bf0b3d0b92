// What the action tells people: the job-summary page, the PR comment body and the step
// outputs, all from one RunResult, so the three never disagree about what changed.
import { escapeCell, escapeText } from '../core/markdown.js';
import type { SummaryOutcome } from '../genai/summarize.js';
import { statusIcon } from '../pipeline/report.js';
import type { RunResult } from '../pipeline/run.js';

export type BaselineKind = 'previous-run' | 'expected' | 'none';

export { COMMENT_LIMIT, STEP_SUMMARY_LIMIT } from '../core/markdown.js';

export interface ReportContext {
  artifactName: string;
  artifactUrl: string | undefined;
  baseline: BaselineKind;
  /** Why there was no baseline, shown when `baseline` is none. */
  baselineNote: string | undefined;
  /** A baseline existed and could not be used: why (untrusted text, escaped when shown). */
  baselineProblem?: string | undefined;
}

export interface ActionOutputs {
  'run-dir': string;
  /** IaC coverage percent, unmanaged and missing counts; empty without terraform-state. */
  'iac-coverage': string;
  unmanaged: string;
  missing: string;
  total: string;
  added: string;
  removed: string;
  changed: string;
  unchanged: string;
  drift: string;
  'artifact-id': string;
  'artifact-url': string;
  baseline: BaselineKind;
}

export function driftOf(result: RunResult): boolean {
  const c = result.diff?.counts;
  return c !== undefined && c.added + c.removed + c.changed > 0;
}

/**
 * The step outputs. `unknown` (a baseline that could not be used): drift and the counts are
 * empty, never false or 0, because nothing was compared.
 */
export function buildOutputs(result: RunResult, artifact: { id: number; url: string } | undefined, baseline: BaselineKind, unknown = false): ActionOutputs {
  const c = result.diff?.counts;
  const count = (n: number | undefined) => (unknown ? '' : String(n ?? 0));
  const iac = result.iac?.result.counts;
  return {
    'run-dir': result.runDir,
    'iac-coverage': iac?.coverage_percent === null || iac === undefined ? '' : String(iac.coverage_percent),
    unmanaged: iac ? String(iac.unmanaged) : '',
    missing: iac ? String(iac.missing) : '',
    total: String(result.summary.total_discovered),
    added: count(c?.added),
    removed: count(c?.removed),
    changed: count(c?.changed),
    unchanged: count(c?.unchanged),
    drift: unknown ? '' : String(driftOf(result)),
    'artifact-id': artifact ? String(artifact.id) : '',
    'artifact-url': artifact?.url ?? '',
    baseline,
  };
}

function headline(result: RunResult, ctx: ReportContext): string[] {
  const s = result.summary;
  const lines = [
    `## OCI inventory ${statusIcon(s.status)} ${s.status}: ${s.total_discovered} resources in ${s.regions.length} region(s)`,
    '',
  ];
  const failed = s.regions.filter((r) => r.status === 'FAILED');
  if (failed.length > 0) {
    lines.push(`> [!WARNING]\n> Partial run: ${failed.map((r) => `<code>${escapeCell(r.region)}</code>`).join(', ')} could not be read; their resources are missing from this inventory and may show as removed.`, '');
  }
  const artifact = ctx.artifactUrl ? `[<code>${escapeCell(ctx.artifactName)}</code>](${ctx.artifactUrl})` : `<code>${escapeCell(ctx.artifactName)}</code>`;
  lines.push(`Artifact: ${artifact}. Baseline: **${ctx.baseline}**.`, '');
  return lines;
}

/** The markdown for the job summary or the PR comment, cut to `limit` UTF-8 bytes. */
export function renderActionReport(result: RunResult & { genai?: Pick<SummaryOutcome, 'section'> }, ctx: ReportContext, changeReport: string | undefined, limit: number, iacSection?: string): string {
  const lines = headline(result, ctx);
  if (result.genai) {
    const name = `<code>${escapeCell(ctx.artifactName)}</code>`;
    lines.push(result.genai.section(`genai_prompt.json in the artifact ${ctx.artifactUrl ? `[${name}](${ctx.artifactUrl})` : name}`).trim(), '');
  }
  if (ctx.baselineProblem !== undefined) {
    lines.push(
      `> [!CAUTION]\n> **The baseline could not be used, so drift was not checked**: ${escapeText(ctx.baselineProblem)}. ` +
        'The outputs `drift`, `added`, `removed`, `changed` and `unchanged` are empty.',
      '',
    );
  } else if (ctx.baseline === 'none') {
    lines.push(`No baseline to compare with${ctx.baselineNote ? ` (${escapeText(ctx.baselineNote)})` : ''}: this run is the new baseline.`, '');
  } else if (changeReport) {
    lines.push(changeReport.trim(), '');
  }
  // IaC coverage does not need a baseline: shown whenever Terraform state was given.
  if (iacSection) lines.push(iacSection.trim(), '');
  return fitTo(`${lines.join('\n')}\n`, limit, ctx);
}

/**
 * The change renderer already sizes its report; this is the last guard so the page is never
 * refused: cut at a line boundary, close an open <details>, and point at the artifact.
 */
export function fitTo(text: string, limit: number, ctx: Pick<ReportContext, 'artifactName' | 'artifactUrl'>): string {
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const name = escapeCell(ctx.artifactName);
  const pointer = `\n\n_Report truncated: the full diff is diff.json in the artifact ${ctx.artifactUrl ? `[${name}](${ctx.artifactUrl})` : name}._\n`;
  let cut = truncateBytes(text, Math.max(0, limit - Buffer.byteLength(pointer, 'utf8') - 32));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return `${cut}${open > 0 ? '\n</details>'.repeat(open) : ''}${pointer}`;
}

/** The longest prefix of `text` within `bytes` UTF-8 bytes, never splitting a character. */
export function truncateBytes(text: string, bytes: number): string {
  const buf = Buffer.from(text, 'utf8');
  if (buf.length <= bytes) return text;
  let end = bytes;
  // Back up over continuation bytes (10xxxxxx) to a character boundary.
  while (end > 0 && ((buf[end] ?? 0) & 0xc0) === 0x80) end--;
  return buf.subarray(0, end).toString('utf8');
}

/** The IaC kinds of fail-on that were found (a partial run never fails on missing: its unread regions would look missing). */
export function iacFailureMessage(result: RunResult, iacFailOn: readonly string[]): string | undefined {
  const failures = result.iac?.failures ?? [];
  if (failures.length === 0) return undefined;
  return `IaC coverage: ${failures.join('; ')} (fail-on: ${iacFailOn.join(',')})`;
}

export function failureMessage(result: RunResult, failOn: string, baseline: BaselineKind, baselineProblem?: string): string | undefined {
  const c = result.diff?.counts;
  if (result.status === 'FAILED') {
    return `no region could be read: ${result.summary.regions.map((r) => `${r.region} (${r.error})`).join(', ')}`;
  }
  // Partial first: resources of an unread region look removed, so the drift counts would mislead.
  if (result.status === 'PARTIAL' && failOn !== 'none') {
    const failed = result.summary.regions.filter((r) => r.status === 'FAILED').map((r) => r.region);
    return `partial run: ${failed.join(', ')} could not be read, so fail-on ${failOn} cannot vouch for the whole tenancy`;
  }
  if (baselineProblem !== undefined && failOn !== 'none') {
    return `the baseline could not be used, so fail-on ${failOn} cannot be checked: ${baselineProblem}`;
  }
  if (result.status === 'DEGRADED' && failOn === 'degraded') {
    return `degraded run: ${result.summary.unverified} record(s) unverified because their enrichment failed (fail-on: degraded)`;
  }
  if (result.diff?.failOnTriggered && c && failOn === 'degraded') {
    return `the ${baseline} baseline has ${c.unverified ?? 0} record(s) that could not be verified (fail-on: degraded)`;
  }
  if (result.diff?.failOnTriggered && c) {
    return `drift found against the ${baseline} baseline: ${c.added} added, ${c.removed} removed, ${c.changed} changed (fail-on: ${failOn})`;
  }
  return undefined;
}
