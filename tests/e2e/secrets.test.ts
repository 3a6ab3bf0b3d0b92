// Secrets never leave the tenancy (issue 10): the bundled CLI, the real SDK and an emulated
// tenancy carrying a corpus of 49 secret shapes in every place secrets hide (instance user
// data, metadata and extendedMetadata, Functions application and function configuration,
// tags under secret and neutral keys). No value may appear in any output file, log line
// (debug level), report, diff.json or rendered markdown; a changed secret is reported as
// "value changed (redacted)" and an unchanged one not at all.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { PlantedSecrets } from '../../src/emulator/index.js';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const MARKER = /^\[REDACTED sha256:[0-9a-f]{12}\]$/;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

interface Leak {
  where: string;
  kind: string;
}

/** Every needle of the corpus (and the demo's own secret) in every file and in the logs. */
async function leaks(needles: Array<{ kind: string; needle: string }>, dirs: string[], logs: Record<string, string>): Promise<Leak[]> {
  const found: Leak[] = [];
  const texts: Array<[string, string]> = Object.entries(logs);
  for (const dir of dirs) for (const file of await filesUnder(dir)) texts.push([file, (await readFile(file)).toString('latin1')]);
  for (const [where, text] of texts) for (const { kind, needle } of needles) if (text.includes(needle)) found.push({ where, kind });
  return found;
}

describe('secrets through the CLI against the emulator', () => {
  let fx: EmulatorFixture;
  let planted: PlantedSecrets;
  const cleanups: Array<() => Promise<void> | void> = [];
  after(async () => {
    for (const fn of cleanups) await fn();
  });
  const run = (outdir: string, extra: string[] = []) =>
    runCli(['run', '--auth', 'api_key', '--oci-config', fx.auth.configFile, '--outdir', outdir, '--parquet', '--log-level', 'debug', ...extra], {
      OCI_INV_ENDPOINT_TEMPLATE: fx.emulator.endpointTemplate,
    });
  let first: Awaited<ReturnType<typeof runCli>>;
  let second: Awaited<ReturnType<typeof runCli>>;
  let changedKey: string;
  let oldValue: { kind: string; needle: string };
  const newNeedle = 'ChangedSecretValue0123456789abcdef';

  before(async () => {
    fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 21, size: 'tiny', secrets: 21 });
    planted = fx.emulator.tenancy.secrets as PlantedSecrets;
    first = await run(join(fx.dir, 'out'));
    // Between the runs one function secret changes; every other secret stays as it was.
    const config = planted.fn.attrs.config as Record<string, string>;
    changedKey = 'SETTING_10';
    const sample = planted.corpus[10];
    assert.ok(sample && config[changedKey] === sample.value);
    oldValue = sample;
    config[changedKey] = `ghp_${newNeedle}`;
    second = await run(join(fx.dir, 'out'), ['--prev', first.stdout.trim()]);
  });

  test('the corpus is big and placed everywhere', () => {
    assert.ok(planted.corpus.length >= 40, `${planted.corpus.length} samples`);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.code, 0, second.stderr);
  });

  test('no secret in any output file, log line, report or diff of either run', async () => {
    const needles = [...planted.corpus.map((s) => ({ kind: s.kind, needle: s.needle })), { kind: 'changed value', needle: newNeedle }, { kind: 'demo default', needle: 'emulated-secret-value' }];
    const found = await leaks(needles, [join(fx.dir, 'out')], {
      'first run stderr': first.stderr,
      'first run stdout': first.stdout,
      'second run stderr': second.stderr,
      'second run stdout': second.stdout,
    });
    assert.deepEqual(found, []);
    assert.match(first.stderr, /redacted \d+ secret value/, 'the debug log ran and says what was redacted');
  });

  test('the places are redacted with keyed markers, not dropped', async () => {
    const lines = (await readFile(join(first.stdout.trim(), 'inventory.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { ocid: string; details: { metadata?: Record<string, unknown> }; freeformTags: Record<string, string> });
    const byOcid = new Map(lines.map((l) => [l.ocid, l]));
    const instance = byOcid.get(planted.instance.ocid)?.details.metadata as { metadata: Record<string, string>; extendedMetadata: { app: Record<string, string> } };
    assert.match(instance.metadata.user_data ?? '', MARKER);
    assert.match(instance.extendedMetadata.app.value0 ?? '', MARKER);
    const fnConfig = (byOcid.get(planted.fn.ocid)?.details.metadata as { config: Record<string, string> }).config;
    assert.equal(fnConfig.LOG_LEVEL !== undefined, true, 'keys stay');
    for (const [key, value] of Object.entries(fnConfig)) assert.match(value, MARKER, key);
    const appConfig = (byOcid.get(planted.application.ocid)?.details.metadata as { config: Record<string, string> }).config;
    assert.equal(appConfig.API_KEY, fnConfig.API_KEY, 'the same value in one tenancy gives the same marker');
    assert.match(byOcid.get(planted.tagged.ocid)?.freeformTags.db_password_0 ?? '', MARKER);
  });

  test('a changed secret is reported changed (redacted); unchanged secrets are not', async () => {
    const runDir = second.stdout.trim();
    const diff = JSON.parse(await readFile(join(runDir, 'diff.json'), 'utf8')) as { changed: Array<{ ocid: string; changes: Array<{ path: string; before?: string; after?: string }> }> };
    const fnChange = diff.changed.find((c) => c.ocid === planted.fn.ocid);
    assert.ok(fnChange, 'the function is changed');
    assert.deepEqual(fnChange.changes.map((c) => c.path), [`details.metadata.config.${changedKey}`]);
    const [change] = fnChange.changes;
    assert.match(change?.before ?? '', MARKER);
    assert.match(change?.after ?? '', MARKER);
    assert.notEqual(change?.before, change?.after);
    for (const ocid of [planted.application.ocid, planted.instance.ocid, planted.tagged.ocid]) {
      assert.ok(!diff.changed.some((c) => c.ocid === ocid), `${ocid}: its secrets did not change`);
    }
    const report = await readFile(join(runDir, 'report.md'), 'utf8');
    assert.match(report, /config\.SETTING\\_10<\/code>: value changed \(redacted\)/);
    assert.ok(!report.includes('REDACTED sha256'), 'the report prints no marker either');
    assert.ok(!report.includes(oldValue.needle));
  });
});
