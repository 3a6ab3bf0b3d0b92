// Every record export in one pass over a sorted stream (docs/architecture.md, "Data flow"):
// inventory.jsonl, inventory.csv, inventory.parquet, relationships.jsonl, graph_nodes.jsonl,
// graph_edges.jsonl and graph.mmd. The stream comes from the spill merge (a run) or from a
// sorted array (merge, tests); either way memory holds one CSV batch, one Parquet row group,
// the writers' buffers and the Mermaid collector's bounded counts, never the inventory.
import { join } from 'node:path';
import { compareRecords, type Edge, type InventoryRecord } from '../core/record.js';
import type { CompartmentInfo } from '../core/compartments.js';
import { type AtomicWriter, openAtomicWriter, writeFileAtomic } from './atomic.js';
import { CSV_BASE_COLUMNS, CSV_NEWLINE, csvRow, parseTagColumn, toCsv } from './csv.js';
import { compartmentNode, type GraphNode, IN_COMPARTMENT, nodeLine, recordNode } from './graph.js';
import { MermaidCollector } from './mermaid.js';
import { AtomicParquetSink, columnData, PARQUET_ROW_GROUP_SIZE, parquetSchema } from './parquet.js';
import { compareEdges, edgeLine, sortAndDedupeEdges } from './relationships.js';
import { ParquetWriter } from 'hyparquet-writer';
import type { SpilledRecord } from './spill.js';
import { canonicalJson } from '../core/record.js';

export interface ExportOptions {
  formats: readonly string[];
  tagColumns?: readonly string[];
  /** Called with the file name(s) being written, for the live progress. */
  onStep?: (step: string) => void;
  /** Called once per record written (deduplicated, in file order): the run's running aggregates. */
  onRecord?: (record: InventoryRecord) => void;
  /** A Parquet row group ends at this many bytes of canonical JSON, if before its 10k rows. */
  parquetGroupBytes?: number;
}

/**
 * Big records (enriched details of several KB) would make a 10k-row group hundreds of MB in
 * memory (the records, their JSON cells, the encoded pages): a group also ends here.
 */
export const PARQUET_GROUP_BYTES = 24 << 20;

const CSV_ROWS_PER_WRITE = 5000;

/** A sorted array as the exporters' stream, each record canonicalized once. */
export async function* sortedRecordStream(records: readonly InventoryRecord[]): AsyncGenerator<SpilledRecord> {
  const sorted = [...records].sort(compareRecords);
  for (const record of sorted) yield { record, line: canonicalJson(record) };
}

/**
 * Lines into an atomic writer, each encoded straight into its buffer: no promise per line; a
 * disk write a line started is awaited once per record (`settle`), so the buffers stay bounded.
 */
class LineSink {
  private pending: Promise<void> | undefined;
  constructor(readonly writer: AtomicWriter) {}

  push(text: string): void {
    const started = this.writer.append(text);
    if (started) this.pending = started;
  }

  /** The last disk write started since the previous call (later writes queue after earlier ones). */
  settle(): Promise<void> | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending;
  }
}

/**
 * Writes every export from `source`, which must be in (ocid, resourceType) order; throws on a
 * repeated ocid (a bug upstream) before any file is renamed into place. Returns the file names
 * written, in the documented order.
 */
export async function writeExportsFromStream(
  runDir: string,
  source: AsyncIterable<SpilledRecord>,
  compartments: readonly CompartmentInfo[],
  options: ExportOptions,
): Promise<string[]> {
  const csvOn = options.formats.includes('csv');
  const parquetOn = options.formats.includes('parquet');
  const names = ['inventory.jsonl', ...(csvOn ? ['inventory.csv'] : []), ...(parquetOn ? ['inventory.parquet'] : []), 'relationships.jsonl', 'graph_nodes.jsonl', 'graph_edges.jsonl'];
  options.onStep?.(names.join(', '));
  const writers: AtomicWriter[] = [];
  const open = async (name: string): Promise<AtomicWriter> => {
    const writer = await openAtomicWriter(join(runDir, name));
    writers.push(writer);
    return writer;
  };
  try {
    const jsonl = new LineSink(await open('inventory.jsonl'));
    const relationships = new LineSink(await open('relationships.jsonl'));
    const nodes = new LineSink(await open('graph_nodes.jsonl'));
    const edges = new LineSink(await open('graph_edges.jsonl'));
    const sinks = [jsonl, relationships, nodes, edges];
    const settle = async () => {
      for (const sink of sinks) {
        const pending = sink.settle();
        if (pending) await pending;
      }
    };
    const paths = new Map(compartments.map((c) => [c.ocid, c.path]));
    const tags = (options.tagColumns ?? []).map(parseTagColumn);
    const csv = csvOn ? await open('inventory.csv') : undefined;
    let csvRows: string[][] = [];
    if (csv) await csv.write(toCsv([[...CSV_BASE_COLUMNS, ...tags.map((t) => t.header)]]));
    const parquetOut = parquetOn ? await open('inventory.parquet') : undefined;
    const parquet = parquetOut ? new ParquetWriter({ writer: new AtomicParquetSink(parquetOut), schema: parquetSchema(), createdBy: 'oci-inv' }) : undefined;
    let group: InventoryRecord[] = [];
    let groupBytes = 0;
    let groupParsed = true;
    const groupByteLimit = options.parquetGroupBytes ?? PARQUET_GROUP_BYTES;
    const mermaid = new MermaidCollector(compartments);
    // Compartments known only from the identity tree are graph nodes too, merged in ocid order.
    const extraNodes = [...compartments].sort((a, b) => (a.ocid < b.ocid ? -1 : a.ocid > b.ocid ? 1 : 0));
    let nextExtra = 0;
    const emitted = new Set<string>();

    /** `relationshipEdges`: the node's own edges, sorted and without repeats (all have it as source). */
    const emitNode = (node: GraphNode, relationshipEdges: readonly Edge[]) => {
      nodes.push(nodeLine(node));
      mermaid.addNode(node);
      const contained = node.compartmentId !== null && node.compartmentId !== node.ocid;
      const all = contained
        ? withEdge(relationshipEdges, { source_ocid: node.ocid, relation_type: IN_COMPARTMENT, target_ocid: node.compartmentId as string })
        : relationshipEdges;
      for (const edge of all) {
        edges.push(edgeLine(edge));
        mermaid.addEdge(edge);
      }
    };
    const emitExtrasBefore = async (ocid: string | undefined) => {
      for (; nextExtra < extraNodes.length; nextExtra++) {
        const compartment = extraNodes[nextExtra] as CompartmentInfo;
        if (ocid !== undefined && compartment.ocid >= ocid) break;
        if (emitted.has(compartment.ocid)) continue;
        emitted.add(compartment.ocid);
        emitNode(compartmentNode(compartment), []);
        await settle();
      }
    };
    const flushParquet = async () => {
      if (!parquet || group.length === 0) return;
      await parquet.write({ columnData: columnData(group, paths, groupParsed), rowGroupSize: group.length });
      group = [];
      groupBytes = 0;
      groupParsed = true;
    };
    const flushCsv = async () => {
      if (!csv || csvRows.length === 0) return;
      await csv.write(CSV_NEWLINE + toCsv(csvRows));
      csvRows = [];
    };

    let previous: InventoryRecord | undefined;
    for await (const { record, line, parsed } of source) {
      if (previous !== undefined) {
        if (previous.ocid === record.ocid) {
          throw new Error(
            `duplicate ocid ${record.ocid} (${previous.resourceType}, ${record.resourceType}): records must be deduplicated before export`,
          );
        }
        if (compareRecords(previous, record) > 0) throw new Error(`records out of order at ${record.ocid}: the export stream must be sorted`);
      }
      previous = record;
      options.onRecord?.(record);
      jsonl.push(line);
      jsonl.push('\n');
      if (csv) {
        csvRows.push(csvRow(record, paths, tags));
        if (csvRows.length >= CSV_ROWS_PER_WRITE) await flushCsv();
      }
      if (parquet) {
        group.push(record);
        groupBytes += line.length;
        groupParsed &&= parsed === true;
        if (group.length >= PARQUET_ROW_GROUP_SIZE || groupBytes >= groupByteLimit) await flushParquet();
      }
      const recordEdges = sortAndDedupeEdges(
        record.relationships.map((r) => ({ source_ocid: record.ocid, relation_type: r.relation_type, target_ocid: r.target_ocid })),
      );
      for (const edge of recordEdges) relationships.push(edgeLine(edge));
      await settle();
      await emitExtrasBefore(record.ocid);
      // A compartment with a search record is drawn from the record, once.
      if (nextExtra < extraNodes.length && (extraNodes[nextExtra] as CompartmentInfo).ocid === record.ocid) emitted.add(record.ocid);
      emitNode(recordNode(record), recordEdges);
      await settle();
    }
    await emitExtrasBefore(undefined);
    await flushCsv();
    if (csv) await csv.write(CSV_NEWLINE);
    await flushParquet();
    await parquet?.finish();
    const view = mermaid.finish();
    for (const writer of writers) await writer.commit();
    await writeFileAtomic(join(runDir, 'graph.mmd'), view.text);
  } catch (error) {
    for (const writer of writers) await writer.abort();
    throw error;
  }
  return [...names, 'graph.mmd'];
}

/** `edges` (sorted, without repeats) with `edge` in its place, unless it is there already. */
export function withEdge(edges: readonly Edge[], edge: Edge): readonly Edge[] {
  let at = 0;
  while (at < edges.length && compareEdges(edges[at] as Edge, edge) < 0) at++;
  if (at < edges.length && compareEdges(edges[at] as Edge, edge) === 0) return edges;
  return [...edges.slice(0, at), edge, ...edges.slice(at)];
}
