// Reads an inventory back from disk (for diff, check, merge and coverage): a run directory,
// an inventory.jsonl, or a hand-written `.json` array. Every record is validated; a bad line
// is an InventoryInputError naming file, line and field (the CLI maps it to exit 2), never a
// silent skip. JSONL is streamed so a 1M-record file never sits in memory.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ENRICH_STATUSES, type InventoryRecord, parseRecord } from './record.js';

export class InventoryInputError extends Error {
  override name = 'InventoryInputError';
  constructor(
    readonly file: string,
    /** 1-based line (JSONL) or item number (JSON array); 0 when the whole file is at fault. */
    readonly line: number,
    readonly detail: string,
    readonly field?: string,
    unit: 'line' | 'item' = 'line',
  ) {
    super(line > 0 ? `${file}: ${unit} ${line}: ${detail}` : `${file}: ${detail}`);
  }
}

/** One validated record and where it came from. */
export interface InventoryEntry {
  record: InventoryRecord;
  file: string;
  /** Line number in JSONL, item number in a JSON array (see `unit`). */
  line: number;
  unit: 'line' | 'item';
}

/** A run directory means its inventory.jsonl. */
export async function resolveInventoryFile(path: string): Promise<string> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InventoryInputError(path, 0, code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code ?? String(error)})`);
  }
  if (!info.isDirectory()) return path;
  const file = join(path, 'inventory.jsonl');
  try {
    await stat(file);
  } catch {
    throw new InventoryInputError(path, 0, 'is a directory without an inventory.jsonl (not a run directory?)');
  }
  return file;
}

/** Lines of a text file with their 1-based numbers; `\r\n` endings are accepted. */
export async function* readLines(file: string): AsyncGenerator<[line: string, lineNumber: number]> {
  for await (const batch of readLineBatches(file)) {
    for (let i = 0; i < batch.lines.length; i++) yield [batch.lines[i] as string, batch.first + i];
  }
}

/** A run of consecutive lines; `first` is the 1-based number of `lines[0]`. */
export interface LineBatch {
  lines: string[];
  first: number;
}

/**
 * The lines of a text file, one batch per read chunk (about 1 MB): for callers that handle
 * millions of lines, one await per chunk instead of one per line.
 */
export async function* readLineBatches(file: string): AsyncGenerator<LineBatch> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let carry = '';
  let lineNumber = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const text = carry ? carry + chunk : chunk;
      const lines: string[] = [];
      const first = lineNumber + 1;
      let start = 0;
      let newline = text.indexOf('\n', start);
      while (newline !== -1) {
        const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
        lines.push(text.slice(start, end));
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      lineNumber += lines.length;
      carry = text.slice(start);
      if (lines.length > 0) yield { lines, first };
    }
  } catch (error) {
    if (error instanceof InventoryInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InventoryInputError(file, 0, `cannot read (${code ?? String(error)})`);
  } finally {
    stream.destroy();
  }
  if (carry) yield { lines: [carry.endsWith('\r') ? carry.slice(0, -1) : carry], first: lineNumber + 1 };
}

type Obj = { [key: string]: unknown };

const isPlainObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);
const isNullableString = (value: unknown) => value === null || typeof value === 'string';
const ENRICH_STATUS_SET: ReadonlySet<unknown> = new Set(ENRICH_STATUSES);
const RECORD_KEYS: ReadonlySet<string> = new Set([
  'ocid', 'resourceType', 'displayName', 'compartmentId', 'region', 'lifecycleState', 'timeCreated', 'availabilityDomain',
  'definedTags', 'freeformTags', 'collectedAt', 'enrichStatus', 'enrichError', 'details', 'relationships',
]);

/**
 * True when a parsed JSON object already is exactly what `parseRecord` would return: every
 * field present with its type, and no unknown key (the schema would strip it). Values nested
 * in tags and details came from JSON.parse, so they are JSON values by construction. This
 * path exists because the full schema costs three times JSON.parse, and inventory files the
 * product writes always pass it; anything else goes through parseRecord for its defaults and
 * its error messages.
 */
function isCompleteRecord(o: Obj): boolean {
  let keys = 0;
  for (const key in o) {
    if (!RECORD_KEYS.has(key)) return false;
    keys++;
  }
  if (keys !== RECORD_KEYS.size && !(keys === RECORD_KEYS.size - 1 && !Object.hasOwn(o, 'availabilityDomain'))) return false;
  if (typeof o.ocid !== 'string' || o.ocid === '' || typeof o.resourceType !== 'string' || o.resourceType === '') return false;
  if (typeof o.region !== 'string' || typeof o.collectedAt !== 'string' || !ENRICH_STATUS_SET.has(o.enrichStatus)) return false;
  if (!isNullableString(o.displayName) || !isNullableString(o.compartmentId) || !isNullableString(o.lifecycleState)) return false;
  if (!isNullableString(o.timeCreated) || !isNullableString(o.enrichError)) return false;
  if (Object.hasOwn(o, 'availabilityDomain') && !isNullableString(o.availabilityDomain)) return false;
  if (!isPlainObject(o.details) || !isPlainObject(o.definedTags) || !isPlainObject(o.freeformTags)) return false;
  for (const key in o.definedTags) if (!isPlainObject(o.definedTags[key])) return false;
  for (const key in o.freeformTags) if (typeof o.freeformTags[key] !== 'string') return false;
  if (!Array.isArray(o.relationships)) return false;
  for (const edge of o.relationships) {
    if (!isPlainObject(edge) || typeof edge.relation_type !== 'string' || typeof edge.target_ocid !== 'string') return false;
    let edgeKeys = 0;
    for (const _ in edge) edgeKeys++;
    if (edgeKeys !== 2) return false;
  }
  return true;
}

function validate(value: unknown, file: string, position: number, unit: 'line' | 'item'): InventoryRecord {
  if (!isPlainObject(value)) {
    throw new InventoryInputError(file, position, 'not a JSON object', undefined, unit);
  }
  if (isCompleteRecord(value)) return value as unknown as InventoryRecord;
  try {
    return parseRecord(value);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const field = /^field (\S+):/.exec(message)?.[1];
    throw new InventoryInputError(file, position, message, field, unit);
  }
}

/**
 * A JSONL line that is exactly a complete record as oci-inv writes it (see isCompleteRecord),
 * or undefined for anything else, which parseInventoryLine then handles with its messages.
 */
export function parseCompleteLine(text: string): InventoryRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return isPlainObject(value) && isCompleteRecord(value) ? (value as unknown as InventoryRecord) : undefined;
}

/** Parses one JSONL line; blank lines carry no record and yield undefined. */
export function parseInventoryLine(text: string, file: string, lineNumber: number): InventoryRecord | undefined {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InventoryInputError(file, lineNumber, `not valid JSON (${reason})`);
  }
  return validate(value, file, lineNumber, 'line');
}

/**
 * Validated records in file order, without the duplicate check (the diff checks adjacent
 * ocids in sorted input itself, in O(1) memory).
 */
export async function* scanInventory(path: string): AsyncGenerator<InventoryEntry> {
  const file = await resolveInventoryFile(path);
  if (file.endsWith('.json')) {
    yield* scanJsonArray(file);
    return;
  }
  for await (const [text, lineNumber] of readLines(file)) {
    const record = parseInventoryLine(text, file, lineNumber);
    if (record) yield { record, file, line: lineNumber, unit: 'line' };
  }
}

async function* scanJsonArray(file: string): AsyncGenerator<InventoryEntry> {
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason)?.[1];
    const line = position === undefined ? 0 : text.slice(0, Number(position)).split('\n').length;
    throw new InventoryInputError(file, line, `not valid JSON (${reason})`);
  }
  if (!Array.isArray(value)) throw new InventoryInputError(file, 0, 'a .json inventory must be an array of records');
  for (let i = 0; i < value.length; i++) yield { record: validate(value[i], file, i + 1, 'item'), file, line: i + 1, unit: 'item' };
}

/** Validated records in file order; a repeated ocid anywhere in the file is an error. */
export async function* readInventory(path: string): AsyncGenerator<InventoryRecord> {
  const seen = new Map<string, number>();
  for await (const entry of scanInventory(path)) {
    const first = seen.get(entry.record.ocid);
    if (first !== undefined) throw duplicateError(entry, first);
    seen.set(entry.record.ocid, entry.line);
    yield entry.record;
  }
}

export function duplicateError(entry: InventoryEntry, firstLine: number): InventoryInputError {
  return new InventoryInputError(
    entry.file,
    entry.line,
    `duplicate ocid ${entry.record.ocid} (first seen at ${entry.unit} ${firstLine})`,
    'ocid',
    entry.unit,
  );
}
