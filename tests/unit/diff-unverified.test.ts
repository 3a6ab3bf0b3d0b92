// A record whose enrichment failed on either side is compared on its search fields only:
// unverified when they agree, changed (search fields only) when they do not. Redacted values
// are reported as "value changed (redacted)", never printed, even against an old unredacted
// baseline.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { diffInventories, failOnTriggered } from '../../src/core/diff.js';
import { renderChangeReport } from '../../src/core/markdown.js';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../src/core/record.js';
import { Redactor } from '../../src/core/redact.js';
import { makeRecord } from '../helpers/export-fixtures.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-unverified-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});
let n = 0;
async function jsonl(records: InventoryRecord[]): Promise<string> {
  const path = join(dir, `inv-${n++}.jsonl`);
  await writeFile(path, [...records].sort(compareRecords).map((r) => `${canonicalJson(r)}\n`).join(''));
  return path;
}

const id = (k: number) => `ocid1.log.oc1..${String(k).padStart(4, '0')}`;
const ok = (k: number, extra: Partial<InventoryRecord> = {}) =>
  makeRecord({ ocid: id(k), resourceType: 'Log', displayName: `log-${k}`, enrichStatus: 'OK', details: { searchSummary: { displayName: `log-${k}` }, metadata: { retentionDuration: 30, isEnabled: true } }, ...extra });
const failed = (k: number, extra: Partial<InventoryRecord> = {}) =>
  makeRecord({ ocid: id(k), resourceType: 'Log', displayName: `log-${k}`, enrichStatus: 'ERROR', enrichError: 'getLog: 429 TooManyRequests', details: { searchSummary: { displayName: `log-${k}` } }, ...extra });

test('enrichment failed now or before: unverified, not changed; a search-field change is still a change', async () => {
  const prev = await jsonl([ok(1), ok(2), failed(3), ok(4), ok(5)]);
  const curr = await jsonl([failed(1), ok(2), ok(3), failed(4, { displayName: 'renamed', details: { searchSummary: { displayName: 'renamed' } } }), ok(5, { details: { searchSummary: { displayName: 'log-5' }, metadata: { retentionDuration: 60, isEnabled: true } } })]);
  const out = join(dir, 'out1');
  await (await import('node:fs/promises')).mkdir(out);
  const result = await diffInventories(prev, curr, { outdir: out });
  assert.deepEqual(result.counts, { added: 0, removed: 0, changed: 2, unverified: 2, unchanged: 1, total_prev: 5, total_curr: 5 });
  assert.deepEqual(result.unverified.map((u) => [u.ocid, u.reason]), [[id(1), 'getLog: 429 TooManyRequests'], [id(3), 'getLog: 429 TooManyRequests']]);
  const renamed = result.changed.find((c) => c.ocid === id(4));
  assert.deepEqual(renamed?.changes.map((c) => c.path), ['details.searchSummary.displayName', 'displayName'], 'search fields only: no details.metadata, enrichStatus');
  const diffJson = JSON.parse(await readFile(join(out, 'diff.json'), 'utf8')) as { unverified: Array<{ ocid: string }>; counts: { unverified: number } };
  assert.deepEqual(diffJson.unverified.map((u) => u.ocid), [id(1), id(3)]);
  assert.equal(diffJson.counts.unverified, 2);
  assert.equal(failOnTriggered(result.counts, 'degraded'), true);
  assert.equal(failOnTriggered({ ...result.counts, unverified: 0 }, 'degraded'), false);

  const md = renderChangeReport(result, { limit: 65_536, baseline: 'previous-run' });
  assert.match(md, /\| Unverified \(enrichment failed\) \| 2 \|/);
  assert.match(md, /### Unverified \(2\)/);
  assert.match(md, /getLog: 429 TooManyRequests/);
});

test('only unverified records: the report says no changes found but lists what could not be verified', async () => {
  const result = await diffInventories(await jsonl([ok(1)]), await jsonl([failed(1)]));
  const md = renderChangeReport(result, { limit: 65_536 });
  assert.match(md, /No changes found\*\*, but 1 resource could not be verified/);
  assert.match(md, /log-1/);
});

test('a changed secret is "value changed (redacted)", an unchanged one is not listed; an old raw baseline value is never printed', async () => {
  const red = new Redactor({ tenancyId: 'ocid1.tenancy.oc1..t' });
  const fn = (k: number, config: Record<string, string>) =>
    red.redactRecord(makeRecord({ ocid: `ocid1.fnfunc.oc1..${k}`, resourceType: 'FunctionsFunction', displayName: `fn-${k}`, details: { metadata: { config } } }));
  const prev = await jsonl([fn(1, { API_KEY: 'sk_live_OLDOLDOLDOLDOLD', LOG: 'x' }), fn(2, { API_KEY: 'same-same-same' })]);
  const curr = await jsonl([fn(1, { API_KEY: 'sk_live_NEWNEWNEWNEWNEW', LOG: 'x' }), fn(2, { API_KEY: 'same-same-same' })]);
  const result = await diffInventories(prev, curr);
  assert.equal(result.counts.changed, 1);
  assert.equal(result.counts.unchanged, 1);
  assert.deepEqual(result.changed[0]?.changes.map((c) => c.path), ['details.metadata.config.API_KEY']);
  const md = renderChangeReport(result, { limit: 65_536 });
  assert.match(md, /details\.metadata\.config\.API\\_KEY<\/code>: value changed \(redacted\)/);
  assert.ok(!/REDACTED|OLD|NEW|same-same/.test(md), md);

  // A baseline from before redaction: the raw value must not reach diff.json or the report.
  const raw = makeRecord({ ocid: 'ocid1.fnfunc.oc1..1', resourceType: 'FunctionsFunction', displayName: 'fn-1', details: { metadata: { config: { API_KEY: 'sk_live_OLDOLDOLDOLDOLD', LOG: 'x' } } } });
  const out = join(dir, 'out2');
  await (await import('node:fs/promises')).mkdir(out);
  const old = await diffInventories(await jsonl([raw]), await jsonl([fn(1, { API_KEY: 'sk_live_NEWNEWNEWNEWNEW', LOG: 'x' })]), { outdir: out });
  const text = (await readFile(join(out, 'diff.json'), 'utf8')) + renderChangeReport(old, { limit: 65_536 });
  assert.ok(!text.includes('OLDOLD'), text);
  // And a run passes its policy over the baseline: the same secret is then not a change at all.
  const same = await diffInventories(await jsonl([raw]), await jsonl([fn(1, { API_KEY: 'sk_live_OLDOLDOLDOLDOLD', LOG: 'x' })]), { prepareBaseline: (r) => red.redactRecord(r) });
  assert.equal(same.counts.unchanged, 1);
});
