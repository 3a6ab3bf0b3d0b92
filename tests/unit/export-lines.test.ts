// The byte-level line reader and the reused write buffer (src/export/lines.ts, atomic.ts's
// FileBuffer) against what they replaced: a StringDecoder over chunks with the carried text
// concatenated, and a Buffer per chunk. Tiny chunk and buffer sizes put every boundary case
// (a character split across reads, a line longer than the buffer, a chunk bigger than it)
// in the middle of a small input.
import assert from 'node:assert/strict';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { after, test } from 'node:test';
import { FileBuffer } from '../../src/export/atomic.js';
import { fileLines } from '../../src/export/lines.js';

const root = await mkdtemp(join(tmpdir(), 'oci-inv-lines-'));
after(() => rm(root, { recursive: true, force: true }));

/** The reader the spill used before: decode each chunk, concatenate the carry, split on \n. */
async function oldLines(path: string, chunkBytes: number): Promise<string[]> {
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const decoder = new StringDecoder('utf8');
  const out: string[] = [];
  let carry = '';
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const text = carry + decoder.write(buffer.subarray(0, bytesRead));
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        if (end > start) out.push(text.slice(start, end));
        start = end + 1;
      }
      carry = text.slice(start);
    }
    carry += decoder.end();
    if (carry.length > 0) out.push(carry);
  } finally {
    await handle.close();
  }
  return out;
}

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const PIECES = ['a', 'Z', '9', '"', '\\', ' ', 'é', 'ß', '€', '中', '🚀', '\u{10FFFF}', '\uD800', '\uDFFF', '\r', '\n', '\n\n', '{"k":1}'];
const randomText = (length: number) => {
  let text = '';
  while (text.length < length) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
};

test('fileLines gives the lines the decoder-and-carry reader gave, at every chunk size', async () => {
  const inputs = [
    '',
    '\n',
    '\n\n\n',
    'no newline at the end',
    'one\ntwo\n',
    `${'x'.repeat(100)}\nshort\n${'中'.repeat(50)}🚀\n`,
    '🚀🚀🚀\n€€\nlast without newline €',
    ...Array.from({ length: 30 }, () => randomText(Math.floor(random() * 400))),
  ];
  for (const [i, text] of inputs.entries()) {
    const path = join(root, `in-${i}.txt`);
    await writeFile(path, text, 'utf8');
    for (const chunk of [1, 2, 3, 4, 5, 7, 16, 64, 4096]) {
      const got: string[] = [];
      for await (const line of fileLines(path, chunk)) got.push(line);
      assert.deepEqual(got, await oldLines(path, chunk), `input ${i}, chunk ${chunk}`);
      assert.deepEqual(got, (await readFile(path, 'utf8')).split('\n').filter((l) => l.length > 0), `input ${i}, chunk ${chunk}`);
    }
  }
});

test('fileLines closes the file when the reader stops early', async () => {
  const path = join(root, 'early.txt');
  await writeFile(path, 'a\nb\nc\n');
  for await (const line of fileLines(path, 2)) {
    assert.equal(line, 'a');
    break;
  }
  await rm(path); // an open handle would still work on Linux; this checks no error surfaced
});

test('FileBuffer writes exactly the bytes of the chunks, whatever their size against its buffer', async () => {
  for (let round = 0; round < 40; round++) {
    const capacity = [8, 13, 32, 100][round % 4] as number;
    const chunks: Array<string | Uint8Array> = [];
    for (let i = 0; i < 60; i++) {
      const r = random();
      if (r < 0.15) chunks.push(Buffer.from(randomText(Math.floor(random() * 3 * capacity)), 'utf8'));
      else if (r < 0.2) chunks.push('');
      else chunks.push(randomText(Math.floor(random() * (r < 0.9 ? capacity / 2 : 3 * capacity))));
    }
    const path = join(root, `out-${round}.bin`);
    const handle = await open(path, 'w');
    const out = new FileBuffer(handle, capacity);
    const reused = new Uint8Array(capacity * 2);
    const expected: Buffer[] = [];
    for (const [i, chunk] of chunks.entries()) {
      // A caller's buffer reused after each write must not change what was written.
      let given: string | Uint8Array = chunk;
      if (typeof chunk !== 'string' && chunk.length <= reused.length) {
        reused.set(chunk);
        given = reused.subarray(0, chunk.length);
      }
      expected.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
      // Every other round awaits nothing until the end: order must hold anyway.
      const wait = round % 2 === 0 ? out.append(given) : (out.write(given), undefined);
      if (wait) await wait;
      if (given !== chunk) reused.fill(i & 0xff);
    }
    await out.flush();
    await handle.close();
    assert.deepEqual(await readFile(path), Buffer.concat(expected), `round ${round}`);
  }
});
