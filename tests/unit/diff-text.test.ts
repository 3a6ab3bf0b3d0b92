// `diff` on a terminal prints plain text (no <code>/<br>), markdown with --format md or when
// stdout is a file or pipe; tenancy strings cannot drive the terminal.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, test } from 'node:test';
import { canonicalJson } from '../../src/core/record.js';
import { diffCommand, reportFormat, terminalSafe } from '../../src/cli/commands/diff.js';
import { makeRecord } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-difftext-'));
after(() => rm(dir, { recursive: true, force: true }));

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const log = { info() {}, warn() {}, error() {} };

async function inventories(): Promise<{ prev: string; curr: string }> {
  const a = makeRecord({ ocid: 'ocid1.instance.oc1..a', displayName: 'web-1', freeformTags: { env: 'dev' } });
  const b = makeRecord({ ocid: 'ocid1.instance.oc1..b', displayName: 'old' });
  const a2 = { ...a, freeformTags: { env: 'prod' } };
  const c = makeRecord({ ocid: 'ocid1.instance.oc1..c', displayName: 'evil\x1b[2J\u202ename' });
  const prev = join(dir, 'prev.jsonl');
  const curr = join(dir, 'curr.jsonl');
  await writeFile(prev, `${[a, b].map((r) => canonicalJson(r)).join('\n')}\n`);
  await writeFile(curr, `${[a2, c].map((r) => canonicalJson(r)).join('\n')}\n`);
  return { prev, curr };
}

test('to a terminal: plain text, no markup, control characters shown as escapes', async () => {
  const files = await inventories();
  const out = new Capture(true);
  assert.equal(await diffCommand(files, { log, stdout: out }), 0);
  assert.doesNotMatch(out.text, /<code>|<br>|<details>|\|/);
  assert.match(out.text, /^Inventory changes against the previous run: 1 added, 1 removed, 1 changed, 0 unchanged/);
  assert.match(out.text, /\+ evil\\u001b\[2J\\u202ename {2}ocid1\.instance\.oc1\.\.c/);
  assert.match(out.text, /- old {2}ocid1\.instance\.oc1\.\.b/);
  assert.match(out.text, /~ web-1 {2}ocid1\.instance\.oc1\.\.a\n {6}freeformTags\.env: "dev" -> "prod"/);
  assert.ok(!out.text.includes('\x1b'), 'no raw escape reaches the terminal');
});

test('--format md on a terminal, and markdown whenever stdout is not a terminal', async () => {
  const files = await inventories();
  const tty = new Capture(true);
  await diffCommand({ ...files, format: 'md' }, { log, stdout: tty });
  assert.match(tty.text, /## Inventory changes/);
  assert.match(tty.text, /<code>/);
  const pipe = new Capture(false);
  await diffCommand(files, { log, stdout: pipe });
  assert.match(pipe.text, /## Inventory changes/);
});

test('--format is checked', async () => {
  assert.equal(reportFormat('TEXT', { isTTY: false } as NodeJS.WritableStream & { isTTY: boolean }), 'text');
  await assert.rejects(diffCommand({ ...(await inventories()), format: 'html' }, { log, stdout: new Capture(true) }), /--format must be md or text \(got "html"\)/);
  assert.equal(terminalSafe('a\rb\u2028'), 'a\\u000db\\u2028');
});
