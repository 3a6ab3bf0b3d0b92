// `oci-inv demo`: the built-in emulator plays a sample tenancy; the pipeline runs against it
// through the real OCI SDK, the tenancy drifts, and a second run diffs against the first.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runInventory } from '../../app/run-inventory.js';
import { resolveConfig } from '../../pipeline/config.js';
import { type Logger, RunProgress } from '../../pipeline/log.js';
import { claimInterrupt } from '../interrupt.js';
import { createCliLogger } from '../logger.js';
import { checkOutdir } from '../../pipeline/preflight.js';
import { choiceFlag, type Flags, intFlag, logLevelFlag } from '../options.js';

export async function demoCommand(flags: Flags, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const { startEmulator, SIZE_PRESETS, GENERATOR_PROFILES } = await import('../../emulator/index.js');
  const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS) as Array<keyof typeof SIZE_PRESETS>;
  const logLevel = logLevelFlag(flags);
  const seed = intFlag(flags, 'seed', 42, 0, 2 ** 31 - 1);
  const size = choiceFlag(flags, 'size', SIZE_PRESET_NAMES, 'small');
  const profile = choiceFlag(flags, 'profile', GENERATOR_PROFILES, 'uniform');
  const outdir = typeof flags.outdir === 'string' ? flags.outdir : join('out', 'demo');
  await checkOutdir(outdir, '--outdir');
  const started = Date.now();
  const emulator = await startEmulator({ seed, size, profile });
  const authDir = await mkdtemp(join(tmpdir(), 'oci-inv-demo-'));
  try {
    const auth = await emulator.writeAuthFiles(authDir, {});
    // The demo's own settings win over the caller's OCI_INV_* environment.
    const base = await resolveConfig({
      env: {},
      flags: {
        auth: 'api_key',
        ociConfig: auth.configFile,
        endpointTemplate: emulator.endpointTemplate,
        outdir,
        formats: ['jsonl', 'csv', 'parquet'],
        logLevel,
      },
    });
    const log = createCliLogger({ level: base.logLevel, json: false });
    log.info(`emulator on ${emulator.url}: ${emulator.tenancy.resources.length} resources in ${emulator.tenancy.regions.length} regions`);
    // Ctrl-C stops the demo as it stops `run` (an INTERRUPTED run or none, exit 130 / 143),
    // and the finally below still stops the emulator and removes its key files.
    let progress = new RunProgress();
    const signal = claimInterrupt(() => progress.runDir);
    log.info('run 1: baseline');
    const first = await runInventory(base, { log, env: {}, signal, progress });
    if (first.status === 'INTERRUPTED') return interrupted(first, log, stdout);
    const change = emulator.drift({ seed: seed + 1 });
    log.info(`tenancy drifted: ${describeDrift(change)}`);
    log.info('run 2: diff against run 1');
    progress = new RunProgress();
    const second = await runInventory({ ...base, prev: first.runDir }, { log, env: {}, signal, progress });
    if (second.status === 'INTERRUPTED') return interrupted(second, log, stdout);
    const d = second.diff?.counts;
    log.info(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s. Look at ${relative(process.cwd(), second.runDir)}/report.md` +
        (d ? ` (+${d.added} -${d.removed} ~${d.changed})` : ''),
    );
    stdout.write(`${first.runDir}\n${second.runDir}\n`);
    return first.exitCode || second.exitCode;
  } finally {
    await emulator.close();
    await rm(authDir, { recursive: true, force: true });
  }
}

function interrupted(result: { runDir: string; exitCode: number }, log: Logger, stdout: NodeJS.WritableStream): number {
  log.warn(`demo interrupted: what was complete is in ${result.runDir} (status INTERRUPTED)`);
  stdout.write(`${result.runDir}\n`);
  return result.exitCode;
}

function describeDrift(change: unknown): string {
  if (change && typeof change === 'object') {
    return Object.entries(change)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
      .join(', ');
  }
  return 'changed';
}
