// inventory.parquet (SPEC §4): the inventory as typed columns for DuckDB, pyarrow and
// hyparquet. Only standard Parquet types: UTF8 strings, INT64 timestamps (millis, UTC), and the
// nested parts (tags, details, relationships) as canonical JSON text in UTF8 columns, which
// every reader loads as a plain string without extensions.
import type { SchemaElement } from 'hyparquet';
import { ByteWriter, type ColumnSource, ParquetWriter } from 'hyparquet-writer';
import { canonicalJson, type InventoryRecord } from '../core/record.js';
import { type AtomicWriter, withAtomicWriter } from './atomic.js';
import { sortRecordsForExport } from './jsonl.js';

/** Rows per row group: large enough to scan fast, small enough to build one in memory. */
export const PARQUET_ROW_GROUP_SIZE = 100_000;

type Cell = string | number | null;
type ColumnKind = 'string' | 'timestamp';

interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  required: boolean;
  value: (record: InventoryRecord) => Cell;
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
  { name: 'region', kind: 'string', required: false, value: (r) => r.region },
  { name: 'availabilityDomain', kind: 'string', required: false, value: (r) => r.availabilityDomain ?? null },
  { name: 'lifecycleState', kind: 'string', required: false, value: (r) => r.lifecycleState },
  { name: 'timeCreated', kind: 'timestamp', required: false, value: (r) => epochMillis(r.timeCreated) },
  { name: 'collectedAt', kind: 'timestamp', required: false, value: (r) => epochMillis(r.collectedAt) },
  { name: 'enrichStatus', kind: 'string', required: false, value: (r) => r.enrichStatus },
  { name: 'enrichError', kind: 'string', required: false, value: (r) => r.enrichError },
  { name: 'definedTags', kind: 'string', required: false, value: (r) => canonicalJson(r.definedTags) },
  { name: 'freeformTags', kind: 'string', required: false, value: (r) => canonicalJson(r.freeformTags) },
  { name: 'details', kind: 'string', required: false, value: (r) => canonicalJson(r.details) },
  { name: 'relationships', kind: 'string', required: false, value: (r) => canonicalJson(r.relationships) },
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
  return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
}

export function parquetSchema(): SchemaElement[] {
  return [{ name: 'root', num_children: PARQUET_COLUMNS.length }, ...PARQUET_COLUMNS.map(schemaElement)];
}

/**
 * hyparquet-writer encodes a row group into memory and calls `flush()` after it; this writer
 * hands those bytes to the atomic file and rewinds, so memory holds one row group, not the file.
 */
class AtomicParquetSink extends ByteWriter {
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

function columnData(records: readonly InventoryRecord[]): ColumnSource[] {
  return PARQUET_COLUMNS.map((column) => ({
    name: column.name,
    data: records.map(column.value),
  }));
}

/** Writes inventory.parquet in (ocid, resourceType) order; returns the number of rows. */
export async function writeInventoryParquet(path: string, records: readonly InventoryRecord[]): Promise<number> {
  const sorted = sortRecordsForExport(records);
  await withAtomicWriter(path, async (out) => {
    const parquet = new ParquetWriter({
      writer: new AtomicParquetSink(out),
      schema: parquetSchema(),
      createdBy: 'oci-inv',
    });
    for (let start = 0; start < sorted.length; start += PARQUET_ROW_GROUP_SIZE) {
      const group = sorted.slice(start, start + PARQUET_ROW_GROUP_SIZE);
      await parquet.write({ columnData: columnData(group), rowGroupSize: group.length });
    }
    await parquet.finish();
  });
  return sorted.length;
}
