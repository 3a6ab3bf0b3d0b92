// The composition root of a run: OCI adapters plugged into the pipeline. The CLI and the
// action both call this, so a local run reproduces what CI did.
import { connectOci } from '../oci/connect.js';
import type { RunConfig } from '../pipeline/config.js';
import { httpStatusOf, describeError } from '../pipeline/discover.js';
import type { Logger } from '../pipeline/log.js';
import { RunAuthError, type RunResult, runPipeline } from '../pipeline/run.js';
import { TOOL_VERSION } from '../version.js';

export interface RunInventoryOptions {
  log: Logger;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export async function runInventory(config: RunConfig, options: RunInventoryOptions): Promise<RunResult> {
  const { log } = options;
  const connection = await connectOci(config, log, options.env);
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
      // A secret of the user's for redaction markers (docs/security.md); never logged.
      redactionSecret: (options.env ?? process.env).OCI_INV_REDACTION_KEY || undefined,
    });
  } finally {
    connection.close();
  }
}
