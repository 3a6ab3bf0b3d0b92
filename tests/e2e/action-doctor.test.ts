// The bundled action (dist/action/index.js) with `mode: doctor` against the emulator and the
// GitHub stand-in: the doctor's table in the job summary, the step failed with the verdict when
// a check fails, the policy as an output; and a normal run that fails on auth (exit 3) gets
// the doctor's verdict for the failing step appended to its job summary.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

type Cleanup = () => Promise<void> | void;

describe('the action with mode: doctor', () => {
  const cleanups: Cleanup[] = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: Cleanup) => cleanups.push(fn) }, { seed: 12, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = await apiKeyInputs(fx.auth);
  });

  const step = (extra: Record<string, string>) => actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run: standin.startRun(), inputs: { ...inputs, ...extra } });

  test('healthy: the table in the job summary, the step passes, no inventory is taken', async () => {
    const before = fx.emulator.requests.length;
    const result = await step({ mode: 'doctor' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.summary, /### oci-inv doctor/);
    assert.match(result.summary, /\*\*Verdict:\*\* nothing failed/);
    assert.match(result.summary, /\| ✅ pass \| fingerprint \|/);
    assert.match(result.summary, /\| ✅ pass \| permission \| read instance-family/);
    assert.equal(result.outputs['doctor-exit-code'], '0');
    assert.equal(result.outputs['run-dir'], undefined, 'no run directory output');
    const made = fx.emulator.requests.slice(before);
    assert.ok(made.every((r) => r.method === 'GET' || r.operation === 'searchResources'), 'read-only');
    // The private key never reaches a log or the summary.
    const keyLine = (inputs['private-key'] ?? '').split('\n')[1] ?? 'unlikely';
    // ::add-mask:: commands are consumed by the runner, never shown: they are how masking works.
    const shown = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    assert.ok(!shown.includes(keyLine) && !result.summary.includes(keyLine));
  });

  test('a denied family: the step fails with the verdict, the policy in the summary and the output', async () => {
    fx.emulator.setFaults({ deniedServices: ['objectstorage'] });
    cleanups.push(() => fx.emulator.setFaults({}));
    const result = await step({ mode: 'doctor' });
    fx.emulator.setFaults({});
    assert.equal(result.code, 1);
    assert.match(result.stdout, /::error::doctor: authentication or authorization fails \(exit 3\)/);
    assert.match(result.summary, /\| ❌ fail \| permission \| read buckets/);
    assert.match(result.summary, /```text\nAllow group <group> to read buckets in tenancy\n```/);
    assert.equal(result.outputs['doctor-exit-code'], '3');
    assert.equal(result.outputs['doctor-policy'], 'Allow group <group> to read buckets in tenancy');
  });

  test('a normal run failing on auth appends the doctor verdict naming the failing step', async () => {
    const wrong = '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff';
    const result = await step({ fingerprint: wrong, 'compare-to': 'none' });
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.summary, /## OCI inventory ❌ authentication failed/);
    assert.match(result.summary, /### The doctor's verdict/);
    assert.match(result.summary, /\| ❌ fail \| fingerprint \| the profile says fingerprint 00:11:22/);
    assert.ok(result.summary.includes(fx.auth.fingerprint), 'the key’s real fingerprint is shown');
    assert.doesNotMatch(result.summary, /\| ✅ pass \|/, 'only the failing steps');
  });

  test('a bad mode is an input error naming the input', async () => {
    const result = await step({ mode: 'doctr' });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /input mode: must be one of run, doctor/);
  });
});
