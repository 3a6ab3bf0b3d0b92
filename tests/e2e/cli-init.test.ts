// `oci-inv init` end to end: the bundled CLI against the emulator. --yes writes the plan and
// the workflow and runs once; --dry-run writes and runs nothing; --from replays a saved plan (a
// PR check with its expected inventory); without a terminal and without --yes it is exit 2;
// and the interactive path through a real pseudo-terminal: keystrokes in, screen out.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import { CLI_PATH, runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

let fx: EmulatorFixture;
before(async () => {
  fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 21, size: 'tiny' });
});

async function workdir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-init-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const env = () => ({ OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate, HOME: fx.dir });
const init = (cwd: string, args: string[]) => runCli(['init', '--oci-config', fx.auth.configFile, ...args], env(), cwd);

const actionInputs = new Set(Object.keys((parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs));

function workflowStep(text: string): { uses: string; with: Record<string, string> } {
  const doc = parse(text) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> };
  const step = Object.values(doc.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses !== undefined && !s.uses.startsWith('actions/'));
  assert.ok(step?.uses && step.with);
  return { uses: step.uses, with: step.with };
}

async function onlyRunDir(cwd: string, outdir = 'out'): Promise<string> {
  const runs = await readdir(join(cwd, outdir));
  assert.equal(runs.length, 1, runs.join(', '));
  return join(cwd, outdir, runs[0] as string);
}

describe('oci-inv init', () => {
  test('no terminal and no --yes: exit 2 with the hint, nothing written, no request', async () => {
    const cwd = await workdir();
    const before = fx.emulator.requests.length;
    const result = await init(cwd, []);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /needs a terminal: pass --yes to take the defaults, or --from plan\.yaml/);
    assert.deepEqual(await readdir(cwd), []);
    assert.equal(fx.emulator.requests.length, before);
    // No OCI config at all: how to create an API key, exit 2.
    const none = await runCli(['init', '--yes', '--oci-config', join(cwd, 'missing-config')], env(), cwd);
    assert.equal(none.code, 2);
    assert.match(none.stdout, /openssl genrsa -out ~\/\.oci\/oci_api_key\.pem 2048/);
    assert.match(none.stdout, /API keys > Add API key > Paste a public key/);
    assert.match(none.stderr, /no OCI config file at .*missing-config: create an API key first/);
  });

  test('--yes --dry-run: prints the plan, the files and the commands; writes and runs nothing', async () => {
    const cwd = await workdir();
    const before = fx.emulator.requests.length;
    const result = await init(cwd, ['--yes', '--dry-run']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(await readdir(cwd), [], 'nothing written');
    for (const line of ['Dry run: nothing is written and nothing runs.', 'Would write oci-inv.yaml (run plan):', 'Would write .github/workflows/oci-inventory.yml (scheduled workflow):', 'Would run: oci-inv run --config oci-inv.yaml', 'gh secret set OCI_PRIVATE_KEY < ']) {
      assert.ok(result.stdout.includes(line), line);
    }
    // The doctor ran (reads only); the inventory did not.
    assert.match(result.stdout, /pass {2}sign-in/);
    const made = fx.emulator.requests.slice(before);
    assert.ok(made.every((r) => r.method === 'GET' || r.operation === 'searchResources'), 'read-only');
    assert.ok(!made.some((r) => r.operation === 'listInstances'), 'no inventory run');
    // No secret value in the transcript.
    const pem = await readFile(fx.auth.keyFile, 'utf8');
    assert.ok(!result.stdout.includes(pem.split('\n')[1] ?? 'unlikely'));
    // --save-plan is the one file a dry run writes: the answers, replayable with --from.
    const saved = await init(cwd, ['--yes', '--dry-run', '--save-plan', 'plan.yaml']);
    assert.equal(saved.code, 0, saved.stderr);
    assert.deepEqual(await readdir(cwd), ['plan.yaml']);
    const plan = parse(await readFile(join(cwd, 'plan.yaml'), 'utf8')) as { version: number; workflow: string; profile: string };
    assert.deepEqual([plan.version, plan.workflow, plan.profile], [1, 'scheduled', 'DEFAULT']);
  });

  test('--yes: oci-inv.yaml that `run --config` accepts, a workflow whose inputs exist, one run; no overwrite without --force', async () => {
    const cwd = await workdir();
    const result = await init(cwd, ['--yes']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const runDir = await onlyRunDir(cwd);
    assert.ok(result.stdout.includes(`Outputs: out/${runDir.split('/').at(-1)}`), result.stdout);
    assert.ok(existsSync(join(runDir, 'inventory.jsonl')));
    const step = workflowStep(await readFile(join(cwd, '.github/workflows/oci-inventory.yml'), 'utf8'));
    assert.deepEqual(Object.keys(step.with).filter((k) => !actionInputs.has(k)), []);
    assert.equal(step.with['compare-to'], 'previous-run');
    // The written plan runs on its own.
    const again = await runCli(['run', '--config', 'oci-inv.yaml'], env(), cwd);
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await readdir(join(cwd, 'out'))).length, 2);
    const twice = await init(cwd, ['--yes']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /oci-inv\.yaml exists: pass --force to overwrite it/);
  });

  test('--from plan.yaml: a PR check, coverage-only, with the expected inventory from the first run', async () => {
    const cwd = await workdir();
    await writeFile(join(cwd, 'plan.yaml'), 'version: 1\nworkflow: pr\nenrich: false\nformats: [jsonl]\noutdir: runs\nignore: [freeformTags.Build]\n');
    const result = await init(cwd, ['--from', 'plan.yaml']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const config = await readFile(join(cwd, 'oci-inv.yaml'), 'utf8');
    assert.match(config, /^enrich: false$/m);
    assert.match(config, /^formats: \[ jsonl \]$/m);
    const step = workflowStep(await readFile(join(cwd, '.github/workflows/oci-inventory.yml'), 'utf8'));
    assert.equal(step.with['compare-to'], 'expected');
    assert.equal(step.with.expected, 'inventory.expected.jsonl');
    assert.equal(step.with.enrich, 'false');
    assert.deepEqual(Object.keys(step.with).filter((k) => !actionInputs.has(k)), []);
    const runDir = await onlyRunDir(cwd, 'runs');
    const expected = (await readFile(join(cwd, 'inventory.expected.jsonl'), 'utf8')).trim().split('\n');
    const inventory = (await readFile(join(runDir, 'inventory.jsonl'), 'utf8')).trim().split('\n');
    assert.equal(expected.length, inventory.length);
    // The PR check passes against the tenancy it was made from.
    const check = await runCli(['check', '--config', 'oci-inv.yaml', '--expected', 'inventory.expected.jsonl', '--curr', runDir], env(), cwd);
    assert.equal(check.code, 0, check.stderr);
    const bad = await writeFile(join(cwd, 'bad.yaml'), 'version: 1\nworkflow: nightly\n').then(() => init(cwd, ['--from', 'bad.yaml', '--dry-run']));
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.yaml: key workflow: must be one of scheduled, pr, none/);
  });

  test('interactive, in a real pseudo-terminal: keystrokes choose scope, formats, coverage-only, ignore rules and a PR check', async () => {
    const cwd = await workdir();
    const down = '\u001b[B';
    const enter = '\r';
    const script = [
      ['Which regions', enter],
      ['Which compartment tree', [down, enter]],
      ['Export formats', [down, down, ' ', enter]],
      ['Keep TERMINATED', enter],
      ['Enrichment', [down, enter]],
      ['Extra diff ignore', ['freeformTags.Build', enter]],
      ['GitHub workflow', [down, enter]],
      ['Run the plan once', enter],
    ];
    const screen = await new Promise<{ code: number | null; out: string }>((done, fail) => {
      const child = spawn('python3', [resolve('tests/helpers/pty-drive.py'), JSON.stringify(script), process.execPath, CLI_PATH, 'init', '--oci-config', fx.auth.configFile], {
        cwd,
        env: { ...process.env, ...env(), TERM: 'xterm-256color' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c) => {
        out += c;
      });
      child.stderr.on('data', (c) => {
        out += c;
      });
      child.on('error', fail);
      child.on('close', (code) => done({ code, out }));
    });
    const plain = screen.out.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    assert.equal(screen.code, 0, plain);
    for (const shown of ['Checking it (oci-inv doctor)', 'doctor: nothing failed', 'Which regions?', 'us-ashburn-1 (home)', 'Which compartment tree?', 'the whole tenancy', 'root/', 'wrote oci-inv.yaml (run plan)', 'wrote .github/workflows/oci-inventory.yml (PR check workflow)', 'gh variable set OCI_TENANCY', 'Outputs: out/', 'wrote inventory.expected.jsonl']) {
      assert.ok(plain.includes(shown), `screen shows "${shown}":\n${plain}`);
    }
    const config = await readFile(join(cwd, 'oci-inv.yaml'), 'utf8');
    assert.match(config, /^compartment: ocid1\.compartment\./m, 'the first compartment was chosen');
    assert.match(config, /^formats: \[ jsonl, csv, parquet \]$/m);
    assert.match(config, /^enrich: false$/m);
    assert.match(config, /^ignore: \[ freeformTags\.Build \]$/m);
    assert.doesNotMatch(config, /^regions:/m, 'all regions: the key stays commented');
    const step = workflowStep(await readFile(join(cwd, '.github/workflows/oci-inventory.yml'), 'utf8'));
    assert.equal(step.with['compare-to'], 'expected');
    assert.ok(existsSync(join(cwd, 'inventory.expected.jsonl')));
    const runDir = await onlyRunDir(cwd);
    assert.ok(existsSync(join(runDir, 'inventory.parquet')));
  });
});
