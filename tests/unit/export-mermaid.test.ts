import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Edge } from '../../src/core/record.js';
import { buildGraph, type GraphNode } from '../../src/export/graph.js';
import { escapeMermaidText, MERMAID_LIMITS, MermaidCollector, renderMermaid } from '../../src/export/mermaid.js';
import { OcidTable } from '../../src/export/ocid-index.js';
import { compartmentTree, largeInventory, makeRecord, NASTY_NAMES, nastyRecords } from '../helpers/export-fixtures.js';

/** Characters that end or change a quoted Mermaid label when written raw. */
const FORBIDDEN_IN_LABEL = /["[\](){}<>#;|%&`\r\n\t\u0000-\u001f]/;

function checkLabel(label: string, where: string): void {
  const bare = label.replace(/<br\/>/g, '').replace(/#\d+;/g, '');
  assert.doesNotMatch(bare, FORBIDDEN_IN_LABEL, `${where}: raw special character in label ${JSON.stringify(label)}`);
}

/**
 * A strict reading of the subset of flowchart syntax the renderer is allowed to emit: any
 * line outside it, an undefined node, a repeated id, an unbalanced subgraph or a raw special
 * character in a label fails. Returns the number of links (what Mermaid's maxEdges counts).
 */
function validateFlowchart(text: string): { links: number; nodes: Map<string, string> } {
  assert.ok(text.length <= MERMAID_LIMITS.maxChars, `text is ${text.length} characters`);
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'ends with one newline');
  assert.equal(lines[0], 'flowchart LR');
  const nodes = new Map<string, string>();
  const links: Array<[string, string, number]> = [];
  let depth = 0;
  lines.slice(1).forEach((line, index) => {
    const where = `line ${index + 2}`;
    const node = /^ {2,4}([ncet]\d+)\["(.*)"\](?::::(compartment|external))?$/.exec(line);
    const link = /^ {2}([ncet]\d+) (-->|-\.->)(?:\|([^|]*)\|)? ([ncet]\d+)$/.exec(line);
    const subgraph = /^ {2}subgraph (\w+)\["(.*)"\]$/.exec(line);
    if (line.startsWith('%% ')) {
      assert.ok(!line.startsWith('%%{'), `${where}: a comment must not look like a directive`);
    } else if (node) {
      const [, id = '', label = ''] = node;
      assert.ok(!nodes.has(id), `${where}: node ${id} defined twice`);
      checkLabel(label, where);
      nodes.set(id, label);
    } else if (link) {
      const [, from = '', , label, to = ''] = link;
      if (label !== undefined) checkLabel(label, where);
      links.push([from, to, index + 2]);
    } else if (subgraph) {
      checkLabel(subgraph[2] ?? '', where);
      depth++;
    } else if (line === '  end') {
      depth--;
      assert.ok(depth >= 0, `${where}: end without subgraph`);
    } else {
      assert.match(line, /^ {2}classDef \w+ [\w:#,\- ]+$/, `${where}: unexpected line ${JSON.stringify(line)}`);
    }
  });
  assert.equal(depth, 0, 'every subgraph is closed');
  for (const [from, to, lineNo] of links) {
    assert.ok(nodes.has(from) && nodes.has(to), `line ${lineNo}: link between undefined nodes ${from}, ${to}`);
  }
  return { links: links.length, nodes };
}

test('escapeMermaidText encodes every character that breaks a quoted label and keeps emoji and CJK', () => {
  assert.equal(escapeMermaidText('say "hi"; [x] #1 | 50% <b>&`'), 'say #34;hi#34;#59; #91;x#93; #35;1 #124; 50#37; #60;b#62;#38;#96;');
  assert.equal(escapeMermaidText('line\r\nbreak\ttab\u202Eevil'), 'line break tabevil');
  assert.equal(escapeMermaidText('中文 🚀 👨‍👩‍👧'), '中文 🚀 👨‍👩‍👧');
  for (const name of NASTY_NAMES) checkLabel(escapeMermaidText(name ?? ''), String(name));
});

test('escapeMermaidText cuts long text on code points, never inside an emoji or an entity', () => {
  const cut = escapeMermaidText('🚀'.repeat(100), 10);
  assert.equal(cut, `${'🚀'.repeat(9)}…`);
  const quotes = escapeMermaidText('"'.repeat(100), 5);
  assert.equal(quotes, `${'#34;'.repeat(4)}…`);
});

test('a 20-resource tenancy is drawn in full: every resource, every edge, nasty names escaped', () => {
  const compartments = compartmentTree(2);
  const records = nastyRecords().map((record, i) => ({ ...record, compartmentId: compartments[i % compartments.length]?.ocid ?? null }));
  assert.equal(records.length, 20);
  const graph = buildGraph(records, compartments);
  const view = renderMermaid(graph, compartments);
  assert.equal(view.mode, 'full');
  const { links, nodes } = validateFlowchart(view.text);
  assert.equal(links, graph.edges.length);
  assert.equal(view.edges, graph.edges.length);
  const labels = [...nodes.values()];
  for (const record of records) {
    if (record.displayName) {
      const expected = escapeMermaidText(record.displayName);
      assert.ok(labels.some((label) => label.startsWith(`${expected}<br/>`)), `no node for ${JSON.stringify(record.displayName)}`);
    }
  }
  // the subnet target is outside the inventory and gets one external node, not one per edge
  assert.equal(labels.filter((label) => label.includes('subnet')).length, 1);
  assert.match(view.text.split('\n')[1] ?? '', /^%% oci-inv graph, full view: 20 resources, 3 compartments/);
});

test('100k resources become a summary within 50,000 characters and 500 edges', () => {
  const compartments = compartmentTree(200);
  const records = largeInventory(100_000, compartments);
  const graph = buildGraph(records, compartments);
  const view = renderMermaid(graph, compartments);
  assert.equal(view.mode, 'summary');
  const { links, nodes } = validateFlowchart(view.text);
  assert.equal(links, view.edges);
  assert.ok(links <= MERMAID_LIMITS.maxEdges);
  assert.ok(view.text.includes(`%% ${view.note}`));
  assert.match(view.note, /summary view: 100000 resources/);
  // counts are real: the root's label carries its resource total
  const rootLabel = [...nodes.values()].find((label) => label.startsWith('root: '));
  const inRoot = records.filter((record) => record.compartmentId === 'ocid1.tenancy.oc1..root').length;
  assert.ok(rootLabel?.startsWith(`root: ${inRoot} resources`), String(rootLabel));
  // the type graph is there: 25 types × 7 relation kinds collapse to a few hundred counted edges
  assert.ok([...nodes.keys()].some((id) => id.startsWith('t')));
  assert.match(view.text, /USES_\d ×\d+\|/);
});

test('thousands of compartments: the biggest are kept with their ancestors, the rest counted as left out', () => {
  const compartments = compartmentTree(3000);
  const records = largeInventory(30_000, compartments.slice(0, 2000));
  const graph = buildGraph(records, compartments);
  const view = renderMermaid(graph, compartments);
  assert.equal(view.mode, 'summary');
  const { links } = validateFlowchart(view.text);
  assert.ok(links <= MERMAID_LIMITS.maxEdges);
  assert.match(view.note, /Left out to stay within the limits: \d+ compartments/);
});

test('few resources but more than 500 edges is a summary too', () => {
  const records = Array.from({ length: 40 }, (_, i) =>
    makeRecord({
      ocid: `ocid1.instance.oc1..${String(i).padStart(3, '0')}`,
      relationships: Array.from({ length: 15 }, (_, j) => ({ relation_type: 'TALKS_TO', target_ocid: `ocid1.instance.oc1..${String(j).padStart(3, '0')}` })),
    }),
  );
  const view = renderMermaid(buildGraph(records, []), []);
  assert.equal(view.mode, 'summary');
  validateFlowchart(view.text);
  assert.match(view.text, /TALKS_TO ×600\|/);
});

test('custom tighter limits are honoured', () => {
  const compartments = compartmentTree(50);
  const records = largeInventory(2_000, compartments);
  const limits = { maxChars: 6_000, maxEdges: 40 };
  const view = renderMermaid(buildGraph(records, compartments), compartments, limits);
  assert.equal(view.mode, 'summary');
  assert.ok(view.text.length <= limits.maxChars, `${view.text.length}`);
  assert.ok(view.edges <= limits.maxEdges);
});

test('type relationships are counted by the target type however the stream orders nodes and edges', () => {
  // 600 instances, each linked to a subnet (sorts after it), a vcn (sorts before it) and a
  // target outside the inventory; edges fed before, between and after their nodes.
  const nodes: GraphNode[] = [];
  const node = (ocid: string, resourceType: string): GraphNode => ({ ocid, resourceType, displayName: ocid, compartmentId: null, region: 'r', lifecycleState: 'ACTIVE' });
  for (let i = 0; i < 20; i++) nodes.push(node(`ocid1.subnet.oc1..${i}`, 'Subnet'), node(`ocid1.aaavcn.oc1..${i}`, 'Vcn'));
  const edges: Edge[] = [];
  for (let i = 0; i < 600; i++) {
    nodes.push(node(`ocid1.instance.oc1..${i}`, 'Instance'));
    edges.push(
      { source_ocid: `ocid1.instance.oc1..${i}`, relation_type: 'IN_SUBNET', target_ocid: `ocid1.subnet.oc1..${i % 20}` },
      { source_ocid: `ocid1.instance.oc1..${i}`, relation_type: 'IN_VCN', target_ocid: `ocid1.aaavcn.oc1..${i % 7}` },
      { source_ocid: `ocid1.instance.oc1..${i}`, relation_type: 'USES_KEY', target_ocid: `ocid1.key.oc1..${i % 3}` },
    );
  }
  edges.push({ source_ocid: 'ocid1.nowhere.oc1..x', relation_type: 'IN_VCN', target_ocid: 'ocid1.aaavcn.oc1..1' });
  const collector = new MermaidCollector([]);
  // Sources first (an edge's source is always known when it arrives in a run), then the
  // edges, then the subnet targets: the order the export stream gives for ocids sorting later.
  for (const n of nodes.filter((n) => n.resourceType !== 'Subnet')) collector.addNode(n);
  for (const e of edges) collector.addEdge(e);
  for (const n of nodes.filter((n) => n.resourceType === 'Subnet')) collector.addNode(n);
  const view = collector.finish();
  assert.equal(view.mode, 'summary');
  const { nodes: drawn } = validateFlowchart(view.text);
  const counted = new Map<string, number>();
  for (const line of view.text.split('\n')) {
    const link = /^ {2}(t\d+) -->\|(\w+) ×(\d+)\| (t\d+)$/.exec(line);
    if (link) counted.set(`${drawn.get(link[1] ?? '')} ${link[2]} ${drawn.get(link[4] ?? '')}`, Number(link[3]));
  }
  assert.deepEqual(
    counted,
    new Map([
      ['Instance IN_SUBNET Subnet', 600],
      ['Instance IN_VCN Vcn', 600],
      ['Instance USES_KEY outside inventory', 600],
      ['outside inventory IN_VCN Vcn', 1],
    ]),
  );
});

test('OcidTable maps every ocid it was given, and no other, through its growth', () => {
  const table = new OcidTable();
  const n = 200_000;
  for (let i = 0; i < n; i++) table.set(`ocid1.instance.oc1.eu-frankfurt-1.${i.toString(36).padStart(60, '0')}`, i % 70_000);
  assert.equal(table.size, n);
  for (let i = 0; i < n; i++) assert.equal(table.get(`ocid1.instance.oc1.eu-frankfurt-1.${i.toString(36).padStart(60, '0')}`), i % 70_000);
  for (let i = n; i < n + 10_000; i++) assert.equal(table.get(`ocid1.instance.oc1.eu-frankfurt-1.${i.toString(36).padStart(60, '0')}`), -1);
  table.set('ocid1.instance.oc1.eu-frankfurt-1.' + (5).toString(36).padStart(60, '0'), 3);
  assert.equal(table.size, n, 'setting an ocid again replaces its value');
  assert.equal(table.get('ocid1.instance.oc1.eu-frankfurt-1.' + (5).toString(36).padStart(60, '0')), 3);
  // 12 bytes a slot, at most half full: under 25 bytes an ocid after growing (a Map of the
  // strings costs about 140).
  assert.ok(table.bytes / n < 25 * 1.4, `${table.bytes / n} bytes per ocid`);
});
