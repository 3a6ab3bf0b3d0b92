// report.md: per-region counts that add up (globals once), real durations, the change report
// before the type table, compartment paths in added/removed rows.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiffCounts } from '../../src/core/diff.js';
import { type ChangeReportInput, renderChangeReport, STEP_SUMMARY_LIMIT } from '../../src/core/markdown.js';
import type { DiffOutcome } from '../../src/pipeline/outputs.js';
import { duration, renderRunReport } from '../../src/pipeline/report.js';
import type { RunSummary } from '../../src/pipeline/summary.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const HOME = 'us-ashburn-1';

const records = [
  makeRecord({ ocid: 'ocid1.user.oc1..a', resourceType: 'User', region: HOME }),
  makeRecord({ ocid: 'ocid1.compartment.oc1..c', resourceType: 'Compartment', region: HOME }),
  makeRecord({ ocid: 'ocid1.instance.oc1.iad..1', region: HOME }),
  makeRecord({ ocid: 'ocid1.instance.oc1.phx..2', region: 'us-phoenix-1' }),
  makeRecord({ ocid: 'ocid1.instance.oc1.phx..3', region: 'us-phoenix-1' }),
];

function summary(): RunSummary {
  return {
    tool_version: '0.0.0',
    status: 'SUCCESS',
    tenancy_id: 'ocid1.tenancy.oc1..t',
    home_region: HOME,
    query: 'query all resources',
    scope: { compartment: null, include_terminated: false, regions: [HOME, 'us-phoenix-1'] },
    started_at: '2026-01-01T00:00:00.000Z',
    finished_at: '2026-01-01T00:00:09.000Z',
    duration_ms: 9000,
    timings_ms: { discovery: 1200, enrich: 7400 },
    total_discovered: records.length,
    enriched_ok: records.length,
    not_implemented: 0,
    errors: 0,
    skipped: 0,
    unverified: 0,
    counts_by_resource_type: { Compartment: 1, Instance: 3, User: 1 },
    counts_by_enrich_status: { OK: records.length },
    // Search counts include the globals in every region: 3 + 4 = 7 > 5 records.
    regions: [
      { region: HOME, status: 'OK', count: 3, error: null, duration_ms: 412, enrich_duration_ms: 7300 },
      { region: 'us-phoenix-1', status: 'OK', count: 4, error: null, duration_ms: 1180, enrich_duration_ms: 5100 },
    ],
    dropped: { terminated: 0, out_of_scope: 0 },
    api_calls: {},
    api_calls_total: 10,
    outputs: [],
    diff: null,
    warnings: [],
  };
}

function diffOutcome(): DiffOutcome {
  const counts: DiffCounts = { added: 1, removed: 0, changed: 0, unchanged: 4, total_prev: 4, total_curr: 5 };
  const report: ChangeReportInput = {
    counts,
    countsByType: { Instance: { added: 1, removed: 0, changed: 0, unchanged: 2 } },
    added: [{ ocid: 'ocid1.instance.oc1.phx..3', resourceType: 'Instance', displayName: 'new-vm', compartmentId: 'ocid1.compartment.oc1..c', region: 'us-phoenix-1' }],
    removed: [],
    changed: [],
  };
  const markdown = renderChangeReport(report, {
    limit: STEP_SUMMARY_LIMIT,
    baseline: 'previous-run',
    compartmentPaths: new Map([['ocid1.compartment.oc1..c', 'root/prod|apps']]),
  });
  return { baseline: 'previous-run', baselinePath: '/prev', counts, failOnTriggered: false, markdown, report };
}

test('region rows add up to the total: globals on one row of their own', async () => {
  const md = await renderRunReport(summary(), records, [], undefined);
  assert.match(md, /\| us-ashburn-1 \| ok \| 1 \| 412 ms \| 7\.3 s \|/);
  assert.match(md, /\| us-phoenix-1 \| ok \| 2 \| 1\.2 s \| 5\.1 s \|/);
  assert.match(md, /\| global \(IAM, via us-ashburn-1\) \| ok \| 2 \|/);
  assert.match(md, /\| \*\*total\*\* \| {2}\| \*\*5\*\* \| 1\.2 s \| 7\.4 s \|/);
  assert.doesNotMatch(md, /0\.0 s/);
});

test('the change report comes before the type table; added rows show compartment paths, escaped', async () => {
  const md = await renderRunReport(summary(), records, [], diffOutcome());
  const changes = md.indexOf('## Inventory changes');
  const types = md.indexOf('## Resources by type');
  assert.ok(changes > 0 && types > changes, 'changes first');
  assert.match(md, /<code>root\/prod\\\|apps<\/code>/);
  assert.doesNotMatch(md, /<code>ocid1\.compartment\.oc1\.\.c<\/code>/);
});

test('durations read as what they are', () => {
  assert.equal(duration(3), '3 ms');
  assert.equal(duration(999), '999 ms');
  assert.equal(duration(1500), '1.5 s');
  assert.equal(duration(125_000), '2 min 5 s');
  assert.equal(duration(undefined), '–');
});
