import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Edge } from '../../src/core/record.js';
import { buildGraph, writeGraph } from '../../src/export/graph.js';
import { collectEdges, edgeLine, writeRelationships } from '../../src/export/relationships.js';
import { compartmentTree, largeInventory, makeRecord } from '../helpers/export-fixtures.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-graph-'));
after(() => rm(dir, { recursive: true, force: true }));

async function readJsonl(path: string): Promise<unknown[]> {
  const text = await readFile(path, 'utf8');
  assert.ok(text === '' || text.endsWith('\n'));
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

const key = (e: Edge): string => `${e.source_ocid} ${e.relation_type} ${e.target_ocid}`;

test('relationships.jsonl: edges from every record, sorted by (source, relation, target), repeats removed', async () => {
  const records = [
    makeRecord({
      ocid: 'ocid1.instance.oc1..b',
      relationships: [
        { relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet..2' },
        { relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet..1' },
        { relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet..2' },
      ],
    }),
    makeRecord({
      ocid: 'ocid1.instance.oc1..a',
      relationships: [
        { relation_type: 'USES_IMAGE', target_ocid: 'ocid1.image..1' },
        { relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet..1' },
      ],
    }),
  ];
  const path = join(dir, 'relationships.jsonl');
  assert.equal(await writeRelationships(path, collectEdges(records)), 4);
  const text = await readFile(path, 'utf8');
  assert.equal(
    text,
    [
      '{"source_ocid":"ocid1.instance.oc1..a","relation_type":"IN_SUBNET","target_ocid":"ocid1.subnet..1"}',
      '{"source_ocid":"ocid1.instance.oc1..a","relation_type":"USES_IMAGE","target_ocid":"ocid1.image..1"}',
      '{"source_ocid":"ocid1.instance.oc1..b","relation_type":"IN_SUBNET","target_ocid":"ocid1.subnet..1"}',
      '{"source_ocid":"ocid1.instance.oc1..b","relation_type":"IN_SUBNET","target_ocid":"ocid1.subnet..2"}',
      '',
    ].join('\n'),
  );
});

test('graph: IN_COMPARTMENT for every resource and compartment, tree-only compartments become nodes, no self edge', () => {
  const compartments = compartmentTree(3);
  const [root, c0, c1] = compartments;
  assert.ok(root && c0 && c1);
  const records = [
    // the compartment c0 also came back from search: one node, not two
    makeRecord({ ocid: c0.ocid, resourceType: 'Compartment', displayName: 'c0', compartmentId: root.ocid }),
    makeRecord({ ocid: 'ocid1.instance.oc1..i1', compartmentId: c1.ocid, relationships: [{ relation_type: 'IN_SUBNET', target_ocid: 'ocid1.subnet..s' }] }),
    makeRecord({ ocid: 'ocid1.vcn.oc1..v1', resourceType: 'Vcn', compartmentId: c0.ocid }),
    makeRecord({ ocid: 'ocid1.policy.oc1..p', resourceType: 'Policy', compartmentId: null }),
  ];
  const graph = buildGraph(records, compartments);
  assert.deepEqual(
    graph.nodes.map((n) => n.ocid),
    [...new Set([...records.map((r) => r.ocid), ...compartments.map((c) => c.ocid)])].sort(),
  );
  const rootNode = graph.nodes.find((n) => n.ocid === root.ocid);
  assert.deepEqual(rootNode, { ocid: root.ocid, resourceType: 'Tenancy', displayName: 'root', compartmentId: null, region: null, lifecycleState: 'ACTIVE' });
  const c0Node = graph.nodes.find((n) => n.ocid === c0.ocid);
  assert.equal(c0Node?.region, 'eu-frankfurt-1', 'the search record wins over the tree entry');

  const keys = graph.edges.map(key);
  assert.deepEqual(keys, [...new Set(keys)].sort((a, b) => (a < b ? -1 : 1)), 'sorted, no repeats');
  assert.ok(keys.includes(`ocid1.instance.oc1..i1 IN_COMPARTMENT ${c1.ocid}`));
  assert.ok(keys.includes(`ocid1.instance.oc1..i1 IN_SUBNET ocid1.subnet..s`));
  assert.ok(keys.includes(`ocid1.vcn.oc1..v1 IN_COMPARTMENT ${c0.ocid}`));
  assert.ok(keys.includes(`${c0.ocid} IN_COMPARTMENT ${root.ocid}`));
  assert.ok(keys.includes(`${c1.ocid} IN_COMPARTMENT ${root.ocid}`));
  assert.ok(!keys.some((k) => k.startsWith('ocid1.policy')), 'no compartment, no containment edge');
  assert.ok(!graph.edges.some((e) => e.source_ocid === e.target_ocid));
});

test('the tenancy listed as its own compartment gets no self edge', () => {
  const graph = buildGraph([makeRecord({ ocid: 'ocid1.tenancy.oc1..t', resourceType: 'Tenancy', compartmentId: 'ocid1.tenancy.oc1..t' })], []);
  assert.deepEqual(graph.edges, []);
});

test('writeGraph writes nodes, edges and a full Mermaid view for a small tenancy', async () => {
  const compartments = compartmentTree(2);
  const records = largeInventory(10, compartments);
  const out = await mkdtemp(join(dir, 'small-'));
  const result = await writeGraph(out, records, compartments);
  const nodes = await readJsonl(join(out, 'graph_nodes.jsonl'));
  const edges = (await readJsonl(join(out, 'graph_edges.jsonl'))) as Edge[];
  assert.equal(result.nodes, nodes.length);
  assert.equal(result.edges, edges.length);
  assert.equal(nodes.length, records.length + compartments.length);
  assert.deepEqual(Object.keys(nodes[0] as object), ['ocid', 'resourceType', 'displayName', 'compartmentId', 'region', 'lifecycleState']);
  assert.equal(edges.filter((e) => e.relation_type === 'IN_COMPARTMENT').length, records.length + compartments.length - 1);
  const mermaid = await readFile(join(out, 'graph.mmd'), 'utf8');
  assert.equal(result.mermaid.mode, 'full');
  assert.equal(result.mermaid.chars, mermaid.length);
  assert.equal(result.mermaid.edges, edges.length);
});

test('writeGraph on 100k records: summary Mermaid within limits, edge file complete and duplicate-free', async () => {
  const compartments = compartmentTree(100);
  const records = largeInventory(100_000, compartments);
  const out = await mkdtemp(join(dir, 'big-'));
  const result = await writeGraph(out, records, compartments);
  assert.equal(result.mermaid.mode, 'summary');
  assert.ok(result.mermaid.chars <= 50_000);
  assert.ok(result.mermaid.edges <= 500);
  const lines = (await readFile(join(out, 'graph_edges.jsonl'), 'utf8')).split('\n').filter(Boolean);
  assert.equal(new Set(lines).size, lines.length);
  assert.equal(lines.length, result.edges);
  assert.equal(result.edges, records.length * 2 + compartments.length - 1);
});

test('edgeLine writes what JSON.stringify of the edge object writes, on hostile strings too', () => {
  const strings = ['ocid1.vcn.oc1..a', '', '"quoted"\\', 'line\nbreak\u2028', '\ud800 lone', 'é\u{1F600}', '__proto__', '\u0000\u001f'];
  for (const source of strings) {
    for (const relation of strings) {
      for (const target of strings.slice(0, 4)) {
        const edge: Edge = { source_ocid: source, relation_type: relation, target_ocid: target };
        assert.equal(edgeLine(edge), `${JSON.stringify({ source_ocid: source, relation_type: relation, target_ocid: target })}\n`);
      }
    }
  }
  // Not strings (a hand-edited file): the object form, undefined fields dropped as before.
  const odd = { source_ocid: 'a', relation_type: 7, target_ocid: undefined } as unknown as Edge;
  assert.equal(edgeLine(odd), '{"source_ocid":"a","relation_type":7}\n');
});
