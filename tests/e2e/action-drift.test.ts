// End to end: the bundled action (dist/action/index.js) as a runner starts it, the real OCI
// SDK against the emulator, the real @actions/artifact and Octokit against the GitHub stand-in.
// A scheduled run becomes the baseline; after emulator drift the next run diffs against the
// first run's artifact and its outputs match the drift's ground truth.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { type ActionRun, actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

describe('the action on a schedule, twice, with drift in between', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  let first: ActionRun;

  const step = (run: ReturnType<GitHubStandin['startRun']>, extra: Record<string, string> = {}) =>
    actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run, inputs: { ...inputs, ...extra } });

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 5, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = await apiKeyInputs(fx.auth);
    first = await step(standin.startRun());
  });

  test('the first run is the baseline: outputs set, artifact uploaded, summary says so', async () => {
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(first.outputs.baseline, 'none');
    assert.equal(first.outputs.drift, 'false');
    const inventory = (await readFile(join(first.outputs['run-dir'] ?? '', 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean);
    assert.equal(first.outputs.total, String(inventory.length));
    assert.ok(inventory.length > 0);
    const artifact = standin.artifacts.find((a) => String(a.id) === first.outputs['artifact-id']);
    assert.ok(artifact?.finalized, 'artifact finalized on the stand-in');
    assert.equal(artifact.name, 'oci-inventory');
    assert.equal(first.outputs['artifact-url'], `https://github.com/${standin.owner}/${standin.repo}/actions/runs/${artifact.runId}/artifacts/${artifact.id}`);
    assert.match(first.summary, /this run is the new baseline/);
    assert.match(first.stdout, /::warning::no previous inventory/);
    // Key material lived in RUNNER_TEMP only for the step.
    assert.deepEqual((await readdir(first.runnerTemp)).filter((f) => f.startsWith('oci-inv-auth-')), []);
  });

  test('after drift, the next run diffs against the first run and counts match the ground truth', async () => {
    const drift = fx.emulator.drift({ add: 3, remove: 2, terminate: 1, rename: 2, retag: 2, changeAttrs: 0 });
    const removed = new Set([...drift.removed.map((r) => r.ocid), ...drift.terminated.map((r) => r.ocid)]);
    const added = new Set(drift.added.map((r) => r.ocid));
    const changed = new Set([...drift.renamed, ...drift.retagged].map((r) => r.ocid).filter((o) => !removed.has(o) && !added.has(o)));

    const second = await step(standin.startRun());
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(second.outputs.baseline, 'previous-run');
    assert.equal(second.outputs.added, String(added.size));
    assert.equal(second.outputs.removed, String(removed.size));
    assert.equal(second.outputs.changed, String(changed.size));
    assert.equal(Number(second.outputs.unchanged) + added.size + changed.size, Number(second.outputs.total));
    assert.equal(second.outputs.drift, 'true');
    // The baseline came from run 1's artifact, through the REST redirect and the blob store.
    assert.ok(standin.requests.some((r) => r.path.endsWith(`/actions/artifacts/${first.outputs['artifact-id']}/zip`) && r.status === 302));
    const diff = JSON.parse(await readFile(join(second.outputs['run-dir'] ?? '', 'diff.json'), 'utf8'));
    assert.deepEqual(new Set(diff.added.map((r: { ocid: string }) => r.ocid)), added);
    // The job summary carries the change report, naming what changed.
    for (const ocid of added) assert.ok(second.summary.includes(ocid) || /<details>/.test(second.summary), `summary mentions ${ocid}`);
    assert.match(second.summary, /Baseline: \*\*previous-run\*\*/);
    assert.match(second.summary, new RegExp(`${added.size}`));
    // Added and removed rows name the compartment by its path, as report.md does, not by ocid.
    assert.match(second.summary, /\| <code>root(?:\/[^<]*)?<\/code> \|/, 'a compartment path in the rows');
    assert.doesNotMatch(second.summary, /<code>ocid1\.(?:compartment|tenancy)\./, 'no compartment named by ocid');
  });

  test('fail-on drift fails the step (exit 1) with a sentence saying what drifted', async () => {
    // Unnamed kinds default to 1% of the tenancy: say zero for each.
    fx.emulator.drift({ add: 1, remove: 0, terminate: 0, rename: 0, retag: 0, changeAttrs: 0 });
    const third = await step(standin.startRun(), { 'fail-on': 'drift' });
    assert.equal(third.code, 1);
    assert.match(third.stdout, /::error::drift found against the previous-run baseline: 1 added, 0 removed, 0 changed \(fail-on: drift\)/);
    assert.equal(third.outputs.drift, 'true');
  });
});
