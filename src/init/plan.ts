// The plan `oci-inv init` builds (the answers), saved and replayed with `--from`, and the files
// it turns into: `oci-inv.yaml` (the `--config` schema, commented), a GitHub workflow that
// uses this action with inputs action.yml declares, and the `gh` lines for the repository's
// variables and secrets (values of secrets never written: they are read from the file or typed).
import * as v from 'valibot';
import { parse as parseYaml, stringify } from 'yaml';
import { FORMATS } from '../pipeline/config.js';

export const WORKFLOW_KINDS = ['scheduled', 'pr', 'none'] as const;
export type WorkflowKind = (typeof WORKFLOW_KINDS)[number];

const REGION = v.pipe(v.string(), v.regex(/^[a-z]+-[a-z]+-\d+$/, 'must be a region name like us-ashburn-1'));
const OCID = v.pipe(v.string(), v.startsWith('ocid1.', 'must be an ocid'));
const SAFE_TEXT = v.pipe(v.string(), v.regex(/^[^\r\n]*$/, 'must be one line'));

export const PlanSchema = v.strictObject({
  version: v.literal(1, 'must be 1'),
  profile: v.pipe(SAFE_TEXT, v.regex(/^[^[\]]+$/, 'must be a profile name')),
  /** The OCI config file, when not the default one. */
  ociConfig: v.nullable(v.pipe(SAFE_TEXT, v.minLength(1))),
  /** Empty: every subscribed region. */
  regions: v.array(REGION),
  /** null: the whole tenancy. */
  compartment: v.nullable(OCID),
  formats: v.pipe(v.array(v.picklist(FORMATS, `must be among ${FORMATS.join(', ')}`)), v.minLength(1, 'must name at least one format')),
  includeTerminated: v.boolean(),
  enrich: v.boolean(),
  ignore: v.array(v.pipe(SAFE_TEXT, v.regex(/^[A-Za-z0-9_.*\-[\]]+$/, 'must be a dotted path with * wildcards'))),
  outdir: v.pipe(SAFE_TEXT, v.minLength(1, 'must not be empty')),
  workflow: v.picklist(WORKFLOW_KINDS, `must be one of ${WORKFLOW_KINDS.join(', ')}`),
  /** Cron line for the scheduled workflow. */
  schedule: v.pipe(SAFE_TEXT, v.regex(/^(\S+\s+){4}\S+$/, 'must be a five-field cron line')),
  configPath: v.pipe(SAFE_TEXT, v.minLength(1)),
  workflowPath: v.pipe(SAFE_TEXT, v.minLength(1)),
  expectedPath: v.pipe(SAFE_TEXT, v.minLength(1)),
  /** Run the plan once at the end (and, for the PR check, write the expected inventory from it). */
  runOnce: v.boolean(),
});

export type InitPlan = v.InferOutput<typeof PlanSchema>;

export function defaultPlan(profile = 'DEFAULT'): InitPlan {
  return {
    version: 1,
    profile,
    ociConfig: null,
    regions: [],
    compartment: null,
    formats: ['jsonl', 'csv'],
    includeTerminated: false,
    enrich: true,
    ignore: [],
    outdir: 'out',
    workflow: 'scheduled',
    schedule: '17 3 * * *',
    configPath: 'oci-inv.yaml',
    workflowPath: '.github/workflows/oci-inventory.yml',
    expectedPath: 'inventory.expected.jsonl',
    runOnce: true,
  };
}

export class PlanError extends Error {
  override name = 'ConfigError';
}

/** A saved plan (YAML or JSON), validated; errors name the file and the key. */
export function parsePlan(text: string, source: string): InitPlan {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new PlanError(`${source}${line ? `:${line}` : ''}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  // Keys left out take their defaults, so a plan can say only what differs.
  const merged = data && typeof data === 'object' && !Array.isArray(data) ? { ...defaultPlan(), ...(data as object) } : data;
  const parsed = v.safeParse(PlanSchema, merged);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new PlanError(`${source}: key ${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`);
  }
  return parsed.output;
}

export function renderPlan(plan: InitPlan): string {
  return `# oci-inv init plan: replay with \`oci-inv init --from <this file>\`\n${stringify(plan)}`;
}

/** oci-inv.yaml: the same keys as `--config`, each with a comment saying what it does. */
export function renderConfig(plan: InitPlan): string {
  const y = (value: unknown) => stringify(value, { flow: true }).trim();
  const lines = [
    '# oci-inv run plan, written by `oci-inv init`. Use it with: oci-inv run --config oci-inv.yaml',
    '# Every key is a `run` option (docs/configuration.md); flags and OCI_INV_* variables override it.',
    '',
    '# Profile in the OCI config file (~/.oci/config unless --oci-config / OCI_CLI_CONFIG_FILE).',
    `profile: ${y(plan.profile)}`,
    ...(plan.ociConfig ? [`oci-config: ${y(plan.ociConfig)}`] : []),
    '',
    plan.regions.length > 0 ? '# Regions to inventory.' : '# Regions to inventory: every subscribed region (list some to narrow it, e.g. [us-ashburn-1]).',
    plan.regions.length > 0 ? `regions: ${y(plan.regions)}` : '# regions: []',
    '',
    plan.compartment ? '# Only this compartment and its subtree.' : '# Scope: the whole tenancy (set an ocid to inventory one compartment subtree).',
    plan.compartment ? `compartment: ${y(plan.compartment)}` : '# compartment: ocid1.compartment.oc1..',
    '',
    '# Export formats; jsonl is always written.',
    `formats: ${y(plan.formats)}`,
    '',
    '# Keep TERMINATED/DELETED resources (default: left out).',
    `include-terminated: ${plan.includeTerminated}`,
    '',
    plan.enrich ? '# Enrich every record with its service\'s get/list call (false: a coverage-only scan from Resource Search).' : '# Coverage-only scan: Resource Search summaries, no per-service calls (true to enrich).',
    `enrich: ${plan.enrich}`,
    '',
    '# Diff ignore rules (dotted paths, * wildcards) on top of the built-in defaults.',
    plan.ignore.length > 0 ? `ignore: ${y(plan.ignore)}` : '# ignore: [definedTags.Oracle-Tags.*]',
    '',
    '# Where run directories go (<outdir>/<UTC timestamp>/).',
    `outdir: ${y(plan.outdir)}`,
    '',
  ];
  return lines.join('\n');
}

/** The action's own inputs this workflow sets, with their values (expressions or literals). */
export function workflowInputs(plan: InitPlan): Record<string, string> {
  const inputs: Record<string, string> = {
    tenancy: '${{ vars.OCI_TENANCY }}',
    user: '${{ vars.OCI_USER }}',
    fingerprint: '${{ vars.OCI_FINGERPRINT }}',
    region: '${{ vars.OCI_REGION }}',
    'private-key': '${{ secrets.OCI_PRIVATE_KEY }}',
  };
  if (plan.regions.length > 0) inputs.regions = plan.regions.join(',');
  if (plan.compartment) inputs.compartment = plan.compartment;
  inputs.formats = plan.formats.join(',');
  if (plan.includeTerminated) inputs['include-terminated'] = 'true';
  if (!plan.enrich) inputs.enrich = 'false';
  if (plan.ignore.length > 0) inputs.ignore = plan.ignore.join(',');
  if (plan.workflow === 'pr') {
    inputs['compare-to'] = 'expected';
    inputs.expected = plan.expectedPath;
    inputs.comment = 'always';
    inputs['fail-on'] = 'drift';
    inputs['artifact-name'] = 'oci-inventory-pr';
  } else {
    inputs['compare-to'] = 'previous-run';
    inputs['fail-on'] = 'drift';
  }
  return inputs;
}

/** The workflow file (scheduled drift detection or a PR check), or undefined for `none`. */
export function renderWorkflow(plan: InitPlan, actionRef: string, passphrase: boolean): string | undefined {
  if (plan.workflow === 'none') return undefined;
  const inputs = workflowInputs(plan);
  if (passphrase) inputs['private-key-passphrase'] = '${{ secrets.OCI_PRIVATE_KEY_PASSPHRASE }}';
  const step = { id: 'inv', uses: actionRef, with: inputs };
  const doc =
    plan.workflow === 'scheduled'
      ? {
          name: 'OCI inventory (scheduled drift detection)',
          on: { schedule: [{ cron: plan.schedule }], workflow_dispatch: null },
          permissions: { contents: 'read', actions: 'read' },
          jobs: { inventory: { 'runs-on': 'ubuntu-latest', steps: [{ uses: 'actions/checkout@v4' }, step] } },
        }
      : {
          name: 'OCI inventory check',
          on: { pull_request: null },
          permissions: { contents: 'read', actions: 'read', 'pull-requests': 'write' },
          jobs: {
            check: {
              'runs-on': 'ubuntu-latest',
              // Fork PRs get no secrets: skip them rather than fail on missing credentials.
              if: 'github.event.pull_request.head.repo.full_name == github.repository',
              steps: [{ uses: 'actions/checkout@v4' }, step],
            },
          },
        };
  const header =
    plan.workflow === 'scheduled'
      ? `# Written by \`oci-inv init\`: inventories the tenancy on a schedule and reports drift from the\n# previous run in the job summary (the step fails on drift). Needs the repository variables and\n# secrets \`oci-inv init\` listed (gh variable set / gh secret set).\n`
      : `# Written by \`oci-inv init\`: on each pull request, compares the tenancy with the committed\n# ${plan.expectedPath} and fails on drift; the sticky comment shows what differs. Refresh the\n# expected file with: oci-inv check --expected ${plan.expectedPath} --write-expected\n`;
  return `${header}${stringify(doc, { lineWidth: 0 })}`;
}

export interface GhContext {
  tenancy: string | undefined;
  user: string | undefined;
  fingerprint: string | undefined;
  region: string | undefined;
  keyFile: string | undefined;
  passphrase: boolean;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * `gh` lines for the workflow's variables and secrets. Variables are identifiers (ocids, a
 * fingerprint, a region), not secrets; a secret is read by gh from the key file or typed at
 * gh's own prompt, so no secret value is ever printed.
 */
export function ghLines(ctx: GhContext): string[] {
  const v = (name: string, value: string | undefined) => `gh variable set ${name} --body ${shellQuote(value ?? `<${name.toLowerCase()}>`)}`;
  const lines = [
    v('OCI_TENANCY', ctx.tenancy),
    v('OCI_USER', ctx.user),
    v('OCI_FINGERPRINT', ctx.fingerprint),
    v('OCI_REGION', ctx.region),
    `gh secret set OCI_PRIVATE_KEY < ${shellQuote(ctx.keyFile ?? '<path to your API private key .pem>')}`,
  ];
  if (ctx.passphrase) lines.push('gh secret set OCI_PRIVATE_KEY_PASSPHRASE   # gh prompts for the value');
  return lines;
}
