// The artifact round trip through the GitHub stand-in with the real @actions/artifact client
// and Octokit: upload a run directory, find it from a later run, download it back.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type ArtifactClient, downloadBaseline, findPreviousArtifact, uploadRunDirectory } from '../../src/action/artifacts.js';
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

async function makeRunDir(name: string, inventory: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'nested'), { recursive: true });
  await writeFile(join(dir, 'inventory.jsonl'), inventory);
  await writeFile(join(dir, 'run_summary.json'), '{"status":"SUCCESS"}\n');
  await writeFile(join(dir, 'nested', 'extra.txt'), 'x');
  return dir;
}

test('an uploaded run directory is found by the next run on the branch and downloads intact', async () => {
  const inventory = '{"ocid":"ocid1.instance.oc1..a","resourceType":"Instance"}\n';
  const run1 = standin.startRun({ branch: 'main' });
  const uploaded = await uploadRunDirectory(await clientFor(run1), 'oci-inventory', await makeRunDir('run1', inventory), 7, {
    serverUrl: 'https://github.com',
    repo: repo(),
    runId: run1.id,
  });
  standin.finishRun(run1);
  assert.equal(uploaded.url, `https://github.com/${standin.owner}/${standin.repo}/actions/runs/${run1.id}/artifacts/${uploaded.id}`);
  const stored = standin.artifacts.find((a) => a.id === uploaded.id);
  assert.ok(stored?.finalized && stored.size > 0);

  // A failed run on the same branch and a success on another branch must both be skipped.
  const failed = standin.startRun({ branch: 'main' });
  await uploadRunDirectory(await clientFor(failed), 'oci-inventory', await makeRunDir('failed', 'bad'), undefined, {
    serverUrl: 'https://github.com',
    repo: repo(),
    runId: failed.id,
  });
  standin.finishRun(failed, 'failure');
  const other = standin.startRun({ branch: 'feature' });
  await uploadRunDirectory(await clientFor(other), 'oci-inventory', await makeRunDir('other', 'other'), undefined, {
    serverUrl: 'https://github.com',
    repo: repo(),
    runId: other.id,
  });
  standin.finishRun(other);

  const run2 = standin.startRun({ branch: 'main' });
  const client = await clientFor(run2);
  const lookup = await findPreviousArtifact(await octokit(), repo(), run2.id, 'oci-inventory');
  assert.ok(lookup.found, 'found a baseline');
  assert.equal(lookup.artifact.runId, run1.id);
  assert.equal(lookup.artifact.artifactId, uploaded.id);

  const into = join(work, 'download');
  const path = await downloadBaseline(client, lookup.artifact, into, { token: 'test-token', repo: repo() });
  assert.equal(path, join(into, 'inventory.jsonl'));
  assert.equal(await readFile(path, 'utf8'), inventory);
  assert.equal(await readFile(join(into, 'nested', 'extra.txt'), 'utf8'), 'x');
  assert.ok(standin.requests.some((r) => r.path.endsWith(`/actions/artifacts/${uploaded.id}/zip`) && r.status === 302));
});

test('no earlier run, or only an expired artifact, is "not found" with a reason', async () => {
  const first = standin.startRun({ branch: 'lonely' });
  const none = await findPreviousArtifact(await octokit(), repo(), first.id, 'oci-inventory');
  assert.equal(none.found, false);
  assert.match(none.found ? '' : none.reason, /no earlier successful run .*lonely/);

  const client = await clientFor(first);
  const up = await uploadRunDirectory(client, 'oci-inventory', await makeRunDir('lonely', 'x'), undefined, {
    serverUrl: 'https://github.com',
    repo: repo(),
    runId: first.id,
  });
  standin.finishRun(first);
  const stored = standin.artifacts.find((a) => a.id === up.id);
  assert.ok(stored);
  stored.expired = true;
  const second = standin.startRun({ branch: 'lonely' });
  const expired = await findPreviousArtifact(await octokit(), repo(), second.id, 'oci-inventory');
  assert.equal(expired.found, false);
  assert.match(expired.found ? '' : expired.reason, /expired/);
});
