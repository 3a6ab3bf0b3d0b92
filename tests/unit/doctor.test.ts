// Doctor's pure parts: the policy merge, the IAM mapping, the fingerprint computed from a key
// (against the emulator's, which OCI's rule defines), token expiry, exit-code precedence and
// which proxy a URL goes through.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkToken, fingerprintOfPrivateKey, tokenExpiry } from '../../src/doctor/local.js';
import { grantFor, mergePolicy } from '../../src/doctor/policy.js';
import { proxyFor } from '../../src/doctor/probe.js';
import { renderMarkdown } from '../../src/doctor/render.js';
import { exitCodeOf } from '../../src/doctor/types.js';
import { fingerprintOf } from '../../src/emulator/auth/keys.js';

describe('doctor policy', () => {
  test('one statement per resource, read covering inspect, sorted', () => {
    const policy = mergePolicy(
      [
        { verb: 'read', resource: 'instance-family' },
        { verb: 'inspect', resource: 'compartments' },
        { verb: 'read', resource: 'buckets' },
        { verb: 'inspect', resource: 'instance-family' },
        { verb: 'read', resource: 'buckets' },
      ],
      'Readers',
    );
    assert.deepEqual(policy, [
      'Allow group Readers to read buckets in tenancy',
      'Allow group Readers to inspect compartments in tenancy',
      'Allow group Readers to read instance-family in tenancy',
    ]);
  });

  test('types map to their IAM family; an unknown service is a marked guess', () => {
    assert.deepEqual(grantFor('Instance', 'iaas'), { verb: 'read', resource: 'instance-family', guessed: false });
    assert.deepEqual(grantFor('Subnet', 'iaas'), { verb: 'read', resource: 'virtual-network-family', guessed: false });
    assert.deepEqual(grantFor('User', 'identity'), { verb: 'inspect', resource: 'users', guessed: false });
    assert.deepEqual(grantFor('Widget', 'widgets'), { verb: 'read', resource: 'widgets-family', guessed: true });
    // The second wave's services by their documented families, not the endpoint's name.
    assert.deepEqual(grantFor('GenAiAgent', 'agent.generativeai'), { verb: 'read', resource: 'genai-agent-family', guessed: false });
    assert.deepEqual(grantFor('DataScienceModel', 'datascience'), { verb: 'read', resource: 'data-science-family', guessed: false });
    assert.deepEqual(grantFor('OrmJob', 'resourcemanager'), { verb: 'read', resource: 'orm-family', guessed: false });
    assert.deepEqual(grantFor('ContainerRepo', 'artifacts'), { verb: 'read', resource: 'repos', guessed: false });
  });
});

describe('doctor local checks', () => {
  test('the fingerprint from the private key is OCI’s (the emulator’s), encrypted keys too', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.equal(fingerprintOfPrivateKey(pem), fingerprintOf(publicKey));
    const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString();
    assert.equal(fingerprintOfPrivateKey(encrypted, 'pw'), fingerprintOf(publicKey));
  });

  test('token expiry is decoded; under 10 minutes warns, past fails, the token is never in the detail', async () => {
    const exp = 2_000_000_000;
    const token = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ exp, sub: 'u' })).toString('base64url')}.sig`;
    assert.equal(tokenExpiry(token), exp * 1000);
    assert.equal(tokenExpiry('not-a-jwt'), undefined);
    const dir = await mkdtemp(join(tmpdir(), 'oci-inv-doctor-unit-'));
    try {
      await writeFile(join(dir, 'token'), token);
      await writeFile(join(dir, 'config'), `[S]\ntenancy=ocid1.tenancy.oc1..x\nkey_file=${join(dir, 'k')}\nfingerprint=aa\nsecurity_token_file=${join(dir, 'token')}\n`);
      const ok = checkToken(join(dir, 'config'), 'S', exp * 1000 - 3 * 3600_000);
      assert.equal(ok.status, 'pass');
      const soon = checkToken(join(dir, 'config'), 'S', exp * 1000 - 5 * 60_000);
      assert.equal(soon.status, 'warn');
      const past = checkToken(join(dir, 'config'), 'S', exp * 1000 + 1000);
      assert.equal(past.status, 'fail');
      assert.equal(past.kind, 'auth');
      assert.match(past.fix ?? '', /oci session refresh --profile S/);
      for (const c of [ok, soon, past]) assert.ok(!c.detail.includes(token.split('.')[1] ?? 'x'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('doctor report', () => {
  test('exit code: auth beats network beats local; warnings do not fail', () => {
    const c = (status: 'pass' | 'warn' | 'fail', kind?: 'local' | 'auth' | 'network') => ({ id: 'x', status, detail: '', ...(kind ? { kind } : {}) });
    assert.equal(exitCodeOf([c('pass'), c('warn')]), 0);
    assert.equal(exitCodeOf([c('fail', 'local')]), 2);
    assert.equal(exitCodeOf([c('fail', 'local'), c('fail', 'network')]), 6);
    assert.equal(exitCodeOf([c('fail', 'network'), c('fail', 'auth'), c('fail', 'local')]), 3);
  });

  test('markdown escapes what a tenancy or config could put in a detail', () => {
    const md = renderMarkdown({ exitCode: 2, policy: [], checks: [{ id: 'config', status: 'fail', kind: 'local', detail: 'profile [a|b] <img src=x> missing', fix: '`x`' }] });
    assert.ok(!md.includes('<img'), md);
    assert.ok(!/\| a\|b/.test(md), md);
  });
});

describe('proxyFor', () => {
  test('HTTPS_PROXY for https, NO_PROXY suffixes and *, credentials never shown', () => {
    const env = { HTTPS_PROXY: 'http://user:secret@proxy.corp:3128', NO_PROXY: 'localhost, .internal.corp' };
    assert.equal(proxyFor('https://query.us-ashburn-1.oci.oraclecloud.com/', env), 'proxy.corp:3128');
    assert.equal(proxyFor('https://api.internal.corp/x', env), undefined);
    assert.equal(proxyFor('https://localhost:8443/', env), undefined);
    assert.equal(proxyFor('http://query.example/', env), undefined, 'http URLs use HTTP_PROXY only');
    assert.equal(proxyFor('https://x.example/', { ...env, NO_PROXY: '*' }), undefined);
    assert.equal(proxyFor('https://x.example/', {}), undefined);
  });
});

describe('emulator faults for the doctor', () => {
  test('clockSkewSeconds shifts the Date header; deniedServices answers 404 NotAuthorizedOrNotFound after auth', async () => {
    const { startEmulator } = await import('../../src/emulator/index.js');
    const emulator = await startEmulator({ size: 'tiny', faults: { clockSkewSeconds: -600, deniedServices: ['database'] } });
    try {
      const response = await fetch(`${emulator.url}/identity/${emulator.tenancy.homeRegion}/`);
      await response.arrayBuffer();
      assert.equal(response.status, 401, 'unsigned');
      const skew = Date.parse(response.headers.get('date') ?? '') - Date.now();
      assert.ok(skew < -590_000 && skew > -610_000, `skew ${skew}`);
      // Unsigned requests to a denied service are still 401 (auth comes first), as on OCI.
      const denied = await fetch(`${emulator.url}/database/${emulator.tenancy.homeRegion}/20160918/autonomousDatabases/x`);
      await denied.arrayBuffer();
      assert.equal(denied.status, 401);
    } finally {
      await emulator.close();
    }
  });
});
