// Action inputs and key material: validation names the input, secrets are masked line by
// line, and the private config directory is 0700 with 0600 files and is gone afterwards.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkPrivateKey, maskSecrets, pointConfigAt, prepareCredentials } from '../../src/action/credentials.js';
import { getInputs, type InputSource } from '../../src/action/inputs.js';

const root = await mkdtemp(join(tmpdir(), 'action-inputs-'));
after(() => rm(root, { recursive: true, force: true }));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ENCRYPTED = privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'open sesame' }).toString();

function source(values: Record<string, string>): InputSource {
  return {
    getInput: (name) => values[name] ?? '',
    getBooleanInput(name) {
      const v = values[name] ?? '';
      if (['true', 'True', 'TRUE'].includes(v)) return true;
      if (['false', 'False', 'FALSE'].includes(v)) return false;
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
    },
  };
}

const API_KEY = {
  tenancy: 'ocid1.tenancy.oc1..t',
  user: 'ocid1.user.oc1..u',
  fingerprint: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
  region: 'us-ashburn-1',
  'private-key': PEM,
};

test('defaults apply when inputs are empty, and lists split on commas and newlines', () => {
  const inputs = getInputs(source({ ...API_KEY, regions: 'us-ashburn-1, us-phoenix-1', ignore: 'a.b\ndefinedTags.*' }));
  assert.equal(inputs.auth, 'api_key');
  assert.equal(inputs.artifactName, 'oci-inventory');
  assert.equal(inputs.compareTo, 'previous-run');
  assert.equal(inputs.comment, 'on-change');
  assert.equal(inputs.failOn, undefined);
  assert.equal(inputs.enrich, undefined);
  assert.deepEqual(inputs.regions, ['us-ashburn-1', 'us-phoenix-1']);
  assert.deepEqual(inputs.ignore, ['a.b', 'definedTags.*']);
});

test('a bad or missing input fails with its name', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ ...API_KEY, 'private-key': '' }, /^input private-key: is required for auth api_key/],
    [{ ...API_KEY, tenancy: 'ocid1.user.oc1..x' }, /^input tenancy: must be an tenancy ocid/],
    [{ ...API_KEY, fingerprint: 'nope' }, /^input fingerprint:/],
    [{ ...API_KEY, 'compare-to': 'yesterday' }, /^input compare-to: must be one of previous-run, expected, none/],
    [{ ...API_KEY, 'compare-to': 'expected' }, /^input expected: is required when compare-to is expected/],
    [{ ...API_KEY, 'fail-on': 'sometimes' }, /^input fail-on:/],
    [{ ...API_KEY, 'include-terminated': 'maybe' }, /^input include-terminated: must be true or false/],
    [{ ...API_KEY, 'retention-days': '365' }, /^input retention-days: must be at most 90/],
    [{ ...API_KEY, 'artifact-name': 'a/b' }, /^input artifact-name:/],
    [{ auth: 'security_token', ...API_KEY }, /^input security-token: is required for auth security_token/],
  ];
  for (const [values, message] of cases) assert.throws(() => getInputs(source(values)), { name: 'InputError', message }, JSON.stringify(values));
  // Principals need no key material at all.
  assert.equal(getInputs(source({ auth: 'instance_principal' })).auth, 'instance_principal');
});

test('every secret and every line of a PEM is masked', () => {
  const masked: string[] = [];
  maskSecrets([PEM, 'pass phrase', undefined, ''], (s) => masked.push(s));
  assert.ok(masked.includes(PEM));
  assert.ok(masked.includes('pass phrase'));
  const bodyLines = PEM.split('\n').filter((l) => l && !l.startsWith('-----'));
  for (const line of bodyLines) assert.ok(masked.includes(line), `line masked: ${line.slice(0, 8)}…`);
});

test('a malformed or encrypted key is refused by input name, without echoing key text', () => {
  const broken = PEM.replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
  for (const [pem, pass, message] of [
    ['not a key at all', undefined, /^input private-key: is not a PEM private key/],
    [broken, undefined, /^input private-key: is not a readable private key/],
    [ENCRYPTED, undefined, /^input private-key-passphrase: is required/],
    [ENCRYPTED, 'wrong', /^input private-key-passphrase: does not decrypt/],
  ] as const) {
    assert.throws(
      () => checkPrivateKey(pem, pass),
      (error: Error) => {
        assert.match(error.message, message);
        assert.ok(!error.message.includes(PEM.split('\n')[1] ?? 'x'));
        return true;
      },
    );
  }
  // Pasted with CRLF and indentation still works.
  assert.equal(checkPrivateKey(PEM.replace(/\n/g, '\r\n  '), undefined), PEM);
});

test('api_key credentials become a private config file that is removed on dispose', async () => {
  const inputs = getInputs(source({ ...API_KEY, 'private-key': ENCRYPTED, 'private-key-passphrase': 'open sesame' }));
  const creds = await prepareCredentials(inputs, { tempRoot: root });
  assert.ok(creds.configFile);
  assert.equal((await stat(creds.dir)).mode & 0o777, 0o700);
  assert.equal((await stat(creds.configFile)).mode & 0o777, 0o600);
  const config = await readFile(creds.configFile, 'utf8');
  assert.match(config, /^\[DEFAULT\]$/m);
  assert.match(config, /^user=ocid1\.user\.oc1\.\.u$/m);
  assert.match(config, /^pass_phrase=open sesame$/m);
  const keyFile = /^key_file=(.+)$/m.exec(config)?.[1] ?? '';
  assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
  assert.equal(await readFile(keyFile, 'utf8'), ENCRYPTED);
  await creds.dispose();
  await assert.rejects(stat(creds.dir), { code: 'ENOENT' });
});

test('a failing credential setup leaves no directory behind', async () => {
  const inputs = getInputs(source({ ...API_KEY, 'private-key': 'garbage' }));
  // Listed before the setup starts: a listing racing with it could see its directory.
  const before = await readdir(root);
  await assert.rejects(prepareCredentials(inputs, { tempRoot: root }), { name: 'InputError' });
  assert.deepEqual(await readdir(root), before);
});

test('an oci-config text gets its key_file and security_token_file pointed at the private copies', () => {
  const text = '[DEFAULT]\nuser=u\nkey_file=~/.oci/key.pem\n\n[OTHER]\ntenancy=t\n';
  const out = pointConfigAt(text, { keyFile: '/tmp/x/key.pem', tokenFile: '/tmp/x/token' });
  assert.equal(out.match(/key_file=\/tmp\/x\/key\.pem/g)?.length, 2);
  assert.equal(out.match(/security_token_file=\/tmp\/x\/token/g)?.length, 2);
  assert.ok(!out.includes('~/.oci/key.pem'));
  assert.match(out, /^user=u$/m);
});
