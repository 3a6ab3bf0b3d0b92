// `oci-inv init`: the wizard (src/init/wizard.ts) wired to a terminal (consola's prompts), the
// doctor, discovery for the scope questions and the pipeline for the first run. Non-TTY
// without --yes or --from is a usage error with the hint.
import { writeFileAtomic } from '../../export/atomic.js';
import { defaultConfigFile } from '../../oci/auth.js';
import type { InitPlan } from '../../init/plan.js';
import { type Choice, type InitDeps, type Prompter, runInit } from '../../init/wizard.js';
import { resolveConfig } from '../../pipeline/config.js';
import { UsageError } from '../errors.js';
import { guardOutputs } from '../interrupt.js';
import { type Flags, contextFrom } from '../options.js';

/** consola's prompts; Ctrl-C rejects, which ends the wizard with exit 130 and nothing written. */
async function terminalPrompter(): Promise<Prompter> {
  const { consola } = await import('consola');
  const cancelled = (value: unknown) => {
    if (typeof value === 'symbol') throw new WizardCancelled();
    return value;
  };
  return {
    async select<T extends string>(message: string, choices: Array<Choice<T>>, initial: T): Promise<T> {
      return cancelled(await consola.prompt(message, { type: 'select', options: choices.map((c) => ({ label: c.label, value: c.value, ...(c.hint ? { hint: c.hint } : {}) })), initial, cancel: 'symbol' })) as T;
    },
    async multiselect<T extends string>(message: string, choices: Array<Choice<T>>, initial: T[]): Promise<T[]> {
      const picked = cancelled(
        await consola.prompt(message, { type: 'multiselect', options: choices.map((c) => ({ label: c.label, value: c.value, ...(c.hint ? { hint: c.hint } : {}) })), initial, required: false, cancel: 'symbol' }),
      ) as Array<T | { value: T }>;
      return picked.map((p) => (typeof p === 'string' ? p : p.value));
    },
    async confirm(message: string, initial: boolean): Promise<boolean> {
      return cancelled(await consola.prompt(message, { type: 'confirm', initial, cancel: 'symbol' })) as boolean;
    },
    async text(message: string, initial: string): Promise<string> {
      const value = cancelled(await consola.prompt(message, { type: 'text', ...(initial ? { initial, default: initial } : { placeholder: '' }), cancel: 'symbol' }));
      return typeof value === 'string' ? value : initial;
    },
  };
}

class WizardCancelled extends Error {
  override name = 'WizardCancelled';
}

export async function initCommand(flags: Flags, rawArgs: readonly string[], io: { stdout: NodeJS.WritableStream; interactive: boolean } = { stdout: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) }): Promise<number> {
  const yes = flags.yes === true;
  const dryRun = flags.dryRun === true;
  const from = flags.from === undefined ? undefined : String(flags.from);
  if (from === '') throw new UsageError('--from: give the plan file');
  if (!io.interactive && !yes && !from) {
    throw new UsageError('init asks questions and needs a terminal: pass --yes to take the defaults, or --from plan.yaml to replay a saved plan (see oci-inv init --help)');
  }
  const { config, log } = await contextFrom(flags, rawArgs);
  const ociConfigFile = config.ociConfig || defaultConfigFile();
  const prompter = io.interactive && !yes && !from ? await terminalPrompter() : undefined;
  const connectionFor = async (plan: InitPlan) => resolveConfig({ flags: { profile: plan.profile, ...(plan.ociConfig ? { ociConfig: plan.ociConfig } : {}), ...(config.endpointTemplate ? { endpointTemplate: config.endpointTemplate } : {}), auth: config.auth, outdir: plan.outdir } });
  const deps: InitDeps = {
    out: (text) => io.stdout.write(text),
    info: (message) => log.info(message),
    prompter,
    async doctor(plan) {
      const { runDoctor } = await import('../../doctor/doctor.js');
      const { renderText } = await import('../../doctor/render.js');
      const report = await runDoctor({ config: await connectionFor(plan), log });
      return { report, text: renderText(report) };
    },
    async scope(plan) {
      const { connectOci } = await import('../../oci/connect.js');
      const connection = await connectOci(await connectionFor(plan), log);
      try {
        return { regions: await connection.discovery.listRegions(), compartments: await connection.discovery.listCompartments() };
      } finally {
        connection.close();
      }
    },
    async runPlan(configPath) {
      const runConfig = await resolveConfig({ file: configPath, flags: { ...(config.endpointTemplate ? { endpointTemplate: config.endpointTemplate } : {}), auth: config.auth } });
      // Ctrl-C during the first run stops it as `run` does: an INTERRUPTED run, exit 130 / 143.
      const { liveRun } = await import('./check.js');
      return liveRun(runConfig, log);
    },
    async writeExpected(runDir, expectedPath) {
      const { writeExpectedInventory } = await import('./check.js');
      return writeExpectedInventory(runDir, expectedPath, undefined);
    },
    // Atomic, and guarded: a signal mid-write leaves the old file or the new one, never half of one.
    writeFile: (path, text) => {
      guardOutputs(path);
      return writeFileAtomic(path, text);
    },
  };
  try {
    return await runInit(
      {
        yes,
        dryRun,
        from,
        force: flags.force === true,
        ociConfigFile,
        ociConfigExplicit: Boolean(config.ociConfig),
        profile: config.profile,
        savePlan: flags.savePlan === undefined ? undefined : String(flags.savePlan),
      },
      deps,
    );
  } catch (error) {
    if (error instanceof WizardCancelled) {
      log.warn('init cancelled: nothing more was written');
      return 130;
    }
    throw error;
  }
}
