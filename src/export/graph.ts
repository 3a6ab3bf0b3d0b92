// The resource graph (SPEC §4): graph_nodes.jsonl, graph_edges.jsonl and graph.mmd. Edges
// are the enrichers' relationships plus IN_COMPARTMENT containment for every resource and
// every compartment, so tools that load the two JSONL files get the whole hierarchy.
import { join } from 'node:path';
import type { Edge, InventoryRecord } from '../core/record.js';
import type { CompartmentInfo } from '../core/compartments.js';
import { withAtomicWriter, writeFileAtomic } from './atomic.js';
import { sortRecordsForExport } from './jsonl.js';
import { type MermaidMode, renderMermaid } from './mermaid.js';
import { collectEdges, sortAndDedupeEdges, writeEdgesJsonl } from './relationships.js';

export const IN_COMPARTMENT = 'IN_COMPARTMENT';

export interface GraphNode {
  ocid: string;
  resourceType: string;
  displayName: string | null;
  compartmentId: string | null;
  /** Null for compartments known only from the identity tree, which have no search record. */
  region: string | null;
  lifecycleState: string | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: Edge[];
}

export interface GraphResult {
  nodes: number;
  edges: number;
  mermaid: { mode: MermaidMode; chars: number; edges: number; note: string };
}

/** Compartments are not always in the search results (the tenancy root never is). */
export function compartmentNode(compartment: CompartmentInfo): GraphNode {
  return {
    ocid: compartment.ocid,
    resourceType: compartment.parentId === null ? 'Tenancy' : 'Compartment',
    displayName: compartment.name,
    compartmentId: compartment.parentId,
    region: null,
    lifecycleState: compartment.lifecycleState,
  };
}

/** A record's graph node: the fields a node carries, nothing of its details. */
export function recordNode(record: InventoryRecord): GraphNode {
  return {
    ocid: record.ocid,
    resourceType: record.resourceType,
    displayName: record.displayName,
    compartmentId: record.compartmentId,
    region: record.region,
    lifecycleState: record.lifecycleState,
  };
}

export function buildGraph(records: readonly InventoryRecord[], compartments: readonly CompartmentInfo[]): Graph {
  const nodes: GraphNode[] = sortRecordsForExport(records).map(recordNode);
  const known = new Set(nodes.map((node) => node.ocid));
  for (const compartment of compartments) {
    if (!known.has(compartment.ocid)) {
      nodes.push(compartmentNode(compartment));
      known.add(compartment.ocid);
    }
  }
  nodes.sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));

  const edges = collectEdges(records);
  // A compartment's compartmentId is its parent, so one rule covers resources and compartments;
  // the tenancy names itself as its own compartment, which is no edge.
  for (const node of nodes) {
    if (node.compartmentId !== null && node.compartmentId !== node.ocid) {
      edges.push({ source_ocid: node.ocid, relation_type: IN_COMPARTMENT, target_ocid: node.compartmentId });
    }
  }
  return { nodes, edges: sortAndDedupeEdges(edges) };
}

/** A node field as JSON: a string or null written directly, anything else undefined. */
const fieldText = (value: unknown): string | undefined => (value === null ? 'null' : typeof value === 'string' ? JSON.stringify(value) : undefined);

export function nodeLine(node: GraphNode): string {
  // Written directly (no object per node) when every field is a string or null: the same text
  // JSON.stringify gives for the object below.
  const ocid = fieldText(node.ocid);
  const resourceType = fieldText(node.resourceType);
  const displayName = fieldText(node.displayName);
  const compartmentId = fieldText(node.compartmentId);
  const region = fieldText(node.region);
  const lifecycleState = fieldText(node.lifecycleState);
  if (ocid !== undefined && resourceType !== undefined && displayName !== undefined && compartmentId !== undefined && region !== undefined && lifecycleState !== undefined) {
    return `{"ocid":${ocid},"resourceType":${resourceType},"displayName":${displayName},"compartmentId":${compartmentId},"region":${region},"lifecycleState":${lifecycleState}}\n`;
  }
  return `${JSON.stringify({
    ocid: node.ocid,
    resourceType: node.resourceType,
    displayName: node.displayName,
    compartmentId: node.compartmentId,
    region: node.region,
    lifecycleState: node.lifecycleState,
  })}\n`;
}

async function writeNodesJsonl(path: string, nodes: readonly GraphNode[]): Promise<void> {
  await withAtomicWriter(path, async (writer) => {
    const linesPerWrite = 2000;
    for (let start = 0; start < nodes.length; start += linesPerWrite) {
      await writer.write(nodes.slice(start, start + linesPerWrite).map(nodeLine).join(''));
    }
  });
}

/** Writes graph_nodes.jsonl, graph_edges.jsonl and graph.mmd into `dir`. */
export async function writeGraph(
  dir: string,
  records: readonly InventoryRecord[],
  compartments: readonly CompartmentInfo[],
): Promise<GraphResult> {
  const graph = buildGraph(records, compartments);
  await writeNodesJsonl(join(dir, 'graph_nodes.jsonl'), graph.nodes);
  const edgeCount = await writeEdgesJsonl(join(dir, 'graph_edges.jsonl'), graph.edges);
  const view = renderMermaid(graph, compartments);
  await writeFileAtomic(join(dir, 'graph.mmd'), view.text);
  return {
    nodes: graph.nodes.length,
    edges: edgeCount,
    mermaid: { mode: view.mode, chars: view.text.length, edges: view.edges, note: view.note },
  };
}
