// Secrets never leave the tenancy, through the GitHub Action (issue 10): the bundled action
// against an emulated tenancy carrying the secret corpus. No sample may appear in the step's
// log (debug lines included), its outputs, the job summary, the run directory or a PR
// comment; a changed secret is "value changed (redacted)" in the job summary.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { PlantedSecrets } from '../../src/emulator/index.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { type ActionRun, actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

describe('the action on a tenancy full of secrets', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let planted: PlantedSecrets;
  let inputs: Record<string, string>;
  const runs: ActionRun[] = [];
  const newNeedle = 'ActionChangedSecret0123456789abcdef';

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 23, size: 'tiny', secrets: 23 });
    planted = fx.emulator.tenancy.secrets as PlantedSecrets;
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = { ...(await apiKeyInputs(fx.auth)), comment: 'always', formats: 'jsonl,csv,parquet' };
    const scheduled = async () => {
      const run = standin.startRun();
      const result = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run, inputs });
      standin.finishRun(run, result.code === 0 ? 'success' : 'failure');
      return result;
    };
    runs.push(await scheduled());
    (planted.fn.attrs.config as Record<string, string>).SETTING_12 = `sk_live_${newNeedle}`;
    runs.push(await scheduled());
    // A pull request posts a comment (whatever baseline it is given).
    const pr = standin.startRun({ branch: 'feature/secrets', event: 'pull_request' });
    runs.push(
      await actionStep(standin, fx.emulator.endpointTemplate, cleanups, {
        run: pr,
        inputs,
        payload: { pull_request: { number: 3 }, repository: { name: standin.repo, owner: { login: standin.owner } } },
      }),
    );
  });

  test('every step succeeds and a comment was posted', () => {
    for (const run of runs) assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(standin.comments.length > 0);
  });

  test('no sample in any log line, output, job summary, run directory file or comment', async () => {
    const needles = [...planted.corpus.map((s) => ({ kind: s.kind, needle: s.needle })), { kind: 'changed value', needle: newNeedle }];
    const texts: Array<[string, string]> = [];
    for (const [i, run] of runs.entries()) {
      texts.push([`step ${i} stdout`, run.stdout], [`step ${i} stderr`, run.stderr], [`step ${i} summary`, run.summary], [`step ${i} outputs`, JSON.stringify(run.outputs)]);
      for (const file of await filesUnder(run.outputs['run-dir'] ?? '')) texts.push([file, (await readFile(file)).toString('latin1')]);
    }
    for (const comment of standin.comments) texts.push([`comment ${comment.id}`, comment.body]);
    const found: string[] = [];
    for (const [where, text] of texts) for (const { kind, needle } of needles) if (text.includes(needle)) found.push(`${kind} in ${where}`);
    assert.deepEqual(found, []);
    assert.match(runs[0]?.stdout ?? '', /::debug::/, 'debug lines were part of the log checked');
  });

  test('the changed secret is reported as "value changed (redacted)" in the job summary', () => {
    const summary = runs[1]?.summary ?? '';
    assert.match(summary, /config\.SETTING\\_12<\/code>: value changed \(redacted\)/);
    assert.equal(runs[1]?.outputs.changed, '1', 'only the function changed');
  });
});
