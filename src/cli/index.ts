#!/usr/bin/env node
// The oci-inv executable: run the CLI, turn any error into a message and an exit code. Ctrl-C
// and SIGTERM are handled here, at the edge (src/cli/interrupt.ts).
import { handleError } from './errors.js';
import { limitHeapGrowth } from './heap.js';
import { installInterruptHandlers } from './interrupt.js';
import { tuneJit } from './jit.js';
import { createCliLogger } from './logger.js';
import { main } from './main.js';

tuneJit();
limitHeapGrowth();
installInterruptHandlers();
// A reader that went away (`oci-inv run | head -1`, a parent killed) must not crash the run
// with a stack trace: the files are what matters, so output to the closed pipe is dropped.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = handleError(error, createCliLogger({ level: process.argv.includes('--log-level=debug') || process.argv.includes('debug') ? 'debug' : 'info', json: process.argv.includes('--json-logs') }));
  },
);
