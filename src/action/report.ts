// What the action tells people: the job-summary page, the PR comment body and the step
// outputs, all from one RunResult, so the three never disagree about what changed.
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
}

export interface ActionOutputs {
  'run-dir': string;
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

export function buildOutputs(result: RunResult, artifact: { id: number; url: string } | undefined, baseline: BaselineKind): ActionOutputs {
  const c = result.diff?.counts;
  return {
    'run-dir': result.runDir,
    total: String(result.summary.total_discovered),
    added: String(c?.added ?? 0),
    removed: String(c?.removed ?? 0),
    changed: String(c?.changed ?? 0),
    unchanged: String(c?.unchanged ?? 0),
    drift: String(driftOf(result)),
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
    lines.push(`> [!WARNING]\n> Partial run: ${failed.map((r) => `\`${r.region}\``).join(', ')} could not be read; their resources are missing from this inventory and may show as removed.`, '');
  }
  const artifact = ctx.artifactUrl ? `[\`${ctx.artifactName}\`](${ctx.artifactUrl})` : `\`${ctx.artifactName}\``;
  lines.push(`Artifact: ${artifact}. Baseline: **${ctx.baseline}**.`, '');
  return lines;
}

/** The markdown for the job summary or the PR comment, cut to `limit` characters. */
export function renderActionReport(result: RunResult, ctx: ReportContext, changeReport: string | undefined, limit: number): string {
  const lines = headline(result, ctx);
  if (ctx.baseline === 'none') {
    lines.push(`No baseline to compare with${ctx.baselineNote ? ` (${ctx.baselineNote})` : ''}: this run is the new baseline.`, '');
  } else if (changeReport) {
    lines.push(changeReport.trim(), '');
  }
  return fitTo(`${lines.join('\n')}\n`, limit, ctx);
}

/**
 * The change renderer already sizes its report; this is the last guard so the page is never
 * refused: cut at a line boundary, close an open <details>, and point at the artifact.
 */
export function fitTo(text: string, limit: number, ctx: Pick<ReportContext, 'artifactName' | 'artifactUrl'>): string {
  if (text.length <= limit) return text;
  const pointer = `\n\n_Report truncated: the full diff is diff.json in the artifact ${ctx.artifactUrl ? `[${ctx.artifactName}](${ctx.artifactUrl})` : ctx.artifactName}._\n`;
  let cut = text.slice(0, Math.max(0, limit - pointer.length - 32));
  cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n')));
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return `${cut}${open > 0 ? '\n</details>'.repeat(open) : ''}${pointer}`;
}

export function failureMessage(result: RunResult, failOn: string, baseline: BaselineKind): string | undefined {
  const c = result.diff?.counts;
  if (result.status === 'FAILED') {
    return `no region could be read: ${result.summary.regions.map((r) => `${r.region} (${r.error})`).join(', ')}`;
  }
  // Partial first: resources of an unread region look removed, so the drift counts would mislead.
  if (result.status === 'PARTIAL' && failOn !== 'none') {
    const failed = result.summary.regions.filter((r) => r.status === 'FAILED').map((r) => r.region);
    return `partial run: ${failed.join(', ')} could not be read, so fail-on ${failOn} cannot vouch for the whole tenancy`;
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
