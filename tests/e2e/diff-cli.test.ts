// `diff` and `check` as the CLI runs them: files on disk in, report on stdout, exit codes
// 0/5, corrupt input mapped to exit 2 by the CLI's one error handler.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { checkCommand } from '../../src/cli/commands/check.js';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { exitCodeFor } from '../../src/cli/errors.js';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-diff-cli-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io() {
  let out = '';
  const lines: string[] = [];
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  const push = (level: string) => (m: string) => {
    lines.push(`${level}: ${m}`);
  };
  return { stdout, log: { info: push('info'), warn: push('warn'), error: push('error') }, cwd: dir, output: () => out, lines };
}

let n = 0;
async function inventory(records: InventoryRecord[]): Promise<string> {
  const path = join(dir, `inv-${n++}.jsonl`);
  await writeFile(path, [...records].sort(compareRecords).map((r) => `${canonicalJson(r)}\n`).join(''));
  return path;
}

const root = 'ocid1.tenancy.oc1..root';
const teamA = 'ocid1.compartment.oc1..team-a';
const teamAChild = 'ocid1.compartment.oc1..team-a-child';
const teamB = 'ocid1.compartment.oc1..team-b';

function tenancy(): InventoryRecord[] {
  return [
    makeRecord({ ocid: teamA, resourceType: 'Compartment', compartmentId: root, displayName: 'team-a' }),
    makeRecord({ ocid: teamAChild, resourceType: 'Compartment', compartmentId: teamA, displayName: 'team-a-child' }),
    makeRecord({ ocid: teamB, resourceType: 'Compartment', compartmentId: root, displayName: 'team-b' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..a1', compartmentId: teamA, displayName: 'a1' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..a2', compartmentId: teamAChild, displayName: 'a2' }),
    makeRecord({ ocid: 'ocid1.vcn.oc1..a3', resourceType: 'Vcn', compartmentId: teamA, displayName: 'a3' }),
    makeRecord({ ocid: 'ocid1.instance.oc1..b1', compartmentId: teamB, displayName: 'b1' }),
  ];
}

/** team B's instance renamed, team A's child-compartment instance stopped, a team A Vcn added. */
function drifted(): InventoryRecord[] {
  return [
    ...tenancy().map((r) => {
      if (r.ocid === 'ocid1.instance.oc1..b1') return { ...r, displayName: 'b1-renamed' };
      if (r.ocid === 'ocid1.instance.oc1..a2') return { ...r, lifecycleState: 'STOPPED' };
      return { ...r, collectedAt: 'later' };
    }),
    makeRecord({ ocid: 'ocid1.vcn.oc1..a4', resourceType: 'Vcn', compartmentId: teamA, displayName: 'a4' }),
  ];
}

describe('oci-inv diff', () => {
  test('prints the report, writes files with --outdir, exits 5 per --fail-on', async () => {
    const prev = await inventory(tenancy());
    const curr = await inventory(drifted());
    const outdir = join(dir, 'diff-out');
    const ctx = io();
    const code = await diffCommand({ prev, curr, outdir, failOn: 'drift' }, ctx);
    assert.equal(code, 5);
    assert.match(ctx.output(), /\| Added \| 1 \|/);
    assert.match(ctx.output(), /\| Changed \| 2 \|/);
    assert.match(ctx.output(), /<code>displayName<\/code>: <code>"b1"<\/code> → <code>"b1-renamed"<\/code>/);
    const diff = JSON.parse(await readFile(join(outdir, 'diff.json'), 'utf8'));
    assert.deepEqual(diff.counts, { added: 1, removed: 0, changed: 2, unverified: 0, unchanged: 5, total_prev: 7, total_curr: 8 });
    assert.ok(ctx.lines.some((l) => l.startsWith('warn: drift found')));
    assert.equal(await diffCommand({ prev, curr, failOn: 'removed' }, io()), 0);
  });

  test('--json prints the summary; --ignore turns a change into unchanged', async () => {
    const prev = await inventory(tenancy());
    const curr = await inventory(drifted());
    const ctx = io();
    assert.equal(await diffCommand({ prev, curr, json: true, ignore: 'displayName,lifecycleState' }, ctx), 0);
    const summary = JSON.parse(ctx.output());
    assert.equal(summary.counts.changed, 0);
    assert.equal(summary.counts.unchanged, 7);
  });

  test('--explain prints hashes, paths and hiding rules', async () => {
    const prev = await inventory(tenancy());
    const curr = await inventory(drifted());
    const ctx = io();
    assert.equal(await diffCommand({ prev, curr, explain: 'ocid1.instance.oc1..b1', ignore: 'lifecycleState' }, ctx), 0);
    const text = ctx.output();
    assert.match(text, /status: +changed/);
    assert.match(text, /hash before: [0-9a-f]{64}/);
    assert.match(text, /displayName: "b1" -> "b1-renamed"/);
    const hidden = io();
    await diffCommand({ prev, curr, explain: 'ocid1.instance.oc1..a2', ignore: 'lifecycleState' }, hidden);
    assert.match(hidden.output(), /status: +unchanged/);
    assert.match(hidden.output(), /lifecycleState: "RUNNING" -> "STOPPED" {2}\[rule lifecycleState from --ignore\]/);
  });

  test('corrupt input is exit 2 with file and line; bad flags are usage errors', async () => {
    const bad = join(dir, 'corrupt.jsonl');
    await writeFile(bad, `${canonicalJson(makeRecord({ ocid: 'a' }))}\n${canonicalJson(makeRecord({ ocid: 'b' }))}\nnot json\n`);
    const good = await inventory(tenancy());
    const error = await diffCommand({ prev: good, curr: bad }, io()).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof Error);
    assert.equal(exitCodeFor(error), 2);
    assert.match(error.message, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 3: not valid JSON`));
    await assert.rejects(diffCommand({ prev: good }, io()), (e: unknown) => exitCodeFor(e) === 2);
    await assert.rejects(diffCommand({ prev: good, curr: good, failOn: 'sometimes' }, io()), (e: unknown) => exitCodeFor(e) === 2);
    await assert.rejects(diffCommand({ prev: good, curr: good, ignore: 'a..b' }, io()), (e: unknown) => exitCodeFor(e) === 2);
  });
});

describe('oci-inv check', () => {
  test('scoped to a compartment subtree, only that team sees its drift', async () => {
    const expected = await inventory(tenancy());
    const curr = await inventory(drifted());
    const teamACtx = io();
    assert.equal(await checkCommand({ expected, curr, compartments: teamA }, teamACtx), 5);
    assert.match(teamACtx.output(), /Drift from the expected inventory \(scope: compartments/);
    assert.match(teamACtx.output(), /\| Added \| 1 \|/);
    assert.match(teamACtx.output(), /\| Changed \| 1 \|/);
    assert.doesNotMatch(teamACtx.output(), /b1/);
    const teamBVcns = io();
    assert.equal(await checkCommand({ expected, curr, compartments: teamB, types: 'Vcn' }, teamBVcns), 0);
    assert.match(teamBVcns.output(), /No changes/);
    assert.equal(await checkCommand({ expected, curr, types: ['Instance'], failOn: 'added' }, io()), 0);
  });

  test('--write-expected writes a sorted, scoped, canonical file that then checks clean', async () => {
    const curr = await inventory(drifted());
    const expected = join(dir, 'expected-team-a.jsonl');
    assert.equal(await checkCommand({ expected, curr, compartments: [teamA], writeExpected: true }, io()), 0);
    const lines = (await readFile(expected, 'utf8')).trim().split('\n');
    const ocids = lines.map((l) => (JSON.parse(l) as { ocid: string }).ocid);
    assert.deepEqual(ocids, [...ocids].sort());
    assert.deepEqual(ocids, [teamA, teamAChild, 'ocid1.instance.oc1..a1', 'ocid1.instance.oc1..a2', 'ocid1.vcn.oc1..a3', 'ocid1.vcn.oc1..a4'].sort());
    assert.ok(!lines.some((l) => l.includes('collectedAt')));
    assert.equal(await checkCommand({ expected, curr, compartments: teamA }, io()), 0);
  });

  test('without --curr it runs the inventory through the callback', async () => {
    const expected = await inventory(tenancy());
    const live = await inventory(tenancy());
    let runs = 0;
    const runInventory = async () => {
      runs++;
      return live;
    };
    const code = await checkCommand({ expected }, { ...io(), runInventory });
    assert.equal(code, 0);
    assert.equal(runs, 1);
    await assert.rejects(checkCommand({ expected }, io()), (e: unknown) => exitCodeFor(e) === 2);
  });
});
