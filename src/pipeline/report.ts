// report.md: what a person reads first — scope, regions, counts by type and enrichment
// status, coverage gaps, the change report when there was a baseline, and warnings.
import { escapeCell } from '../core/markdown.js';
import type { InventoryRecord } from '../core/record.js';
import type { DiffOutcome } from './outputs.js';
import type { CompartmentInfo } from './ports.js';
import type { RunSummary } from './summary.js';

// Tenancy data and warnings are hostile: one escaper for every markdown surface.
const cell = escapeCell;

export function statusIcon(status: RunSummary['status']): string {
  return status === 'SUCCESS' ? '✅' : status === 'PARTIAL' || status === 'DEGRADED' ? '⚠️' : '❌';
}

export async function renderRunReport(
  summary: RunSummary,
  records: InventoryRecord[],
  compartments: CompartmentInfo[],
  diff: DiffOutcome | undefined,
): Promise<string> {
  const lines: string[] = [];
  lines.push(`# OCI inventory ${statusIcon(summary.status)} ${summary.status}`, '');
  lines.push(
    `Tenancy \`${summary.tenancy_id}\`, home region \`${summary.home_region}\`. ` +
      `${summary.total_discovered} resources in ${summary.regions.length} region(s) and ${compartments.length} compartment(s), ` +
      `collected ${summary.started_at} in ${(summary.duration_ms / 1000).toFixed(1)} s with ${summary.api_calls_total} API calls.`,
    '',
  );
  lines.push(`- Query: \`${summary.query}\``);
  lines.push(`- Compartment scope: ${summary.scope.compartment ? `\`${summary.scope.compartment}\` and its subtree` : 'whole tenancy'}`);
  lines.push(
    `- Terminated/deleted resources: ${summary.scope.include_terminated ? 'included' : `left out (${summary.dropped.terminated})`}`,
    '',
  );

  lines.push('## Regions', '', '| region | status | resources | time | error |', '| --- | --- | ---: | ---: | --- |');
  for (const r of summary.regions) {
    lines.push(`| ${r.region} | ${r.status === 'OK' ? 'ok' : '**failed**'} | ${r.count} | ${(r.duration_ms / 1000).toFixed(1)} s | ${cell(r.error ?? '')} |`);
  }
  lines.push('');

  lines.push('## Resources by type', '', '| type | count | OK | not implemented | error | skipped |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  const byType = new Map<string, Map<string, number>>();
  for (const r of records) {
    const row = byType.get(r.resourceType) ?? new Map<string, number>();
    row.set(r.enrichStatus, (row.get(r.enrichStatus) ?? 0) + 1);
    byType.set(r.resourceType, row);
  }
  for (const [type, count] of Object.entries(summary.counts_by_resource_type)) {
    const s = byType.get(type) ?? new Map<string, number>();
    lines.push(`| ${cell(type)} | ${count} | ${s.get('OK') ?? 0} | ${s.get('NOT_IMPLEMENTED') ?? 0} | ${s.get('ERROR') ?? 0} | ${s.get('SKIPPED') ?? 0} |`);
  }
  lines.push('');

  const total = summary.total_discovered || 1;
  lines.push(
    '## Enrichment coverage',
    '',
    `${summary.enriched_ok} enriched (${((100 * summary.enriched_ok) / total).toFixed(1)}%), ` +
      `${summary.not_implemented} without an enricher, ${summary.errors} errors, ${summary.skipped} skipped.`,
    '',
  );

  if (summary.status === 'DEGRADED') {
    lines.push(
      '## Why DEGRADED',
      '',
      `${summary.unverified} record(s) are **unverified**: their enrichment failed in this run (reasons under Warnings), ` +
        'so their details could not be read. They are compared on their search fields only and listed as unverified, never as changed. ' +
        'Run again to verify them; `--fail-on degraded` makes such a run exit 5.',
      '',
    );
  }

  if (diff) {
    // The change report brings its own heading.
    lines.push(diff.markdown.trim(), '');
  }

  if (summary.warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const w of summary.warnings) lines.push(`- ${cell(w)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
