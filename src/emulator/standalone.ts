// `oci-inv emulator`: the emulator on a fixed port with auth files on disk, until interrupted.
import type { FaultConfig } from './faults.js';
import { type Emulator, startEmulator } from './server.js';
import type { GeneratorProfile, SizePreset, TenancySize } from './sizes.js';

export interface StandaloneOptions {
  port?: number;
  seed?: number;
  size?: TenancySize | SizePreset;
  profile?: GeneratorProfile;
  faults?: FaultConfig;
  authDir: string;
  /** Where the how-to goes (default stderr, so stdout stays clean). */
  out?: NodeJS.WritableStream;
}

export async function runStandaloneEmulator(options: StandaloneOptions): Promise<Emulator> {
  const emulator = await startEmulator({
    port: options.port ?? 8123,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.size !== undefined ? { size: options.size } : {}),
    ...(options.profile !== undefined ? { profile: options.profile } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const auth = await emulator.writeAuthFiles(options.authDir);
  const out = options.out ?? process.stderr;
  const t = emulator.tenancy;
  out.write(
    [
      `OCI emulator listening on ${emulator.url}`,
      `tenancy ${t.tenancyName} (${t.tenancyId}), home ${t.homeRegion}, regions ${t.regions.join(', ')}`,
      `${t.resources.length} resources in ${t.compartments.length - 1} compartments (${options.profile ?? 'uniform'} profile)`,
      `auth files in ${auth.dir}`,
      '',
      'Use it with:',
      `  OCI_INV_ENDPOINT_TEMPLATE='${emulator.endpointTemplate}' oci-inv run --oci-config ${auth.configFile}`,
      '',
      'Stop with Ctrl-C.',
      '',
    ].join('\n'),
  );
  // Ctrl-C closes the server; with nothing left listening the process ends on its own.
  const stop = () => {
    void emulator.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const close = emulator.close;
  return {
    ...emulator,
    close: () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      return close();
    },
  };
}
