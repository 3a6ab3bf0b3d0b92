import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exitCodeFor, handleError, UsageError } from '../../src/cli/errors.js';
import { flagsToConfig } from '../../src/cli/options.js';
import { AuthError } from '../../src/oci/auth.js';
import { ConfigError, resolveConfig } from '../../src/pipeline/config.js';
import { memoryLogger } from '../../src/pipeline/log.js';
import { RunAuthError, RunInputError, runDirName } from '../../src/pipeline/run.js';

describe('flagsToConfig', () => {
  test('booleans count only when given (normalizeArgs sets them), so a config file can turn enrichment off', async () => {
    const absent = flagsToConfig({}, ['run']);
    assert.equal(absent.enrich, undefined);
    const given = flagsToConfig({ enrich: false }, ['run', '--no-enrich']);
    assert.equal(given.enrich, false);
    const config = await resolveConfig({ env: { OCI_INV_ENRICH: 'false' }, flags: absent });
    assert.equal(config.enrich, false);
  });

  test('--parquet adds parquet to the default formats', async () => {
    const config = await resolveConfig({ env: {}, flags: flagsToConfig({ parquet: true }, ['run', '--parquet']) });
    assert.deepEqual(config.formats, ['jsonl', 'csv', 'parquet']);
  });

  test('--format replaces the default list, jsonl always kept', async () => {
    const config = await resolveConfig({ env: {}, flags: flagsToConfig({ format: 'parquet' }, ['run']) });
    assert.deepEqual(config.formats, ['jsonl', 'parquet']);
  });

  test('cac numbers and lists pass validation', async () => {
    const config = await resolveConfig({ env: {}, flags: flagsToConfig({ workersRegion: 3, regions: 'a-1,b-2' }, []) });
    assert.equal(config.workersRegion, 3);
    assert.deepEqual(config.regions, ['a-1', 'b-2']);
  });
});

describe('exit codes', () => {
  test('map error kinds to SPEC §3 codes', () => {
    assert.equal(exitCodeFor(new ConfigError('f', 'bad')), 2);
    assert.equal(exitCodeFor(new RunInputError('bad')), 2);
    assert.equal(exitCodeFor(new UsageError('bad')), 2);
    assert.equal(exitCodeFor(new AuthError('api_key', 'no key')), 3);
    assert.equal(exitCodeFor(new RunAuthError('401')), 3);
    assert.equal(exitCodeFor(new TypeError('x is undefined')), 1);
  });

  test('an internal error logs the stack only at debug', () => {
    const log = memoryLogger();
    const code = handleError(new TypeError('oops'), log);
    assert.equal(code, 1);
    assert.match(log.lines.find((l) => l.level === 'error')?.message ?? '', /internal error: oops/);
    assert.ok(log.lines.some((l) => l.level === 'debug' && l.message.includes('TypeError')));
  });

  test('run directories are UTC yyyymmddTHHMMSSZ', () => {
    assert.equal(runDirName(new Date('2026-11-23T04:05:06.789Z')), '20261123T040506Z');
  });
});
