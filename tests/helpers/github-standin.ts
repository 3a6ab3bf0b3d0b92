// A loopback stand-in for what a GitHub-hosted runner talks to, so the real bundled action
// (with the real @actions/artifact and Octokit) runs end to end in tests:
// - the Actions Results artifact service (Twirp JSON) and the Azure blob store it uploads to;
// - the GitHub REST API: workflow runs, run artifacts, artifact zip redirects, issue comments.
// State survives across action runs, so run 2 finds run 1's artifact. Every request is recorded.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

export interface WorkflowRun {
  id: number;
  runNumber: number;
  workflowId: number;
  branch: string;
  event: string;
  status: 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | null;
  /** Where the run's code came from: this repository, or a fork (a fork's pull request). */
  headRepository: { id: number; fullName: string };
  /** The Results service's ids for this run and its one job, as the runtime token carries them. */
  backendRunId: string;
  backendJobId: string;
}

export interface StoredArtifact {
  id: number;
  runId: number;
  name: string;
  blocks: Map<string, Buffer>;
  content: Buffer | undefined;
  finalized: boolean;
  expired: boolean;
  createdAt: string;
  size: number;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  /** Login of the author. */
  user: string;
}

export interface StandinOptions {
  owner?: string;
  repo?: string;
  workflowId?: number;
}

export interface GitHubStandin {
  url: string;
  /** Value for GITHUB_API_URL. */
  apiUrl: string;
  /** Value for ACTIONS_RESULTS_URL. */
  resultsUrl: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  runs: WorkflowRun[];
  artifacts: StoredArtifact[];
  comments: StoredComment[];
  /** Answer comment writes with 403, as a fork's read-only token gets. */
  forbidCommentWrites: boolean;
  /** Tokens that are a user's (GET /user answers their login); any other is an installation token (403). */
  tokenLogins: Map<string, string>;
  /** The repository's id and default branch, as GET /repos/{owner}/{repo} answers. */
  repoId: number;
  defaultBranch: string;
  /** While true, GET /actions/runs/{id} never answers (to catch a step mid-run). */
  stallRunLookups: boolean;
  startRun(options?: { branch?: string; event?: string; fork?: string; workflowId?: number }): WorkflowRun;
  finishRun(run: WorkflowRun, conclusion?: 'success' | 'failure' | 'cancelled'): void;
  /** Stores a finished artifact on a run, as if the run had uploaded `zip`. */
  plantArtifact(run: WorkflowRun, name: string, zip: Buffer, options?: { expired?: boolean }): StoredArtifact;
  /** The JWT @actions/artifact reads the backend ids from (signature not checked). */
  runtimeToken(run: WorkflowRun): string;
  /** Everything a runner sets for the GitHub side of a step. */
  runnerEnv(run: WorkflowRun): Record<string, string>;
  close(): Promise<void>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const DOWNLOAD_SIG = 'standin-download';

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A zip archive with stored (uncompressed) entries: enough to plant a hand-made artifact. */
export function storedZip(files: Record<string, string | Buffer>): Buffer {
  return zipArchive(Object.entries(files));
}

export interface ZipEntryOptions {
  /** Deflate the entries (a zip bomb: a few MB of zeros inflate to much more). */
  deflate?: boolean;
  /** Declare this uncompressed size in the central directory instead of the real one (a lying archive). */
  declaredSize?: number;
}

/** A zip archive from entries in order; names may repeat (a colliding archive). */
export function zipArchive(entries: Array<[string, string | Buffer]>, options: ZipEntryOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const content = typeof data === 'string' ? Buffer.from(data) : data;
    const stored = options.deflate ? deflateRawSync(content) : content;
    const size = options.declaredSize ?? content.length;
    const method = options.deflate ? 8 : 0;
    const nameBytes = Buffer.from(name);
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, stored);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + stored.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export async function startGitHubStandin(options: StandinOptions = {}): Promise<GitHubStandin> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'infra';
  const workflowId = options.workflowId ?? 4242;
  const runs: WorkflowRun[] = [];
  const artifacts: StoredArtifact[] = [];
  const comments: StoredComment[] = [];
  const requests: RecordedRequest[] = [];
  let nextRunId = 9000;
  let nextArtifactId = 700;
  let nextCommentId = 55_000;
  let url = '';

  const repoId = 31_337;
  const repoJson = () => ({ id: standin.repoId, name: repo, full_name: `${owner}/${repo}`, owner: { login: owner }, default_branch: standin.defaultBranch });
  const runJson = (run: WorkflowRun) => ({
    id: run.id,
    run_number: run.runNumber,
    workflow_id: run.workflowId,
    head_branch: run.branch,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    name: 'inventory',
    head_repository: { id: run.headRepository.id, full_name: run.headRepository.fullName },
    repository: repoJson(),
  });
  const tokenOf = (req: IncomingMessage): string => (req.headers.authorization ?? '').replace(/^(token|bearer)\s+/i, '');
  const commentJson = (c: StoredComment) => ({ id: c.id, body: c.body, user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' } });
  const artifactJson = (a: StoredArtifact) => ({
    id: a.id,
    name: a.name,
    size_in_bytes: a.size,
    expired: a.expired,
    created_at: a.createdAt,
    archive_download_url: `${url}/api/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
    workflow_run: { id: a.runId },
  });
  const runByBackend = (backendRunId: unknown) => runs.find((r) => r.backendRunId === backendRunId);

  /** Page an array the way the REST API does, with a Link header Octokit's paginate follows. */
  const paged = <T>(items: T[], query: Record<string, string>, path: string): { page: T[]; headers: Record<string, string> } => {
    const perPage = Math.min(Number(query.per_page ?? 30) || 30, 100);
    const page = Math.max(Number(query.page ?? 1) || 1, 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      const next = new URLSearchParams({ ...query, page: String(page + 1), per_page: String(perPage) });
      headers.link = `<${url}${path}?${next}>; rel="next"`;
    }
    return { page: slice, headers };
  };

  async function twirp(method: string, body: Record<string, unknown>, res: ServerResponse): Promise<number> {
    const run = runByBackend(body.workflow_run_backend_id);
    if (!run) {
      sendJson(res, 404, { code: 'not_found', msg: 'unknown workflow run backend id' });
      return 404;
    }
    if (method === 'CreateArtifact') {
      const name = String(body.name ?? '');
      if (artifacts.some((a) => a.runId === run.id && a.name === name && a.finalized)) {
        sendJson(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        return 409;
      }
      const artifact: StoredArtifact = {
        id: nextArtifactId++,
        runId: run.id,
        name,
        blocks: new Map(),
        content: undefined,
        finalized: false,
        expired: false,
        createdAt: new Date().toISOString(),
        size: 0,
      };
      artifacts.push(artifact);
      sendJson(res, 200, { ok: true, signed_upload_url: `${url}/blob/${artifact.id}?sig=${randomBytes(8).toString('hex')}` });
      return 200;
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.runId === run.id && a.name === body.name && !a.finalized);
      if (!artifact?.content) {
        sendJson(res, 404, { code: 'not_found', msg: 'no uploaded artifact to finalize' });
        return 404;
      }
      artifact.finalized = true;
      artifact.size = artifact.content.length;
      sendJson(res, 200, { ok: true, artifact_id: String(artifact.id) });
      return 200;
    }
    if (method === 'ListArtifacts') {
      const list = artifacts.filter(
        (a) =>
          a.runId === run.id &&
          a.finalized &&
          (body.name_filter === undefined || a.name === body.name_filter) &&
          (body.id_filter === undefined || String(a.id) === String(body.id_filter)),
      );
      sendJson(res, 200, {
        artifacts: list.map((a) => ({
          workflow_run_backend_id: run.backendRunId,
          workflow_job_run_backend_id: run.backendJobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt,
        })),
      });
      return 200;
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.find((a) => a.runId === run.id && a.name === body.name && a.finalized);
      if (!artifact) {
        sendJson(res, 404, { code: 'not_found', msg: 'artifact not found' });
        return 404;
      }
      sendJson(res, 200, { signed_url: `${url}/blob/${artifact.id}?sig=${DOWNLOAD_SIG}` });
      return 200;
    }
    sendJson(res, 404, { code: 'bad_route', msg: `no such method ${method}` });
    return 404;
  }

  /** The Azure block-blob protocol, as @azure/storage-blob's uploadStream speaks it. */
  async function blob(req: IncomingMessage, res: ServerResponse, id: number, query: Record<string, string>): Promise<number> {
    const artifact = artifacts.find((a) => a.id === id);
    if (!artifact) {
      res.writeHead(404).end();
      return 404;
    }
    const azureHeaders = { 'x-ms-request-id': randomBytes(8).toString('hex'), 'x-ms-version': '2025-01-05', etag: `"0x${id}"`, 'last-modified': new Date().toUTCString() };
    if (req.method === 'GET') {
      if (!artifact.finalized || !artifact.content || query.sig !== DOWNLOAD_SIG) {
        res.writeHead(403).end();
        return 403;
      }
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.content.length });
      res.end(artifact.content);
      return 200;
    }
    const body = await readBody(req);
    if (req.method !== 'PUT') {
      res.writeHead(405).end();
      return 405;
    }
    if (query.comp === 'block') {
      artifact.blocks.set(query.blockid ?? '', body);
    } else if (query.comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1] ?? '');
      const missing = ids.filter((blockId) => !artifact.blocks.has(blockId));
      if (missing.length > 0) {
        res.writeHead(400, { 'x-ms-error-code': 'InvalidBlockList' }).end();
        return 400;
      }
      artifact.content = Buffer.concat(ids.map((blockId) => artifact.blocks.get(blockId) ?? Buffer.alloc(0)));
    } else {
      artifact.content = body;
    }
    res.writeHead(201, azureHeaders).end();
    return 201;
  }

  async function rest(req: IncomingMessage, res: ServerResponse, path: string, query: Record<string, string>): Promise<number> {
    const prefix = `/api/repos/${owner}/${repo}`;
    if (req.method === 'GET' && path === '/api/user') {
      // An installation token (the default GITHUB_TOKEN) may not read /user.
      const login = standin.tokenLogins.get(tokenOf(req));
      if (!login) return forbidden(res);
      sendJson(res, 200, { login, type: 'User' });
      return 200;
    }
    if (req.method === 'GET' && path === prefix) {
      sendJson(res, 200, repoJson());
      return 200;
    }
    if (!path.startsWith(prefix)) {
      sendJson(res, 404, { message: 'Not Found' });
      return 404;
    }
    const route = path.slice(prefix.length);
    const at = (pattern: RegExp): RegExpExecArray | null => pattern.exec(route);
    let m: RegExpExecArray | null = null;
    m = at(/^\/actions\/runs\/(\d+)$/);
    if (req.method === 'GET' && m) {
      if (standin.stallRunLookups) return new Promise<number>(() => undefined);
      const run = runs.find((r) => r.id === Number(m?.[1]));
      if (!run) return notFound(res);
      sendJson(res, 200, runJson(run));
      return 200;
    }
    m = at(/^\/actions\/workflows\/([^/]+)\/runs$/);
    if (req.method === 'GET' && m) {
      const list = runs
        .filter((r) => String(r.workflowId) === m?.[1])
        .filter((r) => !query.branch || r.branch === query.branch)
        .filter((r) => !query.status || (query.status === 'success' ? r.conclusion === 'success' : r.status === query.status))
        .sort((a, b) => b.id - a.id);
      const { page, headers } = paged(list, query, path);
      sendJson(res, 200, { total_count: list.length, workflow_runs: page.map(runJson) }, headers);
      return 200;
    }
    m = at(/^\/actions\/runs\/(\d+)\/artifacts$/);
    if (req.method === 'GET' && m) {
      const list = artifacts.filter((a) => a.runId === Number(m?.[1]) && a.finalized && (!query.name || a.name === query.name));
      const { page, headers } = paged(list, query, path);
      sendJson(res, 200, { total_count: list.length, artifacts: page.map(artifactJson) }, headers);
      return 200;
    }
    m = at(/^\/actions\/artifacts\/(\d+)\/zip$/);
    if (req.method === 'GET' && m) {
      const artifact = artifacts.find((a) => a.id === Number(m?.[1]) && a.finalized);
      if (!artifact) return notFound(res);
      if (artifact.expired) {
        sendJson(res, 410, { message: 'Artifact has expired' });
        return 410;
      }
      res.writeHead(302, { location: `${url}/blob/${artifact.id}?sig=${DOWNLOAD_SIG}` }).end();
      return 302;
    }
    m = at(/^\/issues\/(\d+)\/comments$/);
    if (m) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const list = comments.filter((c) => c.issue === issue);
        const { page, headers } = paged(list, query, path);
        sendJson(res, 200, page.map(commentJson), headers);
        return 200;
      }
      if (req.method === 'POST') {
        if (standin.forbidCommentWrites) return forbidden(res);
        const body = JSON.parse((await readBody(req)).toString('utf8')) as { body?: unknown };
        const comment: StoredComment = { id: nextCommentId++, issue, body: String(body.body ?? ''), user: standin.tokenLogins.get(tokenOf(req)) ?? 'github-actions[bot]' };
        comments.push(comment);
        sendJson(res, 201, commentJson(comment));
        return 201;
      }
    }
    m = at(/^\/issues\/comments\/(\d+)$/);
    if (req.method === 'PATCH' && m) {
      if (standin.forbidCommentWrites) return forbidden(res);
      const comment = comments.find((c) => c.id === Number(m?.[1]));
      if (!comment) return notFound(res);
      const body = JSON.parse((await readBody(req)).toString('utf8')) as { body?: unknown };
      comment.body = String(body.body ?? '');
      sendJson(res, 200, commentJson(comment));
      return 200;
    }
    return notFound(res);
  }

  function notFound(res: ServerResponse): number {
    sendJson(res, 404, { message: 'Not Found' });
    return 404;
  }
  function forbidden(res: ServerResponse): number {
    sendJson(res, 403, { message: 'Resource not accessible by integration' });
    return 403;
  }

  const server = createServer((req, res) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(parsed.searchParams);
    const path = parsed.pathname;
    const handle = async (): Promise<number> => {
      if (req.method === 'POST' && path.startsWith(TWIRP_PREFIX)) {
        const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as Record<string, unknown>;
        return twirp(path.slice(TWIRP_PREFIX.length), body, res);
      }
      const blobMatch = /^\/blob\/(\d+)$/.exec(path);
      if (blobMatch) return blob(req, res, Number(blobMatch[1]), query);
      if (path.startsWith('/api/')) return rest(req, res, path, query);
      return notFound(res);
    };
    handle().then(
      (status) => requests.push({ method: req.method ?? '', path, query, status }),
      (error: unknown) => {
        requests.push({ method: req.method ?? '', path, query, status: 500 });
        if (!res.headersSent) sendJson(res, 500, { message: String(error) });
        else res.destroy();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const standin: GitHubStandin = {
    url,
    apiUrl: `${url}/api`,
    resultsUrl: `${url}/`,
    owner,
    repo,
    requests,
    runs,
    artifacts,
    comments,
    forbidCommentWrites: false,
    tokenLogins: new Map(),
    repoId,
    defaultBranch: 'main',
    stallRunLookups: false,
    startRun({ branch = 'main', event = 'schedule', fork, workflowId: workflow = workflowId } = {}) {
      const id = nextRunId++;
      const run: WorkflowRun = {
        id,
        runNumber: runs.length + 1,
        workflowId: workflow,
        branch,
        event,
        headRepository: fork ? { id: 90_000 + id, fullName: fork } : { id: repoId, fullName: `${owner}/${repo}` },
        status: 'in_progress',
        conclusion: null,
        backendRunId: `${id}-run-backend`,
        backendJobId: `${id}-job-backend`,
      };
      runs.push(run);
      return run;
    },
    finishRun(run, conclusion = 'success') {
      run.status = 'completed';
      run.conclusion = conclusion;
    },
    plantArtifact(run, name, zip, { expired = false } = {}) {
      const artifact: StoredArtifact = {
        id: nextArtifactId++,
        runId: run.id,
        name,
        blocks: new Map(),
        content: zip,
        finalized: true,
        expired,
        createdAt: new Date().toISOString(),
        size: zip.length,
      };
      artifacts.push(artifact);
      return artifact;
    },
    runtimeToken(run) {
      const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
      const claims = base64url(JSON.stringify({ scp: `Actions.GenericRead:00000000 Actions.Results:${run.backendRunId}:${run.backendJobId}`, iat: 0 }));
      return `${header}.${claims}.unsigned`;
    },
    runnerEnv(run) {
      return {
        ACTIONS_RUNTIME_TOKEN: standin.runtimeToken(run),
        ACTIONS_RESULTS_URL: standin.resultsUrl,
        GITHUB_API_URL: standin.apiUrl,
        // @actions/artifact refuses GHES hosts; the API URL above is what it actually calls.
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: `${owner}/${repo}`,
        GITHUB_REPOSITORY_OWNER: owner,
        GITHUB_RUN_ID: String(run.id),
        GITHUB_RUN_NUMBER: String(run.runNumber),
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_WORKFLOW: 'inventory',
        GITHUB_WORKFLOW_REF: `${owner}/${repo}/.github/workflows/inventory.yml@refs/heads/${run.branch}`,
        GITHUB_EVENT_NAME: run.event,
        GITHUB_REF: run.event.startsWith('pull_request') ? 'refs/pull/7/merge' : `refs/heads/${run.branch}`,
        GITHUB_SHA: randomBytes(20).toString('hex'),
        GITHUB_JOB: 'inventory',
        GITHUB_ACTIONS: 'true',
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standin;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** RUNNER_TEMP of this step, to check nothing secret was left in it. */
  runnerTemp: string;
  /** The step's scratch directory (output files, event, RUNNER_TEMP): the test removes it. */
  dir: string;
  /** What the step saved with core.saveState (GITHUB_STATE), as the runner hands it to the post step. */
  state: Record<string, string>;
  /** The signal that ended the step, if one did. */
  signal: NodeJS.Signals | null;
}

/** Reads GITHUB_OUTPUT the way the runner does: `name<<DELIM` … `DELIM` blocks, or `name=value`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** action.yml's defaults, as the runner fills them in for inputs a workflow leaves out. */
async function actionDefaults(): Promise<Record<string, string>> {
  const action = parseYaml(await readFile(resolve('action.yml'), 'utf8')) as { inputs: Record<string, { default?: unknown }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default === undefined ? '' : String(spec.default);
    out[name] = value.includes('${{') ? '' : value;
  }
  return out;
}

export interface RunActionOptions {
  run: WorkflowRun;
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** The webhook payload GITHUB_EVENT_PATH points at. */
  payload?: unknown;
  /** Defaults to the repository checkout (the process cwd). */
  workspace?: string;
  /** Called with the step's process and RUNNER_TEMP once it is started (to signal it mid-run). */
  started?: (child: ChildProcess, runnerTemp: string) => void;
  /** The bundle to run; defaults to dist/action/index.js. */
  entry?: string;
}

/** Runs dist/action/index.js in a child process exactly as a runner's node24 step would. */
export async function runActionBundle(standin: GitHubStandin, options: RunActionOptions): Promise<ActionRun> {
  const step = await mkdtemp(join(tmpdir(), 'oci-inv-step-'));
  const runnerTemp = join(step, 'runner-temp');
  await mkdir(runnerTemp);
  const outputFile = join(step, 'output');
  const summaryFile = join(step, 'summary.md');
  const eventFile = join(step, 'event.json');
  const stateFile = join(step, 'state');
  await writeFile(stateFile, '');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  await writeFile(eventFile, JSON.stringify(options.payload ?? {}));
  const inputs = { ...(await actionDefaults()), 'github-token': 'ghs_standin_token', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? step,
    ...standin.runnerEnv(options.run),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: options.workspace ?? process.cwd(),
    RUNNER_TEMP: runnerTemp,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [resolve(options.entry ?? 'dist/action/index.js')], { cwd: options.workspace ?? process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.started?.(child, runnerTemp);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, sig) => done([c, sig])));
  return {
    code,
    signal,
    state: parseOutputFile(await readFile(stateFile, 'utf8')),
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    runnerTemp,
    dir: step,
  };
}

/** The action's API-key inputs for credentials the emulator wrote. */
export async function apiKeyInputs(auth: { tenancyId: string; userId: string; fingerprint: string; region: string; keyFile: string }): Promise<Record<string, string>> {
  return {
    tenancy: auth.tenancyId,
    user: auth.userId,
    fingerprint: auth.fingerprint,
    region: auth.region,
    'private-key': await readFile(auth.keyFile, 'utf8'),
  };
}

/**
 * One action step on a stand-in workflow run: the bundle runs against the emulator behind
 * `endpointTemplate`, the run is finished per the step's exit code, and the step's temp dir is
 * removed by `cleanups`.
 */
export async function actionStep(
  standin: GitHubStandin,
  endpointTemplate: string,
  cleanups: Array<() => Promise<void> | void>,
  options: Omit<RunActionOptions, 'env'> & { env?: Record<string, string> },
): Promise<ActionRun> {
  const result = await runActionBundle(standin, { ...options, env: { OCI_INV_ENDPOINT_TEMPLATE: endpointTemplate, ...options.env } });
  cleanups.push(() => rm(result.dir, { recursive: true, force: true }));
  standin.finishRun(options.run, result.code === 0 ? 'success' : 'failure');
  return result;
}
