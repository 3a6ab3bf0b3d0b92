// `oci-inv run`: the whole pipeline; the run directory's path on stdout (an interrupted run's
// too: it holds what was complete, marked INTERRUPTED).
import { runInventory } from '../../app/run-inventory.js';
import { RunProgress } from '../../pipeline/log.js';
import { RunInterruptedError } from '../../pipeline/run.js';
import { claimInterrupt } from '../interrupt.js';
import { type Flags, contextFrom } from '../options.js';
import { genaiFlagsOf } from './summarize.js';

export async function runCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { config, log } = await contextFrom(flags, rawArgs);
  const progress = new RunProgress();
  const signal = claimInterrupt(() => progress.runDir);
  let result;
  try {
    result = await runInventory(config, { log, signal, progress, genaiFlags: genaiFlagsOf(flags) });
  } catch (error) {
    if (error instanceof RunInterruptedError) {
      log.warn(`${error.message}: no run directory`);
      return error.exitCode;
    }
    throw error;
  }
  const s = result.summary;
  log.info(
    `${s.status}: ${s.total_discovered} resources (${s.enriched_ok} enriched, ${s.not_implemented} not implemented, ${s.errors} errors) ` +
      `in ${(s.duration_ms / 1000).toFixed(1)} s, ${s.api_calls_total} API calls`,
  );
  if (result.status === 'DEGRADED' && config.failOn === 'degraded') {
    log.warn(`degraded run: ${s.unverified} record(s) unverified and --fail-on degraded asked to fail on it`);
  }
  if (result.status === 'PARTIAL' || result.status === 'FAILED') {
    log.warn(`${result.status === 'FAILED' ? 'failed' : 'partial'} run: ${s.regions.filter((r) => r.status === 'FAILED').map((r) => `${r.region} (${r.error})`).join(', ')}`);
  }
  if (result.status === 'INTERRUPTED') log.warn(`interrupted run: what was complete is in ${result.runDir} (status INTERRUPTED)`);
  if (result.diff?.failOnTriggered) log.warn(`drift found and --fail-on ${config.failOn} asked to fail on it`);
  // stdout is the run directory's path: the dry run's request body goes to stderr, as is.
  if (result.genai?.status === 'dry-run') process.stderr.write(`${result.genai.body ?? ''}\n`);
  stdout.write(`${result.runDir}\n`);
  return result.exitCode;
}
