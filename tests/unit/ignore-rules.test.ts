// Ignore rules: one-segment wildcards, subtree hiding, sources (flags, file, defaults), and
// the --explain view of which rule hid which path.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compareRecordVersions, explainResource } from '../../src/core/diff.js';
import { DEFAULT_IGNORE_RULES, IGNORE_FILE_NAME, ignoreRulesFrom, loadIgnoreRules, parseIgnoreFile } from '../../src/core/ignore.js';
import { InventoryInputError } from '../../src/core/inventory-reader.js';
import { canonicalJson } from '../../src/core/record.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-ignore-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rule matching', () => {
  const rules = ignoreRulesFrom(['details.metadata.timeUpdated', 'definedTags.Oracle-Tags.*', 'details.metadata.*.timeUpdated', 'freeformTags']);
  const cases: Array<[string, string | undefined]> = [
    ['details.metadata.timeUpdated', 'details.metadata.timeUpdated'],
    ['details.metadata.timeUpdated.deeper', 'details.metadata.timeUpdated'],
    ['details.metadata.timeCreated', undefined],
    ['definedTags.Oracle-Tags.CreatedBy', 'definedTags.Oracle-Tags.*'],
    ['definedTags.Oracle-Tags', undefined],
    ['definedTags.Ops.CostCenter', undefined],
    ['details.metadata.vnic.timeUpdated', 'details.metadata.*.timeUpdated'],
    ['details.metadata.a.b.timeUpdated', undefined],
    ['freeformTags.anything', 'freeformTags'],
    ['displayName', undefined],
  ];
  for (const [path, rule] of cases) {
    test(`${path} → ${rule ?? 'not ignored'}`, () => {
      assert.equal(rules.ruleFor(path.split('.'))?.text, rule);
    });
  }
});

describe('rule sources', () => {
  test('an ignore file: comments, blank lines, line numbers in errors', () => {
    const rules = parseIgnoreFile('# volatile\n\ndetails.metadata.etag  # bucket etag\nfreeformTags.*\n', 'f');
    assert.deepEqual(rules.map((r) => [r.text, r.source]), [
      ['details.metadata.etag', 'f:3'],
      ['freeformTags.*', 'f:4'],
    ]);
    assert.throws(() => parseIgnoreFile('ok.path\nbad..path\n', 'f'), (e: unknown) => e instanceof InventoryInputError && e.line === 2);
    assert.throws(() => parseIgnoreFile('a.b*\n', 'f'), /whole segment/);
  });

  test('flags split on commas; defaults on unless turned off; the cwd file is read', async () => {
    await writeFile(join(dir, IGNORE_FILE_NAME), 'details.metadata.etag\n');
    const withDefaults = await loadIgnoreRules({ rules: ['a.b,c.*'], cwd: dir });
    assert.deepEqual(withDefaults.texts, [...DEFAULT_IGNORE_RULES, 'a.b', 'c.*', 'details.metadata.etag']);
    const without = await loadIgnoreRules({ rules: ['a.b'], defaults: false, cwd: dir });
    assert.deepEqual(without.texts, ['a.b', 'details.metadata.etag']);
    const noFile = await loadIgnoreRules({ defaults: false, cwd: join(dir, 'nowhere') });
    assert.deepEqual(noFile.texts, []);
    await assert.rejects(loadIgnoreRules({ file: join(dir, 'missing-ignore') }), InventoryInputError);
  });

  test('defaults keep status and real fields, hide the volatile text', () => {
    const rules = ignoreRulesFrom([], true);
    const before = makeRecord({ ocid: 'a', enrichStatus: 'ERROR', enrichError: 'timeout (opc-request-id 1)', details: { metadata: { timeUpdated: '1', shape: 'E4' } } });
    const onlyVolatile = { ...before, enrichError: 'timeout (opc-request-id 2)', details: { metadata: { timeUpdated: '2', shape: 'E4' } } };
    assert.deepEqual(compareRecordVersions(before, onlyVolatile, rules), []);
    const statusChange = { ...onlyVolatile, enrichStatus: 'OK' as const, enrichError: null };
    assert.deepEqual(compareRecordVersions(before, statusChange, rules).map((c) => c.path), ['enrichStatus']);
    const shapeChange = { ...before, details: { metadata: { timeUpdated: '1', shape: 'E5' } } };
    assert.deepEqual(compareRecordVersions(before, shapeChange, rules).map((c) => c.path), ['details.metadata.shape']);
  });
});

describe('explainResource', () => {
  test('shows hashes, visible changes and which rule hid which path', async () => {
    const before = makeRecord({ ocid: 'ocid1.x', displayName: 'a', definedTags: { 'Oracle-Tags': { CreatedBy: 'u1' } } });
    const after = makeRecord({ ocid: 'ocid1.x', displayName: 'b', definedTags: { 'Oracle-Tags': { CreatedBy: 'u2' } }, collectedAt: 'later' });
    const prev = join(dir, 'prev.jsonl');
    const curr = join(dir, 'curr.jsonl');
    await writeFile(prev, `${canonicalJson(before)}\n`);
    await writeFile(curr, `${canonicalJson(after)}\n`);
    const e = await explainResource(prev, curr, 'ocid1.x', ignoreRulesFrom(['definedTags.Oracle-Tags.*']));
    assert.equal(e.status, 'changed');
    assert.match(e.hashBefore ?? '', /^[0-9a-f]{64}$/);
    assert.notEqual(e.hashBefore, e.hashAfter);
    assert.deepEqual(e.changes, [{ path: 'displayName', before: 'a', after: 'b' }]);
    assert.deepEqual(
      e.hidden.map((h) => [h.path, h.before, h.after, h.rule.text]),
      [['definedTags.Oracle-Tags.CreatedBy', 'u1', 'u2', 'definedTags.Oracle-Tags.*']],
    );
    const missing = await explainResource(prev, curr, 'ocid1.none');
    assert.equal(missing.status, 'absent');
  });
});
