// End to end: the bundled CLI, the real OCI SDK, the emulator on loopback. Outputs are checked
// against the emulator's own ground truth.
import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import { GLOBAL_RESOURCE_TYPES } from '../../src/core/record.js';
import { NASTY_NAME_KINDS } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const TERMINAL = new Set(['TERMINATED', 'DELETED']);

interface Line {
  ocid: string;
  resourceType: string;
  region: string;
  displayName: string | null;
  enrichStatus: string;
  collectedAt: string;
}

async function readJsonl(path: string): Promise<Line[]> {
  return (await readFile(path, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
}

function envFor(fx: EmulatorFixture): Record<string, string> {
  return { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate };
}

describe('oci-inv run against the emulator', () => {
  let fx: EmulatorFixture;
  let runDir: string;
  let result: Awaited<ReturnType<typeof runCli>>;

  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const fn of cleanups) await fn();
  });
  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 11, size: 'small' });
    result = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--parquet'], envFor(fx));
    runDir = result.stdout.trim();
  });

  test('exits 0 and prints only the run directory on stdout', async () => {
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 1);
    assert.match(runDir, /\/out\/\d{8}T\d{6}Z$/);
    const files = (await readdir(runDir)).sort();
    for (const f of ['inventory.jsonl', 'inventory.csv', 'inventory.parquet', 'relationships.jsonl', 'graph_nodes.jsonl', 'graph_edges.jsonl', 'graph.mmd', 'run_summary.json', 'report.md']) {
      assert.ok(files.includes(f), `${f} written`);
    }
    assert.ok(!files.some((f) => f.startsWith('.') || f.endsWith('.tmp')), `no temp files left: ${files.join(', ')}`);
  });

  test('every live resource once; global IAM resources once, in the home region', async () => {
    const lines = await readJsonl(join(runDir, 'inventory.jsonl'));
    const truth = fx.emulator.tenancy.resources.filter((r) => !TERMINAL.has(r.lifecycleState));
    const ocids = lines.map((l) => l.ocid);
    assert.equal(new Set(ocids).size, ocids.length, 'no duplicate ocid');
    assert.deepEqual(new Set(ocids), new Set(truth.map((r) => r.ocid)));
    assert.deepEqual(ocids, [...ocids].sort(), 'sorted by ocid');
    const home = fx.emulator.tenancy.homeRegion;
    const globals = lines.filter((l) => GLOBAL_RESOURCE_TYPES.has(l.resourceType));
    assert.ok(globals.length > 0);
    for (const g of globals) assert.equal(g.region, home, `${g.resourceType} ${g.ocid} in home region`);
    const byOcid = new Map(truth.map((r) => [r.ocid, r]));
    for (const l of lines.filter((x) => !GLOBAL_RESOURCE_TYPES.has(x.resourceType))) {
      assert.equal(l.region, byOcid.get(l.ocid)?.region);
    }
  });

  test('every hostile name round-trips through JSONL, CSV and Parquet', async () => {
    const lines = await readJsonl(join(runDir, 'inventory.jsonl'));
    const names = new Map(lines.map((l) => [l.ocid, l.displayName]));
    for (const kind of NASTY_NAME_KINDS) {
      assert.ok([...names.values()].some((n) => n !== null && kind.test(n)), `a ${kind.kind} name is in the inventory`);
    }
    const truth = new Map(fx.emulator.tenancy.resources.map((r) => [r.ocid, r.displayName]));
    for (const [ocid, name] of names) assert.equal(name ?? '', truth.get(ocid) ?? '', `JSONL name of ${ocid}`);

    const csv = Papa.parse<Record<string, string>>(await readFile(join(runDir, 'inventory.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    assert.deepEqual(csv.errors, []);
    assert.equal(csv.data.length, lines.length);
    for (const row of csv.data) {
      const expected = names.get(row.ocid ?? '') ?? '';
      const defused = /^[=+\-@\t\r]/.test(expected) ? `'${expected}` : expected;
      assert.equal(row.displayName, defused, `CSV name of ${row.ocid}`);
    }

    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(join(runDir, 'inventory.parquet')) })) as Array<{ ocid: string; displayName: string | null }>;
    assert.equal(rows.length, lines.length);
    for (const row of rows) assert.equal(row.displayName ?? '', names.get(row.ocid) ?? '', `Parquet name of ${row.ocid}`);
  });

  test('run_summary.json has every SPEC key and agrees with the inventory', async () => {
    const s = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['total_discovered', 'enriched_ok', 'not_implemented', 'errors', 'counts_by_resource_type', 'counts_by_enrich_status', 'status', 'regions', 'query', 'started_at', 'finished_at', 'duration_ms', 'timings_ms', 'api_calls', 'tool_version']) {
      assert.ok(key in s, `run_summary has ${key}`);
    }
    const lines = await readJsonl(join(runDir, 'inventory.jsonl'));
    assert.equal(s.total_discovered, lines.length);
    assert.equal(s.status, 'SUCCESS');
    assert.equal(s.query, 'query all resources');
    const regions = s.regions as Array<{ region: string; status: string }>;
    assert.deepEqual(regions.map((r) => r.region).sort(), [...fx.emulator.tenancy.regions].sort());
    const calls = s.api_calls as Record<string, Record<string, { calls: number }>>;
    assert.ok((calls.query?.searchResources?.calls ?? 0) >= fx.emulator.tenancy.regions.length);
    const report = await readFile(join(runDir, 'report.md'), 'utf8');
    assert.match(report, /## Regions/);
    assert.match(report, /## Resources by type/);
  });
});

describe('oci-inv run: scope and failure modes', () => {
  test('--include-terminated keeps TERMINATED/DELETED resources', async (t) => {
    const fx = await withEmulator(t, { seed: 5, size: 'small' });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--include-terminated', '--no-enrich'], envFor(fx));
    assert.equal(r.code, 0, r.stderr);
    const lines = await readJsonl(join(r.stdout.trim(), 'inventory.jsonl'));
    const terminated = fx.emulator.tenancy.resources.filter((x) => TERMINAL.has(x.lifecycleState));
    assert.ok(terminated.length > 0, 'the tenancy has terminated resources');
    const have = new Set(lines.map((l) => l.ocid));
    for (const x of terminated) assert.ok(have.has(x.ocid), `${x.ocid} kept`);
    assert.ok(lines.every((l) => l.enrichStatus === 'SKIPPED'));
  });

  test('a key the tenancy does not know: exit 3, no key material printed', async (t) => {
    const fx = await withEmulator(t, { seed: 5, size: 'tiny', auth: { wrongKey: true } });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out')], envFor(fx));
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /401|NotAuthenticated|refused/);
    const key = await readFile(fx.auth.keyFile, 'utf8');
    const body = key.split('\n')[1] ?? 'unused';
    assert.ok(!r.stderr.includes(body) && !r.stdout.includes(body), 'key material not printed');
    assert.doesNotMatch(r.stderr, /PRIVATE KEY/);
  });

  test('a missing config file: exit 3 naming the method', async (t) => {
    const fx = await withEmulator(t, { seed: 5, size: 'tiny' });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', join(fx.dir, 'nope'), '--outdir', join(fx.dir, 'out')], envFor(fx));
    assert.equal(r.code, 3);
    assert.match(r.stderr, /api_key.*not found/);
  });

  test('a dead region: exit 4, PARTIAL, the region named, the others complete', async (t) => {
    const probe = await withEmulator(t, { seed: 8, size: 'small' });
    const dead = probe.emulator.tenancy.regions.find((r) => r !== probe.emulator.tenancy.homeRegion) as string;
    probe.emulator.setFaults({ deadRegions: [dead] });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', probe.auth.configFile, '--outdir', join(probe.dir, 'out')], envFor(probe));
    assert.equal(r.code, 4, r.stderr);
    assert.match(r.stderr, new RegExp(dead));
    const runDir = r.stdout.trim();
    const s = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { status: string; regions: Array<{ region: string; status: string }> };
    assert.equal(s.status, 'PARTIAL');
    assert.equal(s.regions.find((x) => x.region === dead)?.status, 'FAILED');
    const lines = await readJsonl(join(runDir, 'inventory.jsonl'));
    const liveHome = probe.emulator.tenancy.resources.filter((x) => x.region === probe.emulator.tenancy.homeRegion && !TERMINAL.has(x.lifecycleState));
    const have = new Set(lines.map((l) => l.ocid));
    for (const x of liveHome) assert.ok(have.has(x.ocid), `home-region ${x.ocid} kept`);
  });

  test('a corrupt config file: exit 2 naming file and key', async (t) => {
    const fx = await withEmulator(t, { seed: 5, size: 'tiny' });
    const cfg = join(fx.dir, 'oci-inv.yaml');
    await writeFile(cfg, 'workers-enrich: -3\n');
    const r = await runCli(['run', '--config', cfg, '--oci-config', fx.auth.configFile], envFor(fx));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /oci-inv\.yaml/);
    assert.match(r.stderr, /workers-enrich/);
  });

  test('--regions outside the subscription: exit 2', async (t) => {
    const fx = await withEmulator(t, { seed: 5, size: 'tiny' });
    const r = await runCli(['run', '--oci-config', fx.auth.configFile, '--auth', 'api_key', '--regions', 'mars-north-1', '--outdir', join(fx.dir, 'out')], envFor(fx));
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /mars-north-1/);
  });

  test('an unknown flag: exit 2', async () => {
    const r = await runCli(['run', '--regoins', 'x']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /regoins/);
  });
});

describe('identity commands', () => {
  test('validate-auth, list-regions and list-compartments', async (t) => {
    const fx = await withEmulator(t, { seed: 3, size: 'tiny' });
    const args = ['--auth', 'api_key', '--oci-config', fx.auth.configFile];
    const who = await runCli(['validate-auth', ...args, '--json'], envFor(fx));
    assert.equal(who.code, 0, who.stderr);
    const identity = JSON.parse(who.stdout) as { tenancyId: string; homeRegion: string; principal: string };
    assert.equal(identity.tenancyId, fx.emulator.tenancy.tenancyId);
    assert.equal(identity.homeRegion, fx.emulator.tenancy.homeRegion);
    assert.equal(identity.principal, fx.auth.userId);

    const regions = await runCli(['list-regions', ...args], envFor(fx));
    assert.equal(regions.code, 0, regions.stderr);
    assert.match(regions.stdout, new RegExp(`${fx.emulator.tenancy.homeRegion}\\t\\S+\\t\\S+\\thome`));

    const comps = await runCli(['list-compartments', ...args], envFor(fx));
    assert.equal(comps.code, 0, comps.stderr);
    const listed = new Set(comps.stdout.trim().split('\n').map((row) => row.split('\t')[0]));
    for (const c of fx.emulator.tenancy.compartments) assert.ok(listed.has(c.ocid), `${c.path} listed`);
  });
});

describe('oci-inv run --prev: drift end to end', () => {
  test('counts match the emulator drift; --fail-on drift exits 5; the report names the change', async (t) => {
    const fx = await withEmulator(t, { seed: 21, size: 'small' });
    const base = ['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out')];
    const first = await runCli(base, envFor(fx));
    assert.equal(first.code, 0, first.stderr);
    const change = fx.emulator.drift({ seed: 99, add: 3, remove: 2, terminate: 1, rename: 2, retag: 2, changeAttrs: 0 });
    const second = await runCli([...base, '--prev', first.stdout.trim(), '--fail-on', 'drift'], envFor(fx));
    assert.equal(second.code, 5, second.stderr);
    const runDir = second.stdout.trim();
    const summary = JSON.parse(await readFile(join(runDir, 'diff_summary.json'), 'utf8')) as { counts?: Record<string, number> } & Record<string, unknown>;
    const counts = (summary.counts ?? summary) as Record<string, number>;
    assert.equal(counts.added, change.added.length);
    // A terminated resource leaves the default inventory, so it counts as removed.
    assert.equal(counts.removed, change.removed.length + change.terminated.length);
    assert.equal(counts.changed, change.renamed.length + change.retagged.length);
    const report = await readFile(join(runDir, 'report.md'), 'utf8');
    assert.match(report, /## Inventory changes/);
    assert.equal(report.match(/^## Inventory changes$/gm)?.length, 1, "one change-report heading");
    const renamed = change.renamed[0];
    assert.ok(renamed);
    assert.ok(report.includes(renamed.ocid) || report.includes('displayName'), 'the rename is in the report');
    const run = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { diff: { added: number } | null };
    assert.equal(run.diff?.added, change.added.length);
  });
});

describe('oci-inv run under faults', () => {
  test('5xx, mid-body resets and 429s: nothing lost, nothing repeated, retries counted', async (t) => {
    const fx = await withEmulator(t, { seed: 13, size: 'small', faults: { errorRate: 0.08, resetRate: 0.05, rateLimit: { rps: 150, retryAfterSeconds: 1 } } });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out')], envFor(fx));
    assert.equal(r.code, 0, r.stderr);
    const runDir = r.stdout.trim();
    const lines = await readJsonl(join(runDir, 'inventory.jsonl'));
    const ocids = lines.map((l) => l.ocid);
    assert.equal(new Set(ocids).size, ocids.length, 'no duplicate');
    const truth = fx.emulator.tenancy.resources.filter((x) => !TERMINAL.has(x.lifecycleState));
    assert.deepEqual(new Set(ocids), new Set(truth.map((x) => x.ocid)), 'nothing lost');
    assert.ok(lines.every((l) => l.enrichStatus === 'OK' || l.enrichStatus === 'NOT_IMPLEMENTED'), 'retries absorbed every fault');
    const s = JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { api_calls: Record<string, Record<string, { retries: number }>> };
    const retries = Object.values(s.api_calls).flatMap((ops) => Object.values(ops)).reduce((n, x) => n + x.retries, 0);
    assert.ok(retries > 0, 'faults were met and retried');
    assert.doesNotMatch(r.stderr, /TooManyRequests|retry/i, 'no retry chatter at info level');
  });
});

describe('auth methods through the CLI', () => {
  test('security_token: picked by auto from the session profile, and named explicitly', async (t) => {
    const fx = await withEmulator(t, { seed: 4, size: 'tiny', auth: { sessionToken: true } });
    for (const auth of ['auto', 'security_token']) {
      const r = await runCli(['validate-auth', '--auth', auth, '--oci-config', fx.auth.configFile, '--json'], envFor(fx));
      assert.equal(r.code, 0, r.stderr);
      const who = JSON.parse(r.stdout) as { authMethod: string; tenancyId: string };
      assert.equal(who.authMethod, 'security_token');
      assert.equal(who.tenancyId, fx.emulator.tenancy.tenancyId);
    }
  });

  test('resource_principal: v2.2 environment, picked by auto', async (t) => {
    const fx = await withEmulator(t, { seed: 4, size: 'tiny', auth: { resourcePrincipal: true } });
    const r = await runCli(['run', '--outdir', join(fx.dir, 'out'), '--no-enrich'], { ...envFor(fx), ...fx.auth.env, OCI_CONFIG_FILE: join(fx.dir, 'absent') });
    assert.equal(r.code, 0, r.stderr);
    const s = JSON.parse(await readFile(join(r.stdout.trim(), 'run_summary.json'), 'utf8')) as { tenancy_id: string; total_discovered: number };
    assert.equal(s.tenancy_id, fx.emulator.tenancy.tenancyId);
    assert.ok(s.total_discovered > 0);
  });

  test('an expired security token: exit 3, the token never printed, even at debug level', async (t) => {
    const fx = await withEmulator(t, { seed: 4, size: 'tiny', auth: { sessionToken: true, expiredToken: true } });
    const r = await runCli(['run', '--auth', 'security_token', '--oci-config', fx.auth.configFile, '--outdir', join(fx.dir, 'out'), '--log-level', 'debug'], envFor(fx));
    assert.equal(r.code, 3, r.stderr);
    const token = (await readFile(fx.auth.tokenFile as string, 'utf8')).trim();
    assert.ok(token.length > 20);
    assert.ok(!r.stderr.includes(token) && !r.stdout.includes(token), 'token not printed');
    assert.ok(!r.stderr.includes(token.split('.')[1] ?? 'unused'), 'no part of the token printed');
  });

  test('--json-logs writes one JSON object per stderr line', async (t) => {
    const fx = await withEmulator(t, { seed: 4, size: 'tiny' });
    const r = await runCli(['list-regions', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--json-logs', '--log-level', 'debug'], envFor(fx));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stderr.split('\n').filter(Boolean);
    for (const line of lines) {
      const entry = JSON.parse(line) as { level: string; message: string; time: string };
      assert.equal(typeof entry.message, 'string');
      assert.ok(!Number.isNaN(Date.parse(entry.time)));
    }
  });
});

describe('oci-inv run: nothing reachable', () => {
  test('every requested region dead: exit 4, status FAILED', async (t) => {
    const fx = await withEmulator(t, { seed: 8, size: 'small' });
    const other = fx.emulator.tenancy.regions.find((r) => r !== fx.emulator.tenancy.homeRegion) as string;
    fx.emulator.setFaults({ deadRegions: [other] });
    const r = await runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--regions', other, '--outdir', join(fx.dir, 'out'), '--no-enrich'], envFor(fx));
    assert.equal(r.code, 4, r.stderr);
    const s = JSON.parse(await readFile(join(r.stdout.trim(), 'run_summary.json'), 'utf8')) as { status: string };
    assert.equal(s.status, 'FAILED');
    assert.match(r.stderr, /failed run/);
  });

  test('the identity endpoint unreachable: a clear message, not a stack', async (t) => {
    const fx = await withEmulator(t, { seed: 8, size: 'tiny' });
    fx.emulator.setFaults({ deadRegions: [fx.emulator.tenancy.homeRegion] });
    const r = await runCli(['list-regions', '--auth', 'api_key', '--oci-config', fx.auth.configFile], envFor(fx));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /cannot reach OCI: identity listRegionSubscriptions failed/);
    assert.doesNotMatch(r.stderr, /a bug/);
  });
});
