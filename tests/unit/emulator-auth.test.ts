// Request signatures as OCI checks them: API keys from a config file, session tokens, resource
// principals, and the ways a request can fail to authenticate (401 NotAuthenticated).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { test } from 'node:test';
import * as common from 'oci-common';
import { fingerprintOf } from '../../src/emulator/auth/keys.js';
import { ociError, sdkClients, withEmulator } from '../helpers/emulator.js';

test('the config file is what the OCI CLI writes: key files 0600, fingerprint of the key', async (t) => {
  const { auth } = await withEmulator(t, { seed: 1 });
  const config = await readFile(auth.configFile, 'utf8');
  assert.match(config, /^\[DEFAULT\]\n/);
  for (const key of ['user', 'fingerprint', 'key_file', 'tenancy', 'region']) assert.match(config, new RegExp(`^${key}=`, 'm'));
  for (const file of [auth.configFile, auth.keyFile]) assert.equal((await stat(file)).mode & 0o777, 0o600, file);
  const { createPrivateKey, createPublicKey } = await import('node:crypto');
  const publicKey = createPublicKey(createPrivateKey(await readFile(auth.keyFile, 'utf8')));
  assert.equal(fingerprintOf(publicKey), auth.fingerprint);
  // OCI's fingerprint: colon-separated MD5 of the DER public key.
  const der = publicKey.export({ type: 'spki', format: 'der' });
  assert.equal(auth.fingerprint.replaceAll(':', ''), createHash('md5').update(der).digest('hex'));
});

test('an API key the emulator knows works; a wrong key gets 401 NotAuthenticated', async (t) => {
  const fixture = await withEmulator(t, { seed: 2 });
  const good = sdkClients(fixture);
  t.after(() => good.closeAll());
  const home = fixture.emulator.tenancy.homeRegion;
  const tenancy = await good.identity(home).getTenancy({ tenancyId: fixture.auth.tenancyId });
  assert.equal(tenancy.tenancy.id, fixture.auth.tenancyId);

  const wrong = await fixture.emulator.writeAuthFiles(`${fixture.dir}/wrong`, { wrongKey: true });
  const bad = sdkClients(fixture, new common.ConfigFileAuthenticationDetailsProvider(wrong.configFile, 'DEFAULT'));
  t.after(() => bad.closeAll());
  assert.deepEqual(await ociError(bad.identity(home).getTenancy({ tenancyId: fixture.auth.tenancyId })), {
    statusCode: 401,
    serviceCode: 'NotAuthenticated',
  });
  const last = fixture.emulator.requests.at(-1);
  assert.equal(last?.status, 401);
  assert.equal(last?.operation, 'getTenancy', 'failed-auth requests are logged with their operation');
  assert.equal(last?.keyKind, 'api_key');
});

test('a session token profile (SessionAuthDetailProvider) signs with the session key', async (t) => {
  const fixture = await withEmulator(t, { seed: 3, auth: { sessionToken: true, profile: 'SESSION' } });
  const provider = new common.SessionAuthDetailProvider(fixture.auth.configFile, 'SESSION');
  const clients = sdkClients(fixture, provider);
  t.after(() => clients.closeAll());
  const subs = await clients.identity(fixture.emulator.tenancy.homeRegion).listRegionSubscriptions({ tenancyId: fixture.auth.tenancyId });
  assert.ok(subs.items.length > 0);
  assert.equal(fixture.emulator.requests.at(-1)?.keyKind, 'session_token');

  const expired = await fixture.emulator.writeAuthFiles(`${fixture.dir}/expired`, { sessionToken: true, expiredToken: true });
  const stale = sdkClients(fixture, new common.SessionAuthDetailProvider(expired.configFile, 'DEFAULT'));
  t.after(() => stale.closeAll());
  assert.deepEqual(
    await ociError(stale.identity(fixture.emulator.tenancy.homeRegion).listRegionSubscriptions({ tenancyId: fixture.auth.tenancyId })),
    { statusCode: 401, serviceCode: 'NotAuthenticated' },
  );
});

test('a v2.2 resource principal from the written environment works through Resource Search', async (t) => {
  const fixture = await withEmulator(t, { seed: 4, auth: { resourcePrincipal: true } });
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(fixture.auth.env)) {
    saved.set(k, process.env[k]);
    process.env[k] = v;
  }
  t.after(() => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  assert.equal(fixture.auth.env.OCI_RESOURCE_PRINCIPAL_VERSION, '2.2');
  const provider = await common.ResourcePrincipalAuthenticationDetailsProvider.builder();
  assert.equal(await provider.getStringClaim('res_tenant'), fixture.auth.tenancyId);
  const clients = sdkClients(fixture, provider);
  t.after(() => clients.closeAll());
  const response = await clients.search(fixture.emulator.tenancy.homeRegion).searchResources({
    searchDetails: { type: 'Structured', query: 'query user resources' } as never,
    limit: 10,
  });
  assert.ok((response.resourceSummaryCollection.items ?? []).length > 0);
  const last = fixture.emulator.requests.at(-1);
  assert.equal(last?.keyKind, 'resource_principal');
  assert.equal(last?.status, 200);
});

async function signedRequest(
  provider: common.AuthenticationDetailsProvider,
  method: 'GET' | 'POST',
  uri: string,
  body?: string,
): Promise<{ headers: Headers; body?: string }> {
  const headers = new Headers({ 'content-type': 'application/json' });
  const request = { method, uri, headers, ...(body !== undefined ? { body } : {}) };
  await new common.DefaultRequestSigner(provider).signHttpRequest(request);
  return { headers, ...(body !== undefined ? { body } : {}) };
}

test('a body that does not match x-content-sha256, a changed path, or no signature at all is 401', async (t) => {
  const fixture = await withEmulator(t, { seed: 5 });
  const provider = new common.ConfigFileAuthenticationDetailsProvider(fixture.auth.configFile, 'DEFAULT');
  const home = fixture.emulator.tenancy.homeRegion;
  const searchUri = `${fixture.endpoint('query', home)}/20180409/resources?limit=5`;
  const body = JSON.stringify({ type: 'Structured', query: 'query all resources' });

  const ok = await signedRequest(provider, 'POST', searchUri, body);
  const accepted = await fetch(searchUri, { method: 'POST', headers: ok.headers, body });
  assert.equal(accepted.status, 200);
  assert.ok(accepted.headers.get('opc-request-id'));

  const tampered = await signedRequest(provider, 'POST', searchUri, body);
  const tamperedBody = body.replace('all', 'user');
  tampered.headers.set('content-length', String(Buffer.byteLength(tamperedBody)));
  const rejected = await fetch(searchUri, { method: 'POST', headers: tampered.headers, body: tamperedBody });
  assert.equal(rejected.status, 401);
  assert.deepEqual(Object.keys((await rejected.json()) as object).sort(), ['code', 'message']);

  const userUri = `${fixture.endpoint('identity', home)}/20160918/users/${fixture.auth.userId}`;
  const signedForUser = await signedRequest(provider, 'GET', userUri);
  const otherPath = await fetch(`${userUri}?limit=1`, { headers: signedForUser.headers });
  assert.equal(otherPath.status, 401);

  const unsigned = await fetch(userUri);
  assert.equal(unsigned.status, 401);
  assert.equal(((await unsigned.json()) as { code: string }).code, 'NotAuthenticated');
  assert.ok(unsigned.headers.get('opc-request-id'));
  assert.equal(fixture.emulator.requests.at(-1)?.keyKind, 'none');
});
