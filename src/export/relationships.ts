// relationships.jsonl (SPEC §4): the edges enrichers recorded on each record, flattened to
// `{source_ocid, relation_type, target_ocid}` lines, sorted and without repeats.
import type { Edge, InventoryRecord } from '../core/record.js';
import { withAtomicWriter } from './atomic.js';

export function collectEdges(records: readonly InventoryRecord[]): Edge[] {
  const edges: Edge[] = [];
  for (const record of records) {
    for (const relationship of record.relationships) {
      edges.push({ source_ocid: record.ocid, relation_type: relationship.relation_type, target_ocid: relationship.target_ocid });
    }
  }
  return edges;
}

export function compareEdges(a: Edge, b: Edge): number {
  if (a.source_ocid !== b.source_ocid) return a.source_ocid < b.source_ocid ? -1 : 1;
  if (a.relation_type !== b.relation_type) return a.relation_type < b.relation_type ? -1 : 1;
  if (a.target_ocid !== b.target_ocid) return a.target_ocid < b.target_ocid ? -1 : 1;
  return 0;
}

/** Sorted by (source, relation, target) with exact repeats removed. */
export function sortAndDedupeEdges(edges: readonly Edge[]): Edge[] {
  const sorted = [...edges].sort(compareEdges);
  const unique: Edge[] = [];
  for (const edge of sorted) {
    const last = unique[unique.length - 1];
    if (last === undefined || compareEdges(last, edge) !== 0) unique.push(edge);
  }
  return unique;
}

/** One edge as a JSON line, fields in the documented order (source, relation, target). */
export function edgeLine(edge: Edge): string {
  const { source_ocid: source, relation_type: relation, target_ocid: target } = edge;
  // Written directly (no object per edge): the same text JSON.stringify gives for strings.
  if (typeof source === 'string' && typeof relation === 'string' && typeof target === 'string') {
    return `{"source_ocid":${JSON.stringify(source)},"relation_type":${JSON.stringify(relation)},"target_ocid":${JSON.stringify(target)}}\n`;
  }
  return `${JSON.stringify({ source_ocid: source, relation_type: relation, target_ocid: target })}\n`;
}

/** Writes `edges` (sorted, deduplicated) as JSON lines; returns how many were written. */
export async function writeEdgesJsonl(path: string, edges: readonly Edge[]): Promise<number> {
  const unique = sortAndDedupeEdges(edges);
  await withAtomicWriter(path, async (writer) => {
    const linesPerWrite = 2000;
    for (let start = 0; start < unique.length; start += linesPerWrite) {
      await writer.write(unique.slice(start, start + linesPerWrite).map(edgeLine).join(''));
    }
  });
  return unique.length;
}

export async function writeRelationships(path: string, edges: readonly Edge[]): Promise<number> {
  return writeEdgesJsonl(path, edges);
}
