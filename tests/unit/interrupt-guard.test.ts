// The hard-exit cleanup of src/cli/interrupt.ts for commands that stop at once on a signal:
// only this process's temporary files in the guarded directories go (another process's, and
// finished files, stay), and a new run directory without run_summary.json goes.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { temporaryPathFor } from '../../src/export/atomic.js';
import { guardNewRunDirs, guardOutputs, removeGuarded } from '../../src/cli/interrupt.js';

test('removeGuarded deletes this process\'s temporary files in guarded directories, nothing else', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-guard-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const target = join(dir, 'missing-policy.txt');
  const mine = temporaryPathFor(target);
  const sectionTemp = join(dir, `.diff.json.section.${process.pid}.0a1b2c3d.tmp`);
  const theirs = join(dir, `.missing-policy.txt.${process.pid + 1}.abcdef012345.tmp`);
  for (const f of [mine, sectionTemp, theirs, join(dir, 'kept.txt')]) await writeFile(f, 'x');
  guardOutputs(target);
  removeGuarded();
  assert.deepEqual((await readdir(dir)).sort(), [`.missing-policy.txt.${process.pid + 1}.abcdef012345.tmp`, 'kept.txt']);
});

test('guardNewRunDirs: a run directory created afterwards without run_summary.json is removed; older and whole ones stay', async (t) => {
  const parent = await mkdtemp(join(tmpdir(), 'oci-inv-guard-runs-'));
  t.after(() => rm(parent, { recursive: true, force: true }));
  await mkdir(join(parent, '20260101T000000Z'));
  guardNewRunDirs(parent);
  await mkdir(join(parent, '20261130T000000Z'));
  await writeFile(join(parent, '20261130T000000Z', 'inventory.jsonl'), '');
  await mkdir(join(parent, '20261130T000001Z'));
  await writeFile(join(parent, '20261130T000001Z', 'run_summary.json'), '{}');
  removeGuarded();
  assert.deepEqual((await readdir(parent)).sort(), ['20260101T000000Z', '20261130T000001Z']);
});
