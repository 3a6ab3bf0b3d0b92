// The pipeline (SPEC §1): regions → compartments → discovery → enrich → export → diff →
// report. It talks to OCI only through the ports, so it runs the same against the SDK, the
// emulator, or a test fake.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT } from './exit.js';
import { parseExtraRules, Redactor } from '../core/redact.js';
import type { RunConfig } from './config.js';
import { compartmentSubtree, describeError, httpStatusOf, INTERRUPTED_REASON } from './discover.js';
import { type CollectResult, collectRegions } from './collect.js';
import { SearchBuckets } from './search-buckets.js';
import { type Logger, type RunPhase, RunProgress } from './log.js';
import { type DiffOutcome, compareWithBaseline, writeJsonAtomic, writeTextAtomic } from './outputs.js';
import { writeExportsFromStream } from '../export/exports.js';
import { SpillStore } from '../export/spill.js';
import type { CompartmentInfo, DiscoveryPort, EnrichPort, Identity } from './ports.js';
import { baselineDetailWarning } from './enrich-detail.js';
import { pathExists } from './preflight.js';
import { renderRunReport } from './report.js';
import { buildRunSummary, InventoryTally, type RunSummary } from './summary.js';

export type RunStatus = 'SUCCESS' | 'DEGRADED' | 'PARTIAL' | 'FAILED' | 'INTERRUPTED';

export interface RunResult {
  runDir: string;
  status: RunStatus;
  exitCode: number;
  summary: RunSummary;
  diff?: DiffOutcome;
  /** IaC coverage, when Terraform state was given (added by the app layer, docs/iac.md). */
  iac?: import('../iac/run-iac.js').IacOutcome;
}

export interface RunDeps {
  discovery: DiscoveryPort;
  /** Absent when enrichment is off or unavailable: records keep NOT_IMPLEMENTED / SKIPPED. */
  enrich: EnrichPort | undefined;
  log: Logger;
  now: () => Date;
  toolVersion: string;
  /**
   * The user's redaction secret (OCI_INV_REDACTION_KEY), mixed into the per-tenancy key of
   * redaction markers (docs/security.md). Absent: the key comes from the tenancy ocid alone.
   */
  redactionSecret?: string | undefined;
  /**
   * Aborted when the run is interrupted: no new call starts, what is complete is written as an
   * INTERRUPTED run. An abort reason with a numeric `exitCode` sets the result's exit code.
   */
  signal?: AbortSignal;
  /** The run's live counts; made here when not given. */
  progress?: RunProgress;
}

/** Usage or input error discovered while running (exit 2). */
export class RunInputError extends Error {
  override name = 'RunInputError';
}

/** 401/403 from identity or every region's search (exit 3). */
export class RunAuthError extends Error {
  override name = 'RunAuthError';
}

/** Interrupted before anything was written: no run directory is left (exit 130/143). */
export class RunInterruptedError extends Error {
  override name = 'RunInterruptedError';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export { EXIT };
// Batching lives with the streaming collection; re-exported where tests and tools found it.
export { batchByType, ENRICH_BATCH_RECORDS } from './collect.js';

/** The exit code an abort reason asks for (130, as for Ctrl-C, unless it says otherwise). */
export function interruptExitCode(signal: AbortSignal | undefined): number {
  const reason: unknown = signal?.reason;
  if (reason && typeof reason === 'object' && 'exitCode' in reason && typeof reason.exitCode === 'number') return reason.exitCode;
  return EXIT.SIGINT;
}

export function runDirName(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** A fresh run directory under outdir; a second run in the same second gets a suffix. */
export async function makeRunDir(outdir: string, date: Date): Promise<string> {
  await mkdir(outdir, { recursive: true });
  const base = join(outdir, runDirName(date));
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    try {
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`cannot create a run directory under ${outdir}`);
}

function isAuthStatus(status: number | undefined): boolean {
  return status === 401 || status === 403;
}

export async function runPipeline(config: RunConfig, deps: RunDeps): Promise<RunResult> {
  const { discovery, log, signal } = deps;
  const progress = deps.progress ?? new RunProgress();
  progress.transport = () => discovery.transport?.();
  // A caller that made the progress already showed it to the logger.
  if (!deps.progress) log.track?.(progress);
  let runDir: string | undefined;
  let summaryWritten = false;
  try {
    const result = await pipeline(config, deps, progress, (dir) => {
      runDir = dir;
      progress.runDir = dir;
    }, () => {
      summaryWritten = true;
    });
    return result;
  } catch (error) {
    // Interrupted half way (or failed): a directory without run_summary.json is not a run, and
    // is removed, unless a later phase (the diff, the report) failed after the inventory was
    // written: what was collected is kept for the caller to upload, and said where it is.
    if (runDir && !summaryWritten) {
      if (!signal?.aborted && (await pathExists(join(runDir, 'inventory.jsonl')))) {
        log.warn(`the run failed after collection; what was collected is kept in ${runDir} (no run_summary.json: not a complete run)`);
      } else {
        await rm(runDir, { recursive: true, force: true });
      }
    }
    if (signal?.aborted) {
      progress.interrupted = true;
      throw new RunInterruptedError(`interrupted before anything was written${runDir ? `; ${runDir} removed` : ''}`, interruptExitCode(signal));
    }
    throw error;
  } finally {
    progress.finish();
    log.groupEnd?.();
  }
}

async function pipeline(
  config: RunConfig,
  deps: RunDeps,
  progress: RunProgress,
  onRunDir: (dir: string) => void,
  onSummary: () => void,
): Promise<RunResult> {
  const { discovery, log, signal } = deps;
  const startedAt = deps.now();
  const timings: Record<string, number> = {};
  const time = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await work();
    } finally {
      timings[phase] = (timings[phase] ?? 0) + Date.now() - t0;
    }
  };
  const enterPhase = (phase: RunPhase) => {
    progress.setPhase(phase);
    log.group?.(phase);
  };
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    log.warn(message);
  };

  enterPhase('connect');
  let identity: Identity;
  let subscribed: Awaited<ReturnType<DiscoveryPort['listRegions']>>;
  try {
    subscribed = await time('regions', () => discovery.listRegions());
    identity = await time('identity', () => discovery.identity());
  } catch (error) {
    if (isAuthStatus(httpStatusOf(error))) throw new RunAuthError(`identity call refused: ${describeError(error)}`);
    throw error;
  }
  log.info(`tenancy ${identity.tenancyName || identity.tenancyId}, home region ${identity.homeRegion}`, { phase: 'connect' });

  const subscribedNames = subscribed.map((r) => r.name);
  const regions = config.regions.length > 0 ? config.regions : subscribedNames;
  const unknown = regions.filter((r) => !subscribedNames.includes(r));
  if (unknown.length > 0) {
    throw new RunInputError(`--regions: ${unknown.join(', ')} not subscribed (subscribed: ${subscribedNames.join(', ')})`);
  }

  const compartments: CompartmentInfo[] = await time('compartments', () => discovery.listCompartments());
  let scope: Set<string> | undefined;
  if (config.compartment) {
    if (!compartments.some((c) => c.ocid === config.compartment)) {
      throw new RunInputError(`--compartment: ${config.compartment} is not a compartment of this tenancy`);
    }
    scope = compartmentSubtree(config.compartment, compartments);
  }
  signal?.throwIfAborted();

  const runDir = await makeRunDir(config.outdir, startedAt);
  onRunDir(runDir);
  log.debug(`run directory ${runDir}`);
  const collectedAt = deps.now().toISOString();
  enterPhase('discovery');
  for (const region of regions) progress.region(region);
  const interrupted = () => signal?.aborted === true;
  // The one redaction policy, on every record, before anything is written, hashed or rendered.
  const redactor = new Redactor({ tenancyId: identity.tenancyId, secret: deps.redactionSecret, extra: parseExtraRules(config.redactExtra) });
  const tally = new InventoryTally();
  let outputs: string[];
  let found: CollectResult;
  // Search pages and enriched batches both go to the run's spill area, removed whatever happens.
  const spill = new SpillStore(join(runDir, '.spill'));
  // The exports start as soon as the last bucket enriches alone: what is spilled below the
  // frontier (collectRegions' onFrontier) is written while it enriches, the rest after its last
  // batch (docs/architecture.md, "Data flow: bounded memory").
  const follower = spill.follow();
  const exporting = writeExportsFromStream(runDir, follower.records({ dedupe: true }), compartments, {
    formats: config.formats,
    tagColumns: config.tagColumns,
    onStep: (step) => {
      progress.exportStep = step;
    },
    onRecord: (record) => tally.add(record),
  });
  // Awaited below; a failure meanwhile is not unhandled.
  exporting.catch(() => undefined);
  try {
    // Per region: search → disk → batches of whole types → enrich → redact → spill, regions
    // overlapping (docs/architecture.md, "Data flow: bounded memory").
    const discoveryStarted = Date.now();
    found = await collectRegions({
      regions,
      homeRegion: identity.homeRegion,
      config,
      scope,
      collectedAt,
      discovery,
      enrich: deps.enrich,
      buckets: new SearchBuckets(join(runDir, '.spill', 'search')),
      log,
      progress,
      signal,
      warn,
      onSearchesDone: (outcomes, counts) => {
        timings.discovery = Date.now() - discoveryStarted;
        log.info(`discovery: ${counts.accepted} search results in ${regions.length} region(s)`, {
          phase: 'discovery',
          counts: { records: counts.accepted, regions: regions.length, failed: outcomes.filter((r) => r.status === 'FAILED').length },
          duration_ms: timings.discovery,
        });
        enterPhase('enrich');
      },
      onFrontier: (below) => follower.advance(below),
      done: async (list) => {
        await time('redact', async () => {
          for (const record of list) redactor.redactRecord(record);
        });
        await spill.add(list);
        log.debug(`spilled run file ${spill.files}: ${list.length} records`);
      },
    });
    // Phases overlap: enrich is from the first batch's enrichment to the last one's end.
    timings.enrich = found.enrichStartedAt !== undefined && found.enrichEndedAt !== undefined ? found.enrichEndedAt - found.enrichStartedAt : 0;
    if (interrupted() && found.records === 0) signal?.throwIfAborted();
    const failedRegions = found.regions.filter((r) => r.status === 'FAILED' && !(interrupted() && r.error === INTERRUPTED_REASON));
    if (failedRegions.length > 0 && failedRegions.length === regions.length && failedRegions.every((r) => isAuthStatus(r.httpStatus))) {
      throw new RunAuthError(`search refused in every region: ${failedRegions[0]?.error ?? ''}`);
    }
    for (const r of failedRegions) warn(`region ${r.region} failed: ${r.error}`);
    if (interrupted()) {
      progress.interrupted = true;
      warn('interrupted: the inventory holds what was complete when the run was stopped');
    }
    if (redactor.counts.total > 0) log.info(`redacted ${redactor.counts.total} secret value(s)`);

    enterPhase('export');
    log.debug(`export: ${follower.yielded} records written while enriching; merging the rest of ${spill.count} records from ${spill.files} run files`, {
      phase: 'export',
    });
    follower.finish();
    // timings_ms.export: the part after the last batch, what the run waits for.
    outputs = await time('export', () => exporting);
  } catch (error) {
    follower.fail(error);
    throw error;
  } finally {
    // The exports end (committed, or their temporary files removed) before the spill goes.
    await exporting.catch(() => undefined);
    await spill.cleanup();
  }
  const failed = found.regions.filter((r) => r.status === 'FAILED' && !(interrupted() && r.error === INTERRUPTED_REASON));
  log.info(`export: ${outputs.join(', ')}`, { phase: 'export', counts: { files: outputs.length, records: tally.total }, duration_ms: timings.export ?? 0 });

  let diff: DiffOutcome | undefined;
  const baseline = config.expected ?? config.prev;
  // An interrupted inventory is incomplete: a diff would report what was not read as removed.
  if (baseline && !interrupted()) {
    enterPhase('diff');
    const detailWarning = config.enrich ? await baselineDetailWarning(baseline, config.enrichDetail) : undefined;
    if (detailWarning) warn(detailWarning);
    diff = await time('diff', () =>
      // The baseline goes through the same policy: an older run's raw values become the same
      // markers, so upgrading shows no false change and prints no old secret.
      compareWithBaseline(
        baseline,
        join(runDir, 'inventory.jsonl'),
        runDir,
        config,
        config.expected ? 'expected' : 'previous-run',
        (r) => redactor.redactRecord(r),
        new Map(compartments.map((c) => [c.ocid, c.path])),
      ),
    );
    const unverifiedNote = diff.counts.unverified ? ` (${diff.counts.unverified} unverified)` : '';
    log.info(`diff vs ${diff.baseline}: +${diff.counts.added} -${diff.counts.removed} ~${diff.counts.changed}${unverifiedNote}`, {
      phase: 'diff',
      counts: { added: diff.counts.added, removed: diff.counts.removed, changed: diff.counts.changed, unverified: diff.counts.unverified ?? 0 },
      duration_ms: timings.diff ?? 0,
    });
  }

  // Every region failed: nothing was inventoried, though the (empty) outputs are still written.
  // Complete but some records unverified (their enrichment failed): DEGRADED (SPEC §3).
  const unverified = tally.unverified;
  const status: RunStatus = interrupted()
    ? 'INTERRUPTED'
    : failed.length === 0
      ? unverified > 0
        ? 'DEGRADED'
        : 'SUCCESS'
      : failed.length === regions.length
        ? 'FAILED'
        : 'PARTIAL';
  if (status === 'DEGRADED') {
    warn(
      `${unverified} record(s) unverified: their enrichment failed (${topReasons(tally.errorReasons)}); ` +
        'they are compared on their search fields only and listed as unverified, not changed',
    );
  }
  enterPhase('report');
  const finishedAt = deps.now();
  const summary = buildRunSummary({
    tally,
    regions: found.regions,
    status,
    config,
    identity,
    startedAt,
    finishedAt,
    timings,
    apiCalls: discovery.apiCalls(),
    toolVersion: deps.toolVersion,
    outputs,
    diff,
    warnings,
    dropped: { terminated: found.counts.droppedTerminated, outOfScope: found.counts.droppedOutOfScope },
  });
  // report.md first: run_summary.json, written last, is what marks the directory a run.
  await writeTextAtomic(join(runDir, 'report.md'), await renderRunReport(summary, tally, compartments, diff));
  await writeJsonAtomic(join(runDir, 'run_summary.json'), summary);
  onSummary();

  let exitCode: number = EXIT.OK;
  if (status === 'INTERRUPTED') exitCode = interruptExitCode(signal);
  else if (status === 'PARTIAL' || status === 'FAILED') exitCode = EXIT.PARTIAL;
  else if (diff?.failOnTriggered || (status === 'DEGRADED' && config.failOn === 'degraded')) exitCode = EXIT.DRIFT;
  return { runDir, status, exitCode, summary, ...(diff ? { diff } : {}) };
}

/** The commonest enrichment failures, e.g. `getLog: 429 TooManyRequests ×3`. */
function topReasons(reasons: ReadonlyMap<string, number>): string {
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return top.map(([reason, n]) => `${reason} ×${n}`).join('; ') + (reasons.size > 3 ? '; …' : '');
}
