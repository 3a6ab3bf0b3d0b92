// Where a rate-sweep run's wall time goes beyond its floor (issue 11 item 3), from the
// emulator's request log: each request's arrival time and whether it was a 429. The parts add
// up exactly: wall = floor + start-up + slow start + steady + tail, where
//   - start-up: from spawning the CLI to its first request;
//   - slow start: from the first request until the good calls of the last second first reach
//     90 % of the limit, less the time those calls would take at the limit; split into the
//     part before the first enrichment call (discovery, and the run getting enrichment going)
//     and the ramp after it (the pacer's slow start);
//   - steady: from there to the last request, less the time its good calls take at the limit
//     (time lost below the limit, in gaps and after 429s);
//   - tail: from the last request to the CLI's exit (the exports, writing the run's files).

export interface TimedRequest {
  /** Arrival, ms on the same clock as `spawnedAt` and `exitedAt`. */
  at: number;
  throttled: boolean;
  /** A discovery call (identity, compartments, Resource Search), not enrichment. */
  discovery?: boolean;
}

/** Operations discovery makes; any other is enrichment's. */
export const DISCOVERY_OPERATIONS: ReadonlySet<string> = new Set(['listRegionSubscriptions', 'getTenancy', 'listCompartments', 'searchResources']);

export interface SweepTimeline {
  startupSeconds: number;
  slowStartSeconds: number;
  /** The part of `slowStartSeconds` before the first enrichment call (the rest is the pacer's ramp). */
  beforeEnrichSeconds: number;
  steadySeconds: number;
  tailSeconds: number;
  /** Seconds from the first request to the end of slow start. */
  rampSeconds: number;
  /** Whole seconds of steady state in which the good calls were under 90 % of the limit. */
  slowSecondsInSteady: number;
  /** Good calls per whole second from the first request (for BENCH_SWEEP_TIMELINE). */
  perSecond: number[];
  /** 429s per whole second from the first request. */
  throttledPerSecond: number[];
}

export function sweepTimeline(requests: readonly TimedRequest[], rps: number, spawnedAt: number, exitedAt: number): SweepTimeline {
  const sorted = [...requests].sort((a, b) => a.at - b.at);
  const good = sorted.filter((r) => !r.throttled).map((r) => r.at);
  const first = sorted[0]?.at ?? exitedAt;
  const last = sorted.at(-1)?.at ?? exitedAt;
  // The end of slow start: the first good call with 90 % of the limit's calls in the second before it.
  const want = Math.max(1, Math.floor(rps * 0.9));
  let rampEnd = last;
  let rampIndex = good.length;
  for (let i = want - 1, j = 0; i < good.length; i++) {
    const at = good[i] as number;
    while ((good[j] as number) < at - 1000) j++;
    if (i - j + 1 >= want) {
      rampEnd = at;
      rampIndex = i + 1;
      break;
    }
  }
  const perSecond: number[] = [];
  const throttledPerSecond: number[] = [];
  for (const r of sorted) {
    const s = Math.floor((r.at - first) / 1000);
    while (perSecond.length <= s) {
      perSecond.push(0);
      throttledPerSecond.push(0);
    }
    if (r.throttled) throttledPerSecond[s] = (throttledPerSecond[s] ?? 0) + 1;
    else perSecond[s] = (perSecond[s] ?? 0) + 1;
  }
  // Up to the first enrichment call (or the end of slow start, if sooner), less its good calls' time at the limit.
  const enrichStart = Math.min(rampEnd, sorted.find((r) => !r.discovery)?.at ?? rampEnd);
  let goodBeforeEnrich = 0;
  while (goodBeforeEnrich < good.length && (good[goodBeforeEnrich] as number) < enrichStart) goodBeforeEnrich++;
  const rampSecondIndex = Math.ceil((rampEnd - first) / 1000);
  const lastSecondIndex = Math.floor((last - first) / 1000);
  let slowSecondsInSteady = 0;
  for (let s = rampSecondIndex; s < lastSecondIndex; s++) if ((perSecond[s] ?? 0) < rps * 0.9) slowSecondsInSteady++;
  return {
    startupSeconds: (first - spawnedAt) / 1000,
    slowStartSeconds: (rampEnd - first) / 1000 - rampIndex / rps,
    beforeEnrichSeconds: (enrichStart - first) / 1000 - goodBeforeEnrich / rps,
    steadySeconds: (last - rampEnd) / 1000 - (good.length - rampIndex) / rps,
    tailSeconds: (exitedAt - last) / 1000,
    rampSeconds: (rampEnd - first) / 1000,
    slowSecondsInSteady,
    perSecond,
    throttledPerSecond,
  };
}
