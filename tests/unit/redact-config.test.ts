// --redact-extra, --retry-budget and --fail-on degraded through flags, config file and
// environment: rules are not split on commas, a bad rule names itself (exit 2 via ConfigError).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { flagsToConfig } from '../../src/cli/options.js';
import { ConfigError, resolveConfig } from '../../src/pipeline/config.js';
import { runCli } from '../helpers/cli.js';

test('--redact-extra: repeated flags, a YAML list, or one rule per line in the environment; commas stay in the regex', async () => {
  const fromFlags = await resolveConfig({ env: {}, flags: flagsToConfig({ redactExtra: ['key:^a', 'value:^x{2,5}$'] }, ['run']) });
  assert.deepEqual(fromFlags.redactExtra, ['key:^a', 'value:^x{2,5}$']);
  const one = await resolveConfig({ env: {}, flags: flagsToConfig({ redactExtra: 'value:^x{2,5}$' }, ['run']) });
  assert.deepEqual(one.redactExtra, ['value:^x{2,5}$']);
  const fromEnv = await resolveConfig({ env: { OCI_INV_REDACT_EXTRA: 'key:^a\nvalue:b' } });
  assert.deepEqual(fromEnv.redactExtra, ['key:^a', 'value:b']);
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-redact-config-'));
  try {
    const file = join(dir, 'oci-inv.yaml');
    await writeFile(file, "redact-extra:\n  - 'key:^internal_'\nretry-budget: 50\nfail-on: degraded\n");
    const config = await resolveConfig({ env: {}, file });
    assert.deepEqual(config.redactExtra, ['key:^internal_']);
    assert.equal(config.retryBudget, 50);
    assert.equal(config.failOn, 'degraded');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a bad rule or budget is a ConfigError naming the flag and the rule', async () => {
  await assert.rejects(resolveConfig({ env: {}, flags: { redactExtra: ['key:ok', 'nope'] } }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /--redact-extra: "nope": expected key:REGEX or value:REGEX/);
    return true;
  });
  await assert.rejects(resolveConfig({ env: { OCI_INV_REDACT_EXTRA: 'value:((' } }), /OCI_INV_REDACT_EXTRA.*not a valid regular expression/);
  await assert.rejects(resolveConfig({ env: {}, flags: { retryBudget: '0' } }), /--retry-budget: must be at least 1/);
});

test('the CLI refuses a bad --redact-extra with exit 2 before any request', async () => {
  const result = await runCli(['run', '--redact-extra', 'value:((', '--endpoint-template', 'http://127.0.0.1:9/{service}/{region}']);
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /--redact-extra/);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
});
