// The CLI's command table (cac). Each command module loads lazily, so `oci-inv --help` and a
// quick `list-regions` do not pay for enrichment, exports or the emulator.
import { cac } from 'cac';
import { TOOL_VERSION } from '../version.js';
import { BOOLEAN_WORDS } from '../pipeline/config.js';
import { faultKeysHelp } from '../emulator/faults.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { BOOLEAN_FLAGS, camel, checkRepeatedFlags, type Flags, kebab, normalizeArgs, withConnectionOptions, withGenAiOptions, withRunOptions } from './options.js';

const str = (value: unknown): string | undefined => (value === undefined || value === null ? undefined : String(value));
const strList = (value: unknown): string | string[] | undefined => (Array.isArray(value) ? value.map(String) : str(value));

function ignoreFlags(f: Flags) {
  return { ignore: strList(f.ignore), ignoreFile: str(f.ignoreFile), defaultIgnores: f.defaultIgnores !== false };
}

/** Long option names a command accepts, as typed (`--oci-config`, `--config-file`, `--enrich`, `--no-enrich`). */
function optionNames(rawNames: readonly string[]): string[] {
  const names = new Set<string>(['--help', '--version']);
  for (const raw of rawNames) {
    for (const m of raw.matchAll(/--([a-z][a-z0-9-]*)/g)) {
      const name = m[1] ?? '';
      names.add(`--${name}`);
      if (name.startsWith('no-')) names.add(`--${name.slice(3)}`);
      else if (BOOLEAN_FLAGS.has(name)) names.add(`--no-${name}`);
    }
  }
  return [...names];
}

type Action = (flags: Flags, rawArgs: readonly string[], args: string[]) => Promise<number>;

export async function main(argv: string[] = process.argv): Promise<number> {
  const cli = cac('oci-inv');
  let exitCode = 0;
  const rawArgs = argv.slice(2);
  const normalized = normalizeArgs(rawArgs, BOOLEAN_WORDS);
  const bind =
    (action: Action) =>
    async (...params: unknown[]) => {
      const flags = (params.pop() ?? {}) as Flags;
      // Booleans as the user gave them, nothing else (cac defaults `--no-x` flags to true).
      for (const name of BOOLEAN_FLAGS) delete flags[camel(name)];
      for (const [key, value] of normalized.booleans) flags[key] = value;
      checkRepeatedFlags(flags);
      const args = params.flat().map(String);
      exitCode = await action(flags, rawArgs, args);
    };

  withGenAiOptions(withRunOptions(cli.command('run', 'Inventory the tenancy: discover, enrich, export, diff; prints the run directory')))
    .example('oci-inv run --regions us-ashburn-1 --parquet')
    .example('oci-inv run --prev out/20260101T000000Z --fail-on drift')
    .ignoreOptionDefaultValue()
    .action(bind(async (f, raw) => (await import('./commands/run.js')).runCommand(f, raw)));

  cli
    .command('diff', 'Diff two inventories (inventory files or run directories); change report on stdout')
    .option('--prev <path>', 'the earlier inventory (file or run directory)')
    .option('--curr <path>', 'the later inventory (file or run directory)')
    .option('--outdir <dir>', 'also write diff.json and diff_summary.json here')
    .option('--ignore <rules>', 'comma-separated ignore rules: dotted paths with * (e.g. definedTags.Oracle-Tags.*)')
    .option('--ignore-file <path>', 'ignore rules file (default: ./.oci-inv-ignore)')
    .option('--no-default-ignores', 'do not apply the built-in ignore rules')
    .option('--explain <ocid>', 'show why one resource counts as changed')
    .option('--fail-on <kind>', 'none | drift | added | removed | changed: exit 5 when found (default: none)')
    .option('--json', 'print diff_summary.json instead of markdown')
    .option('--format <fmt>', 'md | text: the change report on stdout (default: text on a terminal, md otherwise)')
    .example('oci-inv diff --prev out/20261101T000000Z --curr out/20261102T000000Z --fail-on removed')
    .ignoreOptionDefaultValue()
    .action(
      bind(async (f) => {
        const { diffCommand } = await import('./commands/diff.js');
        const { contextLogger } = await import('./options.js');
        return diffCommand(
          {
            ...ignoreFlags(f),
            prev: str(f.prev),
            curr: str(f.curr),
            outdir: str(f.outdir),
            explain: str(f.explain),
            failOn: str(f.failOn),
            json: f.json === true,
            format: str(f.format),
          },
          { log: contextLogger(f) },
        );
      }),
    );

  withRunOptions(cli.command('check', 'Compare the live (or --curr) inventory with a committed expected inventory; exit 5 on drift with --fail-on'), { failOn: 'drift' })
    .option('--curr <path>', 'use this inventory instead of running the pipeline')
    .option('--types <list>', 'only these resource types (a team owns a slice)')
    .option('--compartments <list>', 'only these compartments and their subtrees')
    .option('--write-expected', 'write or refresh the expected file from the current inventory')
    .option('--ignore-file <path>', 'ignore rules file (default: ./.oci-inv-ignore)')
    .option('--json', 'print diff_summary.json instead of markdown')
    .example('oci-inv check --expected inventory.expected.jsonl --types Instance,Vcn --fail-on drift')
    .ignoreOptionDefaultValue()
    .action(
      bind(async (f, raw) => {
        const { checkCommand } = await import('./commands/check.js');
        const { contextFrom } = await import('./options.js');
        const ctx = await contextFrom({ ...f, expected: undefined, prev: undefined, failOn: undefined }, raw);
        const runInventory = async () => (await (await import('./commands/check.js')).liveRun(ctx.config, ctx.log, '; not compared')).runDir;
        return checkCommand(
          {
            ...ignoreFlags(f),
            expected: str(f.expected),
            curr: str(f.curr),
            types: str(f.types),
            compartments: str(f.compartments),
            writeExpected: f.writeExpected === true,
            failOn: str(f.failOn),
            outdir: str(f.outdir),
            json: f.json === true,
          },
          {
            log: ctx.log,
            runInventory,
            knownTypes: async () => (await import('../oci/enrichers/index.js')).supportedResourceTypes(),
          },
        );
      }),
    );

  withConnectionOptions(cli.command('iac', 'Terraform state against the live inventory: managed, unmanaged, missing, drifted; iac.json + markdown on stdout'))
    .option('--state <paths>', 'Terraform state files or globs: v4 state, terraform show -json of a state or a plan; repeat for more (workspaces)')
    .option('--orm-stacks <ocids>', 'also read the state of these Resource Manager stacks (comma-separated ocids, or all)')
    .option('--inventory <path>', 'inventory file or run directory (default: the newest finished run in --outdir)')
    .option('--outdir <dir>', 'where runs are (default: out)')
    .option('--output <dir>', 'where iac.json goes (default: the inventory\'s run directory)')
    .option('--prev <path>', 'baseline run for --fail-on new-unmanaged')
    .option('--fail-on <kinds>', 'unmanaged | new-unmanaged | missing | iac-drift, comma-separated: exit 5 when found (default: none)')
    .option('--json', 'print the counts as JSON instead of markdown')
    .example('oci-inv iac --state envs/prod/terraform.tfstate --state envs/dev/terraform.tfstate --fail-on missing,iac-drift')
    .example("oci-inv iac --state 'stacks/*/plan.json' --inventory out/20260101T000000Z")
    .ignoreOptionDefaultValue()
    .action(bind(async (f, raw) => (await import('./commands/iac.js')).iacCommand(f, raw)));

  cli
    .command('merge [...dirs]', 'Merge shard run directories (e.g. one per region from a matrix job) into one run')
    .option('--outdir <dir>', 'parent of the merged run directory (default: out)')
    .option('--log-level <level>', 'silent | error | warn | info | debug | trace, any case (default: info)')
    .option('--json-logs', 'log JSON lines on stderr')
    .example('oci-inv merge shards/us-ashburn-1/* shards/eu-frankfurt-1/* --outdir out')
    .action(bind(async (f, _raw, args) => (await import('./commands/merge.js')).mergeCommand(f, args)));

  withGenAiOptions(withConnectionOptions(cli.command('summarize <runDir>', 'GenAI executive summary of an existing run, at the top of its report.md (docs/genai.md)')))
    .option('--genai-dry-run', 'print exactly the request body that would be sent; send nothing')
    .action(bind(async (f, raw, args) => (await import('./commands/summarize.js')).summarizeCommand(f, raw, args)));

  withGenAiOptions(withConnectionOptions(cli.command('list-genai-models', 'Chat models the GenAI config can use in its compartment and region'))).option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/genai-models.js')).listGenAiModelsCommand(f, raw)));

  withConnectionOptions(cli.command('validate-auth', 'Check credentials: one identity call, prints who and which tenancy (never a secret)'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).validateAuthCommand(f, raw)));

  withConnectionOptions(cli.command('list-regions', 'Subscribed regions, home region marked'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).listRegionsCommand(f, raw)));

  withConnectionOptions(cli.command('list-compartments', 'Compartment tree: ocid, name, path, state'))
    .option('--json', 'print JSON')
    .action(bind(async (f, raw) => (await import('./commands/identity.js')).listCompartmentsCommand(f, raw)));

  withConnectionOptions(cli.command('doctor', 'Preflight: config, key, fingerprint, token, clock, reachability, permissions (with the IAM policy that fixes them), outdir; exit 0 / 2 / 3 / 6'))
    .option('--outdir <dir>', 'the output directory a run would use: checked for write access and room (default: out)')
    .option('--policy-out <file>', 'write the missing read-only policy statements here (empty when none are missing)')
    .option('--group <name>', 'IAM group to name in the policy statements (default: the placeholder <group>)')
    .option('--json', 'print the report as JSON')
    .example('oci-inv doctor                  # one line per check: node, config, key, fingerprint, token, clock, sign-in, reach, search, compartments, permission, outdir')
    .example('oci-inv doctor --profile prod --group InventoryReaders --policy-out missing-policy.txt   # the IAM statements that fix each denied family')
    .example('# exit 0 nothing failed, 2 local configuration, 3 authentication/authorization, 6 unreachable (docs/doctor.md)')
    .example('oci-inv doctor --json | jq \'.checks[] | select(.status == "fail")\'')
    .action(bind(async (f, raw) => (await import('./commands/doctor.js')).doctorCommand(f, raw)));

  withConnectionOptions(cli.command('init', 'Wizard: pick a profile, check it (doctor), choose scope and options; writes oci-inv.yaml, a GitHub workflow and the gh lines, then runs the plan once'))
    .option('--yes', 'take every default, ask nothing (for scripts; needed without a terminal unless --from)')
    .option('--dry-run', 'print the plan, the files and the commands it would write and run; write and run nothing')
    .option('--from <plan.yaml>', 'replay a saved plan (from --save-plan or --dry-run) instead of asking')
    .option('--save-plan <file>', 'also write the answers as a plan to replay with --from')
    .option('--force', 'overwrite oci-inv.yaml / the workflow when they exist')
    .example('oci-inv init                          # asks: profile, regions, compartment, formats, terminated, enrichment, ignore rules, workflow')
    .example('oci-inv init --yes --dry-run --save-plan plan.yaml   # defaults, shows what it would write and run, keeps the answers')
    .example('oci-inv init --from plan.yaml --force  # replay the answers (docs/init.md)')
    .action(bind(async (f, raw) => (await import('./commands/init.js')).initCommand(f, raw)));

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
    .option('--profile <name>', 'uniform | realistic: how resources spread over types and compartments (default: uniform)')
    .option('--log-level <level>', 'silent | error | warn | info | debug | trace, any case (default: info)')
    .action(bind(async (f) => (await import('./commands/demo.js')).demoCommand(f)));

  cli
    .command('emulator', 'Run the OCI API emulator standalone until interrupted (for trying the CLI or other tools)')
    .option('--port <n>', 'port on 127.0.0.1, 0 for any free one (default: 8123)')
    .option('--seed <n>', 'tenancy seed (default: 42)')
    .option('--size <preset>', 'tiny | small | medium | large (default: small)')
    .option('--profile <name>', 'uniform | realistic: how resources spread over types and compartments (default: uniform)')
    .option('--latency <ms>', 'added before every response (default: 0)')
    .option('--faults <json|file>', `fault injection, JSON inline or a file: ${faultKeysHelp()} (docs/emulator.md)`)
    .option('--auth-dir <dir>', 'where to write the OCI config and keys (default: .oci-inv-emulator)')
    .example(`oci-inv emulator --size medium --latency 50 --faults '{"rateLimit":{"rps":20,"retryAfterSeconds":1}}'`)
    .action(bind(async (f) => (await import('./commands/emulator.js')).emulatorCommand(f)));

  // cac gives every `--no-x` option a default of true and prints "(default: true)" beside
  // "--no-enrich": the descriptions say the real default, and normalizeArgs does the parsing.
  for (const command of cli.commands) {
    for (const option of command.options) if (option.negated) option.config.default = undefined;
  }
  cli.help();
  cli.version(TOOL_VERSION);
  cli.parse([...argv.slice(0, 2), ...normalized.argv], { run: false });
  if (!cli.matchedCommand) {
    const typed = cli.args[0];
    if (typed !== undefined) {
      const guess = didYouMean(typed, cli.commands.map((c) => c.name.split(' ')[0] ?? '').filter(Boolean));
      throw new UsageError(`unknown command "${typed}"${guess ? ` (did you mean "${guess}"?)` : ''} (see oci-inv --help)`);
    }
    if (!cli.options.help && !cli.options.version) cli.outputHelp();
    return 0;
  }
  try {
    await cli.runMatchedCommand();
  } catch (error) {
    throw unknownOptionError(error, cli.matchedCommand.options.map((o) => o.rawName), rawArgs) ?? missingArgsError(error, cli.matchedCommand.name) ?? error;
  }
  return exitCode;
}

/** cac reports `Unknown option \`--bogusFlag\``: name it as typed, with a suggestion. */
function unknownOptionError(error: unknown, rawNames: readonly string[], rawArgs: readonly string[]): UsageError | undefined {
  if (!(error instanceof Error) || error.name !== 'CACError') return undefined;
  const m = /^Unknown option `-{1,2}([^`]+)`/.exec(error.message);
  if (!m?.[1]) return undefined;
  const camelName = m[1];
  const typed =
    rawArgs
      .map((a) => /^(--?[^=]+)/.exec(a)?.[1] ?? '')
      .find((a) => a.length > 0 && (camel(a.replace(/^-+/, '')) === camelName || a.replace(/^-+/, '') === camelName)) ?? `--${kebab(camelName)}`;
  const guess = didYouMean(typed, optionNames(rawNames));
  return new UsageError(`unknown option ${typed}${guess ? ` (did you mean ${guess}?)` : ''} (see --help)`);
}

/** cac reports `missing required args for command \`summarize <runDir>\``: say what to give, and where the help is. */
function missingArgsError(error: unknown, name: string): UsageError | undefined {
  if (!(error instanceof Error) || error.name !== 'CACError') return undefined;
  const m = /^missing required args for command `?([^`]*)`?/.exec(error.message);
  if (!m) return undefined;
  const args = (m[1] ?? '').split(' ').slice(1).filter((a) => a.startsWith('<')).join(' ');
  return new UsageError(`${name}: missing ${args || 'argument'} (see oci-inv ${name} --help)`);
}
