// The CLI's command table (cac). Each command module loads lazily, so `oci-inv --help` and a
// quick `list-regions` do not pay for enrichment, exports or the emulator.
import { cac } from 'cac';
import { TOOL_VERSION } from '../version.js';
import { UsageError } from './errors.js';
import { type Flags, withConnectionOptions, withRunOptions } from './options.js';

type Action = (flags: Flags, rawArgs: readonly string[], args: string[]) => Promise<number>;

export async function main(argv: string[] = process.argv): Promise<number> {
  const cli = cac('oci-inv');
  let exitCode = 0;
  const rawArgs = argv.slice(2);
  const bind =
    (action: Action) =>
    async (...params: unknown[]) => {
      const flags = (params.pop() ?? {}) as Flags;
      const args = params.flat().map(String);
      exitCode = await action(flags, rawArgs, args);
    };

  withRunOptions(cli.command('run', 'Inventory the tenancy: discover, enrich, export, diff; prints the run directory'))
    .example('oci-inv run --regions us-ashburn-1 --parquet')
    .example('oci-inv run --prev out/20260101T000000Z --fail-on drift')
    .ignoreOptionDefaultValue()
    .action(bind(async (f, raw) => (await import('./commands/run.js')).runCommand(f, raw)));

  withConnectionOptions(cli.command('validate-auth', 'Check credentials: one identity call, prints who and which tenancy (never a secret)'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).validateAuthCommand(f, raw)));

  withConnectionOptions(cli.command('list-regions', 'Subscribed regions, home region marked'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).listRegionsCommand(f, raw)));

  withConnectionOptions(cli.command('list-compartments', 'Compartment tree: ocid, name, path, state'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).listCompartmentsCommand(f, raw)));

  cli
    .command('enrich-coverage', 'Which resource types have an enricher; with --inventory, counts of what lacks one')
    .option('--inventory <path>', 'inventory.jsonl or run directory to count')
    .option('--json', 'print JSON')
    .action(bind(async (f) => (await import('./commands/coverage.js')).enrichCoverageCommand(f)));

  cli
    .command('demo', 'Start the built-in OCI emulator and run the pipeline twice with drift between: every artifact, no OCI account')
    .option('--outdir <dir>', 'where the two runs go (default: out/demo)')
    .option('--seed <n>', 'tenancy seed (default: 42)')
    .option('--size <preset>', 'tiny | small | medium | large (default: small)')
    .option('--log-level <level>', 'silent | error | warn | info | debug (default: info)')
    .action(bind(async (f) => (await import('./commands/demo.js')).demoCommand(f)));

  cli
    .command('emulator', 'Run the OCI API emulator standalone until interrupted (for trying the CLI or other tools)')
    .option('--port <n>', 'port on 127.0.0.1 (default: 8123)')
    .option('--seed <n>', 'tenancy seed (default: 42)')
    .option('--size <preset>', 'tiny | small | medium | large (default: small)')
    .option('--auth-dir <dir>', 'where to write the OCI config and keys (default: .oci-inv-emulator)')
    .action(bind(async (f) => (await import('./commands/emulator.js')).emulatorCommand(f)));

  cli.help();
  cli.version(TOOL_VERSION);
  cli.parse(argv, { run: false });
  if (!cli.matchedCommand) {
    if (cli.args.length > 0) throw new UsageError(`unknown command "${cli.args[0]}" (see oci-inv --help)`);
    if (!cli.options.help && !cli.options.version) cli.outputHelp();
    return 0;
  }
  await cli.runMatchedCommand();
  return exitCode;
}
