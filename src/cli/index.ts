#!/usr/bin/env node
// The oci-inv executable: run the CLI, turn any error into a message and an exit code. Ctrl-C
// and SIGTERM are handled here, at the edge (src/cli/interrupt.ts).
import { handleError } from './errors.js';
import { limitHeapGrowth } from './heap.js';
import { installInterruptHandlers } from './interrupt.js';
import { createCliLogger } from './logger.js';
import { main } from './main.js';

limitHeapGrowth();
installInterruptHandlers();
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = handleError(error, createCliLogger({ level: process.argv.includes('--log-level=debug') || process.argv.includes('debug') ? 'debug' : 'info', json: process.argv.includes('--json-logs') }));
  },
);
