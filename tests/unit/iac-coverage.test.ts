// IaC coverage on hand-written, real-shaped states (tests/fixtures/iac): the exact sets of
// managed, unmanaged, ignored, missing and drifted resources, secrets never copied out, and
// states of the wrong version or shape refused naming the file and the path inside it.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { IacIgnoreRules } from '../../src/iac/ignore.js';
import { streamJson } from '../../src/iac/json-stream.js';
import { renderIacMarkdown } from '../../src/iac/report.js';
import { loadStateIndex, newUnmanagedSince, runIac } from '../../src/iac/run-iac.js';
import { StateInputError } from '../../src/iac/state-reader.js';

const FIXTURES = 'tests/fixtures/iac';
const PROD = `${FIXTURES}/workspaces/prod/terraform.tfstate`;
const DEV = `${FIXTURES}/workspaces/dev/show.json`;
const PLAN = `${FIXTURES}/plan.json`;
const INVENTORY = `${FIXTURES}/inventory.jsonl`;

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-iac-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const statuses = (live: ReadonlyArray<{ ocid: string; status: string }>, status: string) =>
  live.filter((e) => e.status === status).map((e) => e.ocid).sort();

test('v4 state, show -json with child modules and a plan: the exact managed, unmanaged, ignored, missing and drifted sets', async (t) => {
  const dir = await tempDir(t);
  const index = await loadStateIndex([PROD, DEV, PLAN], []);
  const outcome = await runIac(index, { inventory: INVENTORY, outDir: dir, ignore: IacIgnoreRules.from([], true), failOn: [], tenancyId: 'ocid1.tenancy.oc1..root' });
  const { result } = outcome;
  assert.deepEqual(statuses(result.live, 'managed'), [
    'ocid1.autonomousdatabase.oc1.iad.adb1',
    'ocid1.bootvolume.oc1.iad.bv1',
    'ocid1.bucket.oc1.iad.b1',
    'ocid1.compartment.oc1..app',
    'ocid1.instance.oc1.iad.i1',
    'ocid1.internetgateway.oc1.iad.ig1',
    'ocid1.subnet.oc1.iad.s1',
    'ocid1.subnet.oc1.iad.s2',
    'ocid1.user.oc1..alice',
    'ocid1.vcn.oc1.iad.v1',
    'ocid1.volume.oc1.iad.vol1',
  ]);
  assert.deepEqual(statuses(result.live, 'unmanaged'), ['ocid1.group.oc1..admins', 'ocid1.instance.oc1.iad.i2', 'ocid1.policy.oc1..p1']);
  assert.deepEqual(statuses(result.live, 'ignored'), [
    'ocid1.bootvolume.oc1.iad.bv2',
    'ocid1.securitylist.oc1.iad.sldefault',
    'ocid1.user.oc1..fed',
    'ocid1.vnic.oc1.iad.vn1',
  ]);
  assert.deepEqual(
    result.missing.map((m) => `${m.address} ${m.ocid}`),
    ['oci_core_instance.legacy ocid1.instance.oc1.iad.i3', 'oci_core_instance.old ocid1.instance.oc1.iad.gone2', 'oci_core_volume.scratch ocid1.volume.oc1.iad.gone1'],
  );
  const drifted = new Map(result.live.filter((e) => e.drift).map((e) => [e.ocid, e.drift?.map((d) => `${d.attribute}:${JSON.stringify(d.state)}→${JSON.stringify(d.live)}`)]));
  assert.deepEqual(Object.fromEntries(drifted), {
    'ocid1.autonomousdatabase.oc1.iad.adb1': ['cpu_core_count:1→2'],
    'ocid1.instance.oc1.iad.i1': ['shape_config.0.ocpus:1→2'],
    'ocid1.subnet.oc1.iad.s2': ['freeform_tags["Owner"]:"net"→"someone-else"'],
  });
  assert.deepEqual(result.noRecord.map((n) => n.address).sort(), [
    'module.iam.oci_identity_api_key.alice',
    'module.iam.oci_identity_user_group_membership.admins["alice"]',
    'module.net.oci_core_network_security_group_security_rule.https',
    'oci_core_volume_attachment.data',
  ]);
  const adb = result.live.find((e) => e.ocid === 'ocid1.autonomousdatabase.oc1.iad.adb1');
  assert.deepEqual(adb?.addresses, ['oci_database_autonomous_database.orders', 'module.iam.module.db.oci_database_autonomous_database.orders']);
  assert.deepEqual(result.live.find((e) => e.ocid === 'ocid1.subnet.oc1.iad.s1')?.addresses, ['module.net.oci_core_subnet.app[0]']);
  assert.deepEqual(result.live.find((e) => e.ocid === 'ocid1.bootvolume.oc1.iad.bv1')?.addresses, ['oci_core_instance.web (boot_volume_id)']);
  assert.deepEqual(result.live.find((e) => e.ocid === 'ocid1.user.oc1..alice')?.addresses, ['module.iam.oci_identity_user.people["alice"]']);
  assert.equal(result.counts.coverage_percent, 78.5);
  assert.deepEqual(
    { live: result.counts.live, managed: result.counts.managed, unmanaged: result.counts.unmanaged, ignored: result.counts.ignored, missing: result.counts.missing, drifted: result.counts.drifted, state: result.counts.state_instances },
    { live: 18, managed: 11, unmanaged: 3, ignored: 4, missing: 3, drifted: 3, state: 19 },
  );
  assert.deepEqual(result.states.map((s) => s.format), ['v4', 'show-json', 'plan-json']);

  // iac.json is valid JSON with every section, and carries no secret from any state.
  const text = await readFile(join(dir, 'iac.json'), 'utf8');
  const json = JSON.parse(text) as { counts: { managed: number }; resources: unknown[]; missing: unknown[]; no_record: unknown[] };
  assert.equal(json.counts.managed, 11);
  assert.equal(json.resources.length, 18);
  assert.equal(json.missing.length, 3);
  for (const secret of ['Adm1n-Passw0rd', 'ghp_R3ally', 'Sup3r-S3cret', 'BEGIN RSA', 'I2Nsb3Vk', 'ssh-rsa', 'planconfig', 'BEGIN PUBLIC']) {
    assert.ok(!text.includes(secret), `iac.json must not contain ${secret}`);
    assert.ok(!outcome.markdown.includes(secret), `the markdown must not contain ${secret}`);
  }
});

test('fail-on kinds: each reports only what it asks for', async () => {
  const index = await loadStateIndex([PROD, DEV, PLAN], []);
  const outcome = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: ['unmanaged', 'missing', 'iac-drift'], tenancyId: undefined });
  assert.deepEqual(outcome.failures, ['3 unmanaged resource(s)', '3 resource(s) in state but not live', '3 managed resource(s) drifted from state']);
  const partial = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: ['missing'], tenancyId: undefined, partial: true });
  assert.deepEqual(partial.failures, []);
});

test('ignore rules: without defaults the VNIC, boot volume, default security list and federated user are unmanaged; a rule never unmanages a managed resource', async () => {
  const index = await loadStateIndex([PROD, DEV, PLAN], []);
  const none = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], false), failOn: [], tenancyId: undefined });
  assert.equal(none.result.counts.ignored, 0);
  assert.equal(none.result.counts.unmanaged, 7);
  const instances = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from(['Instance', 'Policy'], false), failOn: [], tenancyId: undefined });
  assert.deepEqual(statuses(instances.result.live, 'ignored'), ['ocid1.instance.oc1.iad.i2', 'ocid1.policy.oc1..p1']);
  assert.equal(instances.result.live.find((e) => e.ocid === 'ocid1.instance.oc1.iad.i1')?.status, 'managed');
  assert.throws(() => IacIgnoreRules.from(['Vnic:bogus'], false), /unknown qualifier ":bogus"/);
});

test('new unmanaged since a baseline: from the baseline iac.json, else from its inventory', async (t) => {
  const dir = await tempDir(t);
  const index = await loadStateIndex([PROD], []);
  const first = await runIac(index, { inventory: INVENTORY, outDir: dir, ignore: IacIgnoreRules.from([], true), failOn: [], tenancyId: undefined });
  assert.ok(first.file);
  // Same inventory, same states: nothing new.
  assert.deepEqual(await newUnmanagedSince(dir, ['ocid1.group.oc1..admins', 'ocid1.instance.oc1.iad.i2']), []);
  assert.deepEqual(await newUnmanagedSince(dir, ['ocid1.instance.oc1.iad.new']), ['ocid1.instance.oc1.iad.new']);
  // A baseline inventory without iac.json: unmanaged and absent from it is new.
  const inv = join(dir, 'other.jsonl');
  await writeFile(inv, `${JSON.stringify({ ocid: 'ocid1.instance.oc1.iad.i2', resourceType: 'Instance' })}\n`);
  assert.deepEqual(await newUnmanagedSince(inv, ['ocid1.instance.oc1.iad.i2', 'ocid1.instance.oc1.iad.new']), ['ocid1.instance.oc1.iad.new']);
});

test('a state of the wrong version or shape is refused naming the file and the path inside it', async () => {
  await assert.rejects(loadStateIndex([`${FIXTURES}/bad-version.tfstate`], []), (error: unknown) => {
    assert.ok(error instanceof StateInputError);
    assert.match(error.message, /bad-version\.tfstate: version: 3 is not supported/);
    return true;
  });
  await assert.rejects(loadStateIndex([`${FIXTURES}/bad-shape.tfstate`], []), (error: unknown) => {
    assert.ok(error instanceof StateInputError);
    assert.equal(error.message, `${FIXTURES}/bad-shape.tfstate: resources[1].instances[0].attributes: must be an object`);
    return true;
  });
  await assert.rejects(loadStateIndex([`${FIXTURES}/truncated.tfstate`], []), /truncated\.tfstate: line \d+: the document ends early/);
  await assert.rejects(loadStateIndex([INVENTORY], []), /inventory\.jsonl: line 2: unexpected "\{" after the end of the document|inventory\.jsonl: not a Terraform state/);
  await assert.rejects(loadStateIndex([`${FIXTURES}/nope/*.tfstate`], []), /matches no file \(--tf-state\)/);
  await assert.rejects(loadStateIndex([`${FIXTURES}/missing.tfstate`], []), /missing\.tfstate: no such file/);
});

test('globs: workspaces/*/ picks up every workspace once', async () => {
  const index = await loadStateIndex([`${FIXTURES}/workspaces/*/*`, PROD], []);
  assert.deepEqual(index.summaries.map((s) => s.source), [DEV, PROD]);
});

test('the streaming reader reads a value split across any chunk boundary', async () => {
  const doc = JSON.stringify({ version: 4, outputs: { a: { value: 'x\\"}]' } }, resources: [{ a: 'q"}' }, { b: [1, 2, { c: 'é\n' }] }] });
  for (let size = 1; size <= 7; size++) {
    const chunks = async function* () {
      for (let i = 0; i < doc.length; i += size) yield doc.slice(i, i + size);
    };
    const hits: unknown[] = [];
    for await (const hit of streamJson(chunks(), (path) => (path.length === 0 || (path.length === 1 && path[0] === 'resources') ? 'descend' : path[0] === 'resources' || path[0] === 'version' ? 'capture' : 'skip'))) hits.push(hit.value);
    assert.deepEqual(hits, [4, { a: 'q"}' }, { b: [1, 2, { c: 'é\n' }] }], `chunk size ${size}`);
  }
});

test('the markdown section escapes names and stays within its byte budget with a pointer to iac.json', async () => {
  const index = await loadStateIndex([PROD, DEV, PLAN], []);
  const { result } = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: [], tenancyId: undefined });
  const full = renderIacMarkdown(result, { limit: 100_000, fileHint: 'iac.json' });
  assert.match(full, /\*\*78\.5%\*\*/);
  assert.ok(!full.includes('<b>'), 'a name is escaped');
  assert.ok(!full.includes('@here'), 'no mention');
  for (const limit of [1200, 2000, 4000]) {
    const small = renderIacMarkdown(result, { limit, fileHint: 'iac.json' });
    assert.ok(Buffer.byteLength(small, 'utf8') <= limit, `${Buffer.byteLength(small, 'utf8')} > ${limit}`);
    assert.match(small, /iac\.json/);
  }
});

test('a secret-shaped value in a compared attribute goes through the secrets policy: the report shows a marker, never the value', async (t) => {
  const dir = await tempDir(t);
  const token = 'ghp_Zq8vN3xR7tL1pW5yK9mB2cF6hJ4dS0aE8gUi';
  const state = join(dir, 's.tfstate');
  await writeFile(
    state,
    JSON.stringify({
      version: 4,
      resources: [
        { mode: 'managed', type: 'oci_identity_user', name: 'ci', instances: [{ attributes: { id: 'ocid1.user.oc1..ci', name: 'ci', description: token, freeform_tags: { DeployKey: token } } }] },
      ],
    }),
  );
  const inventory = join(dir, 'inventory.jsonl');
  await writeFile(inventory, `${JSON.stringify({ ocid: 'ocid1.user.oc1..ci', resourceType: 'User', displayName: 'ci', details: { metadata: { description: 'rotated' } }, freeformTags: { DeployKey: 'other' } })}\n`);
  const index = await loadStateIndex([state], []);
  const outcome = await runIac(index, { inventory, outDir: dir, ignore: IacIgnoreRules.from([], true), failOn: ['iac-drift'], tenancyId: 'ocid1.tenancy.oc1..t' });
  const drift = outcome.result.live[0]?.drift ?? [];
  assert.deepEqual(drift.map((d) => d.attribute), ['freeform_tags["DeployKey"]', 'description']);
  for (const d of drift) assert.match(String(d.state), /^\[REDACTED sha256:[0-9a-f]{12}\]$/);
  const text = await readFile(join(dir, 'iac.json'), 'utf8');
  assert.ok(!text.includes(token) && !outcome.markdown.includes(token));
  assert.match(outcome.markdown, /_\(redacted\)_/);
  assert.deepEqual(outcome.failures, ['1 managed resource(s) drifted from state']);
});

test('a UTF-8 byte order mark is read; a UTF-16 file is refused saying so', async (t) => {
  const dir = await tempDir(t);
  const text = JSON.stringify({ version: 4, resources: [{ mode: 'managed', type: 'oci_core_vcn', name: 'v', instances: [{ attributes: { id: 'ocid1.vcn.oc1.iad.v1' } }] }] });
  await writeFile(join(dir, 'bom.tfstate'), `\uFEFF${text}`);
  assert.equal((await loadStateIndex([join(dir, 'bom.tfstate')], [])).instances, 1);
  await writeFile(join(dir, 'utf16.tfstate'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await assert.rejects(loadStateIndex([join(dir, 'utf16.tfstate')], []), /utf16\.tfstate: line 1: not UTF-8 text \(UTF-16\?/);
});

test('a run scoped to a compartment: state resources outside it are out of scope, not missing', async () => {
  const index = await loadStateIndex([PROD, DEV, PLAN], []);
  const inApp = await runIac(index, { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: ['missing'], tenancyId: undefined, scopeCompartment: 'ocid1.compartment.oc1..app' });
  assert.equal(inApp.result.counts.missing, 3);
  const elsewhere = await runIac(await loadStateIndex([PROD, DEV, PLAN], []), { inventory: INVENTORY, outDir: undefined, ignore: IacIgnoreRules.from([], true), failOn: ['missing'], tenancyId: undefined, scopeCompartment: 'ocid1.compartment.oc1..other' });
  assert.equal(elsewhere.result.counts.missing, 0);
  assert.deepEqual(elsewhere.failures, []);
  assert.equal(elsewhere.result.noRecord.filter((n) => n.reason.startsWith("outside the run's compartment scope")).length, 3);
});
