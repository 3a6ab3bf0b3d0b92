// `oci-inv emulator`: the OCI API emulator standalone, for trying the CLI by hand.
import { choiceFlag, type Flags, intFlag, listenError } from '../options.js';

export async function emulatorCommand(flags: Flags): Promise<number> {
  const { runStandaloneEmulator, SIZE_PRESETS } = await import('../../emulator/index.js');
  const SIZE_PRESET_NAMES = Object.keys(SIZE_PRESETS) as Array<keyof typeof SIZE_PRESETS>;
  const port = intFlag(flags, 'port', 8123, 0, 65535);
  const seed = intFlag(flags, 'seed', 42, 0, 2 ** 31 - 1);
  const size = choiceFlag(flags, 'size', SIZE_PRESET_NAMES, 'small');
  try {
    await runStandaloneEmulator({
      port,
      seed,
      size,
      authDir: typeof flags.authDir === 'string' ? flags.authDir : '.oci-inv-emulator',
    });
  } catch (error) {
    throw listenError(error, port);
  }
  return 0;
}
