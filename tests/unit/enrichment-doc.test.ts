// docs/enrichment.md's covered-types table is generated from ENRICHER_TABLE
// (scripts/gen-enrichment-doc.ts): this fails when a row changed and the doc was not
// regenerated (`npm run docs:enrichment`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { BEGIN, END, renderCoveredTypes, replaceBlock } from '../../scripts/gen-enrichment-doc.js';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/index.js';

const docUrl = new URL('../../../docs/enrichment.md', import.meta.url);

test('the committed covered-types table is the one ENRICHER_TABLE generates', async () => {
  const doc = await readFile(docUrl, 'utf8');
  const block = await renderCoveredTypes();
  const committed = doc.slice(doc.indexOf(BEGIN), doc.indexOf(END) + END.length);
  assert.equal(committed, block, 'docs/enrichment.md is out of date: run npm run docs:enrichment');
  for (const row of ENRICHER_TABLE) assert.ok(block.includes(`\n| ${row.resourceType}`), `${row.resourceType} has a line`);
});

test('a changed row changes the generated table; replacing keeps the rest of the doc', async () => {
  const first = ENRICHER_TABLE[0];
  assert.ok(first);
  const changed = await renderCoveredTypes([{ ...first, relations: [{ field: 'newField', relation: 'NEW_EDGE' }] }]);
  assert.match(changed, /NEW_EDGE ← `newField`/);
  assert.match(changed, /^1 types/m);
  const doc = `intro\n${BEGIN}\nold\n${END}\noutro\n`;
  assert.equal(replaceBlock(doc, changed), `intro\n${changed}\noutro\n`);
  assert.throws(() => replaceBlock('no markers', changed), /markers not found/);
});
