import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SearchSummary } from '../../src/core/record.js';
import { compartmentSubtree, discoverAll } from '../../src/pipeline/discover.js';
import { silentLogger } from '../../src/pipeline/log.js';
import type { CompartmentInfo, DiscoveryPort, SearchPage } from '../../src/pipeline/ports.js';
import { searchSummary } from '../helpers/search-summary.js';

const summary = searchSummary;

/** A fake port: pages per region, optional failure after some pages. */
function fakePort(pages: Record<string, SearchSummary[][]>, failAfter: Record<string, { pages: number; status: number }> = {}): DiscoveryPort {
  return {
    identity: async () => ({ tenancyId: 't', tenancyName: 't', homeRegion: 'home-1', principal: 'u', authMethod: 'api_key' }),
    listRegions: async () => [],
    listCompartments: async () => [],
    async search(region: string, _query: string, onPage: (page: SearchPage) => void) {
      const list = pages[region] ?? [];
      for (let i = 0; i < list.length; i++) {
        const fail = failAfter[region];
        if (fail && i >= fail.pages) throw Object.assign(new Error('boom'), { statusCode: fail.status, serviceCode: 'InternalServerError' });
        onPage({ items: list[i] ?? [] });
      }
    },
    apiCalls: () => ({}),
    close() {},
  };
}

const base = { homeRegion: 'home-1', query: 'query all resources', includeTerminated: false, scope: undefined, workers: 2, collectedAt: '2026-11-23T00:00:00.000Z' };

describe('discoverAll', () => {
  test('global IAM resources appear once, with the home region, whichever region answered first', async () => {
    const user = summary('ocid1.user.1', 'User');
    const port = fakePort({
      'other-1': [[user, summary('ocid1.instance.a', 'Instance')]],
      'home-1': [[user, summary('ocid1.instance.b', 'Instance')]],
    });
    const found = await discoverAll(port, { ...base, regions: ['other-1', 'home-1'] }, silentLogger);
    assert.equal(found.records.size, 3);
    assert.equal(found.records.get('ocid1.user.1')?.region, 'home-1');
    assert.equal(found.records.get('ocid1.instance.a')?.region, 'other-1');
  });

  test('terminated and deleted are left out unless asked for', async () => {
    const pages = { 'home-1': [[summary('a', 'Instance', { lifecycleState: 'TERMINATED' }), summary('b', 'Vcn', { lifecycleState: 'DELETED' }), summary('c', 'Vcn')]] };
    const dropped = await discoverAll(fakePort(pages), { ...base, regions: ['home-1'] }, silentLogger);
    assert.deepEqual([...dropped.records.keys()], ['c']);
    assert.equal(dropped.droppedTerminated, 2);
    const kept = await discoverAll(fakePort(pages), { ...base, regions: ['home-1'], includeTerminated: true }, silentLogger);
    assert.equal(kept.records.size, 3);
  });

  test('compartment scope keeps the subtree only', async () => {
    const compartments: CompartmentInfo[] = [
      { ocid: 't', name: 'root', parentId: null, path: 'root', lifecycleState: 'ACTIVE' },
      { ocid: 'c1', name: 'a', parentId: 't', path: 'root/a', lifecycleState: 'ACTIVE' },
      { ocid: 'c2', name: 'b', parentId: 'c1', path: 'root/a/b', lifecycleState: 'ACTIVE' },
      { ocid: 'c3', name: 'c', parentId: 't', path: 'root/c', lifecycleState: 'ACTIVE' },
    ];
    const scope = compartmentSubtree('c1', compartments);
    assert.deepEqual([...scope].sort(), ['c1', 'c2']);
    const pages = { 'home-1': [[summary('x', 'Vcn', { compartmentId: 'c2' }), summary('y', 'Vcn', { compartmentId: 'c3' })]] };
    const found = await discoverAll(fakePort(pages), { ...base, regions: ['home-1'], scope }, silentLogger);
    assert.deepEqual([...found.records.keys()], ['x']);
  });

  test('a failing region keeps what it read and is marked FAILED with its status', async () => {
    const port = fakePort(
      { 'home-1': [[summary('a', 'Vcn')]], 'bad-1': [[summary('b', 'Vcn')], [summary('c', 'Vcn')]] },
      { 'bad-1': { pages: 1, status: 503 } },
    );
    const found = await discoverAll(port, { ...base, regions: ['home-1', 'bad-1'] }, silentLogger);
    assert.deepEqual([...found.records.keys()].sort(), ['a', 'b']);
    const bad = found.regions.find((r) => r.region === 'bad-1');
    assert.equal(bad?.status, 'FAILED');
    assert.equal(bad?.httpStatus, 503);
    assert.equal(bad?.count, 1);
    assert.match(bad?.error ?? '', /503 InternalServerError/);
  });

  test('records carry the SPEC fields and keep the search summary', async () => {
    const s = summary('ocid1.instance.x', 'Instance', { availabilityDomain: 'AD-1', freeformTags: { Owner: 'me' } });
    const found = await discoverAll(fakePort({ 'home-1': [[s]] }), { ...base, regions: ['home-1'] }, silentLogger);
    const r = found.records.get('ocid1.instance.x');
    assert.ok(r);
    assert.equal(r.availabilityDomain, 'AD-1');
    assert.equal(r.enrichStatus, 'NOT_IMPLEMENTED');
    assert.equal(r.collectedAt, base.collectedAt);
    assert.deepEqual(r.freeformTags, { Owner: 'me' });
    assert.equal(r.details.searchSummary?.identifier, 'ocid1.instance.x');
  });
});
