// The one redaction policy (docs/security.md): by location, by key name, by value shape; a
// keyed, per-tenancy marker that keeps change detection; no false positives on the inventory
// fields people need (ocids, IPs, names, booleans, numbers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InventoryRecord, JsonObject } from '../../src/core/record.js';
import {
  containsRedaction,
  entropyOf,
  isHighEntropyToken,
  isRedactionMarker,
  isSecretKeyName,
  parseExtraRule,
  parseExtraRules,
  Redactor,
  secretShapeOf,
  wordLikeShare,
} from '../../src/core/redact.js';
import { secretCorpus } from '../../src/emulator/secrets.js';

const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatenancyone';
const MARKER = /^\[REDACTED sha256:[0-9a-f]{12}\]$/;

function record(details: JsonObject, tags: Record<string, string> = {}): InventoryRecord {
  return {
    ocid: 'ocid1.instance.oc1.iad.aaaa',
    resourceType: 'Instance',
    displayName: 'web-1',
    compartmentId: 'ocid1.compartment.oc1..c',
    region: 'us-ashburn-1',
    lifecycleState: 'RUNNING',
    timeCreated: '2024-01-01T00:00:00.000Z',
    definedTags: {},
    freeformTags: tags,
    collectedAt: '2024-01-01T00:00:00.000Z',
    enrichStatus: 'OK',
    enrichError: null,
    details: { metadata: details },
    relationships: [],
  };
}

test('the corpus has at least 40 distinct secret shapes, generated, each with a needle of 16+ characters', () => {
  const corpus = secretCorpus(1);
  assert.ok(corpus.length >= 40, `${corpus.length} samples`);
  assert.equal(new Set(corpus.map((s) => s.kind)).size, corpus.length);
  for (const s of corpus) {
    assert.ok(s.needle.length >= 16 && s.value.includes(s.needle), s.kind);
    assert.match(s.needle, /^[A-Za-z0-9]+$/, s.kind);
  }
  assert.notDeepEqual(secretCorpus(2), corpus, 'seeded: another seed, other values');
});

test('by value shape: every shaped sample is caught under a neutral key, in details and in tags', () => {
  for (const s of secretCorpus(3).filter((x) => x.shaped)) {
    const r = new Redactor({ tenancyId: TENANCY }).redactRecord(record({ description: s.value, nested: { list: [s.value] } }, { note: s.value }));
    const text = JSON.stringify(r);
    assert.ok(!text.includes(s.needle), `${s.kind} leaked: ${text}`);
    assert.match(String(r.freeformTags.note), MARKER, s.kind);
  }
});

test('by location: user data, instance metadata and extendedMetadata, config maps and environment variables, whatever the key or shape', () => {
  for (const s of secretCorpus(4)) {
    const r = new Redactor({ tenancyId: TENANCY }).redactRecord(
      record({
        metadata: { user_data: s.value, innocuous: s.value },
        extendedMetadata: { deep: { deeper: s.value } },
        config: { SETTING: s.value },
        containers: [{ environmentVariables: { FOO: s.value } }],
        deployArtifactSource: { deployArtifactSourceType: 'INLINE', base64EncodedContent: s.value },
        buildRunArguments: { items: [{ name: 'RELEASE', value: s.value }] },
      }),
    );
    assert.ok(!JSON.stringify(r).includes(s.needle), s.kind);
  }
  // Inline DevOps content is redacted whatever it holds (a manifest is not a shape).
  const inline = new Redactor({ tenancyId: TENANCY }).redactRecord(record({ deployArtifactSource: { base64EncodedContent: 'YXBpVmVyc2lvbjogdjE=' }, buildRunArguments: { items: [{ name: 'N', value: 'plain' }] } }));
  const inlineMeta = inline.details.metadata as JsonObject;
  assert.match(String((inlineMeta.deployArtifactSource as JsonObject).base64EncodedContent), MARKER);
  assert.doesNotMatch(JSON.stringify(inlineMeta.buildRunArguments), /"plain"/);
  const r = new Redactor({ tenancyId: TENANCY }).redactRecord(record({ metadata: { user_data: 'I2Nsb3VkLWNvbmZpZw==', ssh_authorized_keys: 'ssh-rsa AAA' } }));
  const meta = r.details.metadata?.metadata as JsonObject;
  assert.match(String(meta.user_data), MARKER);
  assert.match(String(meta.ssh_authorized_keys), MARKER, 'everything in instance metadata');
});

test('by key name: anywhere in the key, any case or separator; names of and pointers to secrets are kept', () => {
  for (const key of ['dbPassword', 'DB_PASSWORD', 'db-password', 'GITHUB_PAT', 'patValue', 'apiKey', 'APIKEY', 'AWS_SECRET_ACCESS_KEY', 'clientSecret', 'authToken', 'x-auth', 'adminPwd', 'ADMIN_PWD', 'passwd', 'credentials', 'connectionStrings', 'privateKey', 'PRIVATE_KEY_PEM', 'oauthCredential', 'secretValueX']) {
    assert.equal(isSecretKeyName(key), true, key);
  }
  for (const key of ['keyId', 'kmsKeyId', 'secretId', 'secretName', 'keyShape', 'passwordExpiry', 'authType', 'authenticationType', 'sshPublicKeys', 'publicKey', 'path', 'compartmentPath', 'pattern', 'patchVersion', 'displayName', 'shape', 'isPrivateEndpointEnabled', 'lifecycleState']) {
    assert.equal(isSecretKeyName(key), false, key);
  }
});

test('under a secret key, ocids, IP addresses, booleans, numbers and null are kept', () => {
  const r = new Redactor({ tenancyId: TENANCY }).redactRecord(
    record({ privateIp: '10.0.0.5', privateIpv6: 'fd00::5', masterKey: 'ocid1.key.oc1.iad.abc', isPrivate: true, keyLength: 32, tokenCount: 3, authSomething: null, adminPassword: 'hunter2' }),
  );
  assert.deepEqual(r.details.metadata, {
    privateIp: '10.0.0.5',
    privateIpv6: 'fd00::5',
    masterKey: 'ocid1.key.oc1.iad.abc',
    isPrivate: true,
    keyLength: 32,
    tokenCount: 3,
    authSomething: null,
    adminPassword: new Redactor({ tenancyId: TENANCY }).marker('hunter2'),
  });
});

test('ordinary inventory values are not mistaken for secrets', () => {
  const keep = {
    displayName: 'payments-prod-api-2024-01',
    CreatedBy: 'oracleidentitycloudservice/first.last@example.com',
    CreatedOn: '2024-05-01T10:00:00.000Z',
    image: 'iad.ocir.io/ns/fn/hello:0.0.5',
    shape: 'VM.Standard.E4.Flex',
    uuid: '0f8fad5b-d9cb-469f-a165-70867728950e',
    camel: 'MyAppProduction2024Build',
    camel2: 'PaymentsServiceProductionBlueGreen2025v2',
    shapeLike: 'VMStandardE4Flex2OCPU32GBRAM',
    build: 'app_v2_0_13_build_20240115_x86',
    dashed: 'cluster-autoscaler-node-group-prod',
    Environment: 'production',
    env: 'prod',
    config: 'default',
    metadataUrl: 'https://idp.example.com/metadata',
    cidr: '10.0.0.0/16',
    url: 'https://objectstorage.us-ashburn-1.oraclecloud.com/n/ns/b/bucket',
    ssh: 'ssh-rsa AAAAB3NzaC1yc2E emulator',
    description: 'The API key is stored in the vault',
  };
  const r = new Redactor({ tenancyId: TENANCY }).redactRecord(record({ ...keep }, { ...keep }));
  assert.deepEqual(r.details.metadata, keep);
  assert.deepEqual(r.freeformTags, keep);
  for (const value of Object.values(keep)) assert.equal(isHighEntropyToken(value), false, value);
});

test('high entropy: random base62/base64 tokens of 24+ characters are caught (measured, seeded)', () => {
  const alphabets = ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'];
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (const alphabet of alphabets) {
    for (const length of [24, 40, 48]) {
      let missed = 0;
      for (let i = 0; i < 2000; i++) {
        let token = '';
        for (let j = 0; j < length; j++) token += alphabet[Math.floor(next() * alphabet.length)];
        if (!isHighEntropyToken(token)) missed++;
      }
      assert.ok(missed / 2000 < (length === 24 ? 0.02 : 0.005), `${length} chars: missed ${missed} of 2000`);
    }
  }
  assert.equal(isHighEntropyToken('6jkrdw5MOAXIujvwBLubLACtlttwaNNpiQMthuKkoMkIRVmf'), true, 'a sample the first heuristic missed');
});

test('the marker: same value and tenancy → same marker; changed value, other tenancy or other secret → another', () => {
  const a = new Redactor({ tenancyId: TENANCY });
  assert.match(a.marker('s3cret'), MARKER);
  assert.equal(a.marker('s3cret'), new Redactor({ tenancyId: TENANCY }).marker('s3cret'), 'stable across runs');
  assert.notEqual(a.marker('s3cret'), a.marker('s3cret!'));
  assert.notEqual(a.marker('s3cret'), new Redactor({ tenancyId: 'ocid1.tenancy.oc1..other' }).marker('s3cret'), 'incomparable across tenancies');
  assert.notEqual(a.marker('s3cret'), new Redactor({ tenancyId: TENANCY, secret: 'pepper' }).marker('s3cret'), 'a user secret changes every marker');
  assert.ok(!a.marker('s3cret').includes('s3cret'));
});

test('redaction is idempotent: a marker is left as it is, so a redacted baseline is stable', () => {
  const red = new Redactor({ tenancyId: TENANCY });
  const once = red.redactRecord(record({ config: { A: 'x' }, adminPassword: 'p' }, { token: 'abc' }));
  const twice = red.redactRecord(structuredClone(once));
  assert.deepEqual(twice, once);
  assert.equal(containsRedaction(once.details), true);
  assert.equal(isRedactionMarker('[REDACTED]'), true, 'the bare marker of older runs counts too');
});

test('--redact-extra adds key and value rules; a bad rule is a one-line error naming it', () => {
  const extra = parseExtraRules(['key:^internal_', 'value:^acme-[0-9]{4,}$']);
  const r = new Redactor({ tenancyId: TENANCY, extra }).redactRecord(record({ internal_note: 'x', comment: 'acme-12345', other: 'acme-1' }));
  assert.match(String(r.details.metadata?.internal_note), MARKER);
  assert.match(String(r.details.metadata?.comment), MARKER);
  assert.equal(r.details.metadata?.other, 'acme-1');
  assert.throws(() => parseExtraRule('nope'), /"nope": expected key:REGEX or value:REGEX/);
  assert.throws(() => parseExtraRule('value:(('), /"value:\(\(": not a valid regular expression/);
});

test('shapes are named', () => {
  assert.equal(secretShapeOf('postgres://u:p4ss@db/x'), 'URL with user:password');
  assert.equal(secretShapeOf('https://example.com/path'), undefined);
});

test('tags and their copies in details.searchSummary come out the same', () => {
  const freeform: Record<string, string> = { Environment: 'prod', api_token: 'abc123', note: `ghp_${'a1B2'.repeat(9)}` };
  const defined = { 'Security-Keys': { Owner: 'ann', Rotation: 'yearly' }, Ops: { CostCenter: '42', DbPassword: 'x' } };
  const r = record({});
  r.freeformTags = structuredClone(freeform);
  r.definedTags = structuredClone(defined);
  r.details.searchSummary = { freeformTags: structuredClone(freeform), definedTags: structuredClone(defined) };
  new Redactor({ tenancyId: TENANCY }).redactRecord(r);
  assert.deepEqual(r.details.searchSummary.freeformTags, r.freeformTags);
  assert.deepEqual(r.details.searchSummary.definedTags, r.definedTags);
  assert.equal(r.freeformTags.Environment, 'prod');
  assert.match(String(r.freeformTags.api_token), MARKER);
});

/** The entropy and token test as first written (a Map per value, regex letter counts): the reference. */
function referenceEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= (count / value.length) * Math.log2(count / value.length);
  return bits;
}

function referenceToken(value: string): boolean {
  if (value.length < 20 || value.length > 4096 || !/^[A-Za-z0-9+/=_-]+$/.test(value) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return false;
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 32 && /[0-9]/.test(value) && /[a-f]/i.test(value) && referenceEntropy(value) >= 3;
  if (/^[0-9]+$/.test(value) || referenceEntropy(value) < 3.5) return false;
  if (wordLikeShare(value) < 0.7) return true;
  const classOf = (c: string) => (c >= 'a' && c <= 'z' ? 0 : c >= 'A' && c <= 'Z' ? 1 : c >= '0' && c <= '9' ? 2 : 3);
  let switches = 0;
  for (let i = 1; i < value.length; i++) if (classOf(value[i] as string) !== classOf(value[i - 1] as string)) switches++;
  const letters = value.match(/[A-Za-z]/g)?.length ?? 0;
  const vowels = value.match(/[aeiou]/gi)?.length ?? 0;
  return switches / (value.length - 1) >= 0.5 && letters > 0 && vowels / letters < 0.3;
}

test('entropyOf and isHighEntropyToken give exactly the reference results (ASCII counted in reused arrays, anything else by Map)', () => {
  const alphabets = ['abcdef0123456789', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-', 'aeiouyAEIOUbcdXYZ09', 'ab c.d@é\u{1F600}\u0000\u007f\u0080'];
  let state = 99;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let tokens = 0;
  for (let i = 0; i < 20_000; i++) {
    const alphabet = [...(alphabets[i % alphabets.length] as string)];
    const length = Math.floor(next() * 70);
    let value = '';
    for (let j = 0; j < length; j++) value += alphabet[Math.floor(next() * Math.max(1, Math.floor(next() * alphabet.length)))];
    assert.equal(entropyOf(value), referenceEntropy(value), JSON.stringify(value));
    const token = isHighEntropyToken(value);
    assert.equal(token, referenceToken(value), JSON.stringify(value));
    if (token) tokens++;
  }
  assert.ok(tokens > 100, `the sample holds tokens (${tokens})`);
  assert.equal(entropyOf(''), 0);
  // A non-ASCII value after an ASCII one leaves no counts behind.
  assert.equal(entropyOf('aab\u00e9'), referenceEntropy('aab\u00e9'));
  assert.equal(entropyOf('aab'), referenceEntropy('aab'));
});
