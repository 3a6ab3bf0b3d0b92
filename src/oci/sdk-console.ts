// The OCI SDK's retrier prints with console.warn on every non-2xx answer ("Request cannot be
// retried…", "All retry attempts have exhausted…") even with retries off. Retries are ours, and
// an expected 404 is not news: those lines go to the debug log instead of stderr.
const SDK_RETRIER_LINES = /^(Request cannot be retried|All retry attempts have exhausted)/;

let installed: { original: typeof console.warn; sinks: Set<(message: string) => void> } | undefined;

/** Route the SDK retrier's console.warn lines to `debug` until the returned function is called. */
export function quietSdkConsole(debug: (message: string) => void): () => void {
  if (!installed) {
    const original = console.warn;
    const sinks = new Set<(message: string) => void>();
    console.warn = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && SDK_RETRIER_LINES.test(first) && sinks.size > 0) {
        const line = first.split('\n')[0] ?? first;
        for (const sink of sinks) sink(`oci sdk: ${line}`);
        return;
      }
      original.apply(console, args);
    };
    installed = { original, sinks };
  }
  const state = installed;
  state.sinks.add(debug);
  return () => {
    state.sinks.delete(debug);
    if (state.sinks.size === 0 && installed === state) {
      console.warn = state.original;
      installed = undefined;
    }
  };
}
