// End to end: the action on pull_request events. One sticky comment, edited in place on the
// second run; a fork's read-only token (403) is a warning and the step still succeeds; a bad
// or missing private key fails with the input's name and the key text appears nowhere.
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';
import { actionStep, apiKeyInputs, type GitHubStandin, startGitHubStandin } from '../helpers/github-standin.js';

describe('the action on pull requests', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let fx: EmulatorFixture;
  let standin: GitHubStandin;
  let inputs: Record<string, string>;
  const PR = 7;

  /** A scheduled run on main: the baseline pull-request runs compare with (issue 9). */
  const mainRun = async () => {
    const result = await actionStep(standin, fx.emulator.endpointTemplate, cleanups, { run: standin.startRun(), inputs: { ...inputs, comment: 'never' } });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    return result;
  };

  const step = async (extra: Record<string, string>, event = 'pull_request') => {
    const run = standin.startRun({ branch: 'feature/x', event });
    return actionStep(standin, fx.emulator.endpointTemplate, cleanups, {
      run,
      inputs: { ...inputs, ...extra },
      payload: { pull_request: { number: PR }, repository: { name: standin.repo, owner: { login: standin.owner } } },
    });
  };

  after(async () => {
    for (const fn of cleanups.reverse()) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 8, size: 'tiny' });
    standin = await startGitHubStandin();
    cleanups.push(() => standin.close());
    inputs = { ...(await apiKeyInputs(fx.auth)), comment: 'always' };
  });

  test('two runs leave exactly one comment, updated in place with the latest report', async () => {
    const first = await step({});
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(standin.comments.length, 1);
    const [comment] = standin.comments;
    assert.ok(comment);
    assert.equal(comment.issue, PR);
    assert.ok(comment.body.startsWith('<!-- oci-inv:oci-inventory -->'));
    assert.match(comment.body, /this run is the new baseline/);

    // Pull-request runs are never a baseline: the next one compares with main's scheduled run.
    await mainRun();
    fx.emulator.drift({ add: 2, remove: 0, terminate: 0, rename: 0, retag: 0, changeAttrs: 0 });
    const second = await step({});
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.equal(second.outputs.added, '2');
    assert.equal(standin.comments.length, 1, 'still one comment');
    assert.equal(standin.comments[0]?.id, comment.id);
    assert.match(standin.comments[0]?.body ?? '', /Baseline: \*\*previous-run\*\*/);
    assert.ok((standin.comments[0]?.body.length ?? 0) <= 65_536);
    const patches = standin.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith(`/issues/comments/${comment.id}`));
    assert.equal(patches.length, 1);
  });

  test("a fork's token that may not comment gets a warning, not a failed step", async () => {
    standin.forbidCommentWrites = true;
    const before = standin.comments.map((c) => c.body);
    await mainRun();
    fx.emulator.drift({ add: 1, remove: 0, terminate: 0, rename: 0, retag: 0, changeAttrs: 0 });
    const result = await step({});
    standin.forbidCommentWrites = false;
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /::warning::cannot comment on pull request #7 \(HTTP 403/);
    assert.equal(result.outputs.added, '1');
    assert.deepEqual(standin.comments.map((c) => c.body), before);
  });

  test('comment: never leaves the pull request alone', async () => {
    const requestsBefore = standin.requests.length;
    const result = await step({ comment: 'never' });
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!standin.requests.slice(requestsBefore).some((r) => r.path.includes('/issues/')));
  });

  test('a missing or malformed private key fails naming the input, and the key text appears nowhere', async () => {
    const pem = inputs['private-key'] ?? '';
    const secretLine = pem.split('\n')[3] ?? 'unreachable';
    const missing = await step({ 'private-key': '' });
    assert.equal(missing.code, 1);
    assert.match(missing.stdout, /::error::input private-key: is required for auth api_key/);

    const mangled = pem.replace(secretLine, `${secretLine.slice(0, 10)}%%%${secretLine.slice(13)}`);
    const bad = await step({ 'private-key': mangled });
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /::error::input private-key: is not a readable private key/);
    // ::add-mask:: commands are consumed by the runner, never shown: they are how masking works.
    const shown = bad.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const masks = new Set(bad.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)));
    for (const line of mangled.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) {
      assert.ok(!shown.includes(line) && !bad.stderr.includes(line), 'no key line in the log');
      assert.ok(masks.has(line.replace(/%/g, '%25')), 'every key line is masked');
    }
    assert.ok(!shown.includes(secretLine.slice(20, 40)));
    // The private directory is gone even though the step failed.
    assert.deepEqual((await readdir(bad.runnerTemp)).filter((f) => f.startsWith('oci-inv-auth-')), []);
  });
});
