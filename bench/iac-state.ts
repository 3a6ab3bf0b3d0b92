// Memory of IaC coverage on a big state (docs/iac.md): generates a v4 state of N resources
// (realistic attribute sets, sensitive values, a few KB of `private` each) and a matching
// inventory, then measures in fresh processes: the streaming reader + matcher end to end
// (iac.json written), and for comparison a plain JSON.parse of the same state file.
//   npm run bench:iac              100k resources
//   node build/bench/iac-state.js 200000
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IacIgnoreRules } from '../src/iac/ignore.js';
import { loadStateIndex, runIac } from '../src/iac/run-iac.js';

const TYPES = ['oci_core_instance', 'oci_core_subnet', 'oci_core_volume', 'oci_core_vcn'] as const;
const RESOURCE_TYPE: Record<string, string> = { oci_core_instance: 'Instance', oci_core_subnet: 'Subnet', oci_core_volume: 'Volume', oci_core_vcn: 'Vcn' };

function ocidOf(i: number): string {
  return `ocid1.${TYPES[i % TYPES.length]?.split('_').at(-1)}.oc1.iad.aaaa${String(i).padStart(10, '0')}`;
}

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function* stateLines(n: number): Generator<string> {
  yield '{\n  "version": 4,\n  "terraform_version": "1.7.5",\n  "serial": 1,\n  "lineage": "bench",\n  "outputs": {},\n  "resources": [\n';
  for (let i = 0; i < n; i++) {
    const type = TYPES[i % TYPES.length] as string;
    const attributes = {
      id: ocidOf(i),
      compartment_id: 'ocid1.compartment.oc1..bench',
      display_name: `res-${i}`,
      defined_tags: { 'Ops.CostCenter': '42', 'Oracle-Tags.CreatedBy': 'terraform' },
      freeform_tags: { Owner: 'bench', Env: 'prod' },
      cidr_block: type === 'oci_core_subnet' ? `10.${i % 256}.${(i >> 8) % 256}.0/24` : null,
      shape: type === 'oci_core_instance' ? 'VM.Standard.E4.Flex' : null,
      shape_config: type === 'oci_core_instance' ? [{ ocpus: 2, memory_in_gbs: 16 }] : [],
      size_in_gbs: type === 'oci_core_volume' ? '100' : null,
      metadata: { ssh_authorized_keys: `ssh-rsa ${'A'.repeat(380)}`, user_data: 'I2Nsb3VkLWNvbmZpZw=='.repeat(20) },
      admin_password: `secret-${i}`,
      source_details: [{ source_id: 'ocid1.image.oc1.iad.img', source_type: 'image', boot_volume_size_in_gbs: '50' }],
      timeouts: null,
    };
    const resource = {
      mode: 'managed',
      type,
      name: `r${i}`,
      provider: 'provider["registry.terraform.io/oracle/oci"]',
      instances: [{ schema_version: 0, attributes, sensitive_attributes: [[{ type: 'get_attr', value: 'admin_password' }], [{ type: 'get_attr', value: 'metadata' }]], private: 'eyJlMmJmYjczMC1lY2FhLTExZTYtOGY4OC0zNDM2M2JjN2M0YzAiOnsiY3JlYXRlIjo'.repeat(8) }],
    };
    yield `    ${JSON.stringify(resource)}${i === n - 1 ? '' : ','}\n`;
  }
  yield '  ]\n}\n';
}

function* inventoryLines(n: number): Generator<string> {
  // Every 10th resource was deleted by hand (missing); as many others were made by hand (unmanaged).
  const ocids: string[] = [];
  for (let i = 0; i < n; i++) if (i % 10 !== 0) ocids.push(ocidOf(i));
  for (let i = 0; i < n / 10; i++) ocids.push(`ocid1.instance.oc1.iad.handmade${String(i).padStart(10, '0')}`);
  ocids.sort();
  for (const ocid of ocids) {
    const type = RESOURCE_TYPE[`oci_core_${ocid.split('.')[1]}`] ?? 'Instance';
    // Complete records, as a run writes them (keys sorted).
    const record = {
      collectedAt: '2026-01-01T00:00:00.000Z',
      compartmentId: 'ocid1.compartment.oc1..bench',
      definedTags: { Ops: { CostCenter: '42' } },
      details: { metadata: { shape: 'VM.Standard.E4.Flex', shapeConfig: { ocpus: 2, memoryInGBs: 16 } } },
      displayName: ocid.includes('handmade') ? 'hand' : `res-${Number(ocid.slice(-10))}`,
      enrichError: null,
      enrichStatus: 'OK',
      freeformTags: { Env: 'prod', Owner: 'bench' },
      lifecycleState: 'AVAILABLE',
      ocid,
      region: 'us-ashburn-1',
      relationships: [],
      resourceType: type,
      timeCreated: '2025-01-01T00:00:00.000Z',
    };
    yield `${JSON.stringify(record)}\n`;
  }
}

async function child(mode: string, dir: string): Promise<void> {
  const started = Date.now();
  if (mode === 'stream') {
    const index = await loadStateIndex([join(dir, 'state.tfstate')], []);
    const outcome = await runIac(index, { inventory: join(dir, 'inventory.jsonl'), outDir: dir, ignore: IacIgnoreRules.from([], true), failOn: [], tenancyId: 'ocid1.tenancy.oc1..bench' });
    const c = outcome.result.counts;
    process.stdout.write(JSON.stringify({ mode, ms: Date.now() - started, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), managed: c.managed, unmanaged: c.unmanaged, missing: c.missing }) + '\n');
  } else {
    const parsed = JSON.parse(await readFile(join(dir, 'state.tfstate'), 'utf8')) as { resources: unknown[] };
    process.stdout.write(JSON.stringify({ mode, ms: Date.now() - started, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), resources: parsed.resources.length }) + '\n');
  }
}

async function main(): Promise<void> {
  const [arg, dirArg] = process.argv.slice(2);
  if (arg === 'stream' || arg === 'parse') return child(arg, dirArg ?? '.');
  if (arg === 'gen') {
    // Keeps the files (in dirArg) for profiling: node --cpu-prof build/bench/iac-state.js stream DIR
    const count = Number(process.argv[4] ?? 100_000);
    await write(join(dirArg ?? '.', 'state.tfstate'), stateLines(count));
    await write(join(dirArg ?? '.', 'inventory.jsonl'), inventoryLines(count));
    return;
  }
  const n = Number(arg ?? 100_000);
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-bench-iac-'));
  try {
    await write(join(dir, 'state.tfstate'), stateLines(n));
    await write(join(dir, 'inventory.jsonl'), inventoryLines(n));
    const size = (await stat(join(dir, 'state.tfstate'))).size;
    console.log(`state: ${n} resources, ${(size / 1024 / 1024).toFixed(0)} MB; inventory: ${n} records`);
    const self = fileURLToPath(import.meta.url);
    for (const mode of ['stream', 'parse']) {
      const r = spawnSync(process.execPath, [self, mode, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
      console.log(r.status === 0 ? r.stdout.trim() : `${mode}: failed (${r.status}) ${r.stderr.split('\n')[0]}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
