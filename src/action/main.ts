// The action's run(): inputs → credentials → baseline → pipeline → artifact → job summary →
// PR comment → outputs → pass/fail. Every outside effect comes in through ActionDeps, so unit
// tests drive it with fakes and the bundle wires in @actions/* and the real pipeline.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderChangeReport } from '../core/markdown.js';
import type { RunConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import type { RunResult } from '../pipeline/run.js';
import { type ArtifactClient, downloadBaseline, findPreviousArtifact, type Octokit, type RepoRef, uploadRunDirectory } from './artifacts.js';
import { validateBaselineInventory } from './baseline.js';
import { commentMarker, upsertStickyComment } from './comment.js';
import { maskSecrets, prepareCredentials } from './credentials.js';
import { type ActionInputs, getInputs, INPUT, InputError, type InputSource, SECRET_INPUTS } from './inputs.js';
import { type BaselineKind, buildOutputs, COMMENT_LIMIT, driftOf, failureMessage, renderActionReport, STEP_SUMMARY_LIMIT } from './report.js';

/** The part of @actions/core the action touches. */
export interface CoreApi extends InputSource {
  setSecret(value: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /** `::group::` / `::endgroup::` around each phase of the run (optional for test fakes). */
  startGroup?(name: string): void;
  endGroup?(): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface GitHubContext {
  eventName: string;
  runId: number;
  repo: RepoRef;
  serverUrl: string;
  /** Pull request number for pull_request(_target) events. */
  pullRequest: number | undefined;
}

export interface ActionDeps {
  core: CoreApi;
  env: NodeJS.ProcessEnv;
  context: () => GitHubContext;
  octokit: (token: string) => Octokit;
  artifacts: () => ArtifactClient;
  resolveConfig: (sources: { env: NodeJS.ProcessEnv; flags: Partial<Record<keyof RunConfig, unknown>> }) => Promise<RunConfig>;
  runInventory: (config: RunConfig, options: { log: Logger; env: NodeJS.ProcessEnv }) => Promise<RunResult>;
  chdir: (dir: string) => void;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Masks from the raw input text, before validation can throw or anything can log. */
function maskRawSecrets(core: CoreApi): void {
  const names = [...SECRET_INPUTS, INPUT.githubToken];
  maskSecrets(
    names.map((name) => core.getInput(name)),
    (value) => core.setSecret(value),
  );
}

function actionLogger(core: CoreApi): Logger {
  let open = false;
  const end = () => {
    if (open) core.endGroup?.();
    open = false;
  };
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warn: (m) => core.warning(m),
    error: (m) => core.error(m),
    group: (name) => {
      end();
      core.startGroup?.(`oci-inv: ${name}`);
      open = true;
    },
    groupEnd: end,
  };
}

interface Baseline {
  kind: BaselineKind;
  path: string | undefined;
  note: string | undefined;
}

async function previousRunBaseline(inputs: ActionInputs, deps: ActionDeps, ctx: GitHubContext, into: string): Promise<Baseline> {
  const none = (note: string): Baseline => {
    deps.core.warning(`no previous inventory: ${note}; this run is the new baseline`);
    return { kind: 'none', path: undefined, note };
  };
  if (!inputs.githubToken) return none('github-token is empty');
  try {
    const octokit = deps.octokit(inputs.githubToken);
    const lookup = await findPreviousArtifact(octokit, ctx.repo, ctx.runId, inputs.artifactName);
    if (!lookup.found) return none(lookup.reason);
    deps.core.info(`baseline: artifact ${lookup.artifact.artifactId} of run ${lookup.artifact.runId}`);
    const path = await downloadBaseline(deps.artifacts(), lookup.artifact, into, { token: inputs.githubToken, repo: ctx.repo });
    await validateBaselineInventory(path);
    return { kind: 'previous-run', path, note: `run ${lookup.artifact.runId}` };
  } catch (error) {
    return none(`the previous run's artifact could not be used (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function expectedBaseline(inputs: ActionInputs): Promise<Baseline> {
  const path = resolve(inputs.expected ?? '');
  try {
    if (!(await stat(path)).isFile() && !(await stat(join(path, 'inventory.jsonl'))).isFile()) throw new Error('not a file');
  } catch {
    throw new InputError(INPUT.expected, `${inputs.expected} does not exist (relative to working-directory)`);
  }
  return { kind: 'expected', path, note: inputs.expected };
}

function configFlags(inputs: ActionInputs, credentials: { configFile: string | undefined }, baseline: Baseline, outdir: string | undefined) {
  const flags: Partial<Record<keyof RunConfig, unknown>> = { auth: inputs.auth };
  if (credentials.configFile) flags.ociConfig = credentials.configFile;
  if (inputs.regions.length > 0) flags.regions = inputs.regions;
  if (inputs.compartment) flags.compartment = inputs.compartment;
  if (inputs.query) flags.query = inputs.query;
  if (inputs.includeTerminated !== undefined) flags.includeTerminated = inputs.includeTerminated;
  if (inputs.formats.length > 0) flags.formats = inputs.formats;
  if (inputs.enrich !== undefined) flags.enrich = inputs.enrich;
  if (inputs.ignore.length > 0) flags.ignore = inputs.ignore;
  if (inputs.failOn) flags.failOn = inputs.failOn;
  if (outdir) flags.outdir = outdir;
  if (baseline.kind === 'expected') flags.expected = baseline.path;
  if (baseline.kind === 'previous-run') flags.prev = baseline.path;
  return flags;
}

export async function run(deps: ActionDeps): Promise<void> {
  const { core, env } = deps;
  maskRawSecrets(core);
  const inputs = getInputs(core);
  if (inputs.workingDirectory) deps.chdir(inputs.workingDirectory);
  const ctx = deps.context();
  const tempRoot = env.RUNNER_TEMP || tmpdir();
  const credentials = await prepareCredentials(inputs, { tempRoot });
  const scratch = await mkdtemp(join(tempRoot, 'oci-inv-baseline-'));
  try {
    let baseline: Baseline = { kind: 'none', path: undefined, note: 'compare-to is none' };
    if (inputs.compareTo === 'expected') baseline = await expectedBaseline(inputs);
    else if (inputs.compareTo === 'previous-run') baseline = await previousRunBaseline(inputs, deps, ctx, scratch);

    // A run directory per run under the runner's temp unless the workflow says otherwise: the
    // artifact is the durable copy, and the workspace stays clean for later steps.
    const outdir = env.OCI_INV_OUTDIR ? undefined : join(tempRoot, 'oci-inv');
    const config = await deps.resolveConfig({ env, flags: configFlags(inputs, credentials, baseline, outdir) });
    const result = await deps.runInventory(config, { log: actionLogger(core), env });
    await report(inputs, deps, ctx, config, result, baseline);
  } finally {
    await credentials.dispose();
    await rm(scratch, { recursive: true, force: true });
  }
}

async function report(inputs: ActionInputs, deps: ActionDeps, ctx: GitHubContext, config: RunConfig, result: RunResult, baseline: Baseline): Promise<void> {
  const { core } = deps;
  let artifact: { id: number; url: string } | undefined;
  let uploadError: string | undefined;
  try {
    artifact = await uploadRunDirectory(deps.artifacts(), inputs.artifactName, result.runDir, inputs.retentionDays, {
      serverUrl: ctx.serverUrl,
      repo: ctx.repo,
      runId: ctx.runId,
    });
    core.info(`uploaded ${result.runDir} as artifact ${inputs.artifactName} (${artifact.id})`);
  } catch (error) {
    uploadError = error instanceof Error ? error.message : String(error);
    core.error(`artifact upload failed: ${uploadError}`);
  }

  const reportCtx = { artifactName: inputs.artifactName, artifactUrl: artifact?.url, baseline: baseline.kind, baselineNote: baseline.note };
  const hint = artifact ? `diff.json in the artifact [${inputs.artifactName}](${artifact.url})` : `diff.json in the artifact ${inputs.artifactName}`;
  // Each surface gets the report sized to its own limit, from the diff the pipeline already made.
  const changesWithin = (limit: number) =>
    result.diff ? renderChangeReport(result.diff.report, { limit, artifactHint: hint, baseline: result.diff.baseline }) : undefined;
  const summaryChanges = changesWithin(STEP_SUMMARY_LIMIT - 4096);
  await core.writeSummary(renderActionReport(result, reportCtx, summaryChanges, STEP_SUMMARY_LIMIT));

  const drift = driftOf(result);
  const wantsComment = inputs.comment === 'always' || (inputs.comment === 'on-change' && drift);
  if (PR_EVENTS.has(ctx.eventName) && ctx.pullRequest !== undefined && inputs.comment !== 'never') {
    if (!inputs.githubToken) {
      core.warning('no github-token: cannot comment on the pull request');
    } else {
      const commentChanges = changesWithin(COMMENT_LIMIT - 2048);
      const body = renderActionReport(result, reportCtx, commentChanges, COMMENT_LIMIT - commentMarker(inputs.artifactName).length - 1);
      // on-change still refreshes an earlier comment, so it never keeps showing drift that is gone.
      const outcome = await upsertStickyComment(deps.octokit(inputs.githubToken), { ...ctx.repo, issueNumber: ctx.pullRequest }, commentMarker(inputs.artifactName), body, {
        create: wantsComment,
      });
      if (outcome.action === 'forbidden') {
        core.warning(`cannot comment on pull request #${ctx.pullRequest} (HTTP ${outcome.status}: the token may not write, e.g. a fork's); the job summary has the report`);
      } else if (outcome.action !== 'skipped') {
        core.info(`${outcome.action} comment ${outcome.id} on pull request #${ctx.pullRequest}`);
      }
    }
  }

  for (const [name, value] of Object.entries(buildOutputs(result, artifact, baseline.kind))) core.setOutput(name, value);

  if (result.status === 'PARTIAL') core.warning(`partial run: ${result.summary.regions.filter((r) => r.status === 'FAILED').map((r) => `${r.region} (${r.error})`).join(', ')}`);
  const failure = failureMessage(result, config.failOn, baseline.kind);
  if (failure) core.setFailed(failure);
  else if (uploadError) core.setFailed(`the inventory ran but its artifact could not be uploaded: ${uploadError}`);
}
