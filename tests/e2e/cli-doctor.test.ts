// `oci-inv doctor` end to end: the bundled CLI against the emulator, one failing case per
// check (wrong fingerprint, skewed Date, a denied family with the policy text, a dead region,
// an unwritable outdir, an expired token), the --json shape and the exit codes.
import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { FaultConfig, WriteAuthOptions } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const cleanups: Array<() => Promise<void> | void> = [];
const afterHost = { after: (fn: () => Promise<void> | void) => cleanups.push(fn) };
after(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

interface JsonCheck {
  id: string;
  status: 'pass' | 'warn' | 'fail' | 'skip';
  detail: string;
  fix?: string;
  kind?: string;
  region?: string;
  family?: string;
}
interface JsonReport {
  version: number;
  ok: boolean;
  exitCode: number;
  checks: JsonCheck[];
  policy: string[];
}

async function fixture(options: { size?: 'tiny' | 'small'; faults?: FaultConfig; auth?: WriteAuthOptions } = {}): Promise<EmulatorFixture> {
  return withEmulator(afterHost, { seed: 8, size: options.size ?? 'tiny', ...(options.faults ? { faults: options.faults } : {}), ...(options.auth ? { auth: options.auth } : {}) });
}

async function doctor(fx: EmulatorFixture, extra: string[] = [], env: Record<string, string> = {}) {
  const outdir = join(fx.dir, 'out');
  const result = await runCli(['doctor', '--oci-config', fx.auth.configFile, ...(extra.includes('--outdir') ? [] : ['--outdir', outdir]), ...extra], {
    OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate,
    HOME: fx.dir,
    ...env,
  });
  return result;
}

async function doctorJson(fx: EmulatorFixture, extra: string[] = []): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await doctor(fx, ['--json', ...extra]);
  let report: JsonReport;
  try {
    report = JSON.parse(result.stdout) as JsonReport;
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`);
  }
  return { code: result.code, report, stderr: result.stderr };
}

const find = (report: JsonReport, id: string, status?: JsonCheck['status']) => report.checks.find((c) => c.id === id && (!status || c.status === status));

describe('oci-inv doctor', () => {
  test('a healthy tenancy: every check passes, exit 0, one line per check in the documented order', async () => {
    const fx = await fixture();
    const result = await doctor(fx);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const ids = result.stdout
      .split('\n')
      .filter((l) => /^(pass|WARN|FAIL|skip) /.test(l))
      .map((l) => l.split(/\s+/)[1]);
    const order = ['node', 'config', 'key', 'fingerprint', 'clock', 'sign-in', 'reach', 'search', 'compartments', 'permission', 'outdir'];
    assert.deepEqual([...new Set(ids)], order);
    assert.match(result.stdout, /doctor: nothing failed/);
    // Read-only: every signed request the doctor made was a GET (search is a POST that reads).
    const writes = fx.emulator.requests.filter((r) => r.method !== 'GET' && r.operation !== 'searchResources');
    assert.deepEqual(writes.map((r) => `${r.method} ${r.operation}`), []);
    // No key material, no fingerprint-bearing keyId, no signature on any output.
    const pem = await readFile(fx.auth.keyFile, 'utf8');
    const keyBody = pem.split('\n')[1] ?? 'unlikely';
    assert.ok(!result.stdout.includes(keyBody) && !result.stderr.includes(keyBody));
  });

  test('--json: the documented shape', async () => {
    const fx = await fixture();
    const { code, report } = await doctorJson(fx);
    assert.equal(code, 0);
    assert.equal(report.version, 1);
    assert.equal(report.ok, true);
    assert.equal(report.exitCode, 0);
    assert.deepEqual(report.policy, []);
    for (const c of report.checks) {
      assert.equal(typeof c.id, 'string');
      assert.ok(['pass', 'warn', 'fail', 'skip'].includes(c.status));
      assert.equal(typeof c.detail, 'string');
    }
    assert.ok(find(report, 'permission', 'pass')?.family, 'permission checks name their IAM family');
  });

  test('wrong fingerprint: both fingerprints printed, sign-in refused and blamed on it, exit 3', async () => {
    const fx = await fixture();
    const wrong = '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff';
    const text = await readFile(fx.auth.configFile, 'utf8');
    await writeFile(fx.auth.configFile, text.replace(/^fingerprint=.*$/m, `fingerprint=${wrong}`));
    const { code, report } = await doctorJson(fx);
    assert.equal(code, 3);
    const fp = find(report, 'fingerprint', 'fail');
    assert.ok(fp, JSON.stringify(report.checks));
    assert.ok(fp.detail.includes(wrong) && fp.detail.includes(fx.auth.fingerprint), fp.detail);
    assert.match(fp.fix ?? '', new RegExp(`fingerprint=${fx.auth.fingerprint}`));
    const signIn = find(report, 'sign-in', 'fail');
    assert.ok(signIn && /401/.test(signIn.detail) && /fingerprint check above/.test(signIn.fix ?? ''), JSON.stringify(signIn));
    assert.ok(find(report, 'outdir', 'pass'), 'the outdir is still checked');
  });

  test('clock skew: 90 s warns (exit 0), 7 minutes fails with sign-in refused (exit 3)', async () => {
    const fx = await fixture({ faults: { clockSkewSeconds: 90 } });
    const warned = await doctorJson(fx);
    assert.equal(warned.code, 0, JSON.stringify(warned.report.checks));
    assert.match(find(warned.report, 'clock', 'warn')?.detail ?? '', /behind OCI's/);
    fx.emulator.setFaults({ clockSkewSeconds: -420 });
    const failed = await doctorJson(fx);
    assert.equal(failed.code, 3);
    const clock = find(failed.report, 'clock', 'fail');
    assert.ok(clock, JSON.stringify(failed.report.checks));
    assert.match(clock.detail, /7 min ahead of OCI's/);
    assert.match(clock.fix ?? '', /synchronize the system clock/);
    assert.match(find(failed.report, 'sign-in', 'fail')?.fix ?? '', /clock check above/);
  });

  test('a denied family: the failing read, the exact policy statements, --policy-out writes them', async () => {
    const fx = await fixture({ faults: { deniedServices: ['database', 'objectstorage'] } });
    const policyFile = join(fx.dir, 'policy.txt');
    const { code, report } = await doctorJson(fx, ['--policy-out', policyFile, '--group', 'InventoryReaders']);
    assert.equal(code, 3);
    const denied = report.checks.filter((c) => c.id === 'permission' && c.status === 'fail').map((c) => c.family ?? '');
    // The tiny tenancy has buckets and autonomous databases (maybe DB systems): each denied family, and no other.
    assert.ok(denied.includes('buckets') && denied.includes('autonomous-database-family'), denied.join(', '));
    assert.deepEqual(denied.filter((f) => !['autonomous-database-family', 'buckets', 'database-family'].includes(f)), []);
    const expected = denied.sort().map((f) => `Allow group InventoryReaders to read ${f} in tenancy`);
    assert.deepEqual(report.policy, expected);
    assert.equal(await readFile(policyFile, 'utf8'), expected.map((s) => `${s}\n`).join(''));
    assert.ok(find(report, 'permission', 'pass'), 'families that answer still pass');
    // The text form prints the same policy block.
    const text = await doctor(fx, []);
    assert.equal(text.code, 3);
    const block = expected.map((l) => `  ${l.replace('InventoryReaders', '<group>')}\n`).join('');
    assert.ok(text.stdout.includes(`Missing read-only policy (one statement per line; add it to a policy in the root compartment):\n${block}`), text.stdout);
  });

  test('a key OCI does not know (fingerprint right, key never uploaded): sign-in 401 with the upload fix naming key and user', async () => {
    const fx = await fixture({ auth: { wrongKey: true } });
    const { code, report } = await doctorJson(fx);
    assert.equal(code, 3);
    assert.ok(find(report, 'fingerprint', 'pass'));
    const signIn = find(report, 'sign-in', 'fail');
    assert.ok(signIn, JSON.stringify(report.checks));
    assert.equal(signIn.fix, `OCI does not know key ${fx.auth.fingerprint} for user ${fx.auth.userId} in tenancy ${fx.auth.tenancyId}: upload that public key to the user (Identity > Users > API keys; its fingerprint must read ${fx.auth.fingerprint}), or fix user / tenancy in [DEFAULT]`);
  });

  test('no Date on the unsigned probe: the skew is measured on the signed call instead', async () => {
    const fx = await fixture({ faults: { clockSkewSeconds: 400 } });
    // A front end that drops Date from unsigned answers (fault injection on the transport).
    const noDateWhenUnsigned: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (new Headers(init?.headers).has('authorization')) return response;
      const headers = new Headers(response.headers);
      headers.delete('date');
      return new Response(await response.arrayBuffer(), { status: response.status, headers });
    };
    const { runDoctor } = await import('../../src/doctor/doctor.js');
    const { resolveConfig } = await import('../../src/pipeline/config.js');
    const config = await resolveConfig({ env: {}, flags: { ociConfig: fx.auth.configFile, endpointTemplate: fx.emulator.endpointTemplate, outdir: join(fx.dir, 'out') } });
    const quiet = { debug() {}, info() {}, warn() {}, error() {}, group() {}, groupEnd() {} };
    const report = await runDoctor({ config, log: quiet, env: {}, fetchImpl: noDateWhenUnsigned });
    assert.equal(report.exitCode, 3);
    const ids = report.checks.map((c) => c.id);
    assert.ok(ids.indexOf('clock') < ids.indexOf('sign-in'), ids.join(','));
    const clock = report.checks.find((c) => c.id === 'clock');
    assert.equal(clock?.status, 'fail');
    assert.match(clock?.detail ?? '', /7 min behind OCI's \(Date of listRegionSubscriptions in us-ashburn-1\)/);
  });

  test('a dead region: reachability fails for it alone, exit 6 (unreachable)', async () => {
    const fx = await fixture({ size: 'small' });
    const regions = fx.emulator.tenancy.regions;
    assert.ok(regions.length >= 2);
    const dead = regions[1] as string;
    fx.emulator.setFaults({ deadRegions: [dead] });
    const { code, report } = await doctorJson(fx);
    assert.equal(code, 6, JSON.stringify(report.checks));
    const reach = report.checks.filter((c) => c.id === 'reach');
    assert.deepEqual(reach.map((c) => [c.region, c.status]), regions.map((r) => [r, r === dead ? 'fail' : 'pass']));
    assert.equal(report.checks.filter((c) => c.id === 'search' && c.region === dead).length, 0, 'no search in the dead region');
    assert.ok(find(report, 'search', 'pass'));
  });

  test('an unwritable outdir: fails naming the path, exit 2', async () => {
    const fx = await fixture();
    // A path under a file can be created by nobody, root included.
    const file = join(fx.dir, 'not-a-dir');
    await writeFile(file, 'x');
    const underFile = await doctorJson(fx, ['--outdir', join(file, 'runs')]);
    assert.equal(underFile.code, 2);
    const out = find(underFile.report, 'outdir', 'fail');
    assert.ok(out && out.detail.includes(file) && /is a file, not a directory/.test(out.detail), JSON.stringify(out));
    assert.match(out.fix ?? '', /--outdir/);
    if (process.getuid?.() !== 0) {
      const locked = join(fx.dir, 'locked');
      await mkdir(locked);
      await chmod(locked, 0o500);
      cleanups.push(() => chmod(locked, 0o700));
      const denied = await doctorJson(fx, ['--outdir', join(locked, 'runs')]);
      assert.equal(denied.code, 2);
      assert.match(find(denied.report, 'outdir', 'fail')?.detail ?? '', /permission denied/);
    }
  });

  test('an expired security token: expiry decoded (never printed), the refresh command, exit 3', async () => {
    const fx = await fixture({ auth: { sessionToken: true, expiredToken: true } });
    const result = await doctor(fx);
    assert.equal(result.code, 3, result.stdout + result.stderr);
    assert.match(result.stdout, /FAIL {2}token +the security token expired at \d{4}-\d\d-\d\dT/);
    assert.match(result.stdout, /oci session refresh --profile DEFAULT/);
    const token = await readFile(fx.auth.tokenFile ?? '', 'utf8');
    for (const part of token.split('.')) assert.ok(!result.stdout.includes(part) && !result.stderr.includes(part), 'no part of the token is printed');
  });

  test('local problems stop before any request: a missing profile is exit 2, a group/world-readable key warns', async () => {
    const fx = await fixture();
    const before = fx.emulator.requests.length;
    const missing = await doctorJson(fx, ['--profile', 'NOPE']);
    assert.equal(missing.code, 2);
    assert.match(find(missing.report, 'config', 'fail')?.detail ?? '', /profile \[NOPE\] missing/);
    assert.equal(fx.emulator.requests.length, before, 'no request made');
    await chmod(fx.auth.keyFile, 0o644);
    const loose = await doctorJson(fx);
    assert.equal(loose.code, 0);
    const key = find(loose.report, 'key', 'warn');
    assert.ok(key && /readable by everyone/.test(key.detail) && key.fix === `chmod 600 ${fx.auth.keyFile}`, JSON.stringify(key));
  });

  test('a bad --group is a usage error (exit 2)', async () => {
    const fx = await fixture();
    const result = await doctor(fx, ['--group', 'a b; drop']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--group/);
  });
});

