// `oci-inv doctor`: preflight. Runs the checks of docs/doctor.md, prints one line per check
// (or JSON), writes the missing policy with --policy-out, exits 0 / 2 / 3 / 6 by what failed.
import { runDoctor } from '../../doctor/doctor.js';
import { renderText, toJson } from '../../doctor/render.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { UsageError } from '../errors.js';
import { guardOutputs } from '../interrupt.js';
import { type Flags, contextFrom } from '../options.js';

export async function doctorCommand(flags: Flags, rawArgs: readonly string[], stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const policyOut = flags.policyOut === undefined ? undefined : String(flags.policyOut);
  if (policyOut === '') throw new UsageError('--policy-out: give a file path');
  const group = flags.group === undefined ? undefined : String(flags.group).trim();
  if (group !== undefined && !/^[A-Za-z0-9._'-]+(?:\/[A-Za-z0-9._'-]+)?$/.test(group)) {
    throw new UsageError(`--group: "${group}" is not an IAM group name (letters, digits, . _ - ; a domain as Domain/Group)`);
  }
  const { config, log } = await contextFrom(flags, rawArgs);
  guardOutputs(policyOut);
  const report = await runDoctor({ config, log, ...(group ? { group } : {}) });
  if (policyOut) {
    await writeFileAtomic(policyOut, report.policy.map((s) => `${s}\n`).join(''));
    log.info(report.policy.length > 0 ? `wrote ${report.policy.length} policy statement(s) to ${policyOut}` : `no policy missing: wrote an empty ${policyOut}`);
  }
  stdout.write(flags.json === true ? `${JSON.stringify(toJson(report), null, 2)}\n` : renderText(report));
  return report.exitCode;
}
