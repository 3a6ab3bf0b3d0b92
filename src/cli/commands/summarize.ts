// `oci-inv summarize RUN_DIR`: the GenAI executive summary for a run that already happened,
// at the top of its report.md (docs/genai.md). Prints the summary (or, with --genai-dry-run,
// exactly the request body that would be sent) on stdout; a failed call is a warning, exit 0.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GENAI_FLAG_PROPS } from '../../genai/config.js';
import { UsageError } from '../errors.js';
import { guardOutputs } from '../interrupt.js';
import { type Flags, contextFrom } from '../options.js';

export function genaiFlagsOf(flags: Flags): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const prop of GENAI_FLAG_PROPS) if (flags[prop] !== undefined) out[prop] = flags[prop];
  return out;
}

export async function summarizeCommand(flags: Flags, rawArgs: readonly string[], args: string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const [runDir, ...extra] = args;
  if (!runDir) throw new UsageError('summarize: give the run directory (e.g. oci-inv summarize out/20261101T000000Z)');
  if (extra.length > 0) throw new UsageError(`summarize: one run directory, got ${args.length}`);
  const isDir = await stat(runDir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new UsageError(`summarize: ${runDir} is not a directory`);
  // Only a whole run (run_summary.json is written last) is summarized, and nothing is written elsewhere.
  const isRun = await stat(join(runDir, 'run_summary.json')).then((s) => s.isFile(), () => false);
  if (!isRun) throw new UsageError(`summarize: ${runDir} has no run_summary.json (not a complete run directory)`);
  const { config, log } = await contextFrom(flags, rawArgs);
  guardOutputs(runDir);
  const { summarizeRunDirectory } = await import('../../app/genai-summary.js');
  const outcome = await summarizeRunDirectory({ runDir, runConfig: config, flags: genaiFlagsOf(flags), dryRun: config.genaiDryRun, log });
  if (outcome.status === 'dry-run') stdout.write(`${outcome.body ?? ''}\n`);
  else if (outcome.status === 'written') stdout.write(`${outcome.text ?? ''}\n`);
  return 0;
}
