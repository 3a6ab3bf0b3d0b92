import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ConfigError, DEFAULT_CONFIG, DEFAULT_QUERY, envName, resolveConfig } from '../../src/pipeline/config.js';

describe('resolveConfig', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'oci-inv-config-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('defaults match the SPEC', async () => {
    const config = await resolveConfig({ env: {} });
    assert.equal(config.query, DEFAULT_QUERY);
    assert.equal(config.query, 'query all resources');
    assert.equal(config.includeTerminated, false);
    assert.equal(config.outdir, 'out');
    assert.deepEqual(config.formats, ['jsonl', 'csv']);
    assert.equal(config.failOn, 'none');
  });

  test('precedence is defaults < file < env < flags', async () => {
    const file = join(dir, 'prec.yaml');
    await writeFile(file, 'outdir: from-file\nworkers-region: 3\nquery: query instance resources\nregions: [us-ashburn-1]\n');
    const env = { OCI_INV_WORKERS_REGION: '5', OCI_INV_QUERY: 'query vcn resources' };
    const config = await resolveConfig({ file, env, flags: { query: 'query subnet resources' } });
    assert.equal(config.outdir, 'from-file');
    assert.equal(config.workersRegion, 5);
    assert.equal(config.query, 'query subnet resources');
    assert.deepEqual(config.regions, ['us-ashburn-1']);
    assert.equal(config.workersEnrich, DEFAULT_CONFIG.workersEnrich);
  });

  test('JSON config files and snake_case keys are accepted', async () => {
    const file = join(dir, 'c.json');
    await writeFile(file, JSON.stringify({ include_terminated: true, formats: 'csv,parquet', auth: 'config' }));
    const config = await resolveConfig({ file, env: {} });
    assert.equal(config.includeTerminated, true);
    assert.deepEqual(config.formats, ['jsonl', 'csv', 'parquet']);
    assert.equal(config.auth, 'api_key', 'the seed tool alias "config" maps to api_key');
  });

  test('a bad value names the file and the key', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'workers-region: lots\n');
    await assert.rejects(resolveConfig({ file, env: {} }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /bad\.yaml/);
      assert.match(error.message, /workers-region/);
      return true;
    });
  });

  test('an unknown key is an error, not ignored', async () => {
    const file = join(dir, 'unknown.yaml');
    await writeFile(file, 'regoins: [us-ashburn-1]\n');
    await assert.rejects(resolveConfig({ file, env: {} }), /unknown key "regoins"/);
  });

  test('YAML syntax errors carry the line', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'outdir: ok\nregions: [a, b\nquery: x\n');
    await assert.rejects(resolveConfig({ file, env: {} }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /broken\.yaml:\d+/);
      return true;
    });
  });

  test('env values are validated and named', async () => {
    await assert.rejects(resolveConfig({ env: { OCI_INV_FAIL_ON: 'sometimes' } }), /environment OCI_INV_FAIL_ON: must be one of none, drift/);
    await assert.rejects(resolveConfig({ env: {}, flags: { endpointTemplate: 'http://x/no-placeholder' } }), /\{service\}/);
  });

  test('env variable names follow OCI_INV_<SNAKE>', () => {
    assert.equal(envName('endpointTemplate'), 'OCI_INV_ENDPOINT_TEMPLATE');
    assert.equal(envName('workersEnrich'), 'OCI_INV_WORKERS_ENRICH');
  });
});
