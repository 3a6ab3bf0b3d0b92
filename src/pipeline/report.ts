// report.md: what a person reads first — scope, regions, counts by type and enrichment
// status, coverage gaps, the change report when there was a baseline, and warnings.
import { escapeCell } from '../core/markdown.js';
import type { InventoryRecord } from '../core/record.js';
import type { DiffOutcome } from './outputs.js';
import type { CompartmentInfo } from './ports.js';
import { InventoryTally, type RunSummary } from './summary.js';

// Tenancy data and warnings are hostile: one escaper for every markdown surface.
const cell = escapeCell;

export function statusIcon(status: RunSummary['status']): string {
  return status === 'SUCCESS' ? '✅' : status === 'PARTIAL' || status === 'DEGRADED' ? '⚠️' : status === 'INTERRUPTED' ? '⏹️' : '❌';
}

/** `412 ms`, `3.4 s`, `2 min 5 s`: a search of a few ms does not read as "0.0 s". */
export function duration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export async function renderRunReport(
  summary: RunSummary,
  records: readonly InventoryRecord[] | InventoryTally,
  compartments: CompartmentInfo[],
  diff: DiffOutcome | undefined,
): Promise<string> {
  const tally = records instanceof InventoryTally ? records : InventoryTally.of(records);
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

  // Resources per region as the inventory holds them: a global IAM resource, which every
  // region's search returns, counts once, on its own row, so the rows add up to the total.
  const perRegion = tally.perRegion;
  const globals = tally.globals;
  lines.push(
    '## Regions',
    '',
    '| region | status | resources | search | enrichment | error |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  );
  const listed = new Set<string>();
  for (const r of summary.regions) {
    listed.add(r.region);
    const status = r.status === 'OK' ? 'ok' : r.error === 'interrupted' ? '**interrupted**' : '**failed**';
    lines.push(
      `| ${cell(r.region)} | ${status} | ${perRegion.get(r.region) ?? 0} | ${duration(r.duration_ms)} | ${duration(r.enrich_duration_ms)} | ${cell(r.error ?? '')} |`,
    );
  }
  // Regional records attributed to a region this run did not search (none today; kept honest).
  for (const [region, n] of perRegion) if (!listed.has(region)) lines.push(`| ${cell(region)} | – | ${n} | – | – |  |`);
  if (globals > 0) lines.push(`| global (IAM, via ${cell(summary.home_region)}) | ok | ${globals} | – | – |  |`);
  lines.push(`| **total** |  | **${summary.total_discovered}** | ${duration(summary.timings_ms.discovery)} | ${duration(summary.timings_ms.enrich)} |  |`, '');

  if (diff) {
    // The change report (it brings its own heading) comes before the long type table.
    lines.push(diff.markdown.trim(), '');
  }

  lines.push('## Resources by type', '', '| type | count | OK | not implemented | error | skipped |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  const byType = tally.byType;
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

  if (summary.warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const w of summary.warnings) lines.push(`- ${cell(w)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
