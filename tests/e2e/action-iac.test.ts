// End to end: the action with terraform-state on a pull request. The IaC section reaches the
// job summary and the sticky comment (without a baseline too), the outputs carry the counts,
// and fail-on unmanaged fails the step naming what it found.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

describe('the action with terraform-state', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  let stateFile: string;
  let managed: string[];

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 8, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = { ...(await apiKeyInputs(fx.auth)), comment: 'on-change', 'compare-to': 'none' };
    const dir = await mkdtemp(join(tmpdir(), 'oci-inv-action-iac-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const vcns = fx.emulator.tenancy.resources.filter((r) => r.resourceType === 'Vcn' && r.lifecycleState === 'AVAILABLE');
    managed = vcns.map((r) => r.ocid);
    stateFile = join(dir, 'terraform.tfstate');
    await writeFile(
      stateFile,
      JSON.stringify({
        version: 4,
        terraform_version: '1.7.5',
        resources: vcns.map((r, i) => ({ mode: 'managed', type: 'oci_core_vcn', name: `v${i}`, instances: [{ attributes: { id: r.ocid, display_name: r.displayName } }] })),
      }),
    );
  });

  test('the summary and the comment carry the IaC section; fail-on unmanaged fails the step', async () => {
    assert.ok(managed.length > 0);
    const run = standin.startRun({ branch: 'feature/iac', event: 'pull_request' });
    const result = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, {
      run,
      inputs: { ...inputs, 'terraform-state': stateFile, 'fail-on': 'unmanaged' },
      payload: { pull_request: { number: 9 }, repository: { name: standin.repo, owner: { login: standin.owner } } },
    });
    assert.notEqual(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /::error::IaC coverage: \d+ unmanaged resource\(s\) \(fail-on: unmanaged\)/);
    assert.match(result.summary, /## IaC coverage/);
    assert.match(result.summary, /### Unmanaged: live, in no state/);
    const comment = standin.comments.find((c) => c.issue === 9);
    assert.ok(comment, 'a comment was posted: IaC findings count as a change');
    assert.match(comment.body, /## IaC coverage/);
    assert.ok(Number(result.outputs.unmanaged) > 0);
    assert.match(result.outputs['iac-coverage'] ?? '', /^\d+(\.\d)?$/);
    assert.equal(result.outputs.missing, '0');
  });

  test('a bad fail-on kind names the input', async () => {
    const run = standin.startRun({ branch: 'feature/iac', event: 'push' });
    const result = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run, inputs: { ...inputs, 'terraform-state': stateFile, 'fail-on': 'drift,unmanagd' } });
    assert.notEqual(result.code, 0);
    assert.match(result.stdout, /input fail-on: must be one of .*\(got "unmanagd"\)/);
  });
});
