// The artifact round trip through the GitHub stand-in with the real @actions/artifact client
// and Octokit: upload a run directory, find it from a later run under the baseline rule
// (default branch, trusted events, this repository, complete collection), download it back.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type ArtifactClient, type BaselineRule, findBaseline, uploadRunDirectory } from '../../src/action/artifacts.js';
import { canonicalJson } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';
import { startGitHubStandin, type GitHubStandin } from '../helpers/github-standin.js';

let standin: GitHubStandin;
let work: string;
const savedEnv = { ...process.env };

before(async () => {
  standin = await startGitHubStandin();
  work = await mkdtemp(join(tmpdir(), 'action-artifacts-'));
});
after(async () => {
  process.env = savedEnv;
  await standin.close();
  await rm(work, { recursive: true, force: true });
});

/** @actions/artifact reads the runner's variables at call time; point them at one run. */
async function clientFor(run: ReturnType<GitHubStandin['startRun']>): Promise<ArtifactClient> {
  Object.assign(process.env, standin.runnerEnv(run), { GITHUB_WORKSPACE: work });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

async function octokit() {
  const { getOctokit } = await import('@actions/github');
  return getOctokit('test-token', { baseUrl: standin.apiUrl });
}

const repo = () => ({ owner: standin.owner, repo: standin.repo });

async function makeRunDir(name: string, inventory: string, status = 'SUCCESS'): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'nested'), { recursive: true });
  await writeFile(join(dir, 'inventory.jsonl'), inventory);
  await writeFile(join(dir, 'run_summary.json'), `{"status":"${status}"}\n`);
  await writeFile(join(dir, 'nested', 'extra.txt'), 'x');
  return dir;
}

const rule: BaselineRule = { events: ['schedule', 'workflow_dispatch', 'push'], policy: 'last-complete', maxBytes: 64 * 1024 * 1024, maxLineBytes: 1024 * 1024 };
const inventoryOf = (...ocids: string[]) => ocids.map((ocid) => `${canonicalJson(makeRecord({ ocid }))}\n`).join('');

async function search(runId: number, options: Partial<BaselineRule> = {}) {
  return findBaseline({ octokit: await octokit(), repo: repo(), runId, name: 'oci-inventory', token: 'test-token', into: join(work, `dl-${runId}`), rule: { ...rule, ...options } });
}

async function uploadOn(run: ReturnType<GitHubStandin['startRun']>, dirName: string, inventory: string, status = 'SUCCESS') {
  const uploaded = await uploadRunDirectory(await clientFor(run), 'oci-inventory', await makeRunDir(dirName, inventory, status), 7, {
    serverUrl: 'https://github.com',
    repo: repo(),
    runId: run.id,
  });
  return uploaded;
}

test('an uploaded run directory is found by the next run under the rule and downloads intact', async () => {
  const inventory = inventoryOf('ocid1.instance.oc1..a');
  const run1 = standin.startRun({ branch: 'main' });
  const uploaded = await uploadOn(run1, 'run1', inventory);
  standin.finishRun(run1);
  assert.equal(uploaded.url, `https://github.com/${standin.owner}/${standin.repo}/actions/runs/${run1.id}/artifacts/${uploaded.id}`);
  const stored = standin.artifacts.find((a) => a.id === uploaded.id);
  assert.ok(stored?.finalized && stored.size > 0);

  // Newer runs that must all be passed over: a PR run, a fork's push, another branch, a
  // cancelled run, and a PARTIAL collection.
  const pr = standin.startRun({ branch: 'main', event: 'pull_request' });
  await uploadOn(pr, 'pr', inventoryOf('ocid1.instance.oc1..pr'));
  standin.finishRun(pr);
  const fork = standin.startRun({ branch: 'main', event: 'push', fork: 'mallory/infra' });
  await uploadOn(fork, 'fork', inventoryOf('ocid1.instance.oc1..fork'));
  standin.finishRun(fork);
  const other = standin.startRun({ branch: 'feature' });
  await uploadOn(other, 'other', inventoryOf('ocid1.instance.oc1..other'));
  standin.finishRun(other);
  const cancelled = standin.startRun({ branch: 'main' });
  await uploadOn(cancelled, 'cancelled', inventoryOf('ocid1.instance.oc1..cancelled'));
  standin.finishRun(cancelled, 'cancelled');
  const partial = standin.startRun({ branch: 'main' });
  await uploadOn(partial, 'partial', inventoryOf('ocid1.instance.oc1..partial'), 'PARTIAL');
  standin.finishRun(partial);

  const run2 = standin.startRun({ branch: 'main' });
  const found = await search(run2.id);
  assert.equal(found.kind, 'found', JSON.stringify(found));
  assert.ok(found.kind === 'found');
  assert.equal(found.runId, run1.id);
  assert.equal(found.artifactId, uploaded.id);
  assert.equal(await readFile(found.inventory, 'utf8'), inventory);
  assert.ok(standin.requests.some((r) => r.path.endsWith(`/actions/artifacts/${uploaded.id}/zip`) && r.status === 302));

  // A job that failed (fail-on tripped) with a complete collection: last-complete takes it,
  // last-passing does not.
  const gated = standin.startRun({ branch: 'main', event: 'workflow_dispatch' });
  const gatedUpload = await uploadOn(gated, 'gated', inventoryOf('ocid1.instance.oc1..gated'));
  standin.finishRun(gated, 'failure');
  const run3 = standin.startRun({ branch: 'main' });
  const complete = await search(run3.id);
  assert.ok(complete.kind === 'found' && complete.artifactId === gatedUpload.id, JSON.stringify(complete));
  const passing = await search(run3.id, { policy: 'last-passing' });
  assert.ok(passing.kind === 'found' && passing.runId === run1.id, JSON.stringify(passing));
  // A narrower event list skips the scheduled run.
  const dispatchOnly = await search(run3.id, { events: ['push'], policy: 'last-passing' });
  assert.equal(dispatchOnly.kind, 'never');
});

test('no earlier run is "never"; only an expired artifact is "unusable", with a reason', async () => {
  const lonely = await startGitHubStandin();
  const saved = standin;
  standin = lonely;
  try {
    const first = standin.startRun({ branch: 'main' });
    const none = await search(first.id);
    assert.equal(none.kind, 'never');
    const up = await uploadOn(first, 'lonely', inventoryOf('ocid1.instance.oc1..x'));
    standin.finishRun(first);
    const stored = standin.artifacts.find((a) => a.id === up.id);
    assert.ok(stored);
    stored.expired = true;
    const second = standin.startRun({ branch: 'main' });
    const expired = await search(second.id);
    assert.equal(expired.kind, 'unusable');
    assert.match(expired.kind === 'unusable' ? expired.reason : '', /expired/);
  } finally {
    standin = saved;
    await lonely.close();
  }
});
