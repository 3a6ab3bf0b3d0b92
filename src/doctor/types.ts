// The shape of a doctor report: one result per check, in the order the checks ran, and the
// exit code it implies (SPEC §3; docs/doctor.md).

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** What a failure is about, which decides the exit code: local 2, auth 3, network 6. */
export type FailureKind = 'local' | 'auth' | 'network';

export interface CheckResult {
  /** Stable id: `node`, `config`, `key`, `fingerprint`, `token`, `clock`, `sign-in`, `reach`, `search`, `compartments`, `permission`, `outdir`. */
  id: string;
  status: CheckStatus;
  /** What was found, one line, never a secret. */
  detail: string;
  /** What to do about a warn or fail. */
  fix?: string;
  kind?: FailureKind;
  /** For the per-region checks. */
  region?: string;
  /** For the per-family permission checks: the IAM resource-type. */
  family?: string;
  latencyMs?: number;
}

export interface DoctorReport {
  /** 0 nothing failed, 3 auth/authorization, 6 unreachable, 2 local configuration. */
  exitCode: number;
  checks: CheckResult[];
  /** The read-only statements that would fix the permission failures, merged. */
  policy: string[];
}

/** Exit code of a list of results: auth beats network beats local (docs/doctor.md). */
export function exitCodeOf(checks: readonly CheckResult[]): number {
  const kinds = new Set(checks.filter((c) => c.status === 'fail').map((c) => c.kind ?? 'local'));
  if (kinds.has('auth')) return 3;
  if (kinds.has('network')) return 6;
  if (kinds.has('local')) return 2;
  return 0;
}
