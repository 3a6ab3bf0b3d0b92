// A streaming JSON reader for documents too big to parse whole (a Terraform state of 100k
// resources is hundreds of MB): it walks the text once, descends only into the containers the
// caller selects, and JSON.parses just the values the caller wants to capture, one at a time.
// Everything else (outputs, `private`, plan configuration) is skipped without being built.
// Pure: no I/O beyond the chunks it is handed.

export type PathStep = string | number;

/** What to do with the value at a path: walk into it, parse it whole, or skip it. */
export type Selection = 'descend' | 'capture' | 'skip';

export interface JsonHit {
  path: readonly PathStep[];
  value: unknown;
  /** 1-based line where the value starts. */
  line: number;
}

/** Malformed JSON: `line` is 1-based. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

/** `resources[3].instances[0].attributes`: a path as a person reads it. */
export function formatPath(path: readonly PathStep[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(step)) out += out === '' ? step : `.${step}`;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out === '' ? '(root)' : out;
}

interface Frame {
  kind: 'object' | 'array';
  path: PathStep[];
  /** Object: the key of the value being read; array: its index. */
  key: string | undefined;
  index: number;
  expect: 'key' | 'colon' | 'value' | 'comma' | 'value-or-end' | 'key-or-end';
}

const WS = new Set([32, 9, 10, 13]);
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const NEWLINE = 10;
/** Where a string's plain run ends: its closing quote, an escape, or a (forbidden) raw newline. */
const STRING_STOP = /["\\\n]/g;
/** What matters inside a skipped or captured container outside strings. */
const STRUCTURE_STOP = /["{}[\]\n]/g;

/**
 * Values of the document at the paths `select` captures, in document order. The root must be
 * an object or array that `select([])` descends into. Memory: the frames of the walked
 * containers plus one captured value at a time.
 */
export async function* streamJson(chunks: AsyncIterable<string>, select: (path: readonly PathStep[], kind: 'object' | 'array' | 'scalar') => Selection): AsyncGenerator<JsonHit> {
  const stack: Frame[] = [];
  let line = 1;
  let started = false;
  let done = false;
  // Raw mode: a value being captured or skipped, scanned without tokenizing.
  let raw: { capture: boolean; isKey: boolean; depth: number; inString: boolean; escaped: boolean; scalar: boolean; pieces: string[]; path: PathStep[]; line: number } | undefined;

  const childPath = (frame: Frame): PathStep[] => [...frame.path, frame.kind === 'array' ? frame.index : (frame.key as string)];

  for await (const chunk of chunks) {
    let start = 0;
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      if (raw) {
        // Fast scan to the end of the raw value (or the chunk).
        let end = -1;
        for (; i < n; i++) {
          if (raw.inString && !raw.escaped) {
            // Jump over the plain run of a string: most of a state's bytes are inside strings.
            STRING_STOP.lastIndex = i;
            const hit = STRING_STOP.exec(chunk);
            if (!hit) {
              i = n;
              break;
            }
            i = hit.index;
          } else if (!raw.inString && !raw.scalar && raw.depth > 0) {
            STRUCTURE_STOP.lastIndex = i;
            const hit = STRUCTURE_STOP.exec(chunk);
            if (!hit) {
              i = n;
              break;
            }
            i = hit.index;
          }
          const c = chunk.charCodeAt(i);
          if (raw.inString) {
            if (raw.escaped) raw.escaped = false;
            else if (c === BACKSLASH) raw.escaped = true;
            else if (c === QUOTE) {
              raw.inString = false;
              if (raw.depth === 0) {
                end = i + 1;
                i++;
                break;
              }
            } else if (c === NEWLINE) throw new JsonStreamError(line, 'unterminated string');
            continue;
          }
          if (raw.scalar) {
            if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || WS.has(c)) {
              end = i;
              break;
            }
            continue;
          }
          if (c === QUOTE) raw.inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) raw.depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
            raw.depth--;
            if (raw.depth === 0) {
              end = i + 1;
              i++;
              break;
            }
          } else if (c === NEWLINE) line++;
        }
        if (end === -1) {
          if (raw.capture || raw.isKey) raw.pieces.push(chunk.slice(start, n));
          break;
        }
        const value = raw;
        raw = undefined;
        const frame = stack[stack.length - 1];
        let parsed: unknown;
        if (value.capture || value.isKey) {
          value.pieces.push(chunk.slice(start, end));
          const text = value.pieces.join('');
          try {
            parsed = JSON.parse(text);
          } catch (error) {
            throw new JsonStreamError(value.line, `not valid JSON (${(error as Error).message.split('\n')[0]})`);
          }
        }
        if (value.isKey) {
          if (!frame) throw new JsonStreamError(line, 'unexpected key');
          frame.key = parsed as string;
          frame.expect = 'colon';
        } else {
          if (value.capture) yield { path: value.path, value: parsed, line: value.line };
          if (frame) frame.expect = 'comma';
          else done = true;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (!started && stack.length === 0) {
        // A UTF-8 byte order mark is allowed; UTF-16 (PowerShell 5's `>` writes it) is named.
        if (c === 0xfeff) {
          i++;
          continue;
        }
        if (c === 0xfffd || c === 0) throw new JsonStreamError(line, 'not UTF-8 text (UTF-16? PowerShell 5 writes that with `>`: use `Out-File -Encoding utf8`)');
      }
      if (WS.has(c)) {
        if (c === NEWLINE) line++;
        i++;
        continue;
      }
      if (done) throw new JsonStreamError(line, `unexpected "${chunk[i]}" after the end of the document`);
      const frame = stack[stack.length - 1];
      if (frame && (frame.expect === 'key' || frame.expect === 'key-or-end')) {
        if (c === CLOSE_OBJECT && frame.expect === 'key-or-end') {
          close();
          i++;
          continue;
        }
        if (c !== QUOTE) throw new JsonStreamError(line, `expected a key, found "${chunk[i]}"`);
        // The raw scan starts at the quote itself, so a key split across chunks keeps every piece.
        raw = { capture: false, isKey: true, depth: 0, inString: false, escaped: false, scalar: false, pieces: [], path: frame.path, line };
        start = i;
        continue;
      }
      if (frame && frame.expect === 'colon') {
        if (c !== COLON) throw new JsonStreamError(line, `expected ":", found "${chunk[i]}"`);
        frame.expect = 'value';
        i++;
        continue;
      }
      if (frame && frame.expect === 'comma') {
        if (c === COMMA) {
          if (frame.kind === 'array') {
            frame.index++;
            frame.expect = 'value';
          } else frame.expect = 'key';
          i++;
          continue;
        }
        if ((c === CLOSE_OBJECT && frame.kind === 'object') || (c === CLOSE_ARRAY && frame.kind === 'array')) {
          close();
          i++;
          continue;
        }
        throw new JsonStreamError(line, `expected "," or the end of the ${frame.kind}, found "${chunk[i]}"`);
      }
      if (frame && frame.expect === 'value-or-end' && c === CLOSE_ARRAY) {
        close();
        i++;
        continue;
      }
      // A value starts here.
      if (!frame && started) throw new JsonStreamError(line, `unexpected "${chunk[i]}" after the end of the document`);
      started = true;
      const path = frame ? childPath(frame) : [];
      const container = c === OPEN_OBJECT ? 'object' : c === OPEN_ARRAY ? 'array' : 'scalar';
      if (container === 'scalar' && c !== QUOTE && c !== 45 && !(c >= 48 && c <= 57) && c !== 116 && c !== 102 && c !== 110) {
        throw new JsonStreamError(line, `unexpected "${chunk[i]}"`);
      }
      const choice = select(path, container);
      if (container !== 'scalar' && choice === 'descend') {
        stack.push({ kind: container, path, key: undefined, index: 0, expect: container === 'object' ? 'key-or-end' : 'value-or-end' });
        i++;
        continue;
      }
      if (!frame && container === 'scalar') throw new JsonStreamError(line, 'the document is not an object');
      raw = {
        capture: choice === 'capture',
        isKey: false,
        depth: 0,
        inString: false,
        escaped: false,
        scalar: container === 'scalar' && c !== QUOTE,
        pieces: [],
        path,
        line,
      };
      start = i;
    }
  }
  if (raw?.scalar && raw.depth === 0 && !raw.inString) {
    // A bare scalar at the very end of the input (only possible for a scalar root, refused above).
    throw new JsonStreamError(line, 'the document ends early');
  }
  if (raw || stack.length > 0) throw new JsonStreamError(line, 'the document ends early (truncated?)');
  if (!started) throw new JsonStreamError(line, 'the document is empty');

  function close(): void {
    stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.expect = 'comma';
    else done = true;
  }
}
