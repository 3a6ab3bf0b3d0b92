// graph.mmd: a Mermaid flowchart of the graph that GitHub can render. Mermaid refuses text
// over `maxTextSize` (50,000 characters by default) and flowcharts over `maxEdges` (500), so a
// small tenancy is drawn resource by resource and a big one is summarized: compartments with
// resource counts by type, and relationships counted from resource type to resource type.
import type { CompartmentInfo } from '../core/compartments.js';
import type { Edge } from '../core/record.js';
import type { Graph, GraphNode } from './graph.js';
import { OcidTable, U32List } from './ocid-index.js';

export type MermaidMode = 'full' | 'summary';

export interface MermaidLimits {
  maxChars: number;
  maxEdges: number;
}

/** Mermaid's defaults, which GitHub keeps. */
export const MERMAID_LIMITS: MermaidLimits = { maxChars: 50_000, maxEdges: 500 };

export interface MermaidView {
  text: string;
  mode: MermaidMode;
  /** Links drawn (what Mermaid counts against maxEdges). */
  edges: number;
  /** One line saying what is drawn and what was left out; also the diagram's `%%` comment. */
  note: string;
}

const IN_COMPARTMENT = 'IN_COMPARTMENT';
const LABEL_MAX = 60;
/** ASCII that means nothing inside a quoted Mermaid label; every other ASCII sign is encoded. */
const SAFE_ASCII = /^[A-Za-z0-9 .,:_\-/+=@!?*'~$^]$/;
/** C0/C1 controls and bidi overrides: invisible, and able to make a label lie. */
const STRIPPED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Text for inside `["…"]` or `|…|`. Mermaid decodes `#<decimal>;` entities, so quotes,
 * brackets, `#`, `;`, `|`, `%`, `<`, `>`, `&` and backticks are written that way; line
 * breaks become spaces; long text is cut (on code points, so no emoji is split) with `…`.
 */
export function escapeMermaidText(text: string, maxLength = LABEL_MAX): string {
  let chars = Array.from(text.replace(/[\r\n\t\u2028\u2029]+/g, ' '));
  if (chars.length > maxLength) chars = [...chars.slice(0, maxLength - 1), '…'];
  let out = '';
  for (const ch of chars) {
    const code = ch.codePointAt(0) ?? 0;
    if (STRIPPED.test(ch)) continue;
    out += code < 0x80 && !SAFE_ASCII.test(ch) ? `#${code};` : ch;
  }
  return out;
}

/** `ocid1.instance.oc1.eu-frankfurt-1.abcdef…xyz` → `instance …xyz1234`: enough to tell apart. */
function shortOcid(ocid: string): string {
  const kind = ocid.split('.')[1] ?? 'ocid';
  return `${kind} …${ocid.slice(-8)}`;
}

function isCompartment(node: GraphNode): boolean {
  return node.resourceType === 'Compartment' || node.resourceType === 'Tenancy';
}

function header(note: string): string[] {
  return ['flowchart LR', `%% ${note.replace(/[\r\n]+/g, ' ')}`];
}

const COMPARTMENT_CLASS = '  classDef compartment fill:#eef3ff,stroke:#5570a8';
const EXTERNAL_CLASS = '  classDef external fill:#ffffff,stroke:#999999,stroke-dasharray:4 2';

/** Everything, one node per resource; null when it would pass the limits. */
function renderFull(graph: Graph, limits: MermaidLimits): MermaidView | null {
  if (graph.edges.length > limits.maxEdges) return null;
  const ids = new Map<string, string>();
  const body: string[] = [];
  // Rough floor of the output size: give up before building a text that cannot fit.
  let size = 0;
  graph.nodes.forEach((node, i) => {
    const id = `n${i}`;
    ids.set(node.ocid, id);
    const name = node.displayName ? node.displayName : shortOcid(node.ocid);
    const line = `  ${id}["${escapeMermaidText(name)}<br/>${escapeMermaidText(node.resourceType, 40)}"]${isCompartment(node) ? ':::compartment' : ''}`;
    body.push(line);
    size += line.length + 1;
  });
  if (size > limits.maxChars) return null;
  let external = 0;
  const idFor = (ocid: string): string => {
    let id = ids.get(ocid);
    if (id === undefined) {
      id = `e${external++}`;
      ids.set(ocid, id);
      body.push(`  ${id}["${escapeMermaidText(shortOcid(ocid))}"]:::external`);
    }
    return id;
  };
  for (const edge of graph.edges) {
    const from = idFor(edge.source_ocid);
    const to = idFor(edge.target_ocid);
    body.push(
      edge.relation_type === IN_COMPARTMENT
        ? `  ${from} -.-> ${to}`
        : `  ${from} -->|${escapeMermaidText(edge.relation_type, 40)}| ${to}`,
    );
  }
  const resources = graph.nodes.filter((node) => !isCompartment(node)).length;
  const note = `oci-inv graph, full view: ${resources} resources, ${graph.nodes.length - resources} compartments, ${graph.edges.length} edges (dotted: IN_COMPARTMENT)`;
  const text = `${[...header(note), ...body, COMPARTMENT_CLASS, EXTERNAL_CLASS].join('\n')}\n`;
  if (text.length > limits.maxChars) return null;
  return { text, mode: 'full', edges: graph.edges.length, note };
}

interface CompartmentSummary {
  ocid: string;
  parentId: string | null;
  label: string;
  total: number;
  byType: Map<string, number>;
}

function newCompartmentSummaries(compartments: readonly CompartmentInfo[]): Map<string, CompartmentSummary> {
  const summaries = new Map<string, CompartmentSummary>();
  for (const compartment of compartments) {
    summaries.set(compartment.ocid, {
      ocid: compartment.ocid,
      parentId: compartment.parentId,
      label: compartment.path || compartment.name,
      total: 0,
      byType: new Map(),
    });
  }
  return summaries;
}

function countInCompartment(summaries: Map<string, CompartmentSummary>, node: GraphNode): void {
  if (node.compartmentId === null || node.compartmentId === node.ocid) return;
  if (isCompartment(node) && summaries.has(node.ocid)) return;
  let summary = summaries.get(node.compartmentId);
  if (summary === undefined) {
    summary = { ocid: node.compartmentId, parentId: null, label: `compartment ${shortOcid(node.compartmentId)}`, total: 0, byType: new Map() };
    summaries.set(node.compartmentId, summary);
  }
  summary.total++;
  summary.byType.set(node.resourceType, (summary.byType.get(node.resourceType) ?? 0) + 1);
}

function compartmentLabel(summary: CompartmentSummary): string {
  const types = [...summary.byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = types.slice(0, 4).map(([type, count]) => `${escapeMermaidText(type, 30)} ${count}`);
  if (types.length > 4) shown.push(`+${types.length - 4} more types`);
  // Paths grow at the end; keep the end, where compartments differ.
  const path = Array.from(summary.label);
  const label = path.length > 70 ? `…${path.slice(-69).join('')}` : summary.label;
  const first = `${escapeMermaidText(label, 70)}: ${summary.total} resources`;
  return shown.length > 0 ? `${first}<br/>${shown.join(' · ')}` : first;
}

interface TypeEdge {
  from: string;
  relation: string;
  to: string;
  count: number;
}

function sortTypeEdges(counts: Iterable<TypeEdge>): TypeEdge[] {
  return [...counts].sort((a, b) => b.count - a.count || (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : 0) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}

/** Room kept for the header comment, subgraph frames and class definitions. */
const FRAME_RESERVE = 1_000;

interface Budget {
  chars: number;
  edges: number;
}

interface Section {
  nodeLines: string[];
  linkLines: string[];
  chars: number;
  links: number;
  leftOut: number;
}

const cost = (lines: readonly string[]): number => lines.reduce((sum, line) => sum + line.length + 1, 0);

/** Most frequent type relationships first, while they fit. */
function typeSection(typeEdges: readonly TypeEdge[], budget: Budget): Section {
  const section: Section = { nodeLines: [], linkLines: [], chars: 0, links: 0, leftOut: 0 };
  const ids = new Map<string, string>();
  for (const edge of typeEdges) {
    const newNodes = new Map<string, string>();
    const idFor = (type: string): string => {
      const id = ids.get(type) ?? newNodes.get(type) ?? `t${ids.size + newNodes.size}`;
      if (!ids.has(type)) newNodes.set(type, id);
      return id;
    };
    const link = `  ${idFor(edge.from)} -->|${escapeMermaidText(edge.relation, 40)} ×${edge.count}| ${idFor(edge.to)}`;
    const nodeLines = [...newNodes].map(([type, id]) => `    ${id}["${escapeMermaidText(type, 40)}"]`);
    const added = cost([...nodeLines, link]);
    if (section.chars + added > budget.chars || section.links + 1 > budget.edges) {
      section.leftOut++;
      continue;
    }
    for (const [type, id] of newNodes) ids.set(type, id);
    section.nodeLines.push(...nodeLines);
    section.linkLines.push(link);
    section.chars += added;
    section.links++;
  }
  return section;
}

/** Biggest compartments first, each with its missing ancestors so the tree stays connected. */
function compartmentSection(summaries: ReadonlyMap<string, CompartmentSummary>, budget: Budget): Section {
  const section: Section = { nodeLines: [], linkLines: [], chars: 0, links: 0, leftOut: 0 };
  const ids = new Map<string, string>();
  const ranked = [...summaries.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : 1));
  for (const summary of ranked) {
    if (ids.has(summary.ocid)) continue;
    const chain: CompartmentSummary[] = [];
    const seen = new Set<string>();
    for (let at: CompartmentSummary | undefined = summary; at && !ids.has(at.ocid) && !seen.has(at.ocid); at = at.parentId ? summaries.get(at.parentId) : undefined) {
      chain.push(at);
      seen.add(at.ocid);
    }
    const tentative = new Map(chain.map((member, i) => [member.ocid, `c${ids.size + i}`]));
    const nodeLines: string[] = [];
    const linkLines: string[] = [];
    for (const [ocid, id] of tentative) {
      const member = summaries.get(ocid);
      if (member === undefined) continue;
      nodeLines.push(`    ${id}["${compartmentLabel(member)}"]:::compartment`);
      const parentId = member.parentId === null ? undefined : (tentative.get(member.parentId) ?? ids.get(member.parentId));
      if (parentId !== undefined && parentId !== id) linkLines.push(`  ${parentId} --> ${id}`);
    }
    const added = cost([...nodeLines, ...linkLines]);
    if (section.chars + added > budget.chars || section.links + linkLines.length > budget.edges) continue;
    for (const [ocid, id] of tentative) ids.set(ocid, id);
    section.nodeLines.push(...nodeLines);
    section.linkLines.push(...linkLines);
    section.chars += added;
    section.links += linkLines.length;
  }
  section.leftOut = summaries.size - ids.size;
  return section;
}

/** What the summary view needs, gathered while the graph streams past: bounded by compartments × types. */
interface GraphDigest {
  nodes: number;
  resources: number;
  edges: number;
  typeEdges: TypeEdge[];
  compartments: Map<string, CompartmentSummary>;
}

function renderSummary(digest: GraphDigest, limits: MermaidLimits): MermaidView {
  const budget = { chars: limits.maxChars - FRAME_RESERVE, edges: limits.maxEdges };
  // Type relationships are few (types × relations), so they go first with at most half the
  // room; compartments, which can number thousands, take whatever is left.
  const types = typeSection(digest.typeEdges, { chars: budget.chars / 2, edges: Math.floor(budget.edges / 2) });
  const tree = compartmentSection(digest.compartments, {
    chars: budget.chars - types.chars,
    edges: budget.edges - types.links,
  });

  const resources = digest.resources;
  const leftOut =
    tree.leftOut + types.leftOut > 0
      ? ` Left out to stay within the limits: ${tree.leftOut} compartments (fewest resources first), ${types.leftOut} type relationships (rarest first).`
      : '';
  const note =
    `oci-inv graph, summary view: ${resources} resources and ${digest.edges} edges are more than Mermaid draws ` +
    `(${limits.maxChars} characters, ${limits.maxEdges} edges), so compartments show the resources directly in them by type and ` +
    `relationships are counted by resource type.${leftOut} The full graph is in graph_nodes.jsonl and graph_edges.jsonl.`;
  const lines = [...header(note), '  subgraph compartments["Compartments: resources by type"]', ...tree.nodeLines, '  end', ...tree.linkLines];
  if (types.nodeLines.length > 0) {
    lines.push('  subgraph types["Relationships between resource types"]', ...types.nodeLines, '  end', ...types.linkLines);
  }
  lines.push(COMPARTMENT_CLASS);
  return { text: `${lines.join('\n')}\n`, mode: 'summary', edges: tree.links + types.links, note };
}

/**
 * Builds the Mermaid view from nodes and edges fed one at a time (nodes in any order, each
 * edge after or before its nodes). It keeps the whole graph only while a full view could still
 * fit (at most `maxEdges` edges); past that it keeps the summary's counts, plus what the type
 * relationships need: a compact ocid → type table (`OcidTable`, about 24 bytes a resource)
 * and, per relationship edge, its target's ocid hash and its (source type, relation) as
 * three 32-bit integers. Targets are named at the end, when every node has been seen.
 */
export class MermaidCollector {
  private nodes: GraphNode[] | null = [];
  private edges: Edge[] | null = [];
  private nodeCount = 0;
  private resourceCount = 0;
  private edgeCount = 0;
  private readonly typeOf = new OcidTable();
  private readonly typeNames: string[] = [];
  private readonly typeIds = new Map<string, number>();
  /** (source type, relation) pairs, interned: bounded by types × relations. */
  private readonly pairs: Array<[string, string]> = [];
  private readonly pairIds = new Map<string, number>();
  /** Per relationship edge: target ocid hash (two entries) and pair id. */
  private readonly relationshipEdges = new U32List();
  private readonly typeEdges = new Map<string, TypeEdge>();
  private readonly summaries: Map<string, CompartmentSummary>;

  constructor(
    private readonly compartments: readonly CompartmentInfo[],
    private readonly limits: MermaidLimits = MERMAID_LIMITS,
  ) {
    this.summaries = newCompartmentSummaries(compartments);
  }

  /** Bytes held by the per-resource and per-edge tables (for measurements). */
  get indexBytes(): number {
    return this.typeOf.bytes + this.relationshipEdges.bytes;
  }

  addNode(node: GraphNode): void {
    this.nodeCount++;
    if (!isCompartment(node)) this.resourceCount++;
    let typeId = this.typeIds.get(node.resourceType);
    if (typeId === undefined) {
      typeId = this.typeNames.length;
      this.typeNames.push(node.resourceType);
      this.typeIds.set(node.resourceType, typeId);
    }
    this.typeOf.set(node.ocid, typeId);
    countInCompartment(this.summaries, node);
    this.nodes?.push(node);
  }

  addEdge(edge: Edge): void {
    this.edgeCount++;
    if (this.edges !== null) {
      if (this.edges.length < this.limits.maxEdges) this.edges.push(edge);
      else {
        this.edges = null;
        this.nodes = null;
      }
    }
    if (edge.relation_type !== IN_COMPARTMENT) {
      const from = this.typeName(this.typeOf.get(edge.source_ocid));
      const key = JSON.stringify([from, edge.relation_type]);
      let pair = this.pairIds.get(key);
      if (pair === undefined) {
        pair = this.pairs.length;
        this.pairs.push([from, edge.relation_type]);
        this.pairIds.set(key, pair);
      }
      // The target may come later in the stream: its type is looked up in finish().
      const { data, at } = this.relationshipEdges.reserve(3);
      OcidTable.hash(edge.target_ocid, data, at);
      data[at + 2] = pair;
    }
  }

  private typeName(id: number): string {
    return id < 0 ? 'outside inventory' : (this.typeNames[id] as string);
  }

  private countTypeEdge(from: string, relation: string, to: string): void {
    const key = JSON.stringify([from, relation, to]);
    const entry = this.typeEdges.get(key);
    if (entry) entry.count++;
    else this.typeEdges.set(key, { from, relation, to, count: 1 });
  }

  finish(): MermaidView {
    if (this.nodes !== null && this.edges !== null) {
      const full = renderFull({ nodes: this.nodes, edges: this.edges }, this.limits);
      if (full) return full;
    }
    const edges = this.relationshipEdges.array;
    for (let at = 0; at < this.relationshipEdges.length; at += 3) {
      const [from, relation] = this.pairs[edges[at + 2] as number] as [string, string];
      this.countTypeEdge(from, relation, this.typeName(this.typeOf.getHashed(edges, at)));
    }
    return renderSummary(
      { nodes: this.nodeCount, resources: this.resourceCount, edges: this.edgeCount, typeEdges: sortTypeEdges(this.typeEdges.values()), compartments: this.summaries },
      this.limits,
    );
  }
}

export function renderMermaid(graph: Graph, compartments: readonly CompartmentInfo[], limits: MermaidLimits = MERMAID_LIMITS): MermaidView {
  const collector = new MermaidCollector(compartments, limits);
  for (const node of graph.nodes) collector.addNode(node);
  for (const edge of graph.edges) collector.addEdge(edge);
  return collector.finish();
}
