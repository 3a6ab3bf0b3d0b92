// `oci-inv check --expected FILE`: compare a committed expected inventory with the current one
// (`--curr`, or a live run through the `runInventory` callback), scoped to the resource types
// and/or compartment subtrees a team owns; exit 5 on drift (per --fail-on, default drift).
// `--write-expected` (re)writes the expected file from the current inventory instead.
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { failOnTriggered } from '../../core/diff.js';
import { duplicateError, type InventoryEntry, readInventory, scanInventory } from '../../core/inventory-reader.js';
import { canonicalJson, compareRecords, type InventoryRecord } from '../../core/record.js';
import { checkInventoryInput, checkOutdir, pathExists } from '../../pipeline/preflight.js';
import type { RunConfig } from '../../pipeline/config.js';
import type { Logger } from '../../pipeline/log.js';
import { UsageError } from '../errors.js';
import { claimInterrupt, guardOutputs } from '../interrupt.js';
import { didYouMean } from '../suggest.js';
import { type CommandIO, EXIT_DRIFT, type IgnoreFlags, listFlag, loadRulesFrom, parseFailOn, printDiff } from './diff.js';

export interface CheckCommandOptions extends IgnoreFlags {
  expected?: string;
  curr?: string;
  /** `--types Instance,Vcn` */
  types?: string | string[];
  /** `--compartments OCID,…`: each compartment with its whole subtree. */
  compartments?: string | string[];
  writeExpected?: boolean;
  failOn?: string;
  outdir?: string;
  json?: boolean;
}

export interface CheckDeps extends CommandIO {
  /** Runs the live inventory (the lead's pipeline) and returns its run directory or file. */
  runInventory?: () => Promise<string>;
  /** Resource types the enricher table knows, for checking `--types` before any call. */
  knownTypes?: () => Promise<ReadonlySet<string>>;
}

export type RecordScope = (record: InventoryRecord) => boolean;

/**
 * The scope filter. Compartments include their subtrees, found from the Compartment records
 * of the given inventories (a compartment's compartmentId is its parent); a compartment's own
 * record is in scope too, so deleting the compartment is drift for its owners.
 */
export async function buildScope(types: string[], compartments: string[], inventories: string[]): Promise<RecordScope | undefined> {
  const typeSet = new Set(types);
  let compartmentSet: Set<string> | undefined;
  if (compartments.length > 0) {
    const children = new Map<string, string[]>();
    for (const path of inventories) {
      for await (const record of readInventory(path)) {
        if (record.resourceType !== 'Compartment' || !record.compartmentId) continue;
        const list = children.get(record.compartmentId) ?? [];
        list.push(record.ocid);
        children.set(record.compartmentId, list);
      }
    }
    compartmentSet = new Set();
    const stack = [...compartments];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (compartmentSet.has(id)) continue;
      compartmentSet.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  }
  if (typeSet.size === 0 && !compartmentSet) return undefined;
  const inCompartments = compartmentSet;
  return (record) =>
    (typeSet.size === 0 || typeSet.has(record.resourceType)) &&
    (!inCompartments || inCompartments.has(record.ocid) || (record.compartmentId !== null && inCompartments.has(record.compartmentId)));
}

/**
 * Writes the expected inventory: in scope, sorted, canonical, without `collectedAt` (it would
 * make every refresh a commit). A `.json` path gets a JSON array, anything else JSONL.
 */
export async function writeExpectedInventory(current: string, expectedPath: string, scope: RecordScope | undefined): Promise<number> {
  const json = expectedPath.endsWith('.json');
  const { openAtomicWriter } = await import('../../export/atomic.js');
  // A run's inventory is sorted: streamed line by line, each ocid checked against the one
  // before it. Only an unsorted input (hand-made --curr) is read whole and sorted in memory.
  const out = await openAtomicWriter(expectedPath);
  try {
    let written = 0;
    let previous: InventoryEntry | undefined;
    let chunk = json ? '[\n' : '';
    for await (const entry of scanInventory(current)) {
      if (previous) {
        if (previous.record.ocid === entry.record.ocid) throw duplicateError(entry, previous.line);
        if (compareRecords(previous.record, entry.record) > 0) {
          await out.abort();
          return await writeExpectedSorted(current, expectedPath, scope);
        }
      }
      previous = entry;
      if (scope && !scope(entry.record)) continue;
      const line = canonicalJson({ ...entry.record, collectedAt: undefined });
      chunk += json ? `${written > 0 ? ',\n' : ''}${line}` : `${line}\n`;
      written++;
      if (chunk.length >= 1 << 20) {
        await out.write(chunk);
        chunk = '';
      }
    }
    if (json) chunk += '\n]\n';
    await out.write(chunk);
    await out.commit();
    return written;
  } catch (error) {
    await out.abort();
    throw error;
  }
}

async function writeExpectedSorted(current: string, expectedPath: string, scope: RecordScope | undefined): Promise<number> {
  const records: InventoryRecord[] = [];
  for await (const record of readInventory(current)) if (!scope || scope(record)) records.push(record);
  records.sort(compareRecords);
  const lines = records.map((r) => canonicalJson({ ...r, collectedAt: undefined }));
  const text = expectedPath.endsWith('.json') ? `[\n${lines.join(',\n')}\n]\n` : lines.map((l) => `${l}\n`).join('');
  const { writeFileAtomic } = await import('../../export/atomic.js');
  await writeFileAtomic(expectedPath, text);
  return records.length;
}

/** Resource types in an inventory (for "did you mean" and unknown-type checks). */
async function typesIn(path: string): Promise<Set<string>> {
  const types = new Set<string>();
  for await (const record of readInventory(path)) types.add(record.resourceType);
  return types;
}

/**
 * `--types` names must be real: in the expected or current inventory, or a type the enricher
 * table knows. A typo would otherwise compare nothing and pass the gate.
 */
export function checkTypes(types: readonly string[], known: ReadonlySet<string>): void {
  const unknown = types.filter((t) => !known.has(t));
  if (unknown.length === 0) return;
  const parts = unknown.map((t) => {
    const guess = didYouMean(t, known);
    return `"${t}"${guess ? ` (did you mean ${guess}?)` : ''}`;
  });
  throw new UsageError(`--types: unknown resource type ${parts.join(', ')}: not in the inventories and not an enriched type (types are case-sensitive, e.g. Instance, Vcn)`);
}

export async function checkCommand(options: CheckCommandOptions, deps: CheckDeps): Promise<number> {
  if (!options.expected) throw new UsageError('check needs --expected FILE (the committed expected inventory)');
  const failOn = parseFailOn(options.failOn, 'drift');
  const types = listFlag(options.types);
  const compartments = listFlag(options.compartments);
  for (const id of compartments) if (!id.startsWith('ocid1.')) throw new UsageError(`--compartments: "${id}" is not an ocid`);
  // Everything the comparison needs is checked before the live run makes its first call.
  const expectedExists = await pathExists(options.expected);
  if (!options.writeExpected || expectedExists) await checkInventoryInput(options.expected, '--expected');
  else await checkOutdir(dirname(resolve(options.expected)), '--expected');
  if (options.curr) await checkInventoryInput(options.curr, '--curr');
  if (options.outdir) await checkOutdir(options.outdir, '--outdir');
  const ignore = options.writeExpected ? undefined : await loadRulesFrom(options, deps);
  if (types.length > 0) {
    const known = new Set(deps.knownTypes ? await deps.knownTypes() : []);
    for (const path of [expectedExists ? options.expected : undefined, options.curr]) {
      if (path) for (const t of await typesIn(path)) known.add(t);
    }
    checkTypes(types, known);
  }
  // A signal stops at once: no temporary file of the expected file or the diff files is left.
  guardOutputs(options.expected, options.outdir);
  let current = options.curr;
  if (!current) {
    if (!deps.runInventory) throw new UsageError('check needs --curr PATH when it cannot run the inventory itself');
    deps.log.info('no --curr given: running the inventory now');
    current = await deps.runInventory();
  }
  if (options.writeExpected) {
    const scope = await buildScope(types, compartments, [current]);
    const written = await writeExpectedInventory(current, options.expected, scope);
    deps.log.info(`wrote ${written} records to ${options.expected}${scopeWords(types, compartments)}`);
    return 0;
  }
  const scope = await buildScope(types, compartments, [options.expected, current]);
  // A live check writes diff.json and diff_summary.json into its run directory, as `run
  // --expected` does (--outdir is then the runs' parent, not a place for loose diff files);
  // with --curr, --outdir is where they go, as for `diff`.
  const diffOutdir = options.curr ? options.outdir : (await stat(current)).isDirectory() ? current : dirname(current);
  if (diffOutdir) await mkdir(diffOutdir, { recursive: true });
  const { diffInventories } = await import('../../core/diff.js');
  const result = await diffInventories(options.expected, current, {
    ...(ignore ? { ignore } : {}),
    ...(scope ? { filter: scope } : {}),
    ...(diffOutdir ? { outdir: diffOutdir } : {}),
  });
  await printDiff(result, { ...options, title: `Drift from the expected inventory${scopeWords(types, compartments)}` }, deps, 'expected');
  if (failOnTriggered(result.counts, failOn)) {
    deps.log.warn(`drift from ${options.expected} and --fail-on ${failOn} asked to fail on it`);
    return EXIT_DRIFT;
  }
  return 0;
}

function scopeWords(types: string[], compartments: string[]): string {
  const parts = [types.length ? `types ${types.join(', ')}` : '', compartments.length ? `compartments ${compartments.join(', ')} (with subtrees)` : ''];
  const text = parts.filter(Boolean).join('; ');
  return text ? ` (scope: ${text})` : '';
}

/**
 * A live run for a command that goes on with its result (check, init's first run): the whole
 * pipeline, stopped gracefully by Ctrl-C / SIGTERM like `run` (an INTERRUPTED run directory,
 * or none). An interrupted run is an error, exit 130 / 143: check does not compare it (what was
 * not read would show as removed), init does not write the expected file from it.
 */
export async function liveRun(config: RunConfig, log: Logger, afterInterrupt = ''): Promise<{ runDir: string; exitCode: number }> {
  const { runInventory } = await import('../../app/run-inventory.js');
  const { RunProgress } = await import('../../pipeline/log.js');
  const { RunInterruptedError } = await import('../../pipeline/run.js');
  const progress = new RunProgress();
  const signal = claimInterrupt(() => progress.runDir);
  const result = await runInventory(config, { log, signal, progress });
  if (result.status === 'INTERRUPTED') throw new RunInterruptedError(`interrupted run: what was complete is in ${result.runDir} (status INTERRUPTED)${afterInterrupt}`, result.exitCode);
  return { runDir: result.runDir, exitCode: result.exitCode };
}
