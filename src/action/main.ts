// The action's run(): inputs → credentials → baseline → pipeline → artifact → job summary →
// PR comment → outputs → pass/fail. Every outside effect comes in through ActionDeps, so unit
// tests drive it with fakes and the bundle wires in @actions/* and the real pipeline.
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { escapeText, renderChangeReport } from '../core/markdown.js';
import { renderIacMarkdown } from '../iac/report.js';
import type { RunConfig } from '../pipeline/config.js';
import type { Logger } from '../pipeline/log.js';
import type { RunResult } from '../pipeline/run.js';
import type { DoctorReport } from '../doctor/types.js';
import { type ArtifactClient, findBaseline, type Octokit, type RepoRef, uploadRunDirectory } from './artifacts.js';
import { validateBaselineInventory } from './baseline.js';
import { commentMarker, upsertStickyComment } from './comment.js';
import { maskSecrets, prepareCredentials } from './credentials.js';
import { type ActionInputs, BASELINE_MAX_LINE_BYTES, getInputs, INPUT, InputError, type InputSource, SECRET_INPUTS } from './inputs.js';
import { redactHeaders } from './redact.js';
import { type BaselineKind, buildOutputs, COMMENT_LIMIT, driftOf, failureMessage, iacFailureMessage, renderActionReport, STEP_SUMMARY_LIMIT } from './report.js';

/** State names the post step reads (core.saveState → STATE_* in the post step's env). */
export const STATE = { credentialsDir: 'credentials-dir', scratchDir: 'scratch-dir' } as const;

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
  /** For the post step (a second line of defence for key cleanup). */
  saveState?(name: string, value: string): void;
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
  /** The doctor (mode: doctor, and the verdict after an auth failure); without it neither runs. */
  runDoctor?: (config: RunConfig, options: { log: Logger; env: NodeJS.ProcessEnv }) => Promise<DoctorReport>;
  /**
   * Runs `cleanup` (synchronously) if the step is interrupted (SIGTERM/SIGINT) before the
   * returned function is called; the bundle wires process signals, tests may leave it out.
   */
  onInterrupt?: (cleanup: () => void) => () => void;
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

/** One line, no control characters, bounded: for untrusted text in a log line. */
export function oneLine(text: string, max = 2000): string {
  const flat = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/**
 * The core API with every printed message passed through redactHeaders: an SDK error that
 * quotes a request header (token, signature) is masked and never shown.
 */
export function guardedCore(core: CoreApi): CoreApi {
  const clean = (message: string) => redactHeaders(message, (value) => core.setSecret(value));
  return {
    getInput: (name) => core.getInput(name),
    getBooleanInput: (name) => core.getBooleanInput(name),
    setSecret: (value) => core.setSecret(value),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: (message) => core.setFailed(clean(message)),
    info: (message) => core.info(clean(message)),
    warning: (message) => core.warning(clean(message)),
    error: (message) => core.error(clean(message)),
    debug: (message) => core.debug(clean(message)),
    writeSummary: (markdown) => core.writeSummary(clean(markdown)),
    ...(core.saveState ? { saveState: (name: string, value: string) => core.saveState?.(name, value) } : {}),
    ...(core.startGroup ? { startGroup: (name: string) => core.startGroup?.(clean(name)) } : {}),
    ...(core.endGroup ? { endGroup: () => core.endGroup?.() } : {}),
  };
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
  /** A baseline was expected and could not be used (fail closed): why. */
  problem?: string | undefined;
}

async function previousRunBaseline(inputs: ActionInputs, deps: ActionDeps, ctx: GitHubContext, into: string): Promise<Baseline> {
  const none = (note: string): Baseline => {
    deps.core.warning(`no previous inventory: ${note}; this run is the new baseline`);
    return { kind: 'none', path: undefined, note };
  };
  const unusable = (reason: string): Baseline => {
    const problem = oneLine(reason, 1000);
    // Said here once; the failure (with fail-on) or the warning comes after the artifact is kept.
    deps.core.info(`baseline unusable: ${problem}`);
    return { kind: 'none', path: undefined, note: undefined, problem };
  };
  if (!inputs.githubToken) return none('github-token is empty');
  try {
    const search = await findBaseline({
      octokit: deps.octokit(inputs.githubToken),
      repo: ctx.repo,
      runId: ctx.runId,
      name: inputs.artifactName,
      token: inputs.githubToken,
      into,
      rule: { events: inputs.baselineEvents, policy: inputs.baselinePolicy, maxBytes: inputs.baselineMaxBytes, maxLineBytes: BASELINE_MAX_LINE_BYTES },
    });
    if (search.kind === 'never') return none(oneLine(search.reason, 1000));
    if (search.kind === 'unusable') return unusable(search.reason);
    deps.core.info(`baseline: artifact ${search.artifactId} of run ${search.runId} (${search.status}, ${search.records} records)`);
    return { kind: 'previous-run', path: search.inventory, note: `run ${search.runId}` };
  } catch (error) {
    return unusable(`the previous runs could not be searched (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function expectedBaseline(inputs: ActionInputs): Promise<Baseline> {
  const path = resolve(inputs.expected ?? '');
  let file = path;
  try {
    if (!(await stat(path)).isFile()) {
      file = join(path, 'inventory.jsonl');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
    }
  } catch {
    throw new InputError(INPUT.expected, `${inputs.expected} does not exist (relative to working-directory)`);
  }
  // Checked before collection starts: a bad committed file fails in seconds, not after the run.
  try {
    await validateBaselineInventory(file);
  } catch (error) {
    throw new InputError(INPUT.expected, oneLine(error instanceof Error ? error.message : String(error), 500));
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
  if (inputs.enrichDetail !== undefined) flags.enrichDetail = inputs.enrichDetail;
  if (inputs.genaiSummary !== undefined) flags.genaiSummary = inputs.genaiSummary;
  if (inputs.ignore.length > 0) flags.ignore = inputs.ignore;
  if (inputs.failOn) flags.failOn = [inputs.failOn, ...inputs.iacFailOn].join(',');
  if (inputs.terraformState.length > 0) flags.tfState = inputs.terraformState;
  if (inputs.ormStacks.length > 0) flags.ormStacks = inputs.ormStacks;
  if (outdir) flags.outdir = outdir;
  if (baseline.kind === 'expected') flags.expected = baseline.path;
  if (baseline.kind === 'previous-run') flags.prev = baseline.path;
  return flags;
}

async function subdirs(dir: string): Promise<Set<string>> {
  try {
    return new Set((await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name));
  } catch {
    return new Set();
  }
}

export async function run(rawDeps: ActionDeps): Promise<void> {
  const deps: ActionDeps = { ...rawDeps, core: guardedCore(rawDeps.core) };
  const { core, env } = deps;
  maskRawSecrets(core);
  const inputs = getInputs(core);
  // The trimmed token is what is written and sent: mask that exact text too.
  if (inputs.securityToken) core.setSecret(inputs.securityToken);
  if (inputs.workingDirectory) deps.chdir(inputs.workingDirectory);
  const ctx = deps.context();
  const tempRoot = env.RUNNER_TEMP || tmpdir();
  const doomed = new Set<string>();
  const release = deps.onInterrupt?.(() => {
    for (const dir of doomed) rmSync(dir, { recursive: true, force: true });
  });
  const remember = (name: string, dir: string) => {
    doomed.add(dir);
    core.saveState?.(name, dir);
  };
  let credentials: Awaited<ReturnType<typeof prepareCredentials>> | undefined;
  let scratch: string | undefined;
  try {
    credentials = await prepareCredentials(inputs, { tempRoot, onCreated: (dir) => remember(STATE.credentialsDir, dir) });
    if (inputs.mode === 'doctor') {
      const outdir = env.OCI_INV_OUTDIR ? undefined : join(tempRoot, 'oci-inv');
      const config = await deps.resolveConfig({ env, flags: configFlags(inputs, credentials, { kind: 'none', path: undefined, note: undefined }, outdir) });
      await doctorMode(deps, config);
      return;
    }
    scratch = await mkdtemp(join(tempRoot, 'oci-inv-baseline-'));
    remember(STATE.scratchDir, scratch);
    let baseline: Baseline = { kind: 'none', path: undefined, note: 'compare-to is none' };
    if (inputs.compareTo === 'expected') baseline = await expectedBaseline(inputs);
    else if (inputs.compareTo === 'previous-run') baseline = await previousRunBaseline(inputs, deps, ctx, scratch);

    // A run directory per run under the runner's temp unless the workflow says otherwise: the
    // artifact is the durable copy, and the workspace stays clean for later steps.
    const outdir = env.OCI_INV_OUTDIR ? undefined : join(tempRoot, 'oci-inv');
    const config = await deps.resolveConfig({ env, flags: configFlags(inputs, credentials, baseline, outdir) });
    const before = await subdirs(config.outdir);
    let result: RunResult;
    try {
      result = await deps.runInventory(config, { log: actionLogger(core), env });
    } catch (error) {
      if (AUTH_FAILURES.has(error instanceof Error ? error.name : '')) await doctorVerdict(deps, config, error);
      // Whatever was collected before the failure is kept: find this run's directory and upload it.
      const fresh = [...(await subdirs(config.outdir))].filter((d) => !before.has(d)).sort();
      const runDir = fresh.at(-1);
      if (runDir !== undefined) await keepWhatWasCollected(inputs, deps, ctx, join(resolve(config.outdir), runDir), baseline, error);
      throw error;
    }
    await report(inputs, deps, ctx, config, result, baseline);
  } finally {
    await credentials?.dispose();
    if (scratch) await rm(scratch, { recursive: true, force: true });
    release?.();
  }
}

/** Errors that end a run with exit 3 (SPEC §3): the doctor says which step fails and why. */
const AUTH_FAILURES = new Set(['AuthError', 'RunAuthError', 'OciSigningError']);

/** mode: doctor: the checks, the table in the job summary, a failed step when a check fails. */
async function doctorMode(deps: ActionDeps, config: RunConfig): Promise<void> {
  const { core, env } = deps;
  if (!deps.runDoctor) throw new Error('mode doctor is not available in this build');
  const report = await deps.runDoctor(config, { log: actionLogger(core), env });
  const { renderMarkdown, VERDICT } = await import('../doctor/render.js');
  await core.writeSummary(renderMarkdown(report));
  for (const c of report.checks) {
    const line = `${c.status} ${c.id}: ${c.detail}${c.fix && c.status !== 'pass' ? ` (fix: ${c.fix})` : ''}`;
    if (c.status === 'fail') core.error(line);
    else if (c.status === 'warn') core.warning(line);
    else core.info(line);
  }
  core.setOutput('doctor-exit-code', String(report.exitCode));
  if (report.policy.length > 0) core.setOutput('doctor-policy', report.policy.join('\n'));
  if (report.exitCode !== 0) core.setFailed(`doctor: ${VERDICT[report.exitCode] ?? `exit ${report.exitCode}`}`);
}

/** A run failed on auth: append the doctor's verdict on the failing step to the job summary. */
async function doctorVerdict(deps: ActionDeps, config: RunConfig, error: unknown): Promise<void> {
  const { core, env } = deps;
  if (!deps.runDoctor) return;
  try {
    const report = await deps.runDoctor(config, { log: { ...actionLogger(core), info: (m) => core.debug(m) }, env });
    const failing = report.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
    const { renderMarkdown } = await import('../doctor/render.js');
    const why = oneLine(error instanceof Error ? error.message : String(error), 500);
    await core.writeSummary(
      `## OCI inventory ❌ authentication failed\n\n${escapeText(why)}\n\n${renderMarkdown({ ...report, checks: failing.length > 0 ? failing : report.checks }, "The doctor's verdict")}`,
    );
  } catch (doctorError) {
    core.debug(`doctor after the auth failure: ${doctorError instanceof Error ? doctorError.message : String(doctorError)}`);
  }
}

/** A later phase failed: upload the run directory as it is, and say in the summary what failed. */
async function keepWhatWasCollected(inputs: ActionInputs, deps: ActionDeps, ctx: GitHubContext, runDir: string, baseline: Baseline, error: unknown): Promise<void> {
  const { core } = deps;
  const why = oneLine(error instanceof Error ? error.message : String(error), 1000);
  let artifact: { id: number; url: string } | undefined;
  try {
    artifact = await uploadRunDirectory(deps.artifacts(), inputs.artifactName, runDir, inputs.retentionDays, { serverUrl: ctx.serverUrl, repo: ctx.repo, runId: ctx.runId });
    core.info(`uploaded what was collected (${runDir}) as artifact ${inputs.artifactName} (${artifact.id})`);
  } catch (uploadError) {
    core.error(`artifact upload failed: ${uploadError instanceof Error ? uploadError.message : String(uploadError)}`);
  }
  const where = artifact ? `the artifact [<code>${escapeText(inputs.artifactName)}</code>](${artifact.url})` : 'the run directory (the artifact upload failed too)';
  const lines = [
    '## OCI inventory ❌ the run did not finish',
    '',
    `> [!CAUTION]\n> A phase after collection failed: ${escapeText(why)}`,
    '',
    `What was collected is kept in ${where}. Drift was not checked${baseline.problem !== undefined ? `; also, the baseline could not be used: ${escapeText(baseline.problem)}` : ''}.`,
    '',
  ];
  try {
    await core.writeSummary(`${lines.join('\n')}\n`);
  } catch (summaryError) {
    core.error(`job summary could not be written: ${summaryError instanceof Error ? summaryError.message : String(summaryError)}`);
  }
  core.setOutput('run-dir', runDir);
  core.setOutput('artifact-id', artifact ? String(artifact.id) : '');
  core.setOutput('artifact-url', artifact?.url ?? '');
  core.setOutput('baseline', baseline.kind);
  core.setOutput('drift', '');
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

  const unknown = baseline.problem !== undefined;
  const reportCtx = { artifactName: inputs.artifactName, artifactUrl: artifact?.url, baseline: baseline.kind, baselineNote: baseline.note, baselineProblem: baseline.problem };
  const name = escapeText(inputs.artifactName);
  const hint = artifact ? `diff.json in the artifact [${name}](${artifact.url})` : `diff.json in the artifact ${name}`;
  // Each surface gets the report sized to its own limit, from the diff the pipeline already made.
  const changesWithin = (limit: number) =>
    result.diff ? renderChangeReport(result.diff.report, { limit, artifactHint: hint, baseline: result.diff.baseline, ...(result.diff.compartmentPaths ? { compartmentPaths: result.diff.compartmentPaths } : {}) }) : undefined;
  // The IaC section gets its own share of each surface, after the change report.
  const iacHint = artifact ? `iac.json in the artifact [${name}](${artifact.url})` : `iac.json in the artifact ${name}`;
  const iacWithin = (limit: number) =>
    result.iac ? renderIacMarkdown(result.iac.result, { limit, fileHint: iacHint, top: config.iac.top, newUnmanaged: result.iac.newUnmanaged, compartmentPaths: result.iac.result.compartmentPaths }) : undefined;
  let renderError: string | undefined;
  try {
    const summaryIac = iacWithin(256 * 1024);
    const summaryChanges = changesWithin(STEP_SUMMARY_LIMIT - 4096 - Buffer.byteLength(summaryIac ?? '', 'utf8'));
    await core.writeSummary(renderActionReport(result, reportCtx, summaryChanges, STEP_SUMMARY_LIMIT, summaryIac));
  } catch (error) {
    // The artifact is already uploaded; say what failed instead of losing the summary entirely.
    renderError = oneLine(error instanceof Error ? error.message : String(error), 500);
    core.error(`job summary could not be rendered: ${renderError}`);
    await core.writeSummary(`## OCI inventory: the report could not be rendered\n\n${escapeText(renderError)}\n\nThe run directory is in the artifact ${name}.\n`).catch(() => undefined);
  }

  const drift = !unknown && driftOf(result);
  const iacFound = (result.iac?.failures.length ?? 0) > 0;
  const wantsComment = inputs.comment === 'always' || (inputs.comment === 'on-change' && (drift || unknown || iacFound));
  if (PR_EVENTS.has(ctx.eventName) && ctx.pullRequest !== undefined && inputs.comment !== 'never') {
    if (!inputs.githubToken) {
      core.warning('no github-token: cannot comment on the pull request');
    } else {
      const commentIac = iacWithin(16 * 1024);
      const commentChanges = changesWithin(COMMENT_LIMIT - 2048 - Buffer.byteLength(commentIac ?? '', 'utf8'));
      const marker = commentMarker(inputs.artifactName);
      const body = renderActionReport(result, reportCtx, commentChanges, COMMENT_LIMIT - Buffer.byteLength(marker, 'utf8') - 1, commentIac);
      // on-change still refreshes an earlier comment, so it never keeps showing drift that is gone.
      const outcome = await upsertStickyComment(deps.octokit(inputs.githubToken), { ...ctx.repo, issueNumber: ctx.pullRequest }, marker, body, {
        create: wantsComment,
      });
      if (outcome.action === 'forbidden') {
        core.warning(`cannot comment on pull request #${ctx.pullRequest} (HTTP ${outcome.status}: the token may not write, e.g. a fork's); the job summary has the report`);
      } else if (outcome.action !== 'skipped') {
        core.info(`${outcome.action} comment ${outcome.id} on pull request #${ctx.pullRequest}`);
      }
    }
  }

  for (const [outputName, value] of Object.entries(buildOutputs(result, artifact, baseline.kind, unknown))) core.setOutput(outputName, value);

  if (result.status === 'PARTIAL') core.warning(`partial run: ${result.summary.regions.filter((r) => r.status === 'FAILED').map((r) => `${r.region} (${r.error})`).join(', ')}`);
  const failure = failureMessage(result, config.failOn, baseline.kind, baseline.problem) ?? iacFailureMessage(result, config.iacFailOn);
  if (unknown && !failure) core.warning(`the baseline could not be used, so drift was not checked: ${baseline.problem}`);
  if (failure) core.setFailed(failure);
  else if (uploadError) core.setFailed(`the inventory ran but its artifact could not be uploaded: ${uploadError}`);
  else if (renderError) core.setFailed(`the inventory ran but its report could not be rendered: ${renderError}`);
}
