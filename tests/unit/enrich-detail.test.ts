// The enrichment detail level's settings (issue 12): the config key, variable and flag, the
// action input, the level recorded in run_summary.json, and the warning when a baseline was
// enriched at another level.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { getInputs, type InputSource } from '../../src/action/inputs.js';
import { ConfigError, DEFAULT_CONFIG, resolveConfig } from '../../src/pipeline/config.js';
import { baselineDetailWarning } from '../../src/pipeline/enrich-detail.js';

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-detail-'));
  dirs.push(dir);
  return dir;
}

test('enrich-detail: standard by default; a flag, a variable or a file key sets it (any case)', async () => {
  assert.equal(DEFAULT_CONFIG.enrichDetail, 'standard');
  assert.equal((await resolveConfig({ env: {}, flags: {} })).enrichDetail, 'standard');
  assert.equal((await resolveConfig({ env: {}, flags: { enrichDetail: 'LEAN' } })).enrichDetail, 'lean');
  assert.equal((await resolveConfig({ env: { OCI_INV_ENRICH_DETAIL: 'complete' }, flags: {} })).enrichDetail, 'complete');
  const file = join(await tempDir(), 'oci-inv.yaml');
  await writeFile(file, 'enrich-detail: lean\n');
  assert.equal((await resolveConfig({ file, env: {}, flags: {} })).enrichDetail, 'lean');
});

test('a bad enrich-detail names its source and the allowed values', async () => {
  await assert.rejects(resolveConfig({ env: {}, flags: { enrichDetail: 'full' } }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.equal(error.message, '--enrich-detail: must be one of standard, lean, complete');
    return true;
  });
  const file = join(await tempDir(), 'oci-inv.yaml');
  await writeFile(file, 'enrich_detail: everything\n');
  await assert.rejects(resolveConfig({ file, env: {}, flags: {} }), { name: 'ConfigError', message: `${file}: key enrich_detail: must be one of standard, lean, complete` });
});

test('the action input enrich-detail: one of the levels, unset leaves the default', () => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const base: Record<string, string> = {
    tenancy: 'ocid1.tenancy.oc1..t',
    user: 'ocid1.user.oc1..u',
    fingerprint: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
    region: 'us-ashburn-1',
    'private-key': pem,
  };
  const source = (values: Record<string, string>): InputSource => ({
    getInput: (name) => values[name] ?? '',
    getBooleanInput: (name) => values[name] === 'true',
  });
  assert.equal(getInputs(source(base)).enrichDetail, undefined);
  assert.equal(getInputs(source({ ...base, 'enrich-detail': 'lean' })).enrichDetail, 'lean');
  assert.throws(() => getInputs(source({ ...base, 'enrich-detail': 'max' })), { name: 'InputError', message: 'input enrich-detail: must be one of standard, lean, complete' });
});

test('a baseline run at another detail level is a warning; the same level, or no run summary, is not', async () => {
  const dir = await tempDir();
  const run = async (name: string, summary: object | undefined) => {
    const runDir = join(dir, name);
    await import('node:fs/promises').then((fs) => fs.mkdir(runDir));
    await writeFile(join(runDir, 'inventory.jsonl'), '');
    if (summary) await writeFile(join(runDir, 'run_summary.json'), JSON.stringify(summary));
    return runDir;
  };
  const standard = await run('standard', { status: 'SUCCESS', enrich_detail: 'standard' });
  const older = await run('older', { status: 'SUCCESS' });
  const bare = await run('bare', undefined);
  const off = await run('off', { status: 'SUCCESS', enrich_detail: null });

  assert.equal(await baselineDetailWarning(standard, 'standard'), undefined);
  assert.equal(await baselineDetailWarning(join(standard, 'inventory.jsonl'), 'standard'), undefined);
  assert.match((await baselineDetailWarning(standard, 'complete')) ?? '', /detail standard and this run at complete: Vnic records/);
  assert.match((await baselineDetailWarning(join(standard, 'inventory.jsonl'), 'lean')) ?? '', /Vnic and Bucket records/);
  // A run from before the levels read VNICs whole: complete.
  assert.match((await baselineDetailWarning(older, 'standard')) ?? '', /detail complete and this run at standard/);
  assert.equal(await baselineDetailWarning(older, 'complete'), undefined);
  assert.equal(await baselineDetailWarning(bare, 'standard'), undefined);
  assert.equal(await baselineDetailWarning(off, 'standard'), undefined);
  assert.equal(await baselineDetailWarning(join(dir, 'missing'), 'standard'), undefined);
});
