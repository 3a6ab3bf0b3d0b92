// Read-only is absolute: every operation the enrichment table names is a get or a list, and
// none reads content (a secret's bundle, a key's material, an object, a log's entries, a
// repository's files). The table is data, so this holds for every row, present and future.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENRICHER_TABLE } from '../../src/oci/enrichers/table/index.js';

const CONTENT = /bundle|content|secretversion|^getObject$|^listObjects$|download|file(lines|diff|bypath)|^getCommit|^listCommits|^getLogContent|^searchLogs|^generate|decrypt|encrypt/i;

test('every enrichment operation is a get or a list and none reads content', () => {
  for (const row of ENRICHER_TABLE) {
    for (const method of [row.get?.method, row.list?.method]) {
      if (method === undefined) continue;
      assert.match(method, /^(get|list)[A-Z]/, `${row.resourceType}: ${method} is not a get or a list`);
      assert.doesNotMatch(method, CONTENT, `${row.resourceType}: ${method} reads content`);
    }
  }
});

test('secrets are read as metadata: getSecret / listSecrets, never a secret bundle or version', () => {
  const secretRows = ENRICHER_TABLE.filter((row) => row.resourceType === 'Secret' || row.resourceType === 'VaultSecret');
  assert.equal(secretRows.length, 2);
  for (const row of secretRows) {
    assert.equal(row.get?.method, 'getSecret');
    if (row.list) assert.equal(row.list.method, 'listSecrets');
  }
});
