// What a run writes into its directory: the exports asked for, and the diff against a
// previous or expected inventory. Every file is written under a temporary name and renamed.
import { diffInventories, type DiffCounts, failOnTriggered } from '../core/diff.js';
import { loadIgnoreRules } from '../core/ignore.js';
import { type ChangeReportInput, renderChangeReport, STEP_SUMMARY_LIMIT } from '../core/markdown.js';
import type { InventoryRecord } from '../core/record.js';
import { writeFileAtomic } from '../export/atomic.js';
import { sortedRecordStream, writeExportsFromStream } from '../export/exports.js';
import type { RunConfig } from './config.js';
import type { CompartmentInfo } from './ports.js';

export interface DiffOutcome {
  baseline: 'previous-run' | 'expected';
  baselinePath: string;
  counts: DiffCounts;
  failOnTriggered: boolean;
  /** The change report in markdown, sized for report.md. */
  markdown: string;
  /** Counts and a bounded sample per section: enough to render the report at any other size. */
  report: ChangeReportInput;
  /** Compartment ocid → path (`root/a/b`), so every rendering of `report` names compartments by path. */
  compartmentPaths?: ReadonlyMap<string, string>;
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function writeTextAtomic(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text);
}

/**
 * Writes every export from records in memory (merge, tests); returns the file names written,
 * in order. A run streams its spilled records through the same one-pass writer instead.
 */
export async function writeRunOutputs(
  runDir: string,
  records: InventoryRecord[],
  compartments: CompartmentInfo[],
  config: RunConfig,
  onStep: (file: string) => void = () => {},
  onRecord?: (record: InventoryRecord) => void,
): Promise<string[]> {
  return writeExportsFromStream(runDir, sortedRecordStream(records), compartments, {
    formats: config.formats,
    tagColumns: config.tagColumns,
    onStep,
    ...(onRecord ? { onRecord } : {}),
  });
}

export async function compareWithBaseline(
  baselinePath: string,
  currentInventory: string,
  runDir: string,
  config: RunConfig,
  baseline: DiffOutcome['baseline'],
  prepareBaseline?: (record: InventoryRecord) => InventoryRecord,
  compartmentPaths?: ReadonlyMap<string, string>,
): Promise<DiffOutcome> {
  const ignore = await loadIgnoreRules({ rules: config.ignore, defaults: config.defaultIgnores });
  // currentPrepared: this run's inventory was redacted by the same policy before it was written.
  const result = await diffInventories(baselinePath, currentInventory, {
    outdir: runDir,
    ignore,
    ...(prepareBaseline ? { prepareBaseline, currentPrepared: true } : {}),
  });
  return {
    baseline,
    baselinePath,
    counts: result.counts,
    failOnTriggered: failOnTriggered(result.counts, config.failOn),
    markdown: renderChangeReport(result, {
      limit: STEP_SUMMARY_LIMIT,
      artifactHint: 'diff.json in the run directory',
      baseline,
      ...(compartmentPaths ? { compartmentPaths } : {}),
    }),
    report: result,
    ...(compartmentPaths ? { compartmentPaths } : {}),
  };
}
