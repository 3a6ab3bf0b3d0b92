// `oci-inv emulator --help` names every fault key the schema accepts (it is generated from the
// schema, so a new fault cannot be left out again), and docs/emulator.md's option table does too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { FaultConfigSchema, faultKeysHelp } from '../../src/emulator/faults.js';

const KEYS = Object.keys(FaultConfigSchema.entries);

test('emulator --help lists every key of the fault schema, clockSkewSeconds and deniedServices included', () => {
  assert.ok(KEYS.includes('clockSkewSeconds') && KEYS.includes('deniedServices'));
  const cli = spawnSync(process.execPath, [resolve('build/src/cli/index.js'), 'emulator', '--help'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  const line = cli.stdout.split('\n').find((l) => l.includes('--faults')) ?? '';
  for (const key of KEYS) assert.match(line, new RegExp(`\\b${key}\\b`), `--faults help names ${key}`);
  assert.match(line, /rateLimit\{rps,retryAfterSeconds\}/, 'nested keys too');
  assert.equal(faultKeysHelp().split(', ').length, KEYS.length);
});

test("docs/emulator.md's --faults row names every key of the fault schema", async () => {
  const doc = await readFile('docs/emulator.md', 'utf8');
  const row = doc.split('\n').find((l) => l.startsWith('| `--faults')) ?? '';
  for (const key of KEYS) assert.ok(row.includes(`\`${key}`), `docs/emulator.md --faults row names ${key}`);
});
