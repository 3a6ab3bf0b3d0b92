// `oci-inv diff` (the built CLI) names compartments by path, as the action's report does, from
// the Compartment records of the two inventories; hostile compartment names stay inert.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../src/core/record.js';
import { runCli } from '../helpers/cli.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-diff-paths-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function inventory(name: string, records: InventoryRecord[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [...records].sort(compareRecords).map((r) => `${canonicalJson(r)}\n`).join(''));
  return path;
}

const root = 'ocid1.tenancy.oc1..root';
const platform = 'ocid1.compartment.oc1..platform';
const network = 'ocid1.compartment.oc1..network';
const retired = 'ocid1.compartment.oc1..retired';
const hostile = 'ocid1.compartment.oc1..hostile';
// Markdown, HTML and a terminal escape in a compartment's name.
const HOSTILE_NAME = 'evil|`x`<img src=x>\u001b[31mred';

function baseline(): InventoryRecord[] {
  return [
    makeRecord({ ocid: platform, resourceType: 'Compartment', compartmentId: root, displayName: 'platform' }),
    makeRecord({ ocid: network, resourceType: 'Compartment', compartmentId: platform, displayName: 'net-old' }),
    makeRecord({ ocid: retired, resourceType: 'Compartment', compartmentId: root, displayName: 'retired' }),
    makeRecord({ ocid: hostile, resourceType: 'Compartment', compartmentId: root, displayName: HOSTILE_NAME }),
    makeRecord({ ocid: 'ocid1.instance.oc1..old', compartmentId: retired, displayName: 'old-box' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..keep', compartmentId: network, displayName: 'keep' }),
  ];
}

/** `network` renamed, `retired` deleted with its instance, instances added under `network`, the root and `hostile`. */
function current(): InventoryRecord[] {
  return [
    makeRecord({ ocid: platform, resourceType: 'Compartment', compartmentId: root, displayName: 'platform' }),
    makeRecord({ ocid: network, resourceType: 'Compartment', compartmentId: platform, displayName: 'network' }),
    makeRecord({ ocid: hostile, resourceType: 'Compartment', compartmentId: root, displayName: HOSTILE_NAME }),
    makeRecord({ ocid: 'ocid1.instance.oc1..keep', compartmentId: network, displayName: 'keep' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..new', compartmentId: network, displayName: 'new-box' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..atroot', compartmentId: root, displayName: 'at-root' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..evil', compartmentId: hostile, displayName: 'evil-box' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..nowhere', compartmentId: 'ocid1.compartment.oc1..unknown', displayName: 'nowhere' }),
  ];
}

describe('oci-inv diff names compartments by path', () => {
  test('markdown: paths from both inventories (current names first), OCID only where no record names it', { timeout: 60_000 }, async () => {
    const prev = await inventory('prev.jsonl', baseline());
    const curr = await inventory('curr.jsonl', current());
    const r = await runCli(['diff', '--prev', prev, '--curr', curr, '--format', 'md']);
    assert.equal(r.code, 0, r.stderr);
    const row = (name: string) => r.stdout.split('\n').find((line) => line.includes(name)) ?? '';
    assert.match(row('new-box'), /<code>root\/platform\/network<\/code>/);
    assert.doesNotMatch(row('new-box'), /ocid1\.compartment/);
    // Deleted since: its path comes from the baseline's record.
    assert.match(row('old-box'), /<code>root\/retired<\/code>/);
    assert.match(row('at-root'), /<code>root<\/code>/);
    assert.match(row('nowhere'), /ocid1\.compartment\.oc1\.\.unknown/);
    // The hostile name is escaped: no raw pipe breaking the table, no tag, no escape byte.
    const evil = row('evil-box');
    assert.ok(evil.includes('root/evil\\|'), evil);
    assert.ok(!evil.includes('<img'), evil);
    assert.ok(!r.stdout.includes('\u001b'), 'no raw escape byte on stdout');
  });

  test('text: the same paths, and control characters shown as escapes', { timeout: 60_000 }, async () => {
    const prev = await inventory('prev-t.jsonl', baseline());
    const curr = await inventory('curr-t.jsonl', current());
    const r = await runCli(['diff', '--prev', prev, '--curr', curr, '--format', 'text']);
    assert.equal(r.code, 0, r.stderr);
    const row = (name: string) => r.stdout.split('\n').find((line) => line.includes(name)) ?? '';
    assert.ok(row('new-box').includes('root/platform/network'), row('new-box'));
    assert.ok(row('old-box').includes('root/retired'), row('old-box'));
    assert.ok(row('evil-box').includes('root/evil|`x`<img src=x>\\u001b[31mred'), row('evil-box'));
    assert.ok(!r.stdout.includes('\u001b'), 'no raw escape byte on stdout');
  });
});
