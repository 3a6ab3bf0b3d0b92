// What a newcomer reads: `--help` of the commands, run as the CLI runs (the tsc build of
// src/cli/index.ts), checked for the options and defaults the docs promise.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) env[k] = v;
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
