// `oci-inv run`: the whole pipeline; the run directory's path on stdout.
import { runInventory } from '../../app/run-inventory.js';
import { type Flags, contextFrom } from '../options.js';

export async function runCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { config, log } = await contextFrom(flags, rawArgs);
  const result = await runInventory(config, { log });
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
  if (result.diff?.failOnTriggered) log.warn(`drift found and --fail-on ${config.failOn} asked to fail on it`);
  stdout.write(`${result.runDir}\n`);
  return result.exitCode;
}
