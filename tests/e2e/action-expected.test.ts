// End to end: the bundled action (dist/action/index.js) as a runner starts it, against the
// emulator and the GitHub stand-in, for two behaviours the other action tests leave out:
// - compare-to: expected, diffing against an inventory committed in the checkout (resolved from
//   working-directory), its outputs against the drift's ground truth, fail-on drift, and an
//   expected path that does not exist;
// - a PARTIAL run (one non-home region dead): a warning naming the region and outputs written
//   with fail-on none; a failed step with the "partial run" message with fail-on drift.
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { DriftResult } from '../../src/emulator/index.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { type ActionRun, actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

type Cleanup = () => Promise<void> | void;


/** One action step on a fresh workflow run of the stand-in, finished per its exit code. */
function stepper(cleanups: Cleanup[], get: () => { fx: EmulatorFixture; standin: GitHubStandin; inputs: Record<string, string> }) {
  return async (extra: Record<string, string> = {}): Promise<ActionRun> => {
    const { fx, standin, inputs } = get();
    return actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run: standin.startRun(), inputs: { ...inputs, ...extra } });
  };
}

async function inventoryLines(runDir: string | undefined): Promise<Array<{ ocid: string; region: string }>> {
  assert.ok(runDir, 'run-dir output set');
  const text = await readFile(join(runDir, 'inventory.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { ocid: string; region: string });
}

/** What a diff against the pre-drift inventory must report (terminated ones drop out by default). */
function groundTruth(drift: DriftResult) {
  const removed = new Set([...drift.removed.map((r) => r.ocid), ...drift.terminated.map((r) => r.ocid)]);
  const added = new Set(drift.added.map((r) => r.ocid));
  const changed = new Set([...drift.renamed, ...drift.retagged].map((r) => r.ocid).filter((o) => !removed.has(o) && !added.has(o)));
  return { added, removed, changed };
}

describe('the action with compare-to: expected', () => {
  const cleanups: Cleanup[] = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  let workspace: string;
  const expectedRel = join('inventory', 'expected.jsonl');
  const step = stepper(cleanups, () => ({ fx, standin, inputs }));
  let truth: ReturnType<typeof groundTruth>;

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: Cleanup) => cleanups.push(fn) }, { seed: 6, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = await apiKeyInputs(fx.auth);
    // The "checkout": a committed expected inventory, made from a first run's inventory.
    workspace = await mkdtemp(join(tmpdir(), 'oci-inv-checkout-'));
    cleanups.push(() => rm(workspace, { recursive: true, force: true }));
    const first = await step({ 'compare-to': 'none' });
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(first.outputs.baseline, 'none');
    await mkdir(join(workspace, 'inventory'));
    await copyFile(join(first.outputs['run-dir'] ?? '', 'inventory.jsonl'), join(workspace, expectedRel));
    truth = groundTruth(fx.emulator.drift({ add: 3, remove: 2, terminate: 1, rename: 2, retag: 2, changeAttrs: 0 }));
  });

  test('outputs and the job summary report the drift against the expected inventory', async () => {
    const result = await step({ 'compare-to': 'expected', expected: expectedRel, 'working-directory': workspace });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.baseline, 'expected');
    assert.equal(result.outputs.added, String(truth.added.size));
    assert.equal(result.outputs.removed, String(truth.removed.size));
    assert.equal(result.outputs.changed, String(truth.changed.size));
    assert.equal(result.outputs.drift, 'true');
    assert.equal(Number(result.outputs.unchanged) + truth.added.size + truth.changed.size, Number(result.outputs.total));
    // No earlier run was looked up: the baseline is the file in the checkout.
    assert.doesNotMatch(result.stdout, /no previous inventory/);
    const diff = JSON.parse(await readFile(join(result.outputs['run-dir'] ?? '', 'diff.json'), 'utf8')) as {
      added: Array<{ ocid: string }>;
      removed: Array<{ ocid: string }>;
    };
    assert.deepEqual(new Set(diff.added.map((r) => r.ocid)), truth.added);
    assert.deepEqual(new Set(diff.removed.map((r) => r.ocid)), truth.removed);
    // The job summary carries the change report against the expected baseline.
    assert.match(result.summary, /Baseline: \*\*expected\*\*/);
    assert.doesNotMatch(result.summary, /this run is the new baseline/);
    for (const ocid of [...truth.added, ...truth.removed]) assert.ok(result.summary.includes(ocid), `summary names ${ocid}`);
    // The run directory stays out of the checkout.
    assert.ok(!(result.outputs['run-dir'] ?? '').startsWith(workspace));
  });

  test('fail-on drift fails the step (exit 1) naming the drift against the expected baseline', async () => {
    const result = await step({ 'compare-to': 'expected', expected: expectedRel, 'working-directory': workspace, 'fail-on': 'drift' });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    const sentence = `drift found against the expected baseline: ${truth.added.size} added, ${truth.removed.size} removed, ${truth.changed.size} changed (fail-on: drift)`;
    assert.ok(result.stdout.includes(`::error::${sentence}`), result.stdout);
    // Outputs, artifact and summary were still written before the step failed.
    assert.equal(result.outputs.baseline, 'expected');
    assert.equal(result.outputs.drift, 'true');
    assert.ok(standin.artifacts.some((a) => String(a.id) === result.outputs['artifact-id'] && a.finalized));
    assert.match(result.summary, /Baseline: \*\*expected\*\*/);
  });

  test('an expected path that does not exist fails naming the input (exit 1), before any inventory', async () => {
    const searchesBefore = fx.emulator.countCalls();
    const result = await step({ 'compare-to': 'expected', expected: 'inventory/nope.jsonl', 'working-directory': workspace });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /::error::input expected: inventory\/nope\.jsonl does not exist/);
    assert.equal(result.outputs['run-dir'], undefined);
    assert.equal(fx.emulator.countCalls(), searchesBefore, 'no OCI call was made');
  });

  test('compare-to expected without an expected path fails naming the input', async () => {
    const result = await step({ 'compare-to': 'expected' });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /::error::input expected: is required when compare-to is expected/);
  });
});

describe('the action on a partial run (one region dead)', () => {
  const cleanups: Cleanup[] = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  let dead: string;
  let healthy: ActionRun;
  const step = stepper(cleanups, () => ({ fx, standin, inputs }));

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: Cleanup) => cleanups.push(fn) }, { seed: 8, size: 'small' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = await apiKeyInputs(fx.auth);
    const { regions, homeRegion } = fx.emulator.tenancy;
    assert.equal(regions.length, 2);
    dead = regions.find((r) => r !== homeRegion) as string;
    // A healthy run first, so the partial run has a full previous-run baseline.
    healthy = await step();
    assert.equal(healthy.code, 0, healthy.stdout + healthy.stderr);
    fx.emulator.setFaults({ deadRegions: [dead] });
  });

  test('fail-on none: the step succeeds with a warning naming the region, outputs and artifact written', async () => {
    const result = await step({ 'fail-on': 'none' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const warning = result.stdout.split('\n').find((l) => l.startsWith('::warning::partial run:'));
    assert.ok(warning, result.stdout);
    assert.ok(warning.includes(dead), `warning names ${dead}: ${warning}`);
    assert.doesNotMatch(result.stdout, /::error::/);
    // Outputs: the partial inventory, diffed against the healthy run; the dead region's
    // resources are not in it and show as removed (the summary says so).
    const before = await inventoryLines(healthy.outputs['run-dir']);
    const now = await inventoryLines(result.outputs['run-dir']);
    assert.ok(now.length > 0);
    assert.ok(now.every((r) => r.region !== dead), 'nothing from the dead region');
    assert.equal(result.outputs.total, String(now.length));
    assert.equal(result.outputs.baseline, 'previous-run');
    assert.equal(result.outputs.removed, String(before.filter((r) => r.region === dead).length));
    assert.equal(result.outputs.added, '0');
    assert.ok(standin.artifacts.some((a) => String(a.id) === result.outputs['artifact-id'] && a.finalized));
    assert.match(result.summary, /PARTIAL/);
    assert.ok(result.summary.includes(`Partial run: <code>${dead}</code> could not be read`), result.summary);
    const summary = JSON.parse(await readFile(join(result.outputs['run-dir'] ?? '', 'run_summary.json'), 'utf8')) as {
      status: string;
      regions: Array<{ region: string; status: string }>;
    };
    assert.equal(summary.status, 'PARTIAL');
    assert.equal(summary.regions.find((r) => r.region === dead)?.status, 'FAILED');
  });

  test('fail-on drift: the step fails (exit 1) with the partial-run message, outputs still written', async () => {
    // The partial run above is never a baseline (issue 9): this one is compared with the
    // healthy run, so the dead region's resources look removed, yet the failure names the
    // region that could not be read rather than the drift.
    const result = await step({ 'fail-on': 'drift' });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(result.outputs.drift, 'true');
    assert.ok(standin.requests.some((r) => r.path.endsWith(`/actions/artifacts/${healthy.outputs['artifact-id']}/zip`)), 'the healthy run is the baseline');
    const sentence = `::error::partial run: ${dead} could not be read, so fail-on drift cannot vouch for the whole tenancy`;
    assert.ok(result.stdout.includes(sentence), result.stdout);
    assert.match(result.stdout, new RegExp(`::warning::partial run: ${dead}`));
    assert.ok(result.outputs['run-dir']);
    assert.ok(result.outputs['artifact-id']);
  });

  test(
    'fail-on drift against a full baseline: the failure says the run was partial, not that resources were removed',
    async () => {
      // The expected inventory is the healthy run's: every resource of the dead region looks removed.
      const result = await step({ 'compare-to': 'expected', expected: join(healthy.outputs['run-dir'] ?? '', 'inventory.jsonl'), 'fail-on': 'drift' });
      assert.equal(result.code, 1, result.stdout + result.stderr);
      const error = result.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
      assert.match(error, new RegExp(`partial run: ${dead} could not be read`));
    },
  );
});
