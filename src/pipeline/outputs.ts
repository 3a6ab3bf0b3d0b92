// What a run writes into its directory: the exports asked for, and the diff against a
// previous or expected inventory. Every file is written under a temporary name and renamed.
import { join } from 'node:path';
import { diffInventories, type DiffCounts, failOnTriggered } from '../core/diff.js';
import { loadIgnoreRules } from '../core/ignore.js';
import { type ChangeReportInput, renderChangeReport, STEP_SUMMARY_LIMIT } from '../core/markdown.js';
import type { InventoryRecord } from '../core/record.js';
import { writeFileAtomic } from '../export/atomic.js';
import { writeInventoryCsv } from '../export/csv.js';
import { writeGraph } from '../export/graph.js';
import { writeInventoryJsonl } from '../export/jsonl.js';
import { writeInventoryParquet } from '../export/parquet.js';
import { collectEdges, writeRelationships } from '../export/relationships.js';
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
}

export async function writeJsonAtomic(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

export async function writeTextAtomic(path: string, text: string): Promise<void> {
  await writeFileAtomic(path, text);
}

/** Writes every export; returns the file names written, in order. */
export async function writeRunOutputs(
  runDir: string,
  records: InventoryRecord[],
  compartments: CompartmentInfo[],
  config: RunConfig,
  onStep: (file: string) => void = () => {},
): Promise<string[]> {
  const written: string[] = [];
  onStep('inventory.jsonl');
  await writeInventoryJsonl(join(runDir, 'inventory.jsonl'), records);
  written.push('inventory.jsonl');
  if (config.formats.includes('csv')) {
    onStep('inventory.csv');
    const paths = new Map(compartments.map((c) => [c.ocid, c.path]));
    await writeInventoryCsv(join(runDir, 'inventory.csv'), records, { compartmentPaths: paths, tagColumns: config.tagColumns });
    written.push('inventory.csv');
  }
  if (config.formats.includes('parquet')) {
    onStep('inventory.parquet');
    await writeInventoryParquet(join(runDir, 'inventory.parquet'), records, new Map(compartments.map((c) => [c.ocid, c.path])));
    written.push('inventory.parquet');
  }
  onStep('relationships.jsonl');
  await writeRelationships(join(runDir, 'relationships.jsonl'), collectEdges(records));
  written.push('relationships.jsonl');
  onStep('graph');
  await writeGraph(runDir, records, compartments);
  written.push('graph_nodes.jsonl', 'graph_edges.jsonl', 'graph.mmd');
  return written;
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
  };
}
