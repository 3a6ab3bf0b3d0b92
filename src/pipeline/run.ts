// The pipeline (SPEC §1): regions → compartments → discovery → enrich → export → diff →
// report. It talks to OCI only through the ports, so it runs the same against the SDK, the
// emulator, or a test fake.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compareRecords, type InventoryRecord } from '../core/record.js';
import { parseExtraRules, Redactor } from '../core/redact.js';
import type { RunConfig } from './config.js';
import { compartmentSubtree, describeError, discoverAll, httpStatusOf, type RegionOutcome, runPool } from './discover.js';
import type { Logger } from './log.js';
import { type DiffOutcome, compareWithBaseline, writeJsonAtomic, writeRunOutputs, writeTextAtomic } from './outputs.js';
import type { CompartmentInfo, DiscoveryPort, EnrichPort, Identity } from './ports.js';
import { renderRunReport } from './report.js';
import { buildRunSummary, type RunSummary } from './summary.js';

export type RunStatus = 'SUCCESS' | 'DEGRADED' | 'PARTIAL' | 'FAILED';

export interface RunResult {
  runDir: string;
  status: RunStatus;
  exitCode: number;
  summary: RunSummary;
  diff?: DiffOutcome;
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
}

/** Usage or input error discovered while running (exit 2). */
export class RunInputError extends Error {
  override name = 'RunInputError';
}

/** 401/403 from identity or every region's search (exit 3). */
export class RunAuthError extends Error {
  override name = 'RunAuthError';
}

export const EXIT = { OK: 0, INTERNAL: 1, USAGE: 2, AUTH: 3, PARTIAL: 4, DRIFT: 5 } as const;

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
  const { discovery, log } = deps;
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
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    log.warn(message);
  };

  let identity: Identity;
  let subscribed: Awaited<ReturnType<DiscoveryPort['listRegions']>>;
  try {
    subscribed = await time('regions', () => discovery.listRegions());
    identity = await time('identity', () => discovery.identity());
  } catch (error) {
    if (isAuthStatus(httpStatusOf(error))) throw new RunAuthError(`identity call refused: ${describeError(error)}`);
    throw error;
  }
  log.info(`tenancy ${identity.tenancyName || identity.tenancyId}, home region ${identity.homeRegion}`);

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

  const runDir = await makeRunDir(config.outdir, startedAt);
  log.debug(`run directory ${runDir}`);
  const collectedAt = deps.now().toISOString();
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
      },
      log,
    ),
  );
  const failed = found.regions.filter((r) => r.status === 'FAILED');
  if (failed.length === regions.length && failed.every((r) => isAuthStatus(r.httpStatus))) {
    await rm(runDir, { recursive: true, force: true });
    throw new RunAuthError(`search refused in every region: ${failed[0]?.error ?? ''}`);
  }
  for (const r of failed) warn(`region ${r.region} failed: ${r.error}`);

  const records = [...found.records.values()].sort(compareRecords);
  await time('enrich', () => enrichAll(records, regions, found.regions, config, deps, warn));
  // The one redaction policy, on every record, before anything is written, hashed or rendered.
  const redactor = new Redactor({ tenancyId: identity.tenancyId, secret: deps.redactionSecret, extra: parseExtraRules(config.redactExtra) });
  await time('redact', async () => {
    for (const record of records) redactor.redactRecord(record);
  });
  if (redactor.counts.total > 0) log.info(`redacted ${redactor.counts.total} secret value(s)`);

  const outputs = await time('export', () => writeRunOutputs(runDir, records, compartments, config));

  let diff: DiffOutcome | undefined;
  const baseline = config.expected ?? config.prev;
  if (baseline) {
    diff = await time('diff', () =>
      // The baseline goes through the same policy: an older run's raw values become the same
      // markers, so upgrading shows no false change and prints no old secret.
      compareWithBaseline(baseline, join(runDir, 'inventory.jsonl'), runDir, config, config.expected ? 'expected' : 'previous-run', (r) =>
        redactor.redactRecord(r),
      ),
    );
    const unverifiedNote = diff.counts.unverified ? ` (${diff.counts.unverified} unverified)` : '';
    log.info(`diff vs ${diff.baseline}: +${diff.counts.added} -${diff.counts.removed} ~${diff.counts.changed}${unverifiedNote}`);
  }

  // Every region failed: nothing was inventoried, though the (empty) outputs are still written.
  // Complete but some records unverified (their enrichment failed): DEGRADED (SPEC §3).
  const unverified = records.filter((r) => r.enrichStatus === 'ERROR').length;
  const status: RunStatus =
    failed.length === 0 ? (unverified > 0 ? 'DEGRADED' : 'SUCCESS') : failed.length === regions.length ? 'FAILED' : 'PARTIAL';
  if (status === 'DEGRADED') {
    warn(
      `${unverified} record(s) unverified: their enrichment failed (${topReasons(records)}); ` +
        'they are compared on their search fields only and listed as unverified, not changed',
    );
  }
  const finishedAt = deps.now();
  const summary = buildRunSummary({
    records,
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
  await writeSummaryAndReport(runDir, summary, records, compartments, diff);

  let exitCode: number = EXIT.OK;
  if (status === 'PARTIAL' || status === 'FAILED') exitCode = EXIT.PARTIAL;
  else if (diff?.failOnTriggered || (status === 'DEGRADED' && config.failOn === 'degraded')) exitCode = EXIT.DRIFT;
  return { runDir, status, exitCode, summary, ...(diff ? { diff } : {}) };
}

async function enrichAll(
  records: InventoryRecord[],
  regions: string[],
  outcomes: RegionOutcome[],
  config: RunConfig,
  deps: RunDeps,
  warn: (message: string) => void,
): Promise<void> {
  if (!config.enrich) {
    for (const r of records) r.enrichStatus = 'SKIPPED';
    return;
  }
  const port = deps.enrich;
  if (!port) return;
  const byRegion = new Map<string, InventoryRecord[]>();
  for (const r of records) {
    const list = byRegion.get(r.region) ?? [];
    list.push(r);
    byRegion.set(r.region, list);
  }
  const dead = new Set(outcomes.filter((o) => o.status === 'FAILED').map((o) => o.region));
  const total = records.length;
  let done = 0;
  await runPool(
    regions.filter((r) => byRegion.has(r)),
    config.workersRegion,
    async (region) => {
      const list = byRegion.get(region) ?? [];
      if (dead.has(region)) {
        // Its search failed; enrichment would hit the same dead endpoint.
        for (const r of list) if (port.supportedTypes().has(r.resourceType)) markError(r, 'region unavailable');
        return;
      }
      try {
        let regionDone = 0;
        await port.enrichRegion(region, list, (n) => {
          done += n - regionDone;
          regionDone = n;
          deps.log.progress?.('enrich', done, total);
        });
      } catch (error) {
        warn(`enrichment in ${region} stopped: ${describeError(error)}`);
        for (const r of list) if (r.enrichStatus === 'NOT_IMPLEMENTED' && port.supportedTypes().has(r.resourceType)) markError(r, 'enrichment stopped');
      }
    },
  );
}

/** The commonest enrichment failures, e.g. `getLog: 429 TooManyRequests ×3`. */
function topReasons(records: InventoryRecord[]): string {
  const reasons = new Map<string, number>();
  for (const r of records) if (r.enrichStatus === 'ERROR') reasons.set(r.enrichError ?? 'unknown', (reasons.get(r.enrichError ?? 'unknown') ?? 0) + 1);
  const top = [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
  return top.map(([reason, n]) => `${reason} ×${n}`).join('; ') + (reasons.size > 3 ? '; …' : '');
}

function markError(record: InventoryRecord, reason: string): void {
  record.enrichStatus = 'ERROR';
  record.enrichError = reason;
}

async function writeSummaryAndReport(
  runDir: string,
  summary: RunSummary,
  records: InventoryRecord[],
  compartments: CompartmentInfo[],
  diff: DiffOutcome | undefined,
): Promise<void> {
  await writeJsonAtomic(join(runDir, 'run_summary.json'), summary);
  await writeTextAtomic(join(runDir, 'report.md'), await renderRunReport(summary, records, compartments, diff));
}
