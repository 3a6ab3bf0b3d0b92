// Inputs checked before the first API call (SPEC §3): every path and option a run will need
// later is tried now, so a mistake costs no request, makes no directory and is named by the
// flag (or variable, or config file key) it came from. Exit 2 through ConfigError.
import { constants } from 'node:fs';
import { access, open, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InventoryInputError, scanInventory } from '../core/inventory-reader.js';
import { ConfigError, type RunConfig, sourceOf } from './config.js';
import type { RegionInfo } from './ports.js';

/**
 * A baseline (`--prev`, `--expected`, `check --curr`): it exists, is readable, and its first
 * record parses as an inventory record. Reading stops after that record.
 */
export async function checkInventoryInput(path: string, source: string): Promise<void> {
  try {
    for await (const _entry of scanInventory(path)) break;
  } catch (error) {
    if (error instanceof InventoryInputError) throw new ConfigError(source, error.message);
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(source, `${path}: cannot read (${code ?? String(error)})`);
  }
}

/** A file the user named explicitly (a config file, a key): it exists and can be read. */
export async function checkReadableFile(path: string, source: string, what = 'file'): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(source, code === 'ENOENT' ? `${what} ${path} not found` : `${what} ${path}: cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new ConfigError(source, `${what} ${path} is a directory`);
  try {
    await access(path, constants.R_OK);
  } catch {
    throw new ConfigError(source, `${what} ${path} is not readable`);
  }
}

/**
 * The output directory: an existing directory we can create files in, or a path whose
 * nearest existing ancestor is one. Tried with a probe file (removed at once), because
 * `access(W_OK)` says yes to root on a read-only filesystem. Nothing is left behind.
 */
export async function checkOutdir(path: string, source: string): Promise<void> {
  let existing = resolve(path);
  for (;;) {
    try {
      const info = await stat(existing);
      if (!info.isDirectory()) {
        throw new ConfigError(source, existing === resolve(path) ? `${path} is a file, not a directory` : `${path}: ${existing} is a file, not a directory`);
      }
      break;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new ConfigError(source, `${path}: cannot use ${existing} (${code ?? 'error'})`);
      const parent = dirname(existing);
      if (parent === existing) throw new ConfigError(source, `${path}: no existing parent directory`);
      existing = parent;
    }
  }
  const probe = join(existing, `.oci-inv-probe-${process.pid}-${Date.now()}`);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
    await unlink(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EROFS' ? 'read-only file system' : code === 'ENOSPC' ? 'disk full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'error');
    throw new ConfigError(source, `cannot write in ${existing === resolve(path) ? path : existing} (${why})`);
  }
}

/** Everything `run` (and a live `check`) reads or writes besides OCI, checked up front. */
export async function preflightRun(config: RunConfig): Promise<void> {
  if (config.prev) await checkInventoryInput(config.prev, sourceOf(config, 'prev'));
  if (config.expected) await checkInventoryInput(config.expected, sourceOf(config, 'expected'));
  await checkOutdir(config.outdir, sourceOf(config, 'outdir'));
  await preflightConnection(config);
}

/** What every OCI-facing command needs before auth: an explicitly named OCI config file exists. */
export async function preflightConnection(config: RunConfig): Promise<void> {
  if (config.ociConfig && (config.auth === 'auto' || config.auth === 'api_key' || config.auth === 'security_token')) {
    await checkReadableFile(config.ociConfig, sourceOf(config, 'ociConfig'), 'config file');
  }
}

/**
 * `--regions` selectors resolved against the subscribed regions: a name (`us-ashburn-1`), a
 * region key (`iad`, `FRA`; the subscription's own key, else the SDK's table), or a wildcard
 * (`eu-*`, `*-1`), any case. Each region once, in the order first selected. A selector that
 * selects nothing subscribed is an input error naming it.
 */
export function resolveRegionSelectors(
  selectors: readonly string[],
  subscribed: readonly RegionInfo[],
  sdkKeys: ReadonlyMap<string, string>,
  source = '--regions',
): string[] {
  const names = subscribed.map((r) => r.name);
  const out: string[] = [];
  const add = (name: string) => {
    if (!out.includes(name)) out.push(name);
  };
  const problems: string[] = [];
  for (const raw of selectors) {
    const selector = raw.trim();
    const lower = selector.toLowerCase();
    if (/[*?]/.test(selector)) {
      const pattern = new RegExp(`^${lower.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
      const matched = names.filter((n) => pattern.test(n.toLowerCase()));
      if (matched.length === 0) problems.push(`"${selector}" matches no subscribed region`);
      for (const n of matched) add(n);
      continue;
    }
    const byName = subscribed.find((r) => r.name.toLowerCase() === lower);
    if (byName) {
      add(byName.name);
      continue;
    }
    const byKey = subscribed.find((r) => r.key.toLowerCase() === lower);
    if (byKey) {
      add(byKey.name);
      continue;
    }
    const sdkName = sdkKeys.get(lower);
    problems.push(sdkName ? `"${selector}" (${sdkName}) is not subscribed` : `"${selector}" is not a subscribed region name or key`);
  }
  if (problems.length > 0) throw new ConfigError(source, `${problems.join('; ')} (subscribed: ${subscribed.map((r) => `${r.name} ${r.key.toLowerCase()}`).join(', ')})`);
  return out;
}

/** The outputs could not be written (disk full, read-only, permissions): exit 2 naming the path. */
/**
 * Filesystem errors that are the environment's, not a bug (exit 2 naming the path): the one
 * list the run's output guard and the CLI's error handler both read.
 */
export const FILESYSTEM_ERRORS: ReadonlyMap<string, string> = new Map([
  ['ENOSPC', 'disk full'],
  ['EDQUOT', 'disk quota exceeded'],
  ['EROFS', 'read-only file system'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['ENOTDIR', 'a path component is a file'],
  ['EISDIR', 'is a directory'],
  ['ENOENT', 'no such file or directory'],
  ['EMFILE', 'too many open files'],
]);

/** Whether a path exists (any kind of entry). */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export class OutputError extends Error {
  override name = 'OutputError';
}
