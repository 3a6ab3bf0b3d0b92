// `oci-inv emulator`: the OCI API emulator standalone, for trying the CLI by hand, with the
// options of the standalone module: port, seed, size, latency and fault injection. Every
// option is checked before anything starts (exit 2 with the flag named).
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { choiceFlag, type Flags, intFlag, listenError } from '../options.js';

/** `--faults` is JSON inline (starts with `{`) or the path of a JSON file. */
async function faultsFlag(raw: unknown): Promise<unknown> {
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  let json = text;
  if (!text.startsWith('{')) {
    try {
      json = await readFile(text, 'utf8');
    } catch {
      throw new UsageError(`--faults: ${text}: not inline JSON and no readable file`);
    }
  }
  try {
    return JSON.parse(json) as unknown;
  } catch (error) {
    throw new UsageError(`--faults: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

export async function emulatorCommand(flags: Flags): Promise<number> {
  const { parseFaultConfig, runStandaloneEmulator, SIZE_PRESETS, GENERATOR_PROFILES } = await import('../../emulator/index.js');
  const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS) as Array<keyof typeof SIZE_PRESETS>;
  const port = intFlag(flags, 'port', 8123, 0, 65535);
  const seed = intFlag(flags, 'seed', 42, 0, 2 ** 31 - 1);
  const size = choiceFlag(flags, 'size', SIZE_PRESET_NAMES, 'small');
  const profile = choiceFlag(flags, 'profile', GENERATOR_PROFILES, 'uniform');
  const latency = intFlag(flags, 'latency', 0, 0, 60_000);
  const rawFaults = (await faultsFlag(flags.faults)) ?? {};
  let faults;
  try {
    faults = parseFaultConfig({ ...(rawFaults as object), ...(latency > 0 ? { latencyMs: latency } : {}) });
  } catch (error) {
    throw new UsageError(`--faults: ${error instanceof Error ? error.message.replace(/^invalid fault config: /, '') : String(error)}`);
  }
  const authDir = typeof flags.authDir === 'string' && flags.authDir.trim() !== '' ? flags.authDir : '.oci-inv-emulator';
  try {
    await runStandaloneEmulator({ port, seed, size, profile, faults, authDir });
  } catch (error) {
    throw listenError(error, port);
  }
  return 0;
}
