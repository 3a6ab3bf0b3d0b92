// The run directory as a workflow artifact, and the way back: finding the newest earlier
// successful run of this workflow on this branch that kept an artifact of the same name, and
// downloading it as the baseline. Anything missing or unreadable means "no baseline", never a
// failure: the first run of a schedule has nothing to compare with.
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/** The slice of @actions/artifact's client the action uses; tests may pass their own. */
export interface ArtifactClient {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number | undefined }>;
  downloadArtifact(
    artifactId: number,
    options: {
      path: string;
      findBy: { token: string; repositoryOwner: string; repositoryName: string; workflowRunId: number };
    },
  ): Promise<{ downloadPath?: string | undefined }>;
}

export interface RepoRef {
  owner: string;
  repo: string;
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

export interface UploadedArtifact {
  id: number;
  url: string;
}

export async function uploadRunDirectory(
  client: ArtifactClient,
  name: string,
  runDir: string,
  retentionDays: number | undefined,
  links: { serverUrl: string; repo: RepoRef; runId: number },
): Promise<UploadedArtifact> {
  const files = await listFiles(runDir);
  // Zip entries are relative to the run directory, so a download unpacks to inventory.jsonl etc.
  const result = await client.uploadArtifact(name, files, runDir, retentionDays === undefined ? {} : { retentionDays });
  if (result.id === undefined) throw new Error(`artifact ${name}: upload returned no id`);
  const { serverUrl, repo, runId } = links;
  return { id: result.id, url: `${serverUrl.replace(/\/$/, '')}/${repo.owner}/${repo.repo}/actions/runs/${runId}/artifacts/${result.id}` };
}

export interface PreviousArtifact {
  runId: number;
  artifactId: number;
  createdAt: string | null;
}

export type BaselineLookup =
  | { found: true; artifact: PreviousArtifact }
  | { found: false; reason: string };

/** How far back to look: older than this many successful runs is not a useful baseline. */
const MAX_RUNS_SCANNED = 50;

export async function findPreviousArtifact(octokit: Octokit, repo: RepoRef, runId: number, name: string): Promise<BaselineLookup> {
  const { data: current } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  const branch = current.head_branch ?? undefined;
  let scanned = 0;
  let sawExpired = false;
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
    ...repo,
    workflow_id: current.workflow_id,
    status: 'success',
    per_page: 25,
    ...(branch ? { branch } : {}),
  })) {
    // Newest first, as the API returns them; sort anyway so a reordered page cannot pick an older run.
    const runs = [...page.data].sort((a, b) => b.run_number - a.run_number || b.id - a.id);
    for (const run of runs) {
      if (run.id === runId) continue;
      if (run.conclusion && run.conclusion !== 'success') continue;
      if (branch && run.head_branch !== branch) continue;
      if (++scanned > MAX_RUNS_SCANNED) return { found: false, reason: `no artifact named ${name} in the last ${MAX_RUNS_SCANNED} successful runs` };
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name, per_page: 100 });
      const matching = data.artifacts.filter((a) => a.name === name);
      const live = matching.find((a) => !a.expired);
      if (live) return { found: true, artifact: { runId: run.id, artifactId: live.id, createdAt: live.created_at ?? null } };
      if (matching.length > 0) sawExpired = true;
    }
  }
  const where = branch ? ` on branch ${branch}` : '';
  return {
    found: false,
    reason: sawExpired
      ? `the artifact ${name} of the previous successful run${where} has expired`
      : `no earlier successful run of this workflow${where} has an artifact named ${name}`,
  };
}

/** Downloads the artifact and returns the inventory.jsonl inside it. */
export async function downloadBaseline(
  client: ArtifactClient,
  artifact: PreviousArtifact,
  into: string,
  findBy: { token: string; repo: RepoRef },
): Promise<string> {
  const result = await client.downloadArtifact(artifact.artifactId, {
    path: into,
    findBy: { token: findBy.token, repositoryOwner: findBy.repo.owner, repositoryName: findBy.repo.repo, workflowRunId: artifact.runId },
  });
  const root = result.downloadPath ?? into;
  const candidates = (await listFiles(root)).filter((f) => f.endsWith('inventory.jsonl'));
  // Prefer the top-level file; tolerate an artifact uploaded with its run directory as a prefix.
  candidates.sort((a, b) => relative(root, a).length - relative(root, b).length);
  const inventory = candidates[0];
  if (!inventory || !(await stat(inventory)).isFile()) throw new Error(`artifact ${artifact.artifactId} holds no inventory.jsonl`);
  return inventory;
}
