// The enrichment detail level (issue 12; docs/enrichment.md, "Detail levels"): how much of the
// two types whose full objects cost a call each (Vnic, Bucket) a run keeps.
//   standard  VNICs assembled from lists (no MAC, source/dest check, route table, isPrimary)
//   lean      standard, and buckets from listBuckets only (no access type, KMS key, versioning)
//   complete  getVnic and getBucket per record: every field, one call per VNIC and bucket
export const ENRICH_DETAILS = ['standard', 'lean', 'complete'] as const;
export type EnrichDetail = (typeof ENRICH_DETAILS)[number];
export const DEFAULT_ENRICH_DETAIL: EnrichDetail = 'standard';
