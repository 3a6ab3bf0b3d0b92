// The enrichment detail level (issue 12; docs/enrichment.md, "Detail levels"): how much of the
// two types whose full objects cost a call each (Vnic, Bucket) a run keeps.
//   standard  VNICs assembled from lists (no MAC, source/dest check, route table, isPrimary)
//   lean      standard, and buckets from listBuckets only (no access type, KMS key, versioning)
//   complete  getVnic and getBucket per record: every field, one call per VNIC and bucket
export const ENRICH_DETAILS = ['standard', 'lean', 'complete'] as const;
export type EnrichDetail = (typeof ENRICH_DETAILS)[number];
export const DEFAULT_ENRICH_DETAIL: EnrichDetail = 'standard';

/**
 * A warning when the baseline run was enriched at another detail level: its VNIC (and, with
 * lean, bucket) records have another field set, so the diff shows them changed with nothing
 * changed in the tenancy. The baseline's level is read from the run_summary.json beside its
 * inventory; a run from before the levels existed read VNICs and buckets whole (complete).
 * No summary (a hand-made expected inventory): nothing to say.
 */
export async function baselineDetailWarning(baseline: string, current: EnrichDetail): Promise<string | undefined> {
  const { readFile, stat } = await import('node:fs/promises');
  const { dirname, join } = await import('node:path');
  let summaryPath: string;
  try {
    summaryPath = (await stat(baseline)).isDirectory() ? join(baseline, 'run_summary.json') : join(dirname(baseline), 'run_summary.json');
  } catch {
    return undefined;
  }
  let summary: unknown;
  try {
    summary = JSON.parse(await readFile(summaryPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (summary === null || typeof summary !== 'object' || Array.isArray(summary)) return undefined;
  const recorded = (summary as Record<string, unknown>).enrich_detail;
  if (recorded === null) return undefined; // the baseline was not enriched
  const theirs = typeof recorded === 'string' && (ENRICH_DETAILS as readonly string[]).includes(recorded) ? (recorded as EnrichDetail) : 'complete';
  if (theirs === current) return undefined;
  const types = theirs === 'lean' || current === 'lean' ? 'Vnic and Bucket' : 'Vnic';
  return `the baseline was enriched at detail ${theirs} and this run at ${current}: ${types} records keep other fields, so the diff shows them changed although nothing changed (run both at one --enrich-detail)`;
}
