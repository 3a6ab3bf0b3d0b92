// `--fail-on` composes the diff kind with IaC kinds; `iac:` in a config file; the state
// flags are lists (repeat or comma-separate).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { flagsToConfig } from '../../src/cli/options.js';
import { resolveConfig } from '../../src/pipeline/config.js';

test('--fail-on drift,unmanaged,iac-drift: the diff kind and the IaC kinds, each kept', async () => {
  const config = await resolveConfig({ env: {}, flags: flagsToConfig({ failOn: 'drift,unmanaged,iac-drift' }) });
  assert.equal(config.failOn, 'drift');
  assert.deepEqual(config.iacFailOn, ['unmanaged', 'iac-drift']);
  const only = await resolveConfig({ env: {}, flags: flagsToConfig({ failOn: 'New-Unmanaged' }) });
  assert.equal(only.failOn, 'none');
  assert.deepEqual(only.iacFailOn, ['new-unmanaged']);
  const env = await resolveConfig({ env: { OCI_INV_FAIL_ON: 'missing' }, flags: {} });
  assert.deepEqual([env.failOn, env.iacFailOn], ['none', ['missing']]);
  await assert.rejects(resolveConfig({ env: {}, flags: flagsToConfig({ failOn: 'drift,added' }) }), /--fail-on: takes one of none, drift/);
  await assert.rejects(resolveConfig({ env: {}, flags: flagsToConfig({ failOn: 'unmanged' }) }), /--fail-on: must be one of .*\(got "unmanged"\)/);
});

test('iac settings and state paths from a config file; a wrong key is named', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-iac-config-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'oci-inv.yaml');
  await writeFile(file, 'tf-state:\n  - a.tfstate\n  - envs/*/terraform.tfstate\niac:\n  ignore: [Instance, "SecurityList:default"]\n  default-ignores: false\n  top: 5\nfail-on: unmanaged\n');
  const config = await resolveConfig({ file, env: {}, flags: flagsToConfig({ tfState: ['b.tfstate'] }) });
  assert.deepEqual(config.tfState, ['b.tfstate']);
  assert.deepEqual(config.iac, { ignore: ['Instance', 'SecurityList:default'], defaultIgnores: false, top: 5 });
  assert.deepEqual(config.iacFailOn, ['unmanaged']);
  const fromFile = await resolveConfig({ file, env: {}, flags: {} });
  assert.deepEqual(fromFile.tfState, ['a.tfstate', 'envs/*/terraform.tfstate']);
  await writeFile(file, 'iac:\n  ignores: [Vnic]\n');
  await assert.rejects(resolveConfig({ file, env: {}, flags: {} }), /oci-inv\.yaml: key iac: unknown key "ignores"/);
});
