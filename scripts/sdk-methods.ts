// Cuts the generated SDK clients (`oci-*/lib/client.js` in the bundles' overlay, after
// scripts/sdk-slim.ts) down to the methods oci-inv can call. A run meets ~60 services and
// loads their clients: ~20 MB of JavaScript that V8 parses when the chunk loads (≈ 0.26 s of
// CPU on the bench machine, whatever the tenancy's size), while the run calls a few
// operations of each (docs/benchmarks.md, "CPU per call: allocation and start-up").
//
// Kept, per `...Client` class: every member that is not a plain method (constructor, getters,
// setters), the client's own plumbing (`KEEP_ALWAYS`), every method named in the keep set,
// and, to a fixed point, every method a kept one calls as `this.name(`. The keep set is every
// get/list method of the enricher table (names built at run time, such as `get${noun}`, are
// in it as the table evaluates them) plus every identifier and string word of `src/` (what
// our code calls by name: discovery, doctor, GenAI, ORM state). A method outside it is one no
// code path of ours can reach; calling one anyway would fail loudly ("is not a function"),
// and the e2e suites run every table row through the bundle.
//
// The generated layout is regular: a class `class XClient {` … `}` at column 0, its methods
// at four spaces (`    name(args) {` … `    }`), each after its JSDoc. A file that does not
// compile once cut, or whose layout is not recognized, is left whole.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** Members every client keeps, whatever the keep set says. */
const KEEP_ALWAYS = new Set(['constructor', 'createWaiters', 'getWaiters', 'shutdownCircuitBreaker', 'closeProvider', 'close']);

interface Method {
  name: string;
  /** First line (its JSDoc, if any) and the line after its closing brace. */
  from: number;
  to: number;
  body: string;
}

const METHOD_START = /^ {4}(?:async )?([A-Za-z_$][\w$]*)\((.*)\) \{$/;

/** The plain methods of the `...Client` classes of a generated client file, or why not. */
export function clientMethods(lines: readonly string[]): Method[] | string {
  const methods: Method[] = [];
  let inClient = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!inClient) {
      if (/^class [A-Za-z_$][\w$]*Client \{$/.test(line)) inClient = true;
      continue;
    }
    if (line === '}') {
      inClient = false;
      continue;
    }
    const start = METHOD_START.exec(line);
    if (!start) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '    }') {
      if (lines[end] === '}' || METHOD_START.test(lines[end] as string)) return `method ${start[1]} at line ${i + 1}: no closing brace at four spaces`;
      end++;
    }
    if (end === lines.length) return `method ${start[1]} at line ${i + 1} never ends`;
    let from = i;
    if (lines[i - 1] === '     */') {
      let doc = i - 1;
      while (doc > 0 && lines[doc] !== '    /**') doc--;
      if (lines[doc] === '    /**') from = doc;
    }
    methods.push({ name: start[1] as string, from, to: end + 1, body: lines.slice(i, end + 1).join('\n') });
    i = end;
  }
  return methods;
}

export interface StripResult {
  code: string;
  kept: string[];
  removed: string[];
  /** Why the file was left whole, when it was. */
  reason?: string;
}

/** The client file without the methods outside `keep` (see the top of this file). */
export function stripClientMethods(code: string, keep: ReadonlySet<string>): StripResult {
  const lines = code.split('\n');
  const methods = clientMethods(lines);
  if (typeof methods === 'string') return { code, kept: [], removed: [], reason: methods };
  const kept = new Set(methods.filter((m) => KEEP_ALWAYS.has(m.name) || keep.has(m.name)).map((m) => m.name));
  // Whatever a kept method calls on `this` stays too (a paginator's list, a helper).
  for (let grew = true; grew; ) {
    grew = false;
    for (const method of methods) {
      if (!kept.has(method.name)) continue;
      for (const call of method.body.matchAll(/\bthis\.([A-Za-z_$][\w$]*)\(/g)) {
        const name = call[1] as string;
        if (!kept.has(name) && methods.some((m) => m.name === name)) {
          kept.add(name);
          grew = true;
        }
      }
    }
  }
  const drop = new Uint8Array(lines.length);
  const removed: string[] = [];
  for (const method of methods) {
    if (kept.has(method.name)) continue;
    removed.push(method.name);
    drop.fill(1, method.from, method.to);
  }
  const out = lines.filter((_, i) => drop[i] === 0).join('\n');
  try {
    // The file is CommonJS: compile it as a function body, as Node would, without running it.
    new Script(`(function (exports, require, module, __filename, __dirname) {\n${out}\n})`);
  } catch (error) {
    return { code, kept: [], removed: [], reason: `does not compile once cut: ${(error as Error).message}` };
  }
  return { code: out, kept: [...kept], removed };
}

/** Every identifier-like word of `sources` (code, comments and strings alike: conservative). */
export function wordsOf(sources: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const source of sources) for (const match of source.matchAll(/[A-Za-z_$][\w$]*/g)) words.add(match[0]);
  return words;
}

/** The keep set: every word of the `.ts` files under `srcDir`, and `tableMethods` (the enricher table's get/list methods). */
export function keepSet(srcDir: string, tableMethods: Iterable<string>): Set<string> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const keep = wordsOf(files(srcDir).map((file) => readFileSync(file, 'utf8')));
  for (const method of tableMethods) keep.add(method);
  return keep;
}
