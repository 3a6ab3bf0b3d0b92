// What `oci-inv init` writes passes the project's own validation: oci-inv.yaml loads with the
// `--config` loader into the plan's options; each workflow is valid YAML whose `uses:` step sets
// only inputs action.yml declares (and every secret through ${{ secrets.* }}); a saved plan
// round-trips through --from, and a bad one names its key.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { defaultPlan, ghLines, type InitPlan, parsePlan, renderConfig, renderPlan, renderWorkflow } from '../../src/init/plan.js';
import { listProfiles } from '../../src/init/wizard.js';
import { resolveConfig } from '../../src/pipeline/config.js';

const actionInputs = new Set(Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs));

const rich: InitPlan = {
  ...defaultPlan('prod'),
  ociConfig: '/home/me/.oci/config',
  regions: ['us-ashburn-1', 'eu-frankfurt-1'],
  compartment: 'ocid1.compartment.oc1..aaaa',
  formats: ['jsonl', 'csv', 'parquet'],
  includeTerminated: true,
  enrich: false,
  ignore: ['definedTags.Oracle-Tags.*', 'freeformTags.Build'],
  outdir: 'inventory-runs',
};

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
}

function actionStep(text: string): Step {
  const doc = parse(text) as Workflow;
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps);
  const step = steps.find((s) => s.uses !== undefined && !s.uses.startsWith('actions/'));
  assert.ok(step?.with, 'a step uses the action');
  return step;
}

describe('init plan files', () => {
  test('oci-inv.yaml loads with --config into exactly the plan', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oci-inv-init-'));
    try {
      for (const plan of [defaultPlan(), rich]) {
        const file = join(dir, 'oci-inv.yaml');
        await writeFile(file, renderConfig(plan));
        const config = await resolveConfig({ file, env: {} });
        assert.equal(config.profile, plan.profile);
        assert.equal(config.ociConfig, plan.ociConfig ?? undefined);
        assert.deepEqual(config.regions, plan.regions);
        assert.equal(config.compartment, plan.compartment ?? undefined);
        assert.deepEqual(config.formats, plan.formats);
        assert.equal(config.includeTerminated, plan.includeTerminated);
        assert.equal(config.enrich, plan.enrich);
        assert.deepEqual(config.ignore, plan.ignore);
        assert.equal(config.outdir, plan.outdir);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('workflows are valid YAML; every input they set exists in action.yml; secrets only by reference', () => {
    for (const plan of [defaultPlan(), rich, { ...rich, workflow: 'pr' as const }]) {
      for (const passphrase of [false, true]) {
        const text = renderWorkflow(plan, 'oci-inv/oci-inv@v1', passphrase);
        assert.ok(text);
        const step = actionStep(text);
        const unknown = Object.keys(step.with ?? {}).filter((k) => !actionInputs.has(k));
        assert.deepEqual(unknown, [], `inputs not in action.yml: ${unknown.join(', ')}`);
        assert.equal(step.with?.['private-key'], '${{ secrets.OCI_PRIVATE_KEY }}');
        if (passphrase) assert.equal(step.with?.['private-key-passphrase'], '${{ secrets.OCI_PRIVATE_KEY_PASSPHRASE }}');
      }
    }
    const scheduled = parse(renderWorkflow(defaultPlan(), 'x/y@v1', false) ?? '') as Workflow;
    assert.deepEqual(scheduled.on.schedule, [{ cron: '17 3 * * *' }]);
    const pr = actionStep(renderWorkflow({ ...rich, workflow: 'pr' }, 'x/y@v1', false) ?? '');
    assert.equal(pr.with?.['compare-to'], 'expected');
    assert.equal(pr.with?.expected, 'inventory.expected.jsonl');
    assert.equal(pr.with?.enrich, 'false');
    assert.equal(renderWorkflow({ ...rich, workflow: 'none' }, 'x/y@v1', false), undefined);
  });

  test('gh lines: variables by value, secrets from the file or gh’s prompt, never a value', () => {
    const lines = ghLines({ tenancy: 'ocid1.tenancy.oc1..t', user: "ocid1.user.oc1..u'x", fingerprint: 'aa:bb', region: 'us-ashburn-1', keyFile: '/k/key.pem', passphrase: true });
    assert.deepEqual(lines, [
      "gh variable set OCI_TENANCY --body 'ocid1.tenancy.oc1..t'",
      "gh variable set OCI_USER --body 'ocid1.user.oc1..u'\\''x'",
      "gh variable set OCI_FINGERPRINT --body 'aa:bb'",
      "gh variable set OCI_REGION --body 'us-ashburn-1'",
      "gh secret set OCI_PRIVATE_KEY < '/k/key.pem'",
      'gh secret set OCI_PRIVATE_KEY_PASSPHRASE   # gh prompts for the value',
    ]);
  });

  test('a plan round-trips through --from; keys left out take defaults; a bad key is named', () => {
    assert.deepEqual(parsePlan(renderPlan(rich), 'p.yaml'), rich);
    assert.deepEqual(parsePlan('version: 1\nworkflow: pr\n', 'p.yaml'), { ...defaultPlan(), workflow: 'pr' });
    assert.throws(() => parsePlan('version: 1\nformats: [xml]\n', 'p.yaml'), /p\.yaml: key formats\.0: must be among jsonl, csv, parquet/);
    assert.throws(() => parsePlan('version: 1\nbogus: 1\n', 'p.yaml'), /p\.yaml: key bogus/);
    assert.throws(() => parsePlan('version: 1\nschedule: "every day"\n', 'p.yaml'), /key schedule: must be a five-field cron line/);
    assert.throws(() => parsePlan('a: [', 'p.yaml'), /p\.yaml(:\d+)?: not valid YAML/);
  });

  test('profiles of an OCI config, DEFAULT first', () => {
    assert.deepEqual(listProfiles('[prod]\nuser=x\n[DEFAULT]\nregion=a\n [dev] \n[prod]\n'), ['DEFAULT', 'prod', 'dev']);
  });
});
