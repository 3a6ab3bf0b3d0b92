// The run directory as a workflow artifact, and the way back: finding the run whose artifact
// may be the baseline (docs/action.md "Trust model": same repository, same workflow, default
// branch, trusted events, a complete collection) and fetching it with bounded reads. Two
// outcomes are kept apart: there never was a baseline (the first run: fine), and there was one
// that cannot be used (expired, corrupt, too big: the caller fails closed).
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as v from 'valibot';
import { validateBaselineInventory } from './baseline.js';
import { ArchiveError, extractEntry, readZipDirectory, type ZipEntry } from './zip.js';
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

export const BASELINE_POLICIES = ['last-complete', 'last-passing'] as const;
export type BaselinePolicy = (typeof BASELINE_POLICIES)[number];
export const DEFAULT_BASELINE_EVENTS = ['schedule', 'workflow_dispatch', 'push'] as const;

export interface BaselineRule {
  /** Events whose runs may be a baseline (they run on the default branch). */
  events: readonly string[];
  policy: BaselinePolicy;
  /** Cap on the artifact: its zip, the declared and the actual uncompressed bytes. */
  maxBytes: number;
  /** Longest inventory.jsonl line accepted. */
  maxLineBytes: number;
}

export interface FoundBaseline {
  kind: 'found';
  runId: number;
  artifactId: number;
  /** The downloaded, validated inventory.jsonl. */
  inventory: string;
  records: number;
  /** The collection status the artifact's run_summary.json records. */
  status: string;
}

export type BaselineSearch =
  | FoundBaseline
  /** Nothing that could ever have been a baseline: the first run. */
  | { kind: 'never'; reason: string }
  /** A baseline existed and cannot be used: fail closed. */
  | { kind: 'unusable'; reason: string };

/** How far back to look: older than this many candidate runs is not a useful baseline. */
const MAX_RUNS_SCANNED = 50;
/** Statuses of a complete collection (DEGRADED: complete, some details unverified). */
const COMPLETE = new Set(['SUCCESS', 'DEGRADED']);
const RunSummaryStatus = v.object({ status: v.pipe(v.string(), v.maxLength(64)) });

interface RunLike {
  id: number;
  run_number: number;
  workflow_id: number;
  head_branch: string | null;
  event: string;
  status: string | null;
  conclusion: string | null;
  head_repository?: { id?: number; full_name?: string } | null;
}

/** A fork's run carries the fork as head_repository: only this repository's own runs count. */
function sameRepository(run: RunLike, repo: RepoRef, repoId: number | undefined): boolean {
  const head = run.head_repository;
  if (!head) return false;
  if (repoId !== undefined && typeof head.id === 'number') return head.id === repoId;
  return typeof head.full_name === 'string' && head.full_name.toLowerCase() === `${repo.owner}/${repo.repo}`.toLowerCase();
}

function acceptedConclusion(run: RunLike, policy: BaselinePolicy): boolean {
  if (run.status !== 'completed') return false;
  // last-complete: a job that failed (e.g. because fail-on tripped) may still have collected
  // everything; its run_summary.json decides. Cancelled or timed-out runs never count.
  return policy === 'last-passing' ? run.conclusion === 'success' : run.conclusion === 'success' || run.conclusion === 'failure';
}

async function defaultBranchOf(octokit: Octokit, repo: RepoRef, fallback: string | null): Promise<{ branch: string | null; id: number | undefined }> {
  try {
    const { data } = await octokit.rest.repos.get({ ...repo });
    return { branch: data.default_branch ?? fallback, id: data.id };
  } catch {
    return { branch: fallback, id: undefined };
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface BaselineSearchOptions {
  octokit: Octokit;
  repo: RepoRef;
  runId: number;
  name: string;
  rule: BaselineRule;
  token: string;
  /** Scratch directory the artifact is fetched and extracted into. */
  into: string;
  fetch?: typeof fetch;
}

export async function findBaseline(options: BaselineSearchOptions): Promise<BaselineSearch> {
  const { octokit, repo, runId, name, rule } = options;
  const { data: current } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId });
  const repository = (current as { repository?: { default_branch?: string; id?: number } }).repository;
  // Without the repository's answer: the run's repository object, else this run's own branch
  // when it is itself a default-branch event (a pull request's branch never is).
  const fallback = repository?.default_branch ?? (options.rule.events.includes(current.event) ? current.head_branch : null);
  const home = await defaultBranchOf(octokit, repo, fallback);
  const branch = home.branch;
  const repoId = home.id ?? repository?.id;
  if (!branch) return { kind: 'unusable', reason: 'the repository\'s default branch could not be determined' };
  const events = new Set(rule.events);
  let scanned = 0;
  let expired = 0;
  const skipped: string[] = [];
  for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
    ...repo,
    workflow_id: current.workflow_id,
    branch,
    status: rule.policy === 'last-passing' ? 'success' : 'completed',
    per_page: 25,
  })) {
    // Newest first, as the API returns them; sort anyway so a reordered page cannot pick an older run.
    const runs = ([...page.data] as RunLike[]).sort((a, b) => b.run_number - a.run_number || b.id - a.id);
    for (const run of runs) {
      if (run.id === runId || run.workflow_id !== current.workflow_id || run.head_branch !== branch) continue;
      if (!events.has(run.event) || !sameRepository(run, repo, repoId) || !acceptedConclusion(run, rule.policy)) continue;
      if (++scanned > MAX_RUNS_SCANNED) break;
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name, per_page: 100 });
      const matching = data.artifacts.filter((a) => a.name === name);
      const live = matching.filter((a) => !a.expired).sort((a, b) => b.id - a.id);
      if (matching.length > 0 && live.length === 0) expired++;
      const artifact = live[0];
      if (!artifact) continue;
      // One run uploads one artifact per name; two means a legacy upload or tampering: do not guess.
      if (live.length > 1) return { kind: 'unusable', reason: `run ${run.id} has ${live.length} artifacts named ${name}; refusing to guess which is the baseline` };
      const dir = join(options.into, String(artifact.id));
      const fetched = await fetchArtifact(options, { id: artifact.id, size: artifact.size_in_bytes }, dir);
      if (fetched.kind === 'unusable') return { kind: 'unusable', reason: `the artifact ${name} of run ${run.id}: ${fetched.reason}` };
      if (fetched.kind === 'incomplete') {
        skipped.push(`run ${run.id} (${fetched.reason})`);
        await rm(dir, { recursive: true, force: true });
        continue;
      }
      return { kind: 'found', runId: run.id, artifactId: artifact.id, inventory: fetched.inventory, records: fetched.records, status: fetched.status };
    }
    if (scanned > MAX_RUNS_SCANNED) break;
  }
  const where = `workflow runs on ${branch} from ${rule.events.join('/')} events`;
  if (expired > 0) return { kind: 'unusable', reason: `every artifact named ${name} of the earlier ${where} has expired` };
  const passed = skipped.length > 0 ? `; not complete collections, so skipped: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}` : '';
  return { kind: 'never', reason: `no earlier ${rule.policy === 'last-passing' ? 'passing' : 'complete'} ${where} has an artifact named ${name}${passed}` };
}

type Fetched =
  | { kind: 'ok'; inventory: string; records: number; status: string }
  | { kind: 'incomplete'; reason: string }
  | { kind: 'unusable'; reason: string };

/** Counts bytes through a download and stops it past the cap. */
class Cap extends Transform {
  bytes = 0;
  constructor(private readonly cap: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.cap) done(new ArchiveError(`the archive is larger than ${this.cap} bytes (baseline-max-size)`));
    else done(null, chunk);
  }
}

/** One attempt: GET …/artifacts/{id}/zip (a redirect to storage), bounded, to `dir/artifact.zip`. */
async function download(options: BaselineSearchOptions, artifactId: number, zipPath: string): Promise<void> {
  const doFetch = options.fetch ?? fetch;
  const endpoint = options.octokit.request.endpoint('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
    ...options.repo,
    artifact_id: artifactId,
    archive_format: 'zip',
  });
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(endpoint.headers)) if (typeof value === 'string') headers[key] = value;
  headers.authorization = `token ${options.token}`;
  let response = await doFetch(endpoint.url, { headers, redirect: 'manual' });
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new ArchiveError(`the download answered ${response.status} without a location`);
    // The signed storage URL carries its own authorization; the token is not sent there.
    response = await doFetch(location, { redirect: 'follow' });
  }
  if (response.status === 410) {
    await response.body?.cancel();
    throw new ArchiveError('the artifact has expired (HTTP 410)');
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new ArchiveError(`the download answered HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.rule.maxBytes) {
    await response.body.cancel();
    throw new ArchiveError(`the archive is ${declared} bytes, more than baseline-max-size (${options.rule.maxBytes})`);
  }
  await pipeline(Readable.fromWeb(response.body as Parameters<typeof Readable.fromWeb>[0]), new Cap(options.rule.maxBytes), createWriteStream(zipPath, { mode: 0o600 }));
}

/** The entry `file` at the top of the archive, or under the one directory the run was uploaded from. */
function pick(entries: ZipEntry[], file: string): ZipEntry | undefined {
  const matches = entries.filter((e) => e.name === file || e.name.endsWith(`/${file}`));
  matches.sort((a, b) => a.name.length - b.name.length);
  return matches[0];
}

async function fetchArtifact(options: BaselineSearchOptions, artifact: { id: number; size: number }, dir: string): Promise<Fetched> {
  const { rule } = options;
  if (artifact.size > rule.maxBytes) {
    return { kind: 'unusable', reason: `it is ${artifact.size} bytes, more than baseline-max-size (${rule.maxBytes} bytes)` };
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const zipPath = join(dir, 'artifact.zip');
  try {
    await download(options, artifact.id, zipPath);
    const entries = await readZipDirectory(zipPath, (await stat(zipPath)).size, { maxUncompressedBytes: rule.maxBytes });
    const summaryEntry = pick(entries, 'run_summary.json');
    const inventoryEntry = pick(entries, 'inventory.jsonl');
    // run_summary.json is written last: without it the run never finished collecting.
    if (!summaryEntry) return { kind: 'incomplete', reason: 'no run_summary.json: the run did not finish' };
    let budget = rule.maxBytes;
    const summaryPath = join(dir, 'run_summary.json');
    budget -= await extractEntry(zipPath, summaryEntry, summaryPath, Math.min(budget, 64 * 1024 * 1024));
    let status: string;
    try {
      const parsed = v.safeParse(RunSummaryStatus, JSON.parse(await readFile(summaryPath, 'utf8')));
      if (!parsed.success) return { kind: 'unusable', reason: 'its run_summary.json has no status' };
      status = parsed.output.status;
    } catch {
      return { kind: 'unusable', reason: 'its run_summary.json is not JSON' };
    }
    if (!COMPLETE.has(status)) {
      if (status === 'PARTIAL' || status === 'FAILED') return { kind: 'incomplete', reason: `collection ${status}` };
      return { kind: 'unusable', reason: `its run_summary.json has an unknown status ${JSON.stringify(status.slice(0, 40))}` };
    }
    if (!inventoryEntry) return { kind: 'unusable', reason: 'it holds no inventory.jsonl' };
    const inventory = join(dir, 'inventory.jsonl');
    budget -= await extractEntry(zipPath, inventoryEntry, inventory, budget, { maxLineBytes: rule.maxLineBytes });
    // The baseline's IaC coverage, when it had one: `fail-on new-unmanaged` reads it (docs/iac.md).
    const iacEntry = pick(entries, 'iac.json');
    if (iacEntry) await extractEntry(zipPath, iacEntry, join(dir, 'iac.json'), budget, { maxLineBytes: rule.maxLineBytes });
    await rm(zipPath, { force: true });
    const records = await validateBaselineInventory(inventory);
    return { kind: 'ok', inventory, records, status };
  } catch (error) {
    return { kind: 'unusable', reason: message(error) };
  }
}
