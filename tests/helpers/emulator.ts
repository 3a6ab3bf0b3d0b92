// Test helper: a started emulator plus auth files in a temp dir, both gone when the test ends.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { type AuthFiles, type Emulator, type EmulatorOptions, startEmulator, type WriteAuthOptions } from '../../src/emulator/index.js';

export interface EmulatorFixture {
  emulator: Emulator;
  auth: AuthFiles;
  /** Temp dir holding the auth files; tests may write more there. */
  dir: string;
  /** The endpoint for a service in a region under the emulator's template. */
  endpoint(service: string, region: string): string;
}

type AfterHost = Pick<TestContext, 'after'> | { after(fn: () => Promise<void> | void): void };

export async function withEmulator(
  t: AfterHost,
  options: EmulatorOptions & { auth?: WriteAuthOptions } = {},
): Promise<EmulatorFixture> {
  const { auth: authOptions, ...emulatorOptions } = options;
  const emulator = await startEmulator({ size: 'tiny', ...emulatorOptions });
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-emu-'));
  t.after(async () => {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  });
  const auth = await emulator.writeAuthFiles(dir, authOptions ?? {});
  return {
    emulator,
    auth,
    dir,
    endpoint: (service, region) => emulator.endpointTemplate.replace('{service}', service).replace('{region}', region),
  };
}
