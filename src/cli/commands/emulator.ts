// `oci-inv emulator`: the OCI API emulator standalone, for trying the CLI by hand, with the
// options of the standalone module: port, seed, size, latency and fault injection. Every
// option is checked before anything starts (exit 2 with the flag named).
import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import type { Flags } from '../options.js';

function integerFlag(flags: Flags, name: string, key: string, fallback: number, min: number, max: number): number {
  const raw = flags[key];
  if (raw === undefined) return fallback;
  const text = String(raw).trim();
  const n = /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got "${String(raw)}")`);
  return n;
}

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
  const { parseFaultConfig, runStandaloneEmulator, SIZE_PRESETS } = await import('../../emulator/index.js');
  const port = integerFlag(flags, 'port', 'port', 8123, 0, 65535);
  const seed = integerFlag(flags, 'seed', 'seed', 42, 0, 2 ** 31 - 1);
  const size = flags.size === undefined ? 'small' : String(flags.size).toLowerCase();
  if (!(size in SIZE_PRESETS)) throw new UsageError(`--size must be one of ${Object.keys(SIZE_PRESETS).join(', ')} (got "${String(flags.size)}")`);
  const latency = integerFlag(flags, 'latency', 'latency', 0, 0, 60_000);
  const rawFaults = (await faultsFlag(flags.faults)) ?? {};
  let faults;
  try {
    faults = parseFaultConfig({ ...(rawFaults as object), ...(latency > 0 ? { latencyMs: latency } : {}) });
  } catch (error) {
    throw new UsageError(`--faults: ${error instanceof Error ? error.message.replace(/^invalid fault config: /, '') : String(error)}`);
  }
  const authDir = typeof flags.authDir === 'string' && flags.authDir.trim() !== '' ? flags.authDir : '.oci-inv-emulator';
  try {
    await runStandaloneEmulator({ port, seed, size: size as keyof typeof SIZE_PRESETS, faults, authDir });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`--port ${port}: already in use on 127.0.0.1 (pick another, or 0 for any free port)`);
    throw error;
  }
  return 0;
}
