// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did. Inputs are checked before
// the first API call (src/pipeline/preflight.ts); a run that cannot write its outputs leaves
// no run directory behind.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { connectOci, sdkRegionKeys } from '../oci/connect.js';
import { ConfigError, DEFAULT_QUERY, type RunConfig, sourceOf } from '../pipeline/config.js';
import { describeError, httpStatusOf } from '../pipeline/discover.js';
import { type Logger, RunProgress } from '../pipeline/log.js';
import type { DiscoveryPort } from '../pipeline/ports.js';
import { FILESYSTEM_ERRORS, OutputError, preflightRun, resolveRegionSelectors } from '../pipeline/preflight.js';
import { interruptExitCode, RunAuthError, RunInterruptedError, type RunResult, runDirName, runPipeline } from '../pipeline/run.js';
import { resolveGenAiConfig } from '../genai/config.js';
import type { SummaryOutcome } from '../genai/summarize.js';
import { TOOL_VERSION } from '../version.js';
import { EXIT } from '../pipeline/exit.js';
import { writeJsonAtomic, writeTextAtomic } from '../pipeline/outputs.js';
import { type OciConnection } from '../oci/connect.js';
import { preloadStates, runCoverage } from './iac-coverage.js';

export interface RunInventoryOptions {
  log: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Aborted on interrupt (Ctrl-C): see RunDeps.signal. */
  signal?: AbortSignal;
  /** The run's live counts, when the caller watches them (e.g. to clean up on a hard exit). */
  progress?: RunProgress;
  /** `--genai-*` flags (docs/genai.md), when the run adds an executive summary. */
  genaiFlags?: Record<string, unknown>;
}

/** A run's result, with its executive summary when one was asked for. */
export type RunInventoryResult = RunResult & { genai?: SummaryOutcome };


export async function runInventory(config: RunConfig, options: RunInventoryOptions): Promise<RunInventoryResult> {
  const { signal } = options;
  // Watched from the start: connecting (auth, the region list) can take a while on a slow or
  // unreachable endpoint, and a CI log must not stay silent meanwhile.
  const progress = options.progress ?? new RunProgress();
  options.log.track?.(progress);
  try {
    return await connectAndRun(config, { ...options, progress });
  } catch (error) {
    // Whatever failed once the run was interrupted failed because of it.
    if (signal?.aborted && !(error instanceof RunInterruptedError)) {
      throw new RunInterruptedError('interrupted before anything was written', interruptExitCode(signal));
    }
    throw error;
  } finally {
    progress.finish();
  }
}

async function connectAndRun(config: RunConfig, options: RunInventoryOptions): Promise<RunInventoryResult> {
  const { log, signal } = options;
  await preflightRun(config);
  // A bad GenAI config file is an input error, found before the first API call.
  const wantsSummary = config.genaiSummary || config.genaiDryRun;
  const genai = wantsSummary ? await resolveGenAiConfig({ env: options.env ?? process.env, ...(options.genaiFlags ? { flags: options.genaiFlags } : {}) }) : undefined;
  // Terraform state is read and checked before the first API call: a bad file makes no request.
  const states = await preloadStates(config);
  const connection = await connectOci(config, log, options.env, signal);
  if (options.progress) options.progress.transport = () => connection.discovery.transport?.();
  try {
    let regions: Awaited<ReturnType<DiscoveryPort['listRegions']>>;
    try {
      regions = await connection.discovery.listRegions();
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 401 || status === 403) throw new RunAuthError(`identity call refused: ${describeError(error)}`);
      throw error;
    }
    const homeRegion = regions.find((r) => r.isHome)?.name ?? regions[0]?.name ?? '';
    const selected = config.regions.length > 0 ? resolveRegionSelectors(config.regions, regions, sdkRegionKeys(), sourceOf(config, 'regions')) : [];
    if (config.query.trim() !== DEFAULT_QUERY) await checkQuery(connection.discovery, selected[0] ?? homeRegion, config);
    const enrich = config.enrich ? await connection.enricher(homeRegion) : undefined;
    const clock = options.now ?? (() => new Date());
    let startedAt: Date | undefined;
    const now = () => {
      const date = clock();
      startedAt ??= date;
      return date;
    };
    const before = await entriesOf(config.outdir);
    let result: RunInventoryResult;
    try {
      result = await runPipeline(
        { ...config, regions: selected },
        {
          discovery: connection.discovery,
          enrich,
          log,
          now,
          toolVersion: TOOL_VERSION,
          // A secret of the user's for redaction markers (docs/security.md); never logged.
          redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
          ...(signal ? { signal } : {}),
          ...(options.progress ? { progress: options.progress } : {}),
        },
      );
      if (states && result.status !== 'INTERRUPTED') await addCoverage(result, config, states, connection, options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const why = typeof code === 'string' ? FILESYSTEM_ERRORS.get(code) : undefined;
      if (!why) throw error;
      // Leave nothing that looks like a run: remove this run's directory (never an earlier one).
      const prefix = startedAt ? runDirName(startedAt) : undefined;
      for (const name of await entriesOf(config.outdir)) {
        if (!before.has(name) && prefix && name.startsWith(prefix)) await rm(join(config.outdir, name), { recursive: true, force: true });
      }
      const path = (error as NodeJS.ErrnoException).path ?? config.outdir;
      throw new OutputError(`cannot write ${path}: ${why} (${code}); this run's directory was removed, earlier runs are untouched`);
    }
    // After the run is whole (run_summary.json written): a summary that fails leaves it as it is.
    if (genai && result.status !== 'INTERRUPTED') {
      const { summarizeRunDirectory } = await import('./genai-summary.js');
      result.genai = await summarizeRunDirectory({ runDir: result.runDir, runConfig: config, genai, dryRun: config.genaiDryRun, log, auth: connection.auth, ...(options.env ? { env: options.env } : {}) });
    }
    return result;
  } finally {
    connection.close();
  }
}

/** IaC coverage of a finished run: iac.json, a section in report.md, counts in run_summary.json, exit 5 per --fail-on. */
async function addCoverage(result: RunResult, config: RunConfig, states: NonNullable<Awaited<ReturnType<typeof preloadStates>>>, connection: OciConnection, options: RunInventoryOptions): Promise<void> {
  const { log } = options;
  const outcome = await runCoverage({
    config,
    preloaded: states,
    inventory: join(result.runDir, 'inventory.jsonl'),
    outDir: result.runDir,
    clients: connection.clients,
    regionKeys: sdkRegionKeys(),
    tenancyId: result.summary.tenancy_id,
    redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
    partial: result.status === 'PARTIAL' || result.status === 'FAILED',
    baseline: config.prev ?? config.expected,
    scopeCompartment: config.compartment,
    // The run's region scope: a state resource in a region the user left out is not missing.
    ...(config.regions.length > 0 ? { regions: new Set(result.summary.scope.regions) } : {}),
  });
  result.iac = outcome;
  const reportPath = join(result.runDir, 'report.md');
  const report = await readFile(reportPath, 'utf8');
  const at = report.indexOf('\n## Resources by type');
  await writeTextAtomic(reportPath, at === -1 ? `${report.trimEnd()}\n\n${outcome.markdown}` : `${report.slice(0, at + 1)}${outcome.markdown}\n${report.slice(at + 1)}`);
  const summaryPath = join(result.runDir, 'run_summary.json');
  const summary = JSON.parse(await readFile(summaryPath, 'utf8')) as Record<string, unknown>;
  await writeJsonAtomic(summaryPath, { ...summary, iac: { ...outcome.result.counts, new_unmanaged: outcome.newUnmanaged?.length ?? null } });
  const c = outcome.result.counts;
  log.info(`IaC coverage: ${c.coverage_percent === null ? 'n/a' : `${c.coverage_percent}%`} (${c.managed} managed, ${c.unmanaged} unmanaged, ${c.ignored} ignored), ${c.missing} missing, ${c.drifted} drifted: iac.json`);
  if (outcome.failures.length > 0) {
    log.warn(`--fail-on ${config.iacFailOn.join(',')}: ${outcome.failures.join('; ')}`);
    if (result.exitCode === EXIT.OK) result.exitCode = EXIT.DRIFT;
  }
}

async function entriesOf(dir: string): Promise<Set<string>> {
  try {
    if (!(await stat(dir)).isDirectory()) return new Set();
    return new Set(await readdir(dir));
  } catch {
    return new Set();
  }
}

/** Stops the query check after its first page. */
class FirstPageSeen extends Error {}

/**
 * A custom `--query` is tried once (its first page, in one region) before the run starts:
 * Search answers a malformed query with 400 in every region, which is a usage error, not a
 * failed run. The default query is known good and costs nothing.
 */
async function checkQuery(discovery: DiscoveryPort, region: string, config: RunConfig): Promise<void> {
  try {
    await discovery.search(region, config.query, () => {
      throw new FirstPageSeen();
    });
  } catch (error) {
    if (error instanceof FirstPageSeen) return;
    const status = httpStatusOf(error);
    if (status === 400) throw new ConfigError(sourceOf(config, 'query'), `Resource Search rejected the query: ${describeError(error)}`);
    if (status === 401 || status === 403) throw new RunAuthError(`search refused: ${describeError(error)}`);
    throw error;
  }
}
