// IaC coverage end to end, for `oci-inv iac`, `run --tf-state` and the action: read the
// states (files, globs, and state text fetched from Resource Manager by the caller), stream
// the inventory against them, write iac.json, and say which `--fail-on` IaC kinds were found.
// No OCI here: Resource Manager state comes in as a StateSource from src/oci/orm-state.ts.
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readInventory, readLines, resolveInventoryFile } from '../core/inventory-reader.js';
import type { JsonValue } from '../core/record.js';
import { Redactor } from '../core/redact.js';
import { keepAttribute, type IacResult, matchInventory, StateIndex } from './coverage.js';
import { expandStatePaths } from './glob.js';
import { IacIgnoreRules } from './ignore.js';
import { IAC_FILE, renderIacMarkdown, unmanagedOcids, writeIacJson } from './report.js';
import { readState, readStateFile } from './state-reader.js';

export const IAC_FAIL_ON = ['unmanaged', 'new-unmanaged', 'missing', 'iac-drift'] as const;
export type IacFailOn = (typeof IAC_FAIL_ON)[number];

/** State text from somewhere other than a file (a Resource Manager stack). */
export interface StateSource {
  /** Shown in reports and errors: `orm:<stack ocid>`. */
  name: string;
  chunks: () => AsyncIterable<string>;
}

/** Reads every state into one index; any bad file is a StateInputError before anything is written. */
export async function loadStateIndex(patterns: readonly string[], sources: readonly StateSource[], flag = '--tf-state'): Promise<StateIndex> {
  const index = new StateIndex();
  const files = await expandStatePaths(patterns, flag);
  for (const file of files) {
    for await (const instance of readStateFile(file, { keep: keepAttribute, onSummary: (s) => index.summaries.push(s) })) index.add(instance);
  }
  for (const source of sources) {
    for await (const instance of readState(source.name, source.chunks(), { keep: keepAttribute, onSummary: (s) => index.summaries.push(s) })) index.add(instance);
  }
  return index;
}

export interface IacRunOptions {
  /** Inventory file or run directory. */
  inventory: string;
  /** Where iac.json goes; undefined: not written. */
  outDir: string | undefined;
  ignore: IacIgnoreRules;
  failOn: readonly IacFailOn[];
  /** The baseline run directory or inventory, for `new-unmanaged`. */
  baseline?: string | undefined;
  /** Tenancy of the inventory and the user's redaction secret: state values get the same markers as the live ones. */
  tenancyId: string | undefined;
  redactionSecret?: string | undefined;
  compartmentPaths?: ReadonlyMap<string, string>;
  now?: () => Date;
  /** The run's `--compartment` (run_summary.json scope): state resources elsewhere are not missing. */
  scopeCompartment?: string | undefined;
  /** The region scope (`--regions`): see MatchOptions.regions. */
  regions?: ReadonlySet<string> | undefined;
  regionKeys?: ReadonlyMap<string, string> | undefined;
  /** Rows per list in the markdown. */
  top?: number;
  /** Skip `missing` in the fail-on check (a partial inventory would report unread regions as missing). */
  partial?: boolean;
}

export interface IacOutcome {
  result: IacResult;
  /** iac.json's path when written. */
  file: string | undefined;
  /** Unmanaged now and not unmanaged (or absent) in the baseline; undefined without a baseline. */
  newUnmanaged: string[] | undefined;
  /** One line per `--fail-on` kind found; empty: nothing asked for was found. */
  failures: string[];
  /** The section sized for report.md. */
  markdown: string;
}

export async function runIac(index: StateIndex, options: IacRunOptions): Promise<IacOutcome> {
  const redactor = new Redactor({ tenancyId: options.tenancyId ?? '', secret: options.redactionSecret });
  const redact = (key: string, value: JsonValue): JsonValue => {
    const holder: Record<string, JsonValue> = {};
    Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
    redactor.redactValue(holder);
    return holder[key] as JsonValue;
  };
  const result = await matchInventory(index, readInventory(options.inventory), { ignore: options.ignore, redact, tenancyId: options.tenancyId, scopeCompartment: options.scopeCompartment, regions: options.regions, regionKeys: options.regionKeys });
  const newUnmanaged = options.baseline ? await newUnmanagedSince(options.baseline, unmanagedOcids(result.live)) : undefined;
  const failures: string[] = [];
  const c = result.counts;
  for (const kind of options.failOn) {
    if (kind === 'unmanaged' && c.unmanaged > 0) failures.push(`${c.unmanaged} unmanaged resource(s)`);
    if (kind === 'missing' && c.missing > 0 && !options.partial) failures.push(`${c.missing} resource(s) in state but not live`);
    if (kind === 'iac-drift' && c.drifted > 0) failures.push(`${c.drifted} managed resource(s) drifted from state`);
    if (kind === 'new-unmanaged' && newUnmanaged && newUnmanaged.length > 0) failures.push(`${newUnmanaged.length} new unmanaged resource(s) since the baseline`);
  }
  let file: string | undefined;
  if (options.outDir) {
    file = join(options.outDir, IAC_FILE);
    await writeIacJson(file, result, { inventory: options.inventory, generatedAt: (options.now ?? (() => new Date()))().toISOString(), newUnmanaged });
  }
  const markdown = renderIacMarkdown(result, {
    limit: 256 * 1024,
    fileHint: `${IAC_FILE}${file ? ' in the run directory' : ''}`,
    newUnmanaged,
    compartmentPaths: options.compartmentPaths ?? result.compartmentPaths,
    top: options.top ?? 20,
  });
  return { result, file, newUnmanaged, failures, markdown };
}

/**
 * `new-unmanaged`: unmanaged now and not listed unmanaged in the baseline run's iac.json; a
 * baseline without iac.json (coverage was not run then) counts what is unmanaged now and
 * absent from the baseline inventory, i.e. created since.
 */
export async function newUnmanagedSince(baseline: string, unmanagedNow: readonly string[]): Promise<string[]> {
  const runDir = await runDirOf(baseline);
  const known = new Set<string>();
  const iacFile = runDir ? join(runDir, IAC_FILE) : undefined;
  if (iacFile && (await isFile(iacFile))) {
    for await (const [text] of readLines(iacFile)) {
      if (!text.startsWith('    {"ocid"')) continue;
      try {
        const entry = JSON.parse(text.replace(/,$/, '')) as { ocid?: unknown; status?: unknown };
        if (typeof entry.ocid === 'string' && entry.status === 'unmanaged') known.add(entry.ocid);
      } catch {
        // a line of another shape: not a live entry
      }
    }
    return unmanagedNow.filter((o) => !known.has(o));
  }
  for await (const record of readInventory(baseline)) known.add(record.ocid);
  return unmanagedNow.filter((o) => !known.has(o));
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function runDirOf(path: string): Promise<string | undefined> {
  try {
    if ((await stat(path)).isDirectory()) return path;
    const file = await resolveInventoryFile(path);
    return dirname(file);
  } catch {
    return undefined;
  }
}

export function ignoreRules(texts: readonly string[], defaults: boolean): IacIgnoreRules {
  return IacIgnoreRules.from(texts, defaults);
}
