// The change-report renderer: size limits hold with 50k changes and hostile names, the
// warning appears exactly when something was removed, cells cannot break the table.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ChangedResource, DiffCounts, ResourceRef, TypeCounts } from '../../src/core/diff.js';
import { COMMENT_LIMIT, type ChangeReportInput, escapeCell, renderChangeReport, STEP_SUMMARY_LIMIT } from '../../src/core/markdown.js';
import { NASTY_NAMES } from '../helpers/export-fixtures.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function input(parts: { added?: ResourceRef[]; removed?: ResourceRef[]; changed?: ChangedResource[]; unchanged?: number }): ChangeReportInput {
  const added = parts.added ?? [];
  const removed = parts.removed ?? [];
  const changed = parts.changed ?? [];
  const unchanged = parts.unchanged ?? 0;
  const countsByType: Record<string, TypeCounts> = {};
  const bump = (type: string, key: keyof TypeCounts) => {
    countsByType[type] ??= { added: 0, removed: 0, changed: 0, unchanged: 0 };
    countsByType[type][key]++;
  };
  for (const r of added) bump(r.resourceType, 'added');
  for (const r of removed) bump(r.resourceType, 'removed');
  for (const r of changed) bump(r.resourceType, 'changed');
  const counts: DiffCounts = {
    added: added.length,
    removed: removed.length,
    changed: changed.length,
    unchanged,
    total_prev: removed.length + changed.length + unchanged,
    total_curr: added.length + changed.length + unchanged,
  };
  return { counts, countsByType, added, removed, changed };
}

const ref = (i: number, name: string | null, type = 'Instance'): ResourceRef => ({
  ocid: `ocid1.${type.toLowerCase()}.oc1..${String(i).padStart(6, '0')}`,
  resourceType: type,
  displayName: name,
  compartmentId: 'ocid1.compartment.oc1..c',
  region: 'eu-frankfurt-1',
});

const change = (i: number, name: string | null, type = 'Instance'): ChangedResource => ({
  ocid: ref(i, name, type).ocid,
  resourceType: type,
  displayName: name,
  changes: [
    { path: 'displayName', before: `old ${name ?? ''}`, after: name },
    { path: 'freeformTags.owner', after: '|`<x>`|' },
    { path: 'details.metadata.nsgIds', before: ['a'], after: Array.from({ length: 40 }, (_, k) => `nsg-${k}`) },
  ],
});

/** Table rows of the report must keep their column count whatever the names hold. */
function assertTablesIntact(markdown: string): void {
  let columns = 0;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    const cells = line.replace(/\\\|/g, '').split('|').length;
    if (columns === 0) columns = cells;
    assert.equal(cells, columns, `row breaks its table: ${line}`);
  }
}

describe('renderChangeReport', () => {
  test('50k changes with hostile names stay under both limits and say what was left out', () => {
    const changed = Array.from({ length: 50_000 }, (_, i) => change(i, NASTY_NAMES[i % NASTY_NAMES.length] ?? null, i % 2 ? 'Instance' : 'Vcn'));
    const removed = Array.from({ length: 500 }, (_, i) => ref(i, NASTY_NAMES[i % NASTY_NAMES.length] ?? null, 'Bucket'));
    const diff = input({ changed, removed, unchanged: 7 });
    for (const limit of [COMMENT_LIMIT, STEP_SUMMARY_LIMIT, 4_000]) {
      const md = renderChangeReport(diff, { limit, artifactHint: 'the oci-inventory artifact (diff.json)', baseline: 'previous-run' });
      assert.ok(bytes(md) <= limit, `${bytes(md)} > ${limit}`);
      assert.ok(md.length <= limit);
      assert.ok(bytes(md) > limit * 0.8, 'the budget is used, not wasted');
      const footer = md.trimEnd().split('\n').at(-1) ?? '';
      assert.match(footer, /not listed here .*cut to stay within .*Full diff: the oci-inventory artifact \(diff\.json\)/);
      const left = Number((/_([\d,]+) changes? of 50,500/.exec(footer)?.[1] ?? '').replace(/,/g, ''));
      const listedRows = md.split('\n').filter((l) => l.startsWith('| ') && l.includes('<code>ocid1.')).length;
      assert.equal(left, 50_500 - listedRows, 'the footer counts exactly what is not listed');
      assert.equal(md.split('<details>').length, md.split('</details>').length, 'every <details> is closed');
      assertTablesIntact(md);
    }
  });

  test('the warning line is present iff something was removed', () => {
    const withRemoval = renderChangeReport(input({ removed: [ref(1, 'gone')], unchanged: 1 }), { limit: COMMENT_LIMIT, baseline: 'previous-run' });
    assert.match(withRemoval, /> \[!WARNING\]\n> 1 resource removed compared with the previous run\./);
    const noRemoval = renderChangeReport(input({ added: [ref(1, 'new')], changed: [change(2, 'c')] }), { limit: COMMENT_LIMIT });
    assert.doesNotMatch(noRemoval, /WARNING/);
  });

  test('per-type tables list added, removed and changed with before → after', () => {
    const md = renderChangeReport(input({ added: [ref(1, 'web-1')], removed: [ref(2, 'db', 'Volume')], changed: [change(3, 'app')] }), { limit: COMMENT_LIMIT, baseline: 'expected' });
    assert.match(md, /Compared with the expected inventory\./);
    assert.match(md, /\| Instance \| 1 \| 0 \| 1 \| 0 \|/);
    assert.match(md, /### Instance\n\n\*\*Added \(1\)\*\*/);
    assert.match(md, /### Volume\n\n\*\*Removed \(1\)\*\*/);
    assert.match(md, /<code>displayName<\/code>: <code>"old app"<\/code> → <code>"app"<\/code>/);
    assert.match(md, /<code>freeformTags\.owner<\/code>: _\(absent\)_ → <code>"\\\|\\`&lt;x&gt;\\`\\\|"<\/code>/);
    assert.match(md, /<code>details\.metadata\.nsgIds<\/code>: <code>\\\["a"\\\]<\/code> → _\(40 items\)_/);
    assert.doesNotMatch(md, /not listed here/);
  });

  test('long lists collapse into <details>', () => {
    const md = renderChangeReport(input({ added: Array.from({ length: 11 }, (_, i) => ref(i, `n${i}`)) }), { limit: COMMENT_LIMIT });
    assert.match(md, /<details><summary>Added \(11\)<\/summary>/);
    const short = renderChangeReport(input({ added: Array.from({ length: 3 }, (_, i) => ref(i, `n${i}`)) }), { limit: COMMENT_LIMIT });
    assert.doesNotMatch(short, /<details>/);
  });

  test('a sample shorter than the counts says how many more are in the full diff', () => {
    const diff = input({ added: [ref(1, 'a'), ref(2, 'b')] });
    diff.counts.added = 5;
    diff.counts.total_curr = 5;
    if (diff.countsByType?.Instance) diff.countsByType.Instance.added = 5;
    const md = renderChangeReport({ ...diff, added: diff.added.slice(0, 2) }, { limit: COMMENT_LIMIT, artifactHint: 'diff.json' });
    assert.match(md, /…and 3 more in the full diff/);
    assert.match(md, /_3 changes of 5 not listed here\. Full diff: diff\.json\._/);
  });

  test('no changes, and no baseline', () => {
    const empty = renderChangeReport(input({ unchanged: 12 }), { limit: COMMENT_LIMIT, baseline: 'previous-run' });
    assert.match(empty, /\*\*No changes\*\*: 12 resources compared, all unchanged\./);
    assert.doesNotMatch(empty, /\|/);
    const none = renderChangeReport(null, { limit: COMMENT_LIMIT, baseline: 'none' });
    assert.match(none, /No baseline to compare with: this run is the new baseline\./);
  });

  test('a tiny limit is still honoured', () => {
    const md = renderChangeReport(input({ changed: [change(1, 'x')] }), { limit: 100 });
    assert.ok(bytes(md) <= 100);
  });
});

describe('escapeCell', () => {
  const cases: Array<[string, string]> = [
    ['a|b', 'a\\|b'],
    ['<script>', '&lt;script&gt;'],
    ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
    ['`code`', '\\`code\\`'],
    ['@octo-org/team', '@&#8203;octo-org/team'],
    ['&amp;', '&amp;amp;'],
    ['[x](http://e)', '\\[x\\](http:&#8203;//e)'],
    // References, bare URLs, headings, math and invisible characters (issue 9, item 7).
    ['#123', '#&#8203;123'],
    ['octo-org/infra#1', 'octo-org/infra#&#8203;1'],
    ['GH-3', 'GH-&#8203;3'],
    ['https://evil.example/x', 'https:&#8203;//evil.example/x'],
    ['www.evil.example', 'www&#8203;.evil.example'],
    ['# HEADING', '#&#8203; HEADING'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['$x$', '\\$x\\$'],
    ['abc\u202Edef', 'abc\\[U+202E\\]def'],
    ['a\u200Bb\u2066c\uFEFF', 'a\\[U+200B\\]b\\[U+2066\\]c\\[U+FEFF\\]'],
    ['=cmd|" /C calc"!A0', '=cmd\\|" /C calc"!A0'],
    ['emoji 🚀', 'emoji 🚀'],
    ['*bold* _it_ ~s~', '\\*bold\\* \\_it\\_ \\~s\\~'],
    ['back\\slash', 'back\\\\slash'],
  ];
  for (const [raw, escaped] of cases) {
    test(JSON.stringify(raw), () => {
      assert.equal(escapeCell(raw), escaped);
    });
  }
});
