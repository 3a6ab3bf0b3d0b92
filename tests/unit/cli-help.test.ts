// What a newcomer reads: `--help` of the commands, run as the CLI runs (the tsc build of
// src/cli/index.ts), checked for the options and defaults the docs promise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string };
function cli(extraEnv: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string };
function cli(first: string | Record<string, string>, ...rest: string[]): { status: number | null; stdout: string; stderr: string } {
  const args = typeof first === 'string' ? [first, ...rest] : rest;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) env[k] = v;
  if (typeof first !== 'string') Object.assign(env, first);
  return spawnSync(process.execPath, [resolve('build/src/cli/index.js'), ...args], { encoding: 'utf8', env });
}

test('summarize --help names --genai-compartment-id and that it defaults to the tenancy OCID', () => {
  for (const command of ['summarize', 'run', 'list-genai-models']) {
    const out = cli(command, '--help');
    assert.equal(out.status, 0, out.stderr);
    const line = out.stdout.split('\n').find((l) => l.includes('--genai-compartment-id')) ?? '';
    assert.match(line, /default: the tenancy OCID/, `${command} --help: ${line}`);
  }
});

test('a command run without its argument says which one and where the help is (not cac\'s "missing required args")', () => {
  const out = cli('summarize');
  assert.equal(out.status, 2);
  assert.match(out.stderr, /summarize: missing <runDir> \(see oci-inv summarize --help\)/);
  assert.doesNotMatch(out.stderr, /missing required args/);
});

test('an authentication failure (no OCI config yet) points at doctor and the demo, exit 3', (t) => {
  const home = mkdtempSync(join(tmpdir(), 'oci-inv-newbie-'));
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const out = cli({ HOME: home }, 'validate-auth', '--auth', 'api_key');
  assert.equal(out.status, 3, out.stderr);
  assert.match(out.stderr, /\.oci\/config not found/);
  assert.match(out.stderr, /oci-inv doctor .*says how to fix/);
  assert.match(out.stderr, /oci-inv demo needs no OCI account/);
});
