// Unit checks behind the action's trust model (issue 9): header values redacted from messages,
// report budgets counted in UTF-8 bytes, and the bounded zip reader refusing hostile archives
// before (declared sizes, colliding names) or while (lying sizes, long lines) inflating.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { redactHeaders } from '../../src/action/redact.js';
import { fitTo, truncateBytes } from '../../src/action/report.js';
import { ArchiveError, extractEntry, readZipDirectory } from '../../src/action/zip.js';
import { zipArchive } from '../helpers/github-standin.js';

const work = await mkdtemp(join(tmpdir(), 'action-trust-'));
after(() => rm(work, { recursive: true, force: true }));

describe('redactHeaders', () => {
  test("the SDK's Headers.set error loses the token and the signature, and both are reported for masking", () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvY2lkMS51c2VyIn0.c2lnbmF0dXJlLWJ5dGVz';
    const signature = 'dGhpc2lzYXNpZ25hdHVyZXRoYXRtdXN0bm90c2hvdw==';
    const message = `Headers.set: "Signature keyId="ST$${token}\n",algorithm="rsa-sha256",headers="date (request-target) host",signature="${signature}",version="1"" is an invalid header value.`;
    const found: string[] = [];
    const out = redactHeaders(message, (v) => found.push(v));
    assert.ok(!out.includes(token), out);
    assert.ok(!out.includes(signature), out);
    assert.ok(!out.includes(token.slice(0, 20)));
    assert.match(out, /invalid header value/);
    assert.ok(found.some((v) => v.includes(signature)));
    assert.ok(found.some((v) => v.includes(token)));
  });

  test('plain messages pass unchanged', () => {
    const message = 'identity call refused: 401 NotAuthenticated (opc-request-id abc)';
    assert.equal(redactHeaders(message), message);
  });
});

describe('byte budgets', () => {
  test('truncateBytes never splits a character and stays within the bytes', () => {
    const text = '漢'.repeat(1000);
    for (const bytes of [0, 1, 2, 3, 4, 100, 2999, 3000, 5000]) {
      const cut = truncateBytes(text, bytes);
      assert.ok(Buffer.byteLength(cut, 'utf8') <= bytes);
      assert.ok(!cut.includes('\uFFFD'));
      assert.equal(cut.length, Math.min(1000, Math.floor(bytes / 3)));
    }
  });

  test('fitTo cuts a 1M-character CJK page to the byte limit, not the character limit', () => {
    const page = `## head\n\n${'漢'.repeat(1_000_000)}\nend\n`;
    const fitted = fitTo(page, 1_048_576, { artifactName: 'oci-inventory', artifactUrl: undefined });
    assert.ok(Buffer.byteLength(fitted, 'utf8') <= 1_048_576, `${Buffer.byteLength(fitted, 'utf8')} bytes`);
    assert.match(fitted, /Report truncated/);
  });
});

describe('the bounded zip reader', () => {
  const write = async (name: string, zip: Buffer) => {
    const path = join(work, name);
    await writeFile(path, zip);
    return { path, size: (await stat(path)).size };
  };

  test('an honest archive extracts, checked against its CRC', async () => {
    const { path, size } = await write('ok.zip', zipArchive([['a/inventory.jsonl', 'x\ny\n']], { deflate: true }));
    const [entry] = await readZipDirectory(path, size, { maxUncompressedBytes: 1024 });
    assert.ok(entry);
    assert.equal(await extractEntry(path, entry, join(work, 'ok.out'), 1024, { maxLineBytes: 10 }), 4);
    assert.equal(await readFile(join(work, 'ok.out'), 'utf8'), 'x\ny\n');
  });

  test('declared sizes over the cap are refused before anything is inflated', async () => {
    const { path, size } = await write('big.zip', zipArchive([['inventory.jsonl', Buffer.alloc(4 * 1024 * 1024)]], { deflate: true }));
    await assert.rejects(readZipDirectory(path, size, { maxUncompressedBytes: 1024 * 1024 }), (e: unknown) => e instanceof ArchiveError && /declares more than/.test(e.message));
  });

  test('a bomb that declares a small size stops at the declared size', async () => {
    const { path, size } = await write('liar.zip', zipArchive([['inventory.jsonl', Buffer.alloc(8 * 1024 * 1024)]], { deflate: true, declaredSize: 100 }));
    const [entry] = await readZipDirectory(path, size, { maxUncompressedBytes: 1024 });
    assert.ok(entry);
    const out = join(work, 'liar.out');
    await assert.rejects(extractEntry(path, entry, out, 1024), /inflates to more than 100 bytes/);
    assert.ok((await stat(out)).size <= 1024 * 1024, 'stopped early, not 8 MiB on disk');
  });

  test('a line over the limit is refused while inflating', async () => {
    const { path, size } = await write('line.zip', zipArchive([['inventory.jsonl', `ok\n${'a'.repeat(5000)}\n`]], { deflate: true }));
    const [entry] = await readZipDirectory(path, size, { maxUncompressedBytes: 1024 * 1024 });
    assert.ok(entry);
    await assert.rejects(extractEntry(path, entry, join(work, 'line.out'), 1024 * 1024, { maxLineBytes: 4096 }), /line longer than 4096 bytes/);
  });

  test('two entries with one name are refused', async () => {
    const { path, size } = await write('dup.zip', zipArchive([['inventory.jsonl', 'a'], ['inventory.jsonl', 'b']]));
    await assert.rejects(readZipDirectory(path, size, { maxUncompressedBytes: 1024 }), /two entries named "inventory\.jsonl"/);
  });

  test('garbage is not a zip', async () => {
    const { path, size } = await write('junk.zip', Buffer.from('this is not a zip archive at all, just text'));
    await assert.rejects(readZipDirectory(path, size, { maxUncompressedBytes: 1024 }), /not a zip archive/);
  });
});
