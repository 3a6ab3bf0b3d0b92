export const id = 3406;
export const ids = [3406];
export const modules = {

/***/ 33406:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RunProgress: () => (/* binding */ RunProgress)
/* harmony export */ });
/* unused harmony exports silentLogger, memoryLogger */
// The logging surface the pipeline writes to. The CLI backs it with consola on stderr (a live
// status on a terminal, heartbeat lines elsewhere), the action with @actions/core, tests with an
// array. The pipeline also keeps a RunProgress that a logger may watch: counts per phase and
// region, read by renderers on their own clock, so a renderer never slows the pipeline down.
const silentLogger = {
    debug() { },
    info() { },
    warn() { },
    error() { },
};
/** Collects log lines: for tests and for the warnings section of report.md. */
function memoryLogger() {
    const lines = [];
    const push = (level) => (message, fields) => {
        lines.push(fields ? { level, message, fields } : { level, message });
    };
    return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}
/** Live counts of one run. Written by the pipeline, read by renderers. */
class RunProgress {
    clock;
    transport;
    startedAt;
    phase = 'connect';
    phaseStartedAt;
    regions = new Map();
    enrichDone = 0;
    enrichTotal = 0;
    enrichStartedAt;
    exportStep = null;
    runDir = null;
    finished = false;
    interrupted = false;
    /** Phase name → milliseconds, filled as phases end. */
    phaseDurations = new Map();
    listeners = new Set();
    constructor(clock = Date.now, 
    /** Counters from the transport, when the discovery port has them (the pipeline sets it). */
    transport = () => undefined) {
        this.clock = clock;
        this.transport = transport;
        this.startedAt = clock();
        this.phaseStartedAt = this.startedAt;
    }
    now() {
        return this.clock();
    }
    /** Notified on phase changes and when the run finishes. */
    onChange(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    setPhase(phase) {
        if (phase === this.phase)
            return;
        const now = this.clock();
        this.phaseDurations.set(this.phase, (this.phaseDurations.get(this.phase) ?? 0) + now - this.phaseStartedAt);
        this.phase = phase;
        this.phaseStartedAt = now;
        // Enrichment may start before its phase does (regions overlap): the rate counts from then.
        if (phase === 'enrich')
            this.enrichStartedAt ??= now;
        this.emit();
    }
    region(name) {
        let r = this.regions.get(name);
        if (!r) {
            r = { region: name, search: 'waiting', pages: 0, records: 0, enrichDone: 0, enrichTotal: 0 };
            this.regions.set(name, r);
        }
        return r;
    }
    finish() {
        if (this.finished)
            return;
        this.setPhase('done');
        this.finished = true;
        this.emit();
    }
    /** Totals for log lines and heartbeats. */
    counts() {
        let pages = 0;
        let records = 0;
        let regionsDone = 0;
        for (const r of this.regions.values()) {
            pages += r.pages;
            records += r.records;
            if (r.search === 'done' || r.search === 'failed')
                regionsDone++;
        }
        const t = this.transport()?.total;
        return {
            regions: this.regions.size,
            regions_searched: regionsDone,
            search_pages: pages,
            search_records: records,
            enrich_done: this.enrichDone,
            enrich_total: this.enrichTotal,
            ...(t ? { api_calls: t.calls, retries: t.retries, throttled: t.throttled } : {}),
        };
    }
    emit() {
        for (const l of this.listeners)
            l();
    }
}


/***/ })

};
