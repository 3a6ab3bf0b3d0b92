// inventory.csv (SPEC §4): the report fields a person opens in a spreadsheet, RFC 4180 via
// papaparse, in inventory.jsonl's order. Cells that a spreadsheet would run as a formula are
// defused with a leading apostrophe (OWASP "CSV injection"); everything else round-trips.
import Papa from 'papaparse';
import type { InventoryRecord, JsonValue } from '../core/record.js';
import { withAtomicWriter } from './atomic.js';
import { sortRecordsForExport } from './jsonl.js';

export const CSV_BASE_COLUMNS = [
  'ocid',
  'resourceType',
  'displayName',
  'compartmentId',
  'compartmentPath',
  'region',
  'lifecycleState',
  'timeCreated',
  'enrichStatus',
] as const;

/**
 * A cell a spreadsheet could run as a formula: one starting with a tab, CR or LF (OWASP), or
 * with `= + - @` or their full-width and small forms (`＝ ＋ ﹢ － ﹣ ＠ ﹦`, which some
 * spreadsheets fold to ASCII) after any run of spaces, line breaks and double quotes (which
 * a spreadsheet may trim or read past). papaparse's own `escapeFormulae: true` pattern ends in
 * `.*$` without the `s` flag, so it misses a cell like "=cmd\nx"; matching the start only
 * catches every such cell.
 */
export const FORMULA_TRIGGER = /^(?:[\t\r\n]|[\s"\u3000]*[=+\-@\uFF1D\uFF0B\uFE62\uFF0D\uFE63\uFF20\uFE66])/u;

export const CSV_NEWLINE = '\r\n';
const ROWS_PER_WRITE = 5000;

export type TagColumn =
  | { header: string; kind: 'freeform'; key: string }
  | { header: string; kind: 'defined'; namespace: string; key: string };

/** Parses `freeform:KEY` or `defined:NAMESPACE.KEY` (OCI allows no `.` in namespace names). */
export function parseTagColumn(spec: string): TagColumn {
  const freeform = /^freeform:(.+)$/s.exec(spec);
  if (freeform?.[1]) return { header: spec, kind: 'freeform', key: freeform[1] };
  const defined = /^defined:([^.]+)\.(.+)$/s.exec(spec);
  if (defined?.[1] && defined[2]) return { header: spec, kind: 'defined', namespace: defined[1], key: defined[2] };
  throw new Error(`tag column "${spec}": expected freeform:KEY or defined:NAMESPACE.KEY`);
}

function tagValue(record: InventoryRecord, column: TagColumn): string {
  let value: JsonValue | undefined;
  if (column.kind === 'freeform') value = record.freeformTags[column.key];
  else value = record.definedTags[column.namespace]?.[column.key];
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export interface CsvOptions {
  /** Compartment ocid → `root/a/b` path; an unknown compartment gets an empty cell. */
  compartmentPaths?: ReadonlyMap<string, string>;
  /** Extra columns, one per tag: `freeform:Owner`, `defined:Ops.CostCenter`. */
  tagColumns?: readonly string[];
}

export function csvRow(record: InventoryRecord, compartmentPaths: ReadonlyMap<string, string>, tags: readonly TagColumn[]): string[] {
  const row = [
    record.ocid,
    record.resourceType,
    record.displayName ?? '',
    record.compartmentId ?? '',
    record.compartmentId === null ? '' : (compartmentPaths.get(record.compartmentId) ?? ''),
    record.region,
    record.lifecycleState ?? '',
    record.timeCreated ?? '',
    record.enrichStatus,
  ];
  for (const column of tags) row.push(tagValue(record, column));
  return row;
}

export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { escapeFormulae: FORMULA_TRIGGER, newline: CSV_NEWLINE, header: false });
}

/**
 * Writes inventory.csv; returns the number of data rows. Lines end in CRLF, the last one too
 * (RFC 4180 allows it, and `wc -l`, `cat` and line-based tools expect it).
 */
export async function writeInventoryCsv(path: string, records: readonly InventoryRecord[], options: CsvOptions = {}): Promise<number> {
  const tags = (options.tagColumns ?? []).map(parseTagColumn);
  const paths = options.compartmentPaths ?? new Map<string, string>();
  const sorted = sortRecordsForExport(records);
  await withAtomicWriter(path, async (writer) => {
    await writer.write(toCsv([[...CSV_BASE_COLUMNS, ...tags.map((t) => t.header)]]));
    for (let start = 0; start < sorted.length; start += ROWS_PER_WRITE) {
      const rows = sorted.slice(start, start + ROWS_PER_WRITE).map((record) => csvRow(record, paths, tags));
      await writer.write(CSV_NEWLINE + toCsv(rows));
    }
    await writer.write(CSV_NEWLINE);
  });
  return sorted.length;
}
