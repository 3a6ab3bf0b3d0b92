// `oci-inv enrich-coverage`: alias spellings count as covered (and say whose alias they are),
// summary-only types say so.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { enrichCoverageCommand } from '../../src/cli/commands/coverage.js';

async function run(flags: Record<string, unknown>): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  assert.equal(await enrichCoverageCommand(flags, out), 0);
  return text;
}

test('the type list marks aliases and summary-only types', async () => {
  const text = await run({});
  assert.match(text, /^ {2}BlockVolume {2}\(alias of Volume\)$/m);
  assert.match(text, /^ {2}DnsZone {2}\(alias of CustomerDnsZone\)$/m);
  assert.match(text, /^ {2}LimitsIncreaseRequest {2}\(summary only\)$/m);
  assert.match(text, /^ {2}Volume$/m);
  const json = JSON.parse(await run({ json: true })) as { supported: string[]; aliases: Record<string, string>; summaryOnly: string[] };
  assert.equal(json.aliases.IpSecConnection, 'IPSecConnection');
  assert.deepEqual(json.summaryOnly, ['LimitsIncreaseRequest', 'ProcessAutomationInstance', 'QueryServiceProject']);
  assert.ok(json.supported.includes('DhcpOptions') && json.supported.includes('DHCPOptions'));
});

test('with an inventory, records of either spelling count as covered', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-coverage-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const record = (ocid: string, resourceType: string) =>
    JSON.stringify({ ocid, resourceType, displayName: ocid, compartmentId: 'c', region: 'r', lifecycleState: 'AVAILABLE', timeCreated: null, definedTags: {}, freeformTags: {}, collectedAt: '2024-01-01T00:00:00Z', enrichStatus: 'OK', enrichError: null, details: {}, relationships: [] });
  const file = join(dir, 'inventory.jsonl');
  await writeFile(file, [record('ocid1.a', 'BlockVolume'), record('ocid1.b', 'Volume'), record('ocid1.c', 'QueryServiceProject'), record('ocid1.d', 'NoSuchType')].join('\n') + '\n');
  const json = JSON.parse(await run({ inventory: file, json: true })) as { total: number; covered: number; types: Array<{ type: string; enricher?: string }> };
  assert.equal(json.total, 4);
  assert.equal(json.covered, 3);
  assert.equal(json.types.find((t) => t.type === 'BlockVolume')?.enricher, 'alias of Volume');
  assert.equal(json.types.find((t) => t.type === 'QueryServiceProject')?.enricher, 'summary only');
  const text = await run({ inventory: file });
  assert.match(text, /^BlockVolume +1 {2}alias of Volume$/m);
  assert.match(text, /^NoSuchType +1 {2}NO$/m);
});
