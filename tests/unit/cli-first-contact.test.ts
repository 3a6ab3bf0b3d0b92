// Parsing details behind issue 8's first-contact rules: booleans, repeated flags, region
// selectors, human config messages, exit codes, and messages that never carry a header value.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exitCodeFor, handleError } from '../../src/cli/errors.js';
import { checkRepeatedFlags, flagsToConfig, normalizeArgs } from '../../src/cli/options.js';
import { didYouMean } from '../../src/cli/suggest.js';
import { cleanAuthReason } from '../../src/oci/auth.js';
import { asOciError, OciTransportError, sanitizeSdkMessage } from '../../src/oci/http.js';
import { BOOLEAN_WORDS, ConfigError, resolveConfig, sourceOf } from '../../src/pipeline/config.js';
import { memoryLogger } from '../../src/pipeline/log.js';
import type { RegionInfo } from '../../src/pipeline/ports.js';
import { OutputError, resolveRegionSelectors } from '../../src/pipeline/preflight.js';
import { EXIT } from '../../src/pipeline/run.js';

describe('one rule for boolean flags', () => {
  const norm = (...args: string[]) => normalizeArgs(args, BOOLEAN_WORDS);

  test('--x, --x true, --x=false, --x false, --no-x', () => {
    assert.deepEqual([...norm('run', '--enrich').booleans], [['enrich', true]]);
    assert.deepEqual([...norm('run', '--enrich', 'false').booleans], [['enrich', false]]);
    assert.deepEqual([...norm('run', '--enrich=FALSE').booleans], [['enrich', false]]);
    assert.deepEqual([...norm('run', '--no-enrich').booleans], [['enrich', false]]);
    assert.deepEqual([...norm('run', '--include-terminated', 'no').booleans], [['includeTerminated', false]]);
    assert.deepEqual([...norm('run', '--no-default-ignores').booleans], [['defaultIgnores', false]]);
  });

  test('a boolean never eats a following word that is not a boolean (merge --json-logs DIR)', () => {
    const r = norm('merge', '--json-logs', 'shard-a', 'shard-b');
    assert.deepEqual(r.argv, ['merge', '--json-logs=true', 'shard-a', 'shard-b']);
  });

  test('--x=maybe is an error naming the flag; contradictory repeats too', () => {
    assert.throws(() => norm('run', '--enrich=maybe'), /--enrich: "maybe" is not true or false/);
    assert.throws(() => norm('run', '--enrich', '--no-enrich'), /--enrich is given twice with different values/);
  });

  test('--config-file is --oci-config', () => {
    assert.deepEqual(norm('run', '--config-file', 'x').argv, ['run', '--oci-config', 'x']);
    assert.deepEqual(norm('run', '--config-file=x').argv, ['run', '--oci-config=x']);
  });

  test('booleans reach the configuration only when given', async () => {
    const config = await resolveConfig({ env: {}, flags: flagsToConfig({ enrich: false, includeTerminated: true }) });
    assert.equal(config.enrich, false);
    assert.equal(config.includeTerminated, true);
    assert.equal((await resolveConfig({ env: {}, flags: flagsToConfig({}) })).enrich, true);
  });
});

describe('repeated flags', () => {
  test('a scalar flag given twice with different values is an error; the same value twice is fine', () => {
    assert.throws(() => checkRepeatedFlags({ prev: ['a', 'b'] }), /--prev is given 2 times \("a", "b"\): give it once/);
    const same: Record<string, unknown> = { outdir: ['x', 'x'] };
    checkRepeatedFlags(same);
    assert.equal(same.outdir, 'x');
  });

  test('list flags accumulate: --regions a --region b --regions c', async () => {
    const flags = { regions: ['us-ashburn-1', 'eu-frankfurt-1'], region: 'us-phoenix-1' };
    checkRepeatedFlags(flags);
    const config = await resolveConfig({ env: {}, flags: flagsToConfig(flags) });
    assert.deepEqual(config.regions, ['us-ashburn-1', 'eu-frankfurt-1', 'us-phoenix-1']);
  });
});

describe('configuration messages are human and name their source once', () => {
  const fails = async (flags: Record<string, unknown>, env: Record<string, string> = {}) => {
    try {
      await resolveConfig({ env, flags });
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.message;
    }
    assert.fail('expected a ConfigError');
  };

  test('numbers, formats, booleans', async () => {
    assert.equal(await fails({ workersRegion: 'abc' }), '--workers-region: must be a whole number');
    assert.equal(await fails({ formats: 'csv,xml' }), '--format: unknown format "xml" (choose among jsonl, csv, parquet)');
    assert.equal(await fails({}, { OCI_INV_ENRICH: 'maybe' }), 'environment OCI_INV_ENRICH: must be true or false (or yes/no, on/off, 1/0)');
  });

  test("an explicit empty value is refused, not replaced by the default (--outdir '')", async () => {
    await assert.rejects(resolveConfig({ env: {}, flags: flagsToConfig({ outdir: '' }) }), /--outdir: must not be empty/);
  });

  test('log level and fail-on in any case', async () => {
    assert.equal((await resolveConfig({ env: { OCI_INV_LOG_LEVEL: 'DEBUG' } })).logLevel, 'debug');
    assert.equal((await resolveConfig({ env: {}, flags: { logLevel: 'Info', failOn: 'DRIFT' } })).failOn, 'drift');
  });

  test('--regions: empty is an error, duplicates are dropped', async () => {
    assert.equal(await fails({ regions: ',,' }), '--regions: names no region (leave it out to mean all)');
    assert.deepEqual((await resolveConfig({ env: {}, flags: { regions: 'a-1,a-1,b-1' } })).regions, ['a-1', 'b-1']);
  });

  test('tag columns: the syntax is checked, an unknown key is not', async () => {
    assert.match(await fails({ tagColumns: 'freeform:Owner,Owner' }), /--tag-columns: "Owner" is not a tag column/);
    assert.deepEqual((await resolveConfig({ env: {}, flags: { tagColumns: 'freeform:NoSuchKey,defined:Ops.Cost' } })).tagColumns, ['freeform:NoSuchKey', 'defined:Ops.Cost']);
  });

  test('OCI_CLI_* below OCI_INV_* and flags; sources are named', async () => {
    const env = { OCI_CLI_PROFILE: 'cli', OCI_CLI_CONFIG_FILE: '/cli/config', OCI_CLI_AUTH: 'security_token' };
    const fromCli = await resolveConfig({ env });
    assert.equal(fromCli.profile, 'cli');
    assert.equal(fromCli.ociConfig, '/cli/config');
    assert.equal(fromCli.auth, 'security_token');
    assert.equal(sourceOf(fromCli, 'ociConfig'), 'environment OCI_CLI_CONFIG_FILE');
    const ours = await resolveConfig({ env: { ...env, OCI_INV_PROFILE: 'inv' }, flags: { auth: 'api_key' } });
    assert.equal(ours.profile, 'inv');
    assert.equal(ours.auth, 'api_key');
    assert.equal(sourceOf(ours, 'auth'), '--auth');
  });
});

describe('region selectors', () => {
  const subscribed: RegionInfo[] = [
    { name: 'us-ashburn-1', key: 'IAD', isHome: true, status: 'READY' },
    { name: 'eu-frankfurt-1', key: 'FRA', isHome: false, status: 'READY' },
    { name: 'eu-amsterdam-1', key: 'AMS', isHome: false, status: 'READY' },
  ];
  const sdk = new Map([
    ['iad', 'us-ashburn-1'],
    ['lhr', 'uk-london-1'],
  ]);

  test('names, keys in any case, wildcards; each region once', () => {
    assert.deepEqual(resolveRegionSelectors(['iad', 'FRA', 'us-ashburn-1'], subscribed, sdk), ['us-ashburn-1', 'eu-frankfurt-1']);
    assert.deepEqual(resolveRegionSelectors(['eu-*'], subscribed, sdk), ['eu-frankfurt-1', 'eu-amsterdam-1']);
    assert.deepEqual(resolveRegionSelectors(['US-ASHBURN-1'], subscribed, sdk), ['us-ashburn-1']);
  });

  test('a selector that selects nothing subscribed is named', () => {
    assert.throws(() => resolveRegionSelectors(['ap-*'], subscribed, sdk), /--regions: "ap-\*" matches no subscribed region/);
    assert.throws(() => resolveRegionSelectors(['lhr'], subscribed, sdk), /"lhr" \(uk-london-1\) is not subscribed/);
    assert.throws(() => resolveRegionSelectors(['mars-1'], subscribed, sdk), /"mars-1" is not a subscribed region name or key/);
  });
});

describe('exit codes and messages', () => {
  test('6 for an unreachable endpoint, 2 for outputs that cannot be written, 2 for an fs error with a path', () => {
    assert.equal(exitCodeFor(new OciTransportError('h: x', 'identity', 'op')), EXIT.UNREACHABLE);
    assert.equal(EXIT.UNREACHABLE, 6);
    assert.equal(EXIT.SIGINT, 130);
    assert.equal(EXIT.SIGTERM, 143);
    assert.equal(exitCodeFor(new OutputError('cannot write')), 2);
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/out/x', syscall: 'write' });
    const log = memoryLogger();
    assert.equal(handleError(enospc, log), 2);
    assert.match(log.lines[0]?.message ?? '', /cannot write \/out\/x: disk full/);
  });

  test('no message carries a header value, a token or a signature', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvY2lkMSJ9.c2lnbmF0dXJl';
    const sdk = `Headers.set: "Signature version="1",keyId="ST$${token}\n",algorithm="rsa-sha256",headers="date",signature="abcDEF=="" is an invalid header value.`;
    const cleaned = sanitizeSdkMessage(sdk);
    assert.ok(!cleaned.includes(token), cleaned);
    assert.ok(!cleaned.includes('abcDEF'), cleaned);
    const plain = asOciError({ message: sdk }, 'listRegions', 'identity');
    assert.ok(plain instanceof Error && !plain.message.includes(token));
    assert.ok(!cleanAuthReason(new Error(sdk)).includes(token));
    assert.ok(!sanitizeSdkMessage(`authorization: Bearer ${token}`).includes(token));
  });

  test('did you mean', () => {
    assert.equal(didYouMean('Instanse', ['Instance', 'Vcn', 'Subnet']), 'Instance');
    assert.equal(didYouMean('--enrichh', ['--enrich', '--prev']), '--enrich');
    assert.equal(didYouMean('zzzzzz', ['Instance']), undefined);
  });
});
