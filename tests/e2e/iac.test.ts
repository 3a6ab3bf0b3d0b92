// End to end: `run --tf-state … --orm-stacks all` and `oci-inv iac` with the bundled CLI, the
// real OCI SDK and the emulator. The state is written from the emulator's ground truth (some
// resources managed, one renamed and one re-addressed in state so they drift, one deleted and
// one made up so they are missing), and every emulated Resource Manager stack serves its own
// state; the test asserts the exact sets in iac.json.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { GeneratedResource } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const GONE = new Set(['TERMINATED', 'DELETED']);
const IGNORED_TYPES = new Set(['Vnic', 'PrivateIp', 'BootVolume']);
const SECRET = 'Pa55-w0rd-from-tfvars-7f3a9c';

interface IacJson {
  counts: Record<string, number | null>;
  states: Array<{ source: string; format: string }>;
  resources: Array<{ ocid: string; resourceType: string; status: string; addresses?: string[]; drift?: Array<{ attribute: string; state: unknown; live: unknown }> }>;
  missing: Array<{ ocid: string; address: string }>;
  no_record: Array<{ address: string }>;
  new_unmanaged?: string[];
}

function v4(resources: unknown[]): string {
  return JSON.stringify({ version: 4, terraform_version: '1.7.5', serial: 3, lineage: 'e2e', outputs: { pw: { value: SECRET, type: 'string', sensitive: true } }, resources }, null, 2);
}

function tfResource(type: string, name: string, attributes: Record<string, unknown>, sensitive: unknown[] = []) {
  return { mode: 'managed', type, name, provider: 'provider["registry.terraform.io/oracle/oci"]', instances: [{ schema_version: 0, attributes, sensitive_attributes: sensitive }] };
}

describe('IaC coverage against the emulator', () => {
  let fx: EmulatorFixture;
  let runDir: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let iac: IacJson;
  const truth = { managed: new Set<string>(), missing: new Set<string>(), drifted: new Map<string, string[]>() };
  const prodManaged = new Set<string>();
  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const fn of cleanups) await fn();
  });

  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 21, size: 'small' });
    const live = (type: string) => fx.emulator.tenancy.resources.filter((r) => r.resourceType === type && !GONE.has(r.lifecycleState)).sort((a, b) => (a.ocid < b.ocid ? -1 : 1));
    const instances = live('Instance').slice(0, 4);
    const vcns = live('Vcn').slice(0, 2);
    const buckets = live('Bucket').slice(0, 2);
    assert.ok(instances.length === 4 && vcns.length === 2 && buckets.length >= 1, 'the tenancy has what the state manages');
    const terminated = fx.emulator.tenancy.resources.find((r) => r.resourceType === 'Instance' && r.lifecycleState === 'TERMINATED');
    const resources: unknown[] = [];
    instances.forEach((r: GeneratedResource, i) => {
      // The first instance was renamed by hand after apply: drift on display_name.
      resources.push(
        tfResource('oci_core_instance', `app${i}`, { id: r.ocid, compartment_id: r.compartmentId, display_name: i === 0 ? `${r.displayName}-as-applied` : r.displayName, admin_password: SECRET }, [[{ type: 'get_attr', value: 'admin_password' }]]),
      );
      truth.managed.add(r.ocid);
      prodManaged.add(r.ocid);
    });
    truth.drifted.set(instances[0]?.ocid ?? '', ['display_name']);
    vcns.forEach((r, i) => {
      resources.push(tfResource('oci_core_vcn', `net${i}`, { id: r.ocid, compartment_id: r.compartmentId, display_name: r.displayName, cidr_block: i === 1 ? '192.168.0.0/16' : r.attrs.cidrBlock }));
      truth.managed.add(r.ocid);
      prodManaged.add(r.ocid);
    });
    truth.drifted.set(vcns[1]?.ocid ?? '', ['cidr_block']);
    for (const [i, r] of buckets.entries()) {
      resources.push(tfResource('oci_objectstorage_bucket', `b${i}`, { id: `n/${fx.emulator.tenancy.namespace}/b/${r.displayName}`, bucket_id: r.ocid, name: r.displayName, compartment_id: r.compartmentId }));
      truth.managed.add(r.ocid);
      prodManaged.add(r.ocid);
    }
    const madeUp = 'ocid1.instance.oc1.iad.aaaaaaaadeletedbyhandzzzzzzzzzzzz';
    resources.push(tfResource('oci_core_instance', 'gone', { id: madeUp, display_name: 'gone' }));
    truth.missing.add(madeUp);
    if (terminated) {
      resources.push(tfResource('oci_core_instance', 'terminated', { id: terminated.ocid, display_name: terminated.displayName }));
      truth.missing.add(terminated.ocid);
    }
    resources.push(tfResource('oci_core_volume_attachment', 'att', { id: 'ocid1.volumeattachment.oc1.iad.x', instance_id: instances[0]?.ocid }));
    await writeFile(join(fx.dir, 'prod.tfstate'), v4(resources));

    // Each live stack's state: its VCN and subnets managed (the first subnet drifted on its name), a ghost instance missing.
    for (const stack of live('OrmStack')) {
      const state = stack.attrs.tfState as { resources: Array<{ type: string; instances: Array<{ attributes: { id: string; display_name: string } }> }> };
      let firstSubnet = true;
      for (const res of state.resources) {
        const id = res.instances[0]?.attributes.id ?? '';
        if (res.type === 'oci_core_vcn' || res.type === 'oci_core_subnet') {
          truth.managed.add(id);
          if (res.type === 'oci_core_subnet' && firstSubnet) {
            truth.drifted.set(id, ['display_name']);
            firstSubnet = false;
          }
        } else if (res.type === 'oci_core_instance') truth.missing.add(id);
      }
    }
    result = await runCli(
      ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--tf-state', join(fx.dir, '*.tfstate'), '--orm-stacks', 'all', '--fail-on', 'iac-drift'],
      { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate },
    );
    runDir = result.stdout.trim();
    iac = JSON.parse(await readFile(join(runDir, 'iac.json'), 'utf8')) as IacJson;
  });

  test('run --fail-on iac-drift exits 5 and writes iac.json, the report section and the summary counts', async () => {
    assert.equal(result.code, 5, result.stderr);
    assert.match(result.stderr, /--fail-on iac-drift: \d+ managed resource\(s\) drifted from state/);
    const report = await readFile(join(runDir, 'report.md'), 'utf8');
    assert.match(report, /## IaC coverage\n/);
    assert.ok(report.indexOf('## IaC coverage') < report.indexOf('## Resources by type'));
    const summary = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { iac: { managed: number } };
    assert.equal(summary.iac.managed, truth.managed.size);
    assert.ok(iac.states.some((s) => s.source.startsWith('orm:ocid1.ormstack.')), 'a stack state was read');
    assert.equal(fx.emulator.countCalls('getStackTfState'), iac.states.filter((s) => s.source.startsWith('orm:')).length);
  });

  test('managed, missing and drifted are exactly the ground truth; unmanaged is the rest minus the ignored types', async () => {
    const inventory = (await readFile(join(runDir, 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { ocid: string; resourceType: string; lifecycleState: string | null });
    const liveRecords = inventory.filter((r) => !GONE.has(r.lifecycleState ?? ''));
    const by = (status: string) => iac.resources.filter((e) => e.status === status).map((e) => e.ocid).sort();
    assert.deepEqual(by('managed'), [...truth.managed].sort());
    assert.deepEqual(iac.missing.map((m) => m.ocid).sort(), [...truth.missing].sort());
    const drifted = Object.fromEntries(iac.resources.filter((e) => e.drift).map((e) => [e.ocid, e.drift?.map((d) => d.attribute)]));
    assert.deepEqual(drifted, Object.fromEntries(truth.drifted));
    const expectedIgnored = liveRecords.filter((r) => !truth.managed.has(r.ocid) && IGNORED_TYPES.has(r.resourceType)).map((r) => r.ocid).sort();
    for (const ocid of expectedIgnored) assert.ok(by('ignored').includes(ocid), `${ocid} ignored`);
    const ignored = new Set(by('ignored'));
    assert.deepEqual(by('unmanaged'), liveRecords.filter((r) => !truth.managed.has(r.ocid) && !ignored.has(r.ocid)).map((r) => r.ocid).sort());
    assert.equal(iac.resources.length, liveRecords.length);
    assert.ok(iac.no_record.some((n) => n.address === 'oci_core_volume_attachment.att'));
    assert.ok(iac.no_record.some((n) => n.address.startsWith('oci_core_network_security_group_security_rule.')), 'the stack’s NSG rule creates no record');
  });

  test('no secret from any state reaches any file of the run', async () => {
    for (const name of await readdir(runDir)) {
      const text = await readFile(join(runDir, name), 'utf8');
      assert.ok(!text.includes(SECRET), `${name} holds the state's secret`);
    }
  });

  test('oci-inv iac on the newest run, and new-unmanaged against that run after resources were added by hand', async () => {
    const out = join(fx.dir, 'out');
    const again = await runCli(['iac', '--state', join(fx.dir, 'prod.tfstate'), '--outdir', out, '--json']);
    assert.equal(again.code, 0, again.stderr);
    const counts = (JSON.parse(again.stdout) as { counts: { managed: number } }).counts;
    // Without the stacks' states, only the file's resources are managed.
    assert.equal(counts.managed, prodManaged.size);

    const drift = fx.emulator.drift({ seed: 5, add: 6, remove: 0, terminate: 0, rename: 0, retag: 0 });
    const second = await runCli(
      ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', out, '--tf-state', join(fx.dir, 'prod.tfstate'), '--orm-stacks', 'all', '--prev', runDir, '--fail-on', 'new-unmanaged'],
      { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate },
    );
    assert.equal(second.code, 5, second.stderr);
    const secondIac = JSON.parse(await readFile(join(second.stdout.trim(), 'iac.json'), 'utf8')) as IacJson;
    const added = drift.added.filter((r) => !IGNORED_TYPES.has(r.resourceType) && !GONE.has(r.lifecycleState)).map((r) => r.ocid).sort();
    assert.deepEqual([...(secondIac.new_unmanaged ?? [])].sort(), added);
  });

  test('a bad state is exit 2 naming the file and path, before any API call and without a run directory', async () => {
    const bad = join(fx.dir, 'bad', 'broken.tfstate');
    await (await import('node:fs/promises')).mkdir(join(fx.dir, 'bad'), { recursive: true });
    await writeFile(bad, JSON.stringify({ version: 4, resources: [{ mode: 'managed', type: 'oci_core_vcn', name: 'x', instances: {} }] }));
    const calls = fx.emulator.requests.length;
    const outdir = join(fx.dir, 'bad-out');
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', outdir, '--tf-state', bad], { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /broken\.tfstate: resources\[0\]\.instances: must be an array/);
    assert.equal(fx.emulator.requests.length, calls);
    await assert.rejects(readdir(outdir));
  });
});
