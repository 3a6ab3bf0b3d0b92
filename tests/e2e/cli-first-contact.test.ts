// First contact (issue 8): the mistakes a new user makes are answered before any API call,
// with one line naming the flag, the SPEC §3 exit code, and nothing left under --outdir.
// Each test runs the bundled CLI against the emulator and counts the requests it received.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const cleanups: Array<() => Promise<void> | void> = [];
const afterHost = { after: (fn: () => Promise<void> | void) => cleanups.push(fn) };
after(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

let fx: EmulatorFixture;
let work: string;
before(async () => {
  fx = await withEmulator(afterHost, { seed: 5, size: 'small' });
  work = await mkdtemp(join(tmpdir(), 'oci-inv-first-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
});

let counter = 0;
/** A fresh, not yet existing outdir per test. */
function outdir(): string {
  counter++;
  return join(work, `out-${counter}`);
}

function envFor(extra: Record<string, string> = {}): Record<string, string> {
  return { OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate, HOME: work, ...extra };
}

/** Runs the CLI and reports how many requests reached the emulator meanwhile. */
async function cli(args: string[], env: Record<string, string> = envFor()) {
  const before = fx.emulator.requests.length;
  const result = await runCli(args, env);
  return { ...result, requests: fx.emulator.requests.length - before };
}

const base = () => ['--oci-config', fx.auth.configFile];

/** The usage-error contract: exit 2, one error line matching, no request, no directory. */
function assertUsageError(r: Awaited<ReturnType<typeof cli>>, message: RegExp, out?: string): void {
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.trim().split('\n').filter((l) => l.trim()).length, 1, `one line: ${r.stderr}`);
  assert.equal(r.requests, 0, 'no API call');
  assert.equal(r.stdout, '');
  if (out) assert.equal(existsSync(out), false, `${out} not created`);
}

describe('inputs are checked before any API call', () => {
  test('run --prev /nonexistent: exit 2 naming --prev, no call, no directory', async () => {
    const out = outdir();
    assertUsageError(await cli(['run', ...base(), '--outdir', out, '--prev', '/nonexistent']), /--prev: \/nonexistent: no such file/, out);
  });

  test('run --expected /nonexistent.jsonl and check --expected /nonexistent.jsonl', async () => {
    const out = outdir();
    assertUsageError(await cli(['run', ...base(), '--outdir', out, '--expected', '/nonexistent.jsonl']), /--expected: \/nonexistent\.jsonl/, out);
    assertUsageError(await cli(['check', ...base(), '--outdir', out, '--expected', '/nonexistent.jsonl']), /--expected: \/nonexistent\.jsonl/, out);
  });

  test('a baseline whose first line is not an inventory record: file and line named', async () => {
    const out = outdir();
    const bad = join(work, 'bad.jsonl');
    await writeFile(bad, '{"hello":"world"}\n');
    assertUsageError(await cli(['run', ...base(), '--outdir', out, '--prev', bad]), /--prev: .*bad\.jsonl: line 1/, out);
  });

  test('a malformed --tag-columns is exit 2 (was exit 1 after the whole run)', async () => {
    const out = outdir();
    assertUsageError(await cli(['run', ...base(), '--outdir', out, '--tag-columns', 'Owner']), /--tag-columns: "Owner" is not a tag column/, out);
  });

  test('an outdir that is a file: exit 2 naming it', async () => {
    const file = join(work, 'a-file');
    await writeFile(file, 'x');
    assertUsageError(await cli(['run', ...base(), '--outdir', file]), /--outdir: .*a-file is a file/);
    assertUsageError(await cli(['run', ...base(), '--outdir', join(file, 'below')]), /--outdir: .*a-file is a file/);
  });

  test("--regions ',,' is an input error, not all regions", async () => {
    const out = outdir();
    assertUsageError(await cli(['run', ...base(), '--outdir', out, '--regions', ',,']), /--regions: names no region/, out);
  });

  test('an explicit --oci-config that does not exist: exit 2, not instance principal', async () => {
    assertUsageError(await cli(['validate-auth', '--oci-config', '/nonexistent/config']), /--oci-config: config file \/nonexistent\/config not found/);
  });
});

describe('a query Search refuses is a usage error', () => {
  test("--query 'query bogus syntax': exit 2, printed once, no run directory", async () => {
    const out = outdir();
    const r = await cli(['run', ...base(), '--outdir', out, '--query', 'query bogus syntax']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--query: Resource Search rejected the query: 400 InvalidParameter/);
    assert.equal(r.stderr.match(/rejected/g)?.length, 1, 'printed once');
    assert.equal(existsSync(out), false, 'no run directory');
    const searches = fx.emulator.requests.slice(-r.requests).filter((q) => q.operation === 'searchResources');
    assert.equal(searches.length, 1, 'one search, not one per region and retry');
  });
});

describe('check --types', () => {
  test('an unknown type is exit 2 with "did you mean", before the run', async () => {
    const expected = join(work, 'expected.jsonl');
    const line = JSON.stringify({ ocid: 'ocid1.instance.oc1..x', resourceType: 'Instance', region: 'us-ashburn-1', collectedAt: '2026-01-01T00:00:00Z' });
    await writeFile(expected, `${line}\n`);
    const out = outdir();
    const r = await cli(['check', ...base(), '--outdir', out, '--expected', expected, '--types', 'Instanse']);
    assertUsageError(r, /--types: unknown resource type "Instanse" \(did you mean Instance\?\)/, out);
  });

  test('every (default: …) in run --help is the configuration default', async () => {
    const { DEFAULT_CONFIG } = await import('../../src/pipeline/config.js');
    const help = (await runCli(['run', '--help'])).stdout;
    const defaults = new Map([...help.matchAll(/^\s+(--[a-z-]+)[^\n]*\(default: ([^;)]+)[;)]/gm)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const expected: Record<string, string> = {
      '--auth': DEFAULT_CONFIG.auth,
      '--profile': DEFAULT_CONFIG.profile,
      '--log-level': DEFAULT_CONFIG.logLevel,
      '--json-logs': String(DEFAULT_CONFIG.jsonLogs),
      '--query': `"${DEFAULT_CONFIG.query}"`,
      '--include-terminated': `${DEFAULT_CONFIG.includeTerminated}, they are left out`,
      '--outdir': DEFAULT_CONFIG.outdir,
      '--format': DEFAULT_CONFIG.formats.join(','),
      '--workers-region': String(DEFAULT_CONFIG.workersRegion),
      '--workers-enrich': String(DEFAULT_CONFIG.workersEnrich),
      '--fail-on': DEFAULT_CONFIG.failOn,
    };
    for (const [flag, value] of Object.entries(expected)) assert.equal(defaults.get(flag), value, `${flag} help default`);
  });

  test('check --help tells the real --fail-on default (drift), run --help none', async () => {
    const check = await runCli(['check', '--help']);
    assert.match(check.stdout, /--fail-on <kinds?>.*\(default: drift\)/);
    const run = await runCli(['run', '--help']);
    assert.match(run.stdout, /--fail-on <kinds?>.*\(default: none\)/);
  });
});

describe('auth first contact', () => {
  test('auto with nothing available: one message listing each method and why', async () => {
    const r = await cli(['validate-auth'], envFor({ HOME: join(work, 'empty-home') }));
    assert.equal(r.code, 3, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(r.stderr, /resource principal: OCI_RESOURCE_PRINCIPAL_VERSION is not set/);
    assert.match(r.stderr, /no config file at .*empty-home\/\.oci\/config/);
    assert.match(r.stderr, /instance principal: not on an OCI instance/);
    assert.doesNotMatch(r.stderr, /region undefined/);
  });

  test('--auth instance_principal off OCI: one line saying so, no "region undefined"', async () => {
    const r = await cli(['validate-auth', '--auth', 'instance_principal'], envFor({ HOME: join(work, 'empty-home') }));
    assert.equal(r.code, 3, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, /authentication \(instance_principal\) failed: not on an OCI instance/);
    assert.doesNotMatch(r.stderr, /undefined/);
  });

  test('a profile missing from a config file named on purpose: exit 3 naming both, no fall-through', async () => {
    const r = await cli(['validate-auth', ...base(), '--profile', 'NOPE']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /profile \[NOPE\] missing in .*config/);
    assert.doesNotMatch(r.stderr, /instance principal/);
    assert.equal(r.requests, 0);
  });

  test('--auth security_token without security_token_file: exit 3 locally naming profile and key', async () => {
    const r = await cli(['validate-auth', ...base(), '--auth', 'security_token']);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /profile \[DEFAULT\] .* has no security_token_file/);
    assert.equal(r.requests, 0);
  });

  test('a security token with a trailing newline works, and is never printed', async () => {
    const dir = await mkdtemp(join(work, 'st-'));
    const auth = await fx.emulator.writeAuthFiles(dir, { sessionToken: true });
    assert.ok(auth.tokenFile);
    await appendFile(auth.tokenFile, '\n');
    const token = (await readFile(auth.tokenFile, 'utf8')).trim();
    const r = await cli(['validate-auth', '--oci-config', auth.configFile, '--auth', 'security_token']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stderr.includes(token.slice(0, 20)) && !r.stdout.includes(token.slice(0, 20)));
  });

  test('a key file that is not PEM: exit 2, one line naming the file, never its content', async () => {
    const dir = await mkdtemp(join(work, 'nopem-'));
    const auth = await fx.emulator.writeAuthFiles(dir);
    await writeFile(auth.keyFile, 'SECRET-CONTENT-NOT-A-KEY\n');
    const r = await cli(['validate-auth', '--oci-config', auth.configFile]);
    assertUsageError(r, /key_file .*oci_api_key\.pem of profile \[DEFAULT\] is not a PEM private key/);
    assert.ok(!r.stderr.includes('SECRET-CONTENT'));
  });

  test('a wrong key passphrase: exit 2 naming the key file (was an uncaught exception)', async () => {
    const dir = await mkdtemp(join(work, 'pass-'));
    const auth = await fx.emulator.writeAuthFiles(dir);
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'right-one' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    await writeFile(auth.keyFile, privateKey);
    await appendFile(auth.configFile, 'pass_phrase=wrong-one\n');
    const r = await cli(['validate-auth', '--oci-config', auth.configFile]);
    assertUsageError(r, /key_file .*oci_api_key\.pem of profile \[DEFAULT\]: wrong pass_phrase/);
    assert.ok(!r.stderr.includes('wrong-one'), 'the passphrase is not printed');
  });

  test('an unknown region in the OCI config: exit 2, one line, no SDK noise', async () => {
    const dir = await mkdtemp(join(work, 'region-'));
    const auth = await fx.emulator.writeAuthFiles(dir);
    const text = await readFile(auth.configFile, 'utf8');
    await writeFile(auth.configFile, text.replace(/region=.*/, 'region=us-nowhere-1'));
    const r = await cli(['validate-auth', '--oci-config', auth.configFile]);
    assertUsageError(r, /profile \[DEFAULT\]: region "us-nowhere-1" is not a known OCI region/);
    assert.doesNotMatch(r.stderr, /Falling back|OC1 realm/);
  });
});

describe('exit codes', () => {
  test('an unreachable endpoint is exit 6 and names the host', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const out = outdir();
    const r = await runCli(['run', ...base(), '--outdir', out], { OCI_INV_ENDPOINT_TEMPLATE: `http://127.0.0.1:${port}/{service}/{region}`, HOME: work });
    assert.equal(r.code, 6, r.stderr);
    assert.match(r.stderr, new RegExp(`cannot reach OCI: 127\\.0\\.0\\.1:${port}`));
    assert.equal(existsSync(out), false);
  });

  test('demo --size huge, emulator --port 99999 / abc: exit 2 with one line', async () => {
    for (const [args, message] of [
      [['demo', '--size', 'huge'], /--size: must be one of tiny, small, medium, large \(got "huge"\)/],
      [['emulator', '--port', '99999'], /--port: must be a whole number from 0 to 65535/],
      [['emulator', '--port', 'abc'], /--port: must be a whole number from 0 to 65535/],
    ] as const) {
      const r = await runCli([...args], { HOME: work });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  test('emulator on a busy port: exit 2 naming the port', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await runCli(['emulator', '--port', String(port), '--auth-dir', join(work, 'busy-auth')], { HOME: work });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`--port: 127\\.0\\.0\\.1:${port} is already in use`));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

/** A tmpfs mount for disk-full and read-only tests; undefined where mounting is not allowed (non-root CI). */
async function tmpfs(options: string): Promise<string | undefined> {
  const dir = await mkdtemp(join(work, 'tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  cleanups.push(() => {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  });
  return dir;
}

describe('outputs that cannot be written', () => {
  test('a read-only outdir: exit 2 naming it, no API call', async (t) => {
    if (process.getuid?.() !== 0) {
      // Not root: permissions are enough (root would ignore them, hence the tmpfs below).
      const locked = await mkdtemp(join(work, 'locked-'));
      await chmod(locked, 0o555);
      assertUsageError(await cli(['run', ...base(), '--outdir', join(locked, 'runs')]), /--outdir: cannot write in .* \(permission denied\)/);
      return;
    }
    const dir = await tmpfs('size=1m,ro');
    if (!dir) return t.skip('cannot mount a tmpfs here');
    assertUsageError(await cli(['run', ...base(), '--outdir', join(dir, 'runs')]), /--outdir: cannot write in .* \(read-only file system\)/);
  });

  test('disk full mid-run (tiny tmpfs): exit 2 naming the path, the earlier run intact, nothing that looks complete', async (t) => {
    const dir = await tmpfs('size=48k');
    if (!dir) return t.skip('cannot mount a tmpfs here');
    const earlier = join(dir, '20200101T000000Z');
    await mkdir(earlier);
    await writeFile(join(earlier, 'run_summary.json'), '{}');
    const r = await cli(['run', ...base(), '--outdir', dir, '--no-enrich']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /cannot write .*: disk full \(ENOSPC\)/);
    assert.deepEqual(await readdir(dir), ['20200101T000000Z'], 'only the earlier run is left');
    assert.deepEqual(await readdir(earlier), ['run_summary.json']);
  });
});

describe('flags', () => {
  async function enrichStatuses(args: string[]): Promise<Set<string>> {
    const out = outdir();
    const r = await cli(['run', ...base(), '--outdir', out, '--regions', 'us-ashburn-1', ...args]);
    assert.equal(r.code, 0, r.stderr);
    const lines = (await readFile(join(r.stdout.trim(), 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean);
    return new Set(lines.map((l) => (JSON.parse(l) as { enrichStatus: string }).enrichStatus));
  }

  test('--enrich false, --enrich=false and --no-enrich all skip enrichment', async () => {
    for (const args of [['--enrich', 'false'], ['--enrich=false'], ['--no-enrich']]) {
      assert.deepEqual(await enrichStatuses(args), new Set(['SKIPPED']), args.join(' '));
    }
  });

  test('--log-level INFO and OCI_INV_LOG_LEVEL=DEBUG are accepted', async () => {
    const out = outdir();
    const a = await cli(['run', ...base(), '--outdir', out, '--no-enrich', '--log-level', 'INFO']);
    assert.equal(a.code, 0, a.stderr);
    const b = await cli(['run', ...base(), '--outdir', out, '--no-enrich'], envFor({ OCI_INV_LOG_LEVEL: 'DEBUG' }));
    assert.equal(b.code, 0, b.stderr);
  });

  test('an unknown flag is named as typed, with a suggestion', async () => {
    const a = await cli(['run', '--bogus-flag']);
    assertUsageError(a, /unknown option --bogus-flag/);
    assert.doesNotMatch(a.stderr, /bogusFlag/);
    assertUsageError(await cli(['run', '--enrichh']), /unknown option --enrichh \(did you mean --enrich\?\)/);
  });

  test('valibot wording never reaches the user', async () => {
    const a = await cli(['run', ...base(), '--workers-region', 'abc']);
    assertUsageError(a, /^.*--workers-region: must be a whole number$/m);
    assert.doesNotMatch(a.stderr, /Expected|received/);
    const b = await cli(['run', ...base(), '--format', 'csv,xml']);
    assertUsageError(b, /--format: unknown format "xml" \(choose among jsonl, csv, parquet\)/);
    assert.doesNotMatch(b.stderr, /formats: formats/);
  });

  test('a repeated scalar flag is an error naming it; a repeated list flag accumulates', async () => {
    assertUsageError(await cli(['diff', '--prev', 'a', '--prev', 'b', '--curr', 'c']), /--prev is given 2 times \("a", "b"\): give it once/);
    const out = outdir();
    const r = await cli(['run', ...base(), '--outdir', out, '--no-enrich', '--regions', 'us-ashburn-1', '--regions', 'us-ashburn-1']);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('OCI CLI habits', () => {
  const regionsOf = async (runDir: string) =>
    ((JSON.parse(await readFile(join(runDir, 'run_summary.json'), 'utf8')) as { regions: Array<{ region: string }> }).regions).map((r) => r.region);

  test('duplicates in --regions are searched once', async () => {
    const home = fx.emulator.tenancy.homeRegion;
    const r = await cli(['run', ...base(), '--outdir', outdir(), '--no-enrich', '--regions', `${home},${home}`]);
    assert.equal(r.code, 0, r.stderr);
    const searches = fx.emulator.requests.slice(-r.requests).filter((q) => q.operation === 'searchResources');
    assert.ok(searches.every((q) => q.region === home));
    const once = await cli(['run', ...base(), '--outdir', outdir(), '--no-enrich', '--regions', home]);
    const searchesOnce = fx.emulator.requests.slice(-once.requests).filter((q) => q.operation === 'searchResources');
    assert.equal(searches.length, searchesOnce.length, 'same number of search calls as one region');
    assert.deepEqual(await regionsOf(r.stdout.trim()), [home]);
  });

  test('region keys (any case), wildcards and --region resolve against the subscribed regions', async () => {
    const [first, second] = fx.emulator.tenancy.regions;
    assert.ok(first && second, 'a two-region tenancy');
    const keyOf = (name: string) => ({ 'us-ashburn-1': 'IAD', 'us-phoenix-1': 'phx', 'eu-frankfurt-1': 'Fra' })[name] ?? name;
    const byKey = await cli(['run', ...base(), '--outdir', outdir(), '--no-enrich', '--regions', keyOf(first)]);
    assert.equal(byKey.code, 0, byKey.stderr);
    assert.deepEqual(await regionsOf(byKey.stdout.trim()), [first]);
    const wild = await cli(['run', ...base(), '--outdir', outdir(), '--no-enrich', '--regions', `${second.split('-')[0]}-*`]);
    assert.equal(wild.code, 0, wild.stderr);
    assert.ok((await regionsOf(wild.stdout.trim())).includes(second));
    const one = await cli(['run', ...base(), '--outdir', outdir(), '--no-enrich', '--region', second]);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(await regionsOf(one.stdout.trim()), [second]);
  });

  test('a wildcard that matches nothing is exit 2 with no directory', async () => {
    const out = outdir();
    const r = await cli(['run', ...base(), '--outdir', out, '--regions', 'xx-*']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /--regions: "xx-\*" matches no subscribed region/);
    assert.equal(existsSync(out), false);
    assert.ok(fx.emulator.requests.slice(-r.requests).every((q) => q.operation !== 'searchResources'), 'no search');
  });

  test('OCI_CLI_CONFIG_FILE, OCI_CLI_PROFILE, OCI_CLI_AUTH and --config-file work as in the OCI CLI', async () => {
    const viaEnv = await cli(['validate-auth'], envFor({ OCI_CLI_CONFIG_FILE: fx.auth.configFile, OCI_CLI_AUTH: 'api_key' }));
    assert.equal(viaEnv.code, 0, viaEnv.stderr);
    assert.match(viaEnv.stdout, /auth method: +api_key/);
    const alias = await cli(['validate-auth', '--config-file', fx.auth.configFile]);
    assert.equal(alias.code, 0, alias.stderr);
    const profile = await cli(['validate-auth'], envFor({ OCI_CLI_CONFIG_FILE: fx.auth.configFile, OCI_CLI_PROFILE: 'NOPE', OCI_CLI_AUTH: 'api_key' }));
    assert.equal(profile.code, 3, profile.stderr);
    assert.match(profile.stderr, /profile \[NOPE\] missing/);
    const flagWins = await cli(['validate-auth', '--profile', 'DEFAULT'], envFor({ OCI_CLI_CONFIG_FILE: fx.auth.configFile, OCI_CLI_PROFILE: 'NOPE' }));
    assert.equal(flagWins.code, 0, flagWins.stderr);
    assertUsageError(await cli(['validate-auth'], envFor({ OCI_CLI_AUTH: 'bogus' })), /environment OCI_CLI_AUTH: must be one of/);
  });
});
