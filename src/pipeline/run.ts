// The pipeline (SPEC §1): regions → compartments → discovery → enrich → export → diff →
// report. It talks to OCI only through the ports, so it runs the same against the SDK, the
// emulator, or a test fake.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EXIT } from './exit.js';
import { compareRecords, type InventoryRecord } from '../core/record.js';
import { parseExtraRules, Redactor } from '../core/redact.js';
import type { RunConfig } from './config.js';
import { compartmentSubtree, describeError, discoverAll, httpStatusOf, INTERRUPTED_REASON, type RegionOutcome, runPool } from './discover.js';
import { type Logger, type RunPhase, RunProgress } from './log.js';
import { type DiffOutcome, compareWithBaseline, writeJsonAtomic, writeTextAtomic } from './outputs.js';
import { writeExportsFromStream } from '../export/exports.js';
import { SpillStore } from '../export/spill.js';
import type { CompartmentInfo, DiscoveryPort, EnrichPort, Identity } from './ports.js';
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
  const found = await time('discovery', () =>
    discoverAll(
      discovery,
      {
        regions,
        homeRegion: identity.homeRegion,
        query: config.query,
        includeTerminated: config.includeTerminated,
        scope,
        workers: config.workersRegion,
        collectedAt,
        progress,
        ...(signal ? { signal } : {}),
      },
      log,
    ),
  );
  log.info(`discovery: ${found.records.size} resources in ${regions.length} region(s)`, {
    phase: 'discovery',
    counts: { records: found.records.size, regions: regions.length, failed: found.regions.filter((r) => r.status === 'FAILED').length },
    duration_ms: timings.discovery ?? 0,
  });
  const interrupted = () => signal?.aborted === true;
  if (interrupted() && found.records.size === 0) signal?.throwIfAborted();
  const failed = found.regions.filter((r) => r.status === 'FAILED' && !(interrupted() && r.error === INTERRUPTED_REASON));
  if (failed.length > 0 && failed.length === regions.length && failed.every((r) => isAuthStatus(r.httpStatus))) {
    throw new RunAuthError(`search refused in every region: ${failed[0]?.error ?? ''}`);
  }
  for (const r of failed) warn(`region ${r.region} failed: ${r.error}`);

  // Records go in batches (a region's records, by whole resource types) through enrich →
  // redact → spill; once a batch is on disk nothing holds it, so memory holds the search
  // results not yet enriched plus one batch per region worker, never the enriched inventory
  // (docs/architecture.md, "Data flow: bounded memory").
  const tally = new InventoryTally();
  let outputs: string[];
  const byRegion = new Map<string, InventoryRecord[]>();
  for (const r of found.records.values()) {
    const list = byRegion.get(r.region) ?? [];
    list.push(r);
    byRegion.set(r.region, list);
  }
  found.records.clear();
  for (const list of byRegion.values()) list.sort(compareRecords);
  // The one redaction policy, on every record, before anything is written, hashed or rendered.
  const redactor = new Redactor({ tenancyId: identity.tenancyId, secret: deps.redactionSecret, extra: parseExtraRules(config.redactExtra) });
  const spill = new SpillStore(join(runDir, '.spill'));
  try {
    enterPhase('enrich');
    await time('enrich', () =>
      enrichAll(byRegion, regions, identity.homeRegion, found.regions, config, deps, progress, warn, async (region, list) => {
        await time('redact', async () => {
          for (const record of list) redactor.redactRecord(record);
        });
        await spill.add(list);
        byRegion.delete(region);
      }),
    );
    if (interrupted()) {
      progress.interrupted = true;
      warn('interrupted: the inventory holds what was complete when the run was stopped');
    }
    if (redactor.counts.total > 0) log.info(`redacted ${redactor.counts.total} secret value(s)`);

    enterPhase('export');
    outputs = await time('export', () =>
      writeExportsFromStream(runDir, spill.merged(), compartments, {
        formats: config.formats,
        tagColumns: config.tagColumns,
        onStep: (step) => {
          progress.exportStep = step;
        },
        onRecord: (record) => tally.add(record),
      }),
    );
  } finally {
    await spill.cleanup();
  }
  log.info(`export: ${outputs.join(', ')}`, { phase: 'export', counts: { files: outputs.length, records: tally.total }, duration_ms: timings.export ?? 0 });

  let diff: DiffOutcome | undefined;
  const baseline = config.expected ?? config.prev;
  // An interrupted inventory is incomplete: a diff would report what was not read as removed.
  if (baseline && !interrupted()) {
    enterPhase('diff');
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
    dropped: { terminated: found.droppedTerminated, outOfScope: found.droppedOutOfScope },
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

async function enrichAll(
  byRegion: ReadonlyMap<string, InventoryRecord[]>,
  regions: string[],
  homeRegion: string,
  outcomes: RegionOutcome[],
  config: RunConfig,
  deps: RunDeps,
  progress: RunProgress,
  warn: (message: string) => void,
  /** Called once per region batch, enriched or marked, and never again for that batch. */
  done: (region: string, records: InventoryRecord[]) => Promise<void>,
): Promise<void> {
  const port = deps.enrich;
  if (!config.enrich || !port) {
    for (const [region, list] of [...byRegion]) {
      if (!config.enrich) for (const r of list) r.enrichStatus = 'SKIPPED';
      await done(region, list);
    }
    return;
  }
  const enrichPort: EnrichPort = port;
  const signal = deps.signal;
  const supported = port.supportedTypes();
  const dead = new Set(outcomes.filter((o) => o.status === 'FAILED').map((o) => o.region));
  // Global (IAM) records carry the home region. A shard without it (`--regions uk-london-1`)
  // still enriches them, through the home region's identity endpoint: every shard's globals
  // are then enriched, and merge keeps one of each.
  const order = regions.filter((r) => byRegion.has(r));
  if (byRegion.has(homeRegion) && !order.includes(homeRegion)) order.push(homeRegion);
  // Regions the run did not ask for hold no records today; batch them anyway, so none is lost.
  for (const region of byRegion.keys()) if (!order.includes(region)) order.push(region);
  let enrichTotal = 0;
  for (const list of byRegion.values()) for (const r of list) if (supported.has(r.resourceType)) enrichTotal++;
  progress.enrichTotal = enrichTotal;
  // Live counts per region; the home region of a shard that did not search it is counted in
  // the totals only (it is not a region of this run).
  const regionProgress = new Map(
    order.map((region) => {
      const p = progress.regions.get(region) ?? { region, search: 'done' as const, pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
      p.enrichTotal = (byRegion.get(region) ?? []).filter((r) => supported.has(r.resourceType)).length;
      return [region, p];
    }),
  );
  const dependencies = enrichPort.typeDependencies?.();
  await runPool(order, config.workersRegion, async (region) => {
    const list = byRegion.get(region) ?? [];
    // Whole types per batch (the enricher groups by type and compartment, so its calls do
    // not change), dependent types together; each batch is spilled as soon as it is enriched.
    const batches = dependencies ? batchByType(list, dependencies, ENRICH_BATCH_RECORDS) : [list];
    list.length = 0;
    const p = regionProgress.get(region) ?? progress.region(region);
    const started = Date.now();
    let stopped: string | undefined;
    let regionDone = 0;
    for (let i = 0; i < batches.length; i++) {
      const batch = batches[i] ?? [];
      batches[i] = [];
      stopped = await enrichOne(region, batch, stopped, (n) => {
        progress.enrichDone += n;
        regionDone += n;
        p.enrichDone = regionDone;
      });
      await done(region, batch);
    }
    if (dead.has(region) || (signal?.aborted && regionDone === 0 && stopped === undefined)) return;
    const outcome = outcomes.find((o) => o.region === region);
    if (outcome) outcome.enrich_duration_ms = Date.now() - started;
    deps.log.info(`${region}: enriched ${p.enrichDone}/${p.enrichTotal}`, {
      phase: 'enrich',
      region,
      counts: { done: p.enrichDone, total: p.enrichTotal },
      duration_ms: Date.now() - started,
    });
  });

  /** Enriches one batch; returns why the region stopped, for the batches after it. */
  async function enrichOne(region: string, list: InventoryRecord[], stopped: string | undefined, advance: (n: number) => void): Promise<string | undefined> {
    if (stopped !== undefined) {
      for (const r of list) if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType)) markError(r, stopped);
      return stopped;
    }
    if (signal?.aborted) {
      for (const r of list) if (supported.has(r.resourceType) && r.enrichStatus === 'NOT_IMPLEMENTED') markError(r, 'interrupted before enrichment');
      return undefined;
    }
    if (dead.has(region)) {
      // Its search failed; enrichment would hit the same dead endpoint.
      for (const r of list) if (supported.has(r.resourceType)) markError(r, 'region unavailable');
      return undefined;
    }
    try {
      let batchDone = 0;
      await enrichPort.enrichRegion(region, list, (n) => {
        advance(n - batchDone);
        batchDone = n;
      });
    } catch (error) {
      if (!signal?.aborted) warn(`enrichment in ${region} stopped: ${describeError(error)}`);
      const reason = signal?.aborted ? 'interrupted' : 'enrichment stopped';
      for (const r of list) if (r.enrichStatus === 'NOT_IMPLEMENTED' && supported.has(r.resourceType)) markError(r, reason);
      return reason;
    }
    return undefined;
  }
}

/** Records per enrichment batch: what is enriched and not yet spilled, per region worker. */
export const ENRICH_BATCH_RECORDS = 5_000;

/**
 * Splits a region's records into batches of whole resource types, about `target` records
 * each (a type bigger than that is a batch of its own), with every type and the types its
 * enrichment reads (transitively) in the same batch.
 */
export function batchByType(records: readonly InventoryRecord[], dependencies: ReadonlyMap<string, readonly string[]>, target: number): InventoryRecord[][] {
  const byType = new Map<string, InventoryRecord[]>();
  for (const r of records) {
    const list = byType.get(r.resourceType);
    if (list) list.push(r);
    else byType.set(r.resourceType, [r]);
  }
  // Union-find over types: a type joins the group of every type it depends on.
  const parent = new Map<string, string>();
  const find = (type: string): string => {
    let root = type;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(type, root);
    return root;
  };
  for (const type of [...byType.keys()].sort()) {
    parent.set(type, find(type));
    for (const dependency of dependencies.get(type) ?? []) {
      const a = find(type);
      const b = find(dependency);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, InventoryRecord[]>();
  for (const type of [...byType.keys()].sort()) {
    const root = find(type);
    const group = groups.get(root) ?? [];
    for (const r of byType.get(type) ?? []) group.push(r);
    groups.set(root, group);
  }
  const batches: InventoryRecord[][] = [];
  let current: InventoryRecord[] = [];
  for (const group of groups.values()) {
    if (current.length > 0 && current.length + group.length > target) {
      batches.push(current);
      current = [];
    }
    for (const r of group) current.push(r);
  }
  if (current.length > 0 || batches.length === 0) batches.push(current);
  // In (ocid, resourceType) order within a batch, as the whole region was before batching:
  // a region of fewer records than the target is enriched exactly as it used to be.
  for (const batch of batches) batch.sort(compareRecords);
  return batches;
}

/** The commonest enrichment failures, e.g. `getLog: 429 TooManyRequests ×3`. */
function topReasons(reasons: ReadonlyMap<string, number>): string {
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return top.map(([reason, n]) => `${reason} ×${n}`).join('; ') + (reasons.size > 3 ? '; …' : '');
}

function markError(record: InventoryRecord, reason: string): void {
  record.enrichStatus = 'ERROR';
  record.enrichError = reason;
}
