import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import * as common from 'oci-common';
import { CachedKeySigner, splitUri } from '../../src/oci/signer.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const encrypted = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pass word' }).toString();

const X_DATE = 'Mon, 30 Nov 2026 01:02:03 GMT';

interface Case {
  name: string;
  method: common.HttpRequest['method'];
  uri: string;
  body?: string;
  headers?: Record<string, string>;
  forceExcludeBody?: boolean;
}

const CASES: Case[] = [
  { name: 'GET with a query', method: 'GET', uri: 'https://iaas.us-ashburn-1.oraclecloud.com/20160918/instances?compartmentId=ocid1.compartment.oc1..aaaa&limit=1000&page=abc%3D%3D' },
  { name: 'GET on the emulator (port, no query)', method: 'GET', uri: 'http://127.0.0.1:43123/20160918/instances/ocid1.instance.oc1.iad.xyz' },
  { name: 'POST with a JSON body', method: 'POST', uri: 'https://query.us-ashburn-1.oraclecloud.com/20180409/resources?limit=1000', body: '{"type":"Structured","query":"query all resources where x = \'é\'"}' },
  { name: 'POST with an empty body', method: 'POST', uri: 'https://query.eu-frankfurt-1.oraclecloud.com/20180409/resources', body: '' },
  { name: 'PUT with its own content-type', method: 'PUT', uri: 'https://objectstorage.us-phoenix-1.oraclecloud.com/n/ns/b/bucket', body: 'abc', headers: { 'content-type': 'text/plain' } },
  { name: 'POST with the body excluded', method: 'POST', uri: 'https://objectstorage.us-phoenix-1.oraclecloud.com/n/ns/b/bucket/o', body: 'xyz', forceExcludeBody: true },
  { name: 'DELETE', method: 'DELETE', uri: 'https://identity.us-ashburn-1.oraclecloud.com/20160918/users/ocid1.user.oc1..u' },
];

function provider(pem: string, passphrase: string | null = null) {
  return new common.SimpleAuthenticationDetailsProvider('ocid1.tenancy.oc1..t', 'ocid1.user.oc1..u', 'aa:bb:cc', pem, passphrase);
}

/** Every header as sent; `date` is unsigned wall-clock time in both, so only its presence counts. */
const sent = (h: Headers) => [...h.entries()].map(([k, v]) => [k, k === 'date' ? '<now>' : v]);

async function signBoth(c: Case, pem: string, passphrase: string | null = null): Promise<{ ours: Headers; sdk: Headers }> {
  const make = () => new Headers({ 'x-date': X_DATE, ...(c.headers ?? {}) });
  const ours = make();
  const sdk = make();
  await new CachedKeySigner(provider(pem, passphrase)).signHttpRequest({ method: c.method, uri: c.uri, headers: ours, body: c.body }, c.forceExcludeBody);
  await new common.DefaultRequestSigner(provider(pem, passphrase)).signHttpRequest({ method: c.method, uri: c.uri, headers: sdk, body: c.body }, c.forceExcludeBody);
  return { ours, sdk };
}

describe('CachedKeySigner', () => {
  for (const c of CASES) {
    test(`signs like the SDK's DefaultRequestSigner, byte for byte: ${c.name}`, async () => {
      const { ours, sdk } = await signBoth(c, pkcs1);
      assert.deepEqual(sent(ours), sent(sdk));
      assert.ok(ours.has('date'));
      assert.match(ours.get('authorization') ?? '', /^Signature version="1",keyId="ocid1\.tenancy\.oc1\.\.t\/ocid1\.user\.oc1\.\.u\/aa:bb:cc",algorithm="rsa-sha256",headers="/);
    });
  }

  test('same output as the SDK for a PKCS#8 key and an encrypted key with its passphrase', async () => {
    const c = CASES[2] as Case;
    const plain = await signBoth(c, pkcs8);
    assert.deepEqual(sent(plain.ours), sent(plain.sdk));
    const withPass = await signBoth(c, encrypted, 'pass word');
    assert.deepEqual(sent(withPass.ours), sent(withPass.sdk));
  });

  test('parses the key once, and again only when the provider hands out another PEM', async () => {
    let pem = pkcs1;
    const source = { getKeyId: async () => 'id', getPrivateKey: () => pem, getPassphrase: () => null };
    const signer = new CachedKeySigner(source);
    const first = signer.keyObject();
    await signer.signHttpRequest({ method: 'GET', uri: 'https://h/x', headers: new Headers() });
    assert.equal(signer.keyObject(), first);
    pem = pkcs8;
    assert.notEqual(signer.keyObject(), first);
  });

  test('a key that is not PEM fails while signing (the transport turns it into a signing error)', async () => {
    const signer = new CachedKeySigner({ getKeyId: async () => 'id', getPrivateKey: () => 'not a key', getPassphrase: () => null });
    await assert.rejects(signer.signHttpRequest({ method: 'GET', uri: 'https://h/x', headers: new Headers() }));
  });

  test('splitUri reads host and path as the SDK does', () => {
    assert.deepEqual(splitUri('https://Query.Example.COM:8443/a/b?c=d#frag'), { host: 'query.example.com:8443', path: '/a/b?c=d' });
    assert.deepEqual(splitUri('http://h?x=1'), { host: 'h', path: '/?x=1' });
    assert.deepEqual(splitUri('http://h'), { host: 'h', path: '/' });
  });
});
