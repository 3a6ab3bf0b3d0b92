// The diff's fast path (raw lines compared with collectedAt and ignored values cut out) must
// decide exactly what the field walk decides. Generated inventory pairs, property style: for
// each seed, diff.json and diff_summary.json are byte-for-byte the same with the fast path on
// and off, with ignore rules (wildcards under details and at top level), unverified records,
// redaction markers, escapes, hostile keys, non-canonical and blank lines, and a
// prepareBaseline hook.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { canonicalText, hashableForm, hashableText } from '../../src/core/diff/compare.js';
import { type DiffOptions, type DiffResult, diffInventories } from '../../src/core/diff.js';
import { ignoreRulesFrom } from '../../src/core/ignore.js';
import { InventoryInputError } from '../../src/core/inventory-reader.js';
import { canonicalJson, compareRecords, type InventoryRecord, type JsonObject } from '../../src/core/record.js';
import { Redactor } from '../../src/core/redact.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'oci-inv-fastpath-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** mulberry32: a small deterministic generator, so a failing seed can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ['Instance', 'Vcn', 'Bucket', '__proto__', 'constructor'];
const IGNORE = ['details.*.etag', 'definedTags.Oracle-Tags.*', 'details.metadata.nested.*.volatile', 'freeformTags.build'];

function baseRecord(k: number, random: () => number): InventoryRecord {
  const type = TYPES[k % TYPES.length] as string;
  const record: InventoryRecord = {
    ocid: `ocid1.${type.toLowerCase()}.oc1..${String(k).padStart(5, '0')}`,
    resourceType: type,
    displayName: random() < 0.2 ? `name "quoted" \\ back ${k} é` : `name-${k}`,
    compartmentId: `ocid1.compartment.oc1..c${k % 3}`,
    region: 'eu-frankfurt-1',
    lifecycleState: 'AVAILABLE',
    timeCreated: '2024-01-01T00:00:00.000Z',
    definedTags: { 'Oracle-Tags': { CreatedBy: 'ops', CreatedOn: '2024-01-01' } },
    freeformTags: { env: 'prod', build: '1' },
    collectedAt: '2025-01-01T00:00:00.000Z',
    enrichStatus: 'OK',
    enrichError: null,
    details: {
      searchSummary: { displayName: `name-${k}`, systemTags: { x: '1' } },
      metadata: {
        shape: 'VM',
        size: 10,
        etag: 'e1',
        timeUpdated: '2025-01-01T00:00:00Z',
        nested: { a: { volatile: 1, kept: 'k' }, b: { volatile: [1] } },
        list: [{ etag: 'in-array' }],
      },
    },
    relationships: [{ relation_type: 'IN_COMPARTMENT', target_ocid: `ocid1.compartment.oc1..c${k % 3}` }],
  };
  if (random() < 0.3) record.availabilityDomain = 'AD-1';
  if (random() < 0.1) Object.defineProperty(record.details.metadata as JsonObject, '__proto__', { value: { p: 1 }, enumerable: true, writable: true, configurable: true });
  return record;
}

type Mutation = (r: InventoryRecord, random: () => number) => void;
const meta = (r: InventoryRecord) => (r.details.metadata ??= {}) as JsonObject;
const child = (o: JsonObject, key: string) => (o[key] = o[key] !== null && typeof o[key] === 'object' && !Array.isArray(o[key]) ? o[key] : {}) as JsonObject;
/** Edits applied to the current side; some are hidden by the rules, some are real changes. */
const MUTATIONS: Mutation[] = [
  () => {},
  (r) => void (meta(r).timeUpdated = '2025-02-02T00:00:00Z'),
  (r) => void (meta(r).timeUpdated = { at: 'object now' }),
  (r) => void (meta(r).timeUpdated = 'esc\\"aped \u00e9 \n'),
  (r) => void (meta(r).etag = 'e2'),
  (r) => void (child(child(meta(r), 'nested'), 'a').volatile = 2),
  (r) => void (meta(r).list = [{ etag: 'changed-in-array' }]),
  (r) => void (((r.definedTags['Oracle-Tags'] as JsonObject).CreatedOn = '2025-05-05')),
  (r) => void (r.freeformTags.build = '2'),
  (r) => void (r.displayName = `${r.displayName ?? ''}-renamed`),
  (r) => void (meta(r).size = 11),
  (r) => void (meta(r).empty = {}),
  (r) => void delete meta(r).etag,
  (r) => void (meta(r).password = '[REDACTED sha256:aaaaaaaaaaaa]'),
  (r) => void (child(r.details as JsonObject, 'searchSummary').systemTags = { x: '2' }),
  (r) => {
    r.enrichStatus = 'ERROR';
    r.enrichError = 'getThing: 429 TooManyRequests';
    r.details = { searchSummary: child(r.details as JsonObject, 'searchSummary') };
  },
  (r) => void (r.enrichError = 'different error text'),
  (r) => void (r.lifecycleState = 'STOPPED'),
  (r) => void (r.relationships = []),
];

/** How a line is written: canonical mostly; sometimes shuffled keys, a space, a blank line after. */
function lineOf(record: InventoryRecord, random: () => number): string {
  const roll = random();
  if (roll < 0.08) {
    const entries = Object.entries(record).reverse();
    return `${JSON.stringify(Object.fromEntries(entries))}\n`;
  }
  if (roll < 0.12) return `${canonicalJson(record).replace('{"', '{ "')}\n`;
  if (roll < 0.15) return `${canonicalJson(record)}\n\n`;
  return `${canonicalJson(record)}\n`;
}

async function writeJsonl(name: string, records: InventoryRecord[], random: () => number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, [...records].sort(compareRecords).map((r) => lineOf(r, random)).join(''));
  return path;
}

function generate(seed: number, count = 60): { prev: InventoryRecord[]; curr: InventoryRecord[] } {
  const random = rng(seed);
  const prev: InventoryRecord[] = [];
  const curr: InventoryRecord[] = [];
  for (let k = 0; k < count; k++) {
    const base = baseRecord(k, random);
    const roll = random();
    if (roll < 0.06) {
      prev.push(base);
      continue;
    }
    const next = structuredClone(base);
    // structuredClone drops an own __proto__ key's special status; keep it data.
    if (Object.hasOwn(base.details.metadata as JsonObject, '__proto__')) {
      Object.defineProperty(meta(next), '__proto__', { value: { p: 1 }, enumerable: true, writable: true, configurable: true });
    }
    next.collectedAt = '2025-01-02T00:00:00.000Z';
    if (random() < 0.15) {
      base.enrichStatus = 'ERROR';
      base.enrichError = 'old failure';
    }
    const edits = random() < 0.5 ? 1 : 2;
    for (let e = 0; e < edits; e++) (MUTATIONS[Math.floor(random() * MUTATIONS.length)] as Mutation)(next, random);
    if (roll > 0.94) {
      curr.push(next);
      continue;
    }
    prev.push(base);
    curr.push(next);
  }
  // Ocids only in the current side.
  curr.push(baseRecord(count + 1, random));
  return { prev, curr };
}

async function runBoth(prevPath: string, currPath: string, tag: string, options: Omit<DiffOptions, 'outdir' | 'fastPath'>) {
  const outs: { result: DiffResult; diff: string; summary: string }[] = [];
  for (const fastPath of [false, true]) {
    const outdir = join(dir, `${tag}-${fastPath ? 'fast' : 'slow'}`);
    await mkdir(outdir, { recursive: true });
    const result = await diffInventories(prevPath, currPath, { ...options, outdir, fastPath });
    outs.push({ result, diff: await readFile(join(outdir, 'diff.json'), 'utf8'), summary: await readFile(join(outdir, 'diff_summary.json'), 'utf8') });
  }
  const [slow, fast] = outs as [(typeof outs)[0], (typeof outs)[0]];
  return { slow, fast };
}

describe('diff fast path agrees with the field walk', () => {
  test('on generated inventories with ignore rules, unverified records and odd lines (40 seeds)', async () => {
    const ignore = ignoreRulesFrom(IGNORE, true);
    const seen = { changed: 0, unverified: 0, unchanged: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const random = rng(seed * 7919);
      const { prev, curr } = generate(seed);
      const prevPath = await writeJsonl(`p${seed}.jsonl`, prev, random);
      const currPath = await writeJsonl(`c${seed}.jsonl`, curr, random);
      const { slow, fast } = await runBoth(prevPath, currPath, `s${seed}`, { ignore });
      assert.equal(fast.diff, slow.diff, `seed ${seed}: diff.json`);
      assert.equal(fast.summary, slow.summary, `seed ${seed}: diff_summary.json`);
      assert.deepEqual(fast.result, { ...slow.result, files: fast.result.files }, `seed ${seed}: result`);
      seen.changed += slow.result.counts.changed;
      seen.unverified += slow.result.counts.unverified ?? 0;
      seen.unchanged += slow.result.counts.unchanged;
    }
    // The generator reaches every outcome (else the property says little).
    assert.ok(seen.changed > 100 && seen.unverified > 10 && seen.unchanged > 100, JSON.stringify(seen));
  });

  test('without default rules, and with no rules at all', async () => {
    for (const ignore of [ignoreRulesFrom(IGNORE, false), undefined]) {
      for (let seed = 41; seed <= 50; seed++) {
        const random = rng(seed);
        const { prev, curr } = generate(seed);
        const prevPath = await writeJsonl(`p${seed}.jsonl`, prev, random);
        const currPath = await writeJsonl(`c${seed}.jsonl`, curr, random);
        const { slow, fast } = await runBoth(prevPath, currPath, `n${seed}-${ignore ? 'r' : 'x'}`, ignore ? { ignore } : {});
        assert.equal(fast.diff, slow.diff, `seed ${seed}`);
        assert.equal(fast.summary, slow.summary, `seed ${seed}`);
      }
    }
  });

  test('with prepareBaseline: checked on a copy, or trusted when the current side was written under the policy', async () => {
    const ignore = ignoreRulesFrom(IGNORE, true);
    for (let seed = 51; seed <= 62; seed++) {
      const random = rng(seed);
      const { prev, curr } = generate(seed);
      // Raw secrets in the baseline, by key name and by shape.
      for (const r of prev) if (random() < 0.3) meta(r).apiKey = 'sk_live_0123456789abcdefABCDEF';
      const writer = new Redactor({ tenancyId: 'ocid1.tenancy.oc1..t' });
      // As a run writes it: the current inventory redacted before it is written.
      for (const r of curr) if (random() < 0.3) meta(r).apiKey = 'sk_live_0123456789abcdefABCDEF';
      for (const r of curr) writer.redactRecord(r);
      const prevPath = await writeJsonl(`rp${seed}.jsonl`, prev, random);
      const currPath = await writeJsonl(`rc${seed}.jsonl`, curr, random);
      const hook = () => {
        const redactor = new Redactor({ tenancyId: 'ocid1.tenancy.oc1..t' });
        return (r: InventoryRecord) => redactor.redactRecord(r);
      };
      const checked = await runBoth(prevPath, currPath, `r${seed}`, { ignore, prepareBaseline: hook() });
      assert.equal(checked.fast.diff, checked.slow.diff, `seed ${seed}: hook checked`);
      const trusted = await runBoth(prevPath, currPath, `t${seed}`, { ignore, prepareBaseline: hook(), currentPrepared: true });
      assert.equal(trusted.fast.diff, checked.slow.diff, `seed ${seed}: hook trusted`);
      assert.equal(trusted.fast.summary, checked.slow.summary, `seed ${seed}: hook trusted`);
      assert.ok(!trusted.fast.diff.includes('sk_live_'), 'no raw secret in diff.json');
    }
  });

  test('equal lines are not parsed: the hook runs only for baseline records the fast path could not settle', async () => {
    const records = Array.from({ length: 50 }, (_, k) => baseRecord(k, rng(k)));
    const prev = records.map((r) => ({ ...r, details: { ...r.details, metadata: { ...meta(r), timeUpdated: 'old' } } }));
    const curr = records.map((r) => ({ ...r, collectedAt: '2026-01-01T00:00:00.000Z' }));
    (curr[7] as InventoryRecord).displayName = 'renamed';
    const prevPath = await writeJsonl('hp.jsonl', prev, () => 0.5);
    const currPath = await writeJsonl('hc.jsonl', curr, () => 0.5);
    let calls = 0;
    const options = { ignore: ignoreRulesFrom([], true), currentPrepared: true, prepareBaseline: (r: InventoryRecord) => (calls++, r) };
    const fast = await diffInventories(prevPath, currPath, options);
    assert.deepEqual([fast.counts.unchanged, fast.counts.changed, calls], [49, 1, 1]);
    calls = 0;
    const slow = await diffInventories(prevPath, currPath, { ...options, fastPath: false });
    assert.deepEqual([slow.counts.unchanged, slow.counts.changed, calls], [49, 1, 50]);
  });

  test('with a trusted hook, a cut-out value of another JSON kind takes the slow path (a hook may look at kinds)', async () => {
    // `config` is secret as a flat map of strings: an ignored value that is an object in one
    // run and a string in the other flips how the hook treats its siblings.
    const ignore = ignoreRulesFrom(['details.metadata.config.volatile'], true);
    const record = (volatile: JsonObject[string]) => {
      const r = baseRecord(3, () => 0.5);
      meta(r).config = { volatile, HOST: 'plain-host' };
      return r;
    };
    const prevPath = await writeJsonl('kind-p.jsonl', [record('a string')], () => 0.5);
    const currPath = await writeJsonl('kind-c.jsonl', [{ ...record({ nested: 1 }), collectedAt: '2026-01-01T00:00:00.000Z' }], () => 0.5);
    const redactor = new Redactor({ tenancyId: 'ocid1.tenancy.oc1..t' });
    const options = { ignore, currentPrepared: true, prepareBaseline: (r: InventoryRecord) => redactor.redactRecord(r) };
    const { slow, fast } = await runBoth(prevPath, currPath, 'kind', options);
    assert.equal(slow.result.counts.changed, 1, 'the hook redacted the flat map in the baseline only');
    assert.equal(fast.diff, slow.diff);
  });

  test('a baseline line equal but for a bad cut-out value still fails with its file and line', async () => {
    const record = baseRecord(1, rng(1));
    const good = canonicalJson(record);
    const currPath = join(dir, 'bad-curr.jsonl');
    await writeFile(currPath, `${good}\n`);
    const cases: [string, RegExp][] = [
      [good.replace('"collectedAt":"2025-01-01T00:00:00.000Z"', '"collectedAt":123'), /line 2: .*collectedAt/],
      [good.replace('"timeUpdated":"2025-01-01T00:00:00Z"', '"timeUpdated":tru'), /line 2: not valid JSON/],
      [good.replace('"enrichError":null', '"enrichError":{"a":1}'), /line 2: .*enrichError/],
      [good.replace('"etag":"e1"', '"etag":"bad\u0001control"'), /line 2: not valid JSON/],
    ];
    for (const [bad, message] of cases) {
      assert.notEqual(bad, good);
      const prevPath = join(dir, 'bad-prev.jsonl');
      await writeFile(prevPath, `\n${bad}\n`);
      for (const fastPath of [true, false]) {
        await assert.rejects(
          diffInventories(prevPath, currPath, { ignore: ignoreRulesFrom(['details.*.etag'], true), fastPath }),
          (error: unknown) => error instanceof InventoryInputError && message.test(error.message) && error.file === prevPath,
          `${fastPath ? 'fast' : 'slow'}: ${bad.slice(0, 60)}`,
        );
      }
    }
  });

  test('hashableText is canonicalText(hashableForm(...))', () => {
    const ignore = ignoreRulesFrom(IGNORE, true);
    for (let seed = 1; seed <= 10; seed++) {
      for (const r of [...generate(seed, 20).curr, ...generate(seed, 20).prev]) {
        for (const rules of [ignore, undefined]) assert.equal(hashableText(r, rules), canonicalText(hashableForm(r, rules)));
      }
    }
  });
});
