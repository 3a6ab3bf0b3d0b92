// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did.
import { connectOci } from '../oci/connect.js';
import type { RunConfig } from '../pipeline/config.js';
import { httpStatusOf, describeError } from '../pipeline/discover.js';
import { type Logger, RunProgress } from '../pipeline/log.js';
import { interruptExitCode, RunAuthError, RunInterruptedError, type RunResult, runPipeline } from '../pipeline/run.js';
import { TOOL_VERSION } from '../version.js';

export interface RunInventoryOptions {
  log: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Aborted on interrupt (Ctrl-C): see RunDeps.signal. */
  signal?: AbortSignal;
  /** The run's live counts, when the caller watches them (e.g. to clean up on a hard exit). */
  progress?: RunProgress;
}

export async function runInventory(config: RunConfig, options: RunInventoryOptions): Promise<RunResult> {
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

async function connectAndRun(config: RunConfig, options: RunInventoryOptions): Promise<RunResult> {
  const { log, signal } = options;
  const connection = await connectOci(config, log, options.env, signal);
  if (options.progress) options.progress.transport = () => connection.discovery.transport?.();
  try {
    let homeRegion: string;
    try {
      const regions = await connection.discovery.listRegions();
      homeRegion = regions.find((r) => r.isHome)?.name ?? regions[0]?.name ?? '';
    } catch (error) {
      const status = httpStatusOf(error);
      if (status === 401 || status === 403) throw new RunAuthError(`identity call refused: ${describeError(error)}`);
      throw error;
    }
    const enrich = config.enrich ? await connection.enricher(homeRegion) : undefined;
    return await runPipeline(config, {
      discovery: connection.discovery,
      enrich,
      log,
      now: options.now ?? (() => new Date()),
      toolVersion: TOOL_VERSION,
      ...(signal ? { signal } : {}),
      ...(options.progress ? { progress: options.progress } : {}),
    });
  } finally {
    connection.close();
  }
}
