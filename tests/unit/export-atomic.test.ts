import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openAtomicWriter, withAtomicWriter, writeFileAtomic } from '../../src/export/atomic.js';

const root = await mkdtemp(join(tmpdir(), 'oci-inv-atomic-'));
after(() => rm(root, { recursive: true, force: true }));

test('nothing appears under the final name until commit; then exactly what was written', async () => {
  const dir = await mkdtemp(join(root, 'commit-'));
  const path = join(dir, 'out.txt');
  const writer = await openAtomicWriter(path);
  await writer.write('héllo ');
  await writer.write(new TextEncoder().encode('wörld 🚀'));
  assert.deepEqual((await readdir(dir)).filter((name) => name === 'out.txt'), []);
  await writer.commit();
  assert.equal(await readFile(path, 'utf8'), 'héllo wörld 🚀');
  assert.deepEqual(await readdir(dir), ['out.txt'], 'the temporary file is gone');
  await assert.rejects(writer.write('more'), /after it was committed/);
});

test('abort leaves nothing behind and keeps an older file under the final name', async () => {
  const dir = await mkdtemp(join(root, 'abort-'));
  const path = join(dir, 'out.txt');
  await writeFile(path, 'old');
  const writer = await openAtomicWriter(path);
  // more than one flush's worth, so part of it is really on disk in the temp file
  await writer.write('x'.repeat(3 << 20));
  await writer.abort();
  await writer.abort();
  assert.deepEqual(await readdir(dir), ['out.txt']);
  assert.equal(await readFile(path, 'utf8'), 'old');
});

test('withAtomicWriter aborts when the producer throws half way', async () => {
  const dir = await mkdtemp(join(root, 'throw-'));
  const path = join(dir, 'out.jsonl');
  await assert.rejects(
    withAtomicWriter(path, async (writer) => {
      await writer.write('{"line":1}\n');
      throw new Error('enrichment blew up');
    }),
    /enrichment blew up/,
  );
  assert.deepEqual(await readdir(dir), []);
});

test('chunks keep their order even when writes are not awaited, and copied buffers are not disturbed by reuse', async () => {
  const dir = await mkdtemp(join(root, 'order-'));
  const path = join(dir, 'out.bin');
  const writer = await openAtomicWriter(path);
  const reused = new Uint8Array(1 << 19);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < 8; i++) {
    reused.fill(i);
    pending.push(writer.write(reused));
  }
  await Promise.all(pending);
  await writer.commit();
  const bytes = await readFile(path);
  assert.equal(bytes.length, 8 << 19);
  for (let i = 0; i < 8; i++) assert.equal(bytes[i << 19], i, `chunk ${i}`);
  assert.equal(bytes[(8 << 19) - 1], 7);
});

test('writeFileAtomic replaces an existing file whole', async () => {
  const dir = await mkdtemp(join(root, 'replace-'));
  const path = join(dir, 'summary.json');
  await writeFile(path, 'a much longer previous content that must not survive');
  await writeFileAtomic(path, '{}\n');
  assert.equal(await readFile(path, 'utf8'), '{}\n');
});

test('a missing directory fails at open, before any work is done', async () => {
  await assert.rejects(openAtomicWriter(join(root, 'no-such-dir', 'x.txt')), /ENOENT/);
});
