// `oci-inv merge DIR… [--outdir D]`: shard run directories (e.g. one per region from a
// matrix job) into one run directory, whose path goes to stdout like `run`'s.
import { mergeRuns } from '../../pipeline/merge.js';
import { EXIT } from '../../pipeline/run.js';
import { TOOL_VERSION } from '../../version.js';
import { UsageError } from '../errors.js';
import { guardNewRunDirs } from '../interrupt.js';
import { createCliLogger } from '../logger.js';
import { checkOutdir } from '../../pipeline/preflight.js';
import { type Flags, logLevelFlag } from '../options.js';

export async function mergeCommand(flags: Flags, dirs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (dirs.length === 0) throw new UsageError('merge: give the shard run directories to merge (oci-inv merge DIR… [--outdir D])');
  const outdir = flags.outdir === undefined ? 'out' : String(flags.outdir);
  if (outdir.trim() === '') throw new UsageError('--outdir must not be empty');
  await checkOutdir(outdir, '--outdir');
  guardNewRunDirs(outdir);
  const log = createCliLogger({ level: logLevelFlag(flags), json: flags.jsonLogs === true });
  const result = await mergeRuns(dirs, { outdir, toolVersion: TOOL_VERSION, warn: (m) => log.warn(m) });
  const s = result.summary;
  log.info(
    `${s.status}: merged ${dirs.length} shard(s) into ${s.total_discovered} resources across ${s.regions.length} region(s)` +
      ` (${result.duplicatesDropped} repeated ocid(s) kept once)`,
  );
  stdout.write(`${result.runDir}\n`);
  return result.status === 'PARTIAL' ? EXIT.PARTIAL : EXIT.OK;
}
