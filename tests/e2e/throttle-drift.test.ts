// Throttling never becomes drift (issue 10). Against an emulator limited to 5 requests/s that
// answers 429 with Retry-After: 2, two runs end with no ERROR record and no change between
// them. A record whose enrichment really fails is unverified, not changed: the run is
// DEGRADED (exit 0, or 5 with --fail-on degraded), diff.json and the report list it apart.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

interface Summary {
  status: string;
  errors: number;
  unverified: number;
  counts_by_enrich_status: Record<string, number>;
  api_calls: Record<string, Record<string, { throttled: number }>>;
  diff: null | { added: number; removed: number; changed: number; unverified: number; unchanged: number };
}

const readSummary = async (runDir: string) => JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as Summary;

function fixtureHost(cleanups: Array<() => Promise<void> | void>) {
  return { after: (fn: () => Promise<void> | void) => cleanups.push(fn) };
}

describe('throttled at 5 req/s with Retry-After: 2', () => {
  let fx: EmulatorFixture;
  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const fn of cleanups) await fn();
  });
  let first: Awaited<ReturnType<typeof runCli>>;
  let second: Awaited<ReturnType<typeof runCli>>;

  before(async () => {
    // Big enough that, with throttling counted as ordinary attempts (the old transport), some
    // records ended ERROR in measured runs (2 of 150 here, 12 of 400 at 'small'); the
    // deterministic guard of the mechanism is tests/unit/oci-retry-budget.test.ts.
    const size = { regions: 2, compartments: 6, resources: 150 };
    fx = await withEmulator(fixtureHost(cleanups), { seed: 31, size, faults: { rateLimit: { rps: 5, retryAfterSeconds: 2 } } });
    const args = ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--workers-enrich', '16'];
    const env = { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
    first = await runCli(args, env);
    second = await runCli([...args, '--prev', first.stdout.trim()], env);
  });

  test('the emulator did throttle, and both runs are SUCCESS with no ERROR record', async () => {
    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(fx.emulator.requests.filter((r) => r.fault === 'throttle').length > 0, 'throttled at least once');
    for (const run of [first, second]) {
      const summary = await readSummary(run.stdout.trim());
      assert.equal(summary.status, 'SUCCESS');
      assert.equal(summary.errors, 0, JSON.stringify(summary.counts_by_enrich_status));
      assert.equal(summary.unverified, 0);
    }
  });

  test('no false changes between the two runs', async () => {
    const summary = await readSummary(second.stdout.trim());
    const diff = summary.diff;
    assert.ok(diff);
    assert.deepEqual({ added: diff.added, removed: diff.removed, changed: diff.changed, unverified: diff.unverified }, { added: 0, removed: 0, changed: 0, unverified: 0 });
    assert.ok(diff.unchanged > 0);
  });
});

describe('a forced enrichment failure', () => {
  let fx: EmulatorFixture;
  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const fn of cleanups) await fn();
  });
  let baseline: string;
  let degraded: Awaited<ReturnType<typeof runCli>>;
  let failing: Awaited<ReturnType<typeof runCli>>;
  let fnOcid: string;

  before(async () => {
    fx = await withEmulator(fixtureHost(cleanups), { seed: 32, size: 'tiny' });
    const args = ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out')];
    const env = { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
    const first = await runCli(args, env);
    assert.equal(first.code, 0, first.stderr);
    baseline = first.stdout.trim();
    fnOcid = fx.emulator.tenancy.resources.find((r) => r.resourceType === 'FunctionsFunction')?.ocid ?? '';
    fx.emulator.setFaults({ failOperations: { getFunction: 500, listFunctions: 500 } });
    degraded = await runCli([...args, '--prev', baseline], env);
    failing = await runCli([...args, '--prev', baseline, '--fail-on', 'degraded'], env);
  });

  test('the run is DEGRADED, counts the unverified record, and exits 0', async () => {
    assert.equal(degraded.code, 0, degraded.stderr);
    const summary = await readSummary(degraded.stdout.trim());
    assert.equal(summary.status, 'DEGRADED');
    assert.equal(summary.unverified, 1);
    assert.deepEqual(summary.diff && { changed: summary.diff.changed, unverified: summary.diff.unverified, added: summary.diff.added, removed: summary.diff.removed }, {
      changed: 0,
      unverified: 1,
      added: 0,
      removed: 0,
    });
  });

  test('diff.json lists it as unverified, not changed; report.md says why', async () => {
    const runDir = degraded.stdout.trim();
    const diff = JSON.parse(await readFile(join(runDir, 'diff.json'), 'utf8')) as { changed: unknown[]; unverified: Array<{ ocid: string; reason: string }> };
    assert.deepEqual(diff.changed, []);
    assert.deepEqual(diff.unverified.map((u) => u.ocid), [fnOcid]);
    assert.match(diff.unverified[0]?.reason ?? '', /^getFunction: 500/);
    const report = await readFile(join(runDir, 'report.md'), 'utf8');
    assert.match(report, /^# OCI inventory ⚠️ DEGRADED/m);
    assert.match(report, /## Why DEGRADED/);
    assert.match(report, /### Unverified \(1\)/);
    assert.match(report, /getFunction: 500/);
  });

  test('--fail-on degraded exits 5', () => {
    assert.equal(failing.code, 5, failing.stderr);
  });
});
