// A doctor report as text (one line per check, the fix beside it), as markdown for a job
// summary, and as the JSON `--json` prints. Details are ours or quote config values, never
// secrets; markdown escapes them all the same.
import { escapeCell } from '../core/markdown.js';
import type { CheckResult, DoctorReport } from './types.js';

const MARK: Record<CheckResult['status'], string> = { pass: 'pass', warn: 'WARN', fail: 'FAIL', skip: 'skip' };
const ICON: Record<CheckResult['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

export const VERDICT: Record<number, string> = {
  0: 'nothing failed',
  2: 'a local configuration problem (exit 2)',
  3: 'authentication or authorization fails (exit 3)',
  6: 'OCI cannot be reached (exit 6)',
};

export function renderText(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((c) => c.id.length));
  const lines = report.checks.map((c) => `${MARK[c.status]}  ${c.id.padEnd(width)}  ${c.detail}${c.fix && (c.status === 'fail' || c.status === 'warn') ? ` -> fix: ${c.fix}` : ''}`);
  if (report.policy.length > 0) {
    lines.push('', 'Missing read-only policy (one statement per line; add it to a policy in the root compartment):');
    for (const s of report.policy) lines.push(`  ${s}`);
  }
  lines.push('', `doctor: ${VERDICT[report.exitCode] ?? `exit ${report.exitCode}`}`);
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(report: DoctorReport, title = 'oci-inv doctor'): string {
  const rows = report.checks.map((c) => `| ${ICON[c.status]} ${c.status} | ${escapeCell(c.id)} | ${escapeCell(c.detail)} | ${c.fix && c.status !== 'pass' ? escapeCell(c.fix) : ''} |`);
  const out = [`### ${title}`, '', `**Verdict:** ${VERDICT[report.exitCode] ?? `exit ${report.exitCode}`}`, '', '| | check | finding | fix |', '| --- | --- | --- | --- |', ...rows];
  if (report.policy.length > 0) {
    // A fenced block shows statements verbatim; a backtick fence longer than any run inside.
    const fence = '```';
    out.push('', 'Missing read-only policy:', '', `${fence}text`, ...report.policy.map((s) => s.replaceAll('`', "'")), fence);
  }
  return `${out.join('\n')}\n`;
}

export function toJson(report: DoctorReport): object {
  return { version: 1, ok: report.exitCode === 0, exitCode: report.exitCode, checks: report.checks, policy: report.policy };
}
