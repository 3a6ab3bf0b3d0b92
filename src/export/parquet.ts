// inventory.parquet (SPEC §4): the inventory as typed columns for DuckDB, pyarrow and
// hyparquet. Only standard Parquet types: UTF8 strings, INT64 timestamps (millis, UTC), and the
// nested parts (tags, details, relationships) as JSON text annotated with the JSON logical type,
// so DuckDB loads them as JSON and pyarrow/hyparquet as text or parsed values.
import type { SchemaElement } from 'hyparquet';
import { ByteWriter, type ColumnSource, ParquetWriter } from 'hyparquet-writer';
import { canonicalJson, type InventoryRecord } from '../core/record.js';
import { type AtomicWriter, withAtomicWriter } from './atomic.js';
import { sortRecordsForExport } from './jsonl.js';

/** Rows per row group: large enough to scan fast, small enough to build one in memory. */
export const PARQUET_ROW_GROUP_SIZE = 10_000;

type Cell = string | number | null | object;
type ColumnKind = 'string' | 'timestamp' | 'json';

interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  required: boolean;
  /** `parsed`: the record is JSON.parse of its canonical line, so its objects are in canonical order already. */
  value: (record: InventoryRecord, paths: ReadonlyMap<string, string>, parsed: boolean) => Cell;
}

/**
 * A JSON column's cell: the value rebuilt from its canonical JSON, so the writer's
 * JSON.stringify emits sorted keys (integer-like keys aside, which JavaScript orders first).
 */
function jsonCell(value: unknown, parsed: boolean): object | null {
  if (value === undefined || value === null) return null;
  // Parsed from canonical JSON: rebuilding it would give the same keys in the same order.
  if (parsed) return value as object;
  return JSON.parse(canonicalJson(value)) as object;
}

/** Unparseable or empty times become null: a TIMESTAMP column cannot hold free text. */
function epochMillis(text: string | null | undefined): number | null {
  if (!text) return null;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? null : millis;
}

export const PARQUET_COLUMNS: readonly ColumnSpec[] = [
  { name: 'ocid', kind: 'string', required: true, value: (r) => r.ocid },
  { name: 'resourceType', kind: 'string', required: true, value: (r) => r.resourceType },
  { name: 'displayName', kind: 'string', required: false, value: (r) => r.displayName },
  { name: 'compartmentId', kind: 'string', required: false, value: (r) => r.compartmentId },
  { name: 'compartmentPath', kind: 'string', required: false, value: (r, paths) => (r.compartmentId ? (paths.get(r.compartmentId) ?? null) : null) },
  { name: 'region', kind: 'string', required: false, value: (r) => r.region },
  { name: 'availabilityDomain', kind: 'string', required: false, value: (r) => r.availabilityDomain ?? null },
  { name: 'lifecycleState', kind: 'string', required: false, value: (r) => r.lifecycleState },
  { name: 'timeCreated', kind: 'timestamp', required: false, value: (r) => epochMillis(r.timeCreated) },
  { name: 'collectedAt', kind: 'timestamp', required: false, value: (r) => epochMillis(r.collectedAt) },
  { name: 'enrichStatus', kind: 'string', required: false, value: (r) => r.enrichStatus },
  { name: 'enrichError', kind: 'string', required: false, value: (r) => r.enrichError },
  { name: 'definedTags', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.definedTags, parsed) },
  { name: 'freeformTags', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.freeformTags, parsed) },
  { name: 'details', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.details, parsed) },
  { name: 'relationships', kind: 'json', required: false, value: (r, _paths, parsed) => jsonCell(r.relationships, parsed) },
];

function schemaElement(column: ColumnSpec): SchemaElement {
  const repetition_type = column.required ? 'REQUIRED' : 'OPTIONAL';
  if (column.kind === 'timestamp') {
    // Both annotations: the legacy converted type for older readers, the logical type so
    // readers know the instant is UTC (pyarrow then reports timestamp[ms, tz=UTC]).
    return {
      name: column.name,
      type: 'INT64',
      converted_type: 'TIMESTAMP_MILLIS',
      logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
      repetition_type,
    };
  }
  if (column.kind === 'json') return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'JSON', logical_type: { type: 'JSON' }, repetition_type };
  return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
}

export function parquetSchema(): SchemaElement[] {
  return [{ name: 'root', num_children: PARQUET_COLUMNS.length }, ...PARQUET_COLUMNS.map(schemaElement)];
}

/**
 * hyparquet-writer encodes a row group into memory and calls `flush()` after it; this writer
 * hands those bytes to the atomic file and rewinds, so memory holds one row group, not the file.
 */
export class AtomicParquetSink extends ByteWriter {
  constructor(private readonly out: AtomicWriter) {
    super(1 << 20);
  }

  private async drain(): Promise<void> {
    if (this.index === 0) return;
    const bytes = new Uint8Array(this.buffer, 0, this.index);
    await this.out.write(bytes);
    this.index = 0;
  }

  flush(): Promise<void> {
    return this.drain();
  }

  override finish(): Promise<void> {
    return this.drain();
  }
}

/** `parsed`: every record is JSON.parse of its canonical line (the spill merge's records). */
export function columnData(records: readonly InventoryRecord[], paths: ReadonlyMap<string, string>, parsed = false): ColumnSource[] {
  return PARQUET_COLUMNS.map((column) => ({
    name: column.name,
    data: records.map((r) => column.value(r, paths, parsed)),
  }));
}

/** Writes inventory.parquet in (ocid, resourceType) order; returns the number of rows. */
export async function writeInventoryParquet(
  path: string,
  records: readonly InventoryRecord[],
  compartmentPaths: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  const sorted = sortRecordsForExport(records);
  await withAtomicWriter(path, async (out) => {
    const parquet = new ParquetWriter({
      writer: new AtomicParquetSink(out),
      schema: parquetSchema(),
      createdBy: 'oci-inv',
    });
    for (let start = 0; start < sorted.length; start += PARQUET_ROW_GROUP_SIZE) {
      const group = sorted.slice(start, start + PARQUET_ROW_GROUP_SIZE);
      await parquet.write({ columnData: columnData(group, compartmentPaths), rowGroupSize: group.length });
    }
    await parquet.finish();
  });
  return sorted.length;
}
