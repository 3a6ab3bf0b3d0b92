// `oci-inv emulator`: the OCI API emulator standalone, for trying the CLI by hand.
import type { Flags } from '../options.js';

export async function emulatorCommand(flags: Flags): Promise<number> {
  const { runStandaloneEmulator } = await import('../../emulator/index.js');
  await runStandaloneEmulator({
    port: flags.port === undefined ? 8123 : Number(flags.port),
    seed: flags.seed === undefined ? 42 : Number(flags.seed),
    size: (typeof flags.size === 'string' ? flags.size : 'small') as 'small',
    authDir: typeof flags.authDir === 'string' ? flags.authDir : '.oci-inv-emulator',
  });
  return 0;
}
