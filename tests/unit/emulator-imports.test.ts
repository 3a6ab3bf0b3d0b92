// The emulator is the other side of the wire: if it imported the client's code (record types,
// compartment arithmetic, pipeline ports), a bug there would agree with itself and no test
// would see it. Every import under src/emulator must stay under src/emulator, or be a node:
// builtin or an npm package.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const EMULATOR = fileURLToPath(new URL('../../../src/emulator', import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Every module specifier: static imports/exports, `import type`, and dynamic import(). */
export function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\sfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

test('the specifier scan sees static, type-only, re-export and dynamic imports', () => {
  const source = `import a from '../x.js';\nimport type { B } from "../../core/record.js";\nexport { c } from './c.js';\nconst d = await import('../pipeline/d.js');\nimport 'side';`;
  assert.deepEqual(specifiers(source).sort(), ['../../core/record.js', '../pipeline/d.js', '../x.js', './c.js', 'side'].sort());
});

test('no file under src/emulator imports anything outside src/emulator except node: builtins and npm packages', async () => {
  const files = await sourceFiles(EMULATOR);
  assert.ok(files.length > 20, `expected the emulator's sources under ${EMULATOR}`);
  const outside: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(await readFile(file, 'utf8'))) {
      if (!spec.startsWith('.') && !spec.startsWith('/')) continue; // node: builtin or npm package
      const target = resolve(dirname(file), spec);
      const rel = relative(EMULATOR, target);
      if (rel.startsWith('..') || resolve(EMULATOR, rel) !== target) outside.push(`${relative(EMULATOR, file)} imports ${spec}`);
    }
  }
  assert.deepEqual(outside, []);
});
