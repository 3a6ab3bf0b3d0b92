// `--tf-state 'envs/*/terraform.tfstate'`: paths or globs (`*`, `?`, `**`), expanded here
// because Node 20 has no fs.glob and the action input is not expanded by a shell. A glob that
// matches nothing is an error naming it: a typo must not read as "no state, 0% coverage".
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { StateInputError } from './state-reader.js';

const GLOB_CHARS = /[*?[]/;

function segmentRegex(segment: string): RegExp {
  let re = '';
  for (const c of segment) {
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function walk(dir: string, segments: readonly string[], out: string[]): Promise<void> {
  if (segments.length === 0) {
    out.push(dir);
    return;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  if (!GLOB_CHARS.test(head)) {
    const next = join(dir, head);
    if (rest.length === 0) {
      try {
        if ((await stat(next)).isFile()) out.push(next);
      } catch {
        // not there: matches nothing
      }
      return;
    }
    await walk(next, rest, out);
    return;
  }
  let entries: Array<{ name: string; isDirectory(): boolean; isFile(): boolean }>;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (head === '**') {
    await walk(dir, rest, out);
    for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.')) await walk(join(dir, e.name), segments, out);
    return;
  }
  const re = segmentRegex(head);
  for (const e of entries) {
    if (!re.test(e.name) || (e.name.startsWith('.') && !head.startsWith('.'))) continue;
    if (rest.length === 0) {
      if (e.isFile()) out.push(join(dir, e.name));
    } else if (e.isDirectory()) await walk(join(dir, e.name), rest, out);
  }
}

/** Files named by paths and globs, in order, each once. `source` names the flag or input. */
export async function expandStatePaths(patterns: readonly string[], source: string): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!GLOB_CHARS.test(pattern)) {
      let isFile: boolean;
      try {
        isFile = (await stat(pattern)).isFile();
      } catch {
        throw new StateInputError(pattern, '', `no such file (${source})`);
      }
      if (!isFile) throw new StateInputError(pattern, '', `is not a file (${source}: give the state file, e.g. terraform.tfstate)`);
      files.push(pattern);
      continue;
    }
    const absolute = pattern.startsWith('/');
    const segments = pattern.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
    const found: string[] = [];
    await walk(absolute ? sep : '.', segments, found);
    if (found.length === 0) throw new StateInputError(pattern, '', `matches no file (${source})`);
    files.push(...found.map((f) => (absolute ? f : f.replace(/^\.\//, ''))));
  }
  return [...new Set(files)];
}
