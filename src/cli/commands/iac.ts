// `oci-inv iac --state PATH…`: Terraform state against an inventory already collected (the
// newest complete run in --outdir unless --inventory says which). Writes iac.json into that
// run directory (or --output), prints the IaC section as markdown on stdout (counts as JSON
// with --json), exit 5 when --fail-on finds what it names (docs/iac.md).
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { resolveInventoryFile } from '../../core/inventory-reader.js';
import { EXIT } from '../../pipeline/exit.js';
import { UsageError } from '../errors.js';
import { guardOutputs } from '../interrupt.js';
import { type Flags, contextFrom } from '../options.js';

/** The newest run directory under outdir that finished (has run_summary.json). */
export async function latestRun(outdir: string): Promise<string | undefined> {
  let names: string[];
  try {
    names = (await readdir(outdir, { withFileTypes: true })).filter((e) => e.isDirectory() && /^\d{8}T\d{6}Z/.test(e.name)).map((e) => e.name);
  } catch {
    return undefined;
  }
  names.sort().reverse();
  for (const name of names) {
    try {
      if ((await stat(join(outdir, name, 'run_summary.json'))).isFile()) return join(outdir, name);
    } catch {
      // not a finished run
    }
  }
  return undefined;
}

export async function iacCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { state, inventory: inventoryFlag, output, json, ...rest } = flags;
  const { config, log } = await contextFrom({ ...rest, ...(state !== undefined ? { tfState: state } : {}) }, rawArgs);
  if (config.tfState.length === 0 && config.ormStacks.length === 0) throw new UsageError('give --state PATH (a Terraform state, or terraform show -json output; repeat or glob for more) or --orm-stacks');
  const { iacRegionScope, preloadStates, runCoverage, runFacts } = await import('../../app/iac-coverage.js');
  const preloaded = await preloadStates(config, '--state');
  if (!preloaded) throw new UsageError('give --state PATH or --orm-stacks');
  let inventory: string;
  if (typeof inventoryFlag === 'string' && inventoryFlag !== '') inventory = inventoryFlag;
  else {
    const latest = await latestRun(config.outdir);
    if (!latest) throw new UsageError(`no finished run in ${config.outdir}: run \`oci-inv run\` first, or give --inventory FILE|RUN_DIR`);
    inventory = latest;
    log.info(`inventory: ${latest} (the newest run in ${config.outdir})`);
  }
  const file = await resolveInventoryFile(inventory);
  const runDir = dirname(file);
  const facts = await runFacts(runDir);
  const outDir = typeof output === 'string' && output !== '' ? output : runDir;
  guardOutputs(outDir);
  let connection: Awaited<ReturnType<typeof import('../../oci/connect.js').connectOci>> | undefined;
  let regionKeys: ReadonlyMap<string, string> | undefined;
  // The region scope `run` applies (--regions, config, OCI_INV_REGIONS): checked before any call.
  let regions: Set<string> | undefined;
  if (config.regions.length > 0) {
    const { sdkRegionKeys } = await import('../../oci/connect.js');
    regionKeys = sdkRegionKeys();
    regions = iacRegionScope(config, facts, regionKeys);
    log.info(`region scope: ${[...(regions ?? [])].join(', ')} (global IAM resources always in scope)`);
  }
  if (config.ormStacks.length > 0) {
    const { connectOci, sdkRegionKeys } = await import('../../oci/connect.js');
    connection = await connectOci(config, log);
    regionKeys = sdkRegionKeys();
  }
  try {
    const outcome = await runCoverage({
      config,
      preloaded,
      inventory: file,
      outDir,
      ...(connection ? { clients: connection.clients } : {}),
      ...(regionKeys ? { regionKeys } : {}),
      tenancyId: facts.tenancyId,
      redactionSecret: process.env.OCI_INV_REDACTION_KEY || undefined,
      partial: facts.partial,
      scopeCompartment: facts.scopeCompartment,
      ...(regions ? { regions } : {}),
      baseline: config.prev ?? config.expected,
    });
    const c = outcome.result.counts;
    stdout.write(json === true ? `${JSON.stringify({ file: outcome.file, counts: c, new_unmanaged: outcome.newUnmanaged ?? null, failures: outcome.failures }, null, 2)}\n` : outcome.markdown);
    log.info(`${c.coverage_percent === null ? 'n/a' : `${c.coverage_percent}%`} managed: ${c.managed} managed, ${c.unmanaged} unmanaged, ${c.ignored} ignored, ${c.missing} missing, ${c.drifted} drifted (${outcome.file ?? 'iac.json not written'})`);
    if (outcome.failures.length > 0) {
      log.warn(`--fail-on ${config.iacFailOn.join(',')}: ${outcome.failures.join('; ')}`);
      return EXIT.DRIFT;
    }
    if (config.failOn !== 'none') log.warn(`--fail-on ${config.failOn} is about the inventory diff; \`iac\` checks only ${config.iacFailOn.length ? config.iacFailOn.join(',') : 'the IaC kinds'}`);
    return EXIT.OK;
  } finally {
    connection?.close();
  }
}
