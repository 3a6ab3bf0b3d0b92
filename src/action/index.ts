// Entry point of the bundled action (dist/action/index.js): run, and turn any escape into a
// failed step with a message (never a stack full of inputs).
import * as core from '@actions/core';
import { limitHeapGrowth } from '../cli/heap.js';
import { tuneJit } from '../cli/jit.js';
import { run } from './main.js';
import { redactHeaders } from './redact.js';
import { actionDeps } from './wiring.js';

// The action runs the same pipeline as the CLI: the same JIT budget and bounded heap growth
// (docs/benchmarks.md).
tuneJit();
limitHeapGrowth();
run(actionDeps()).catch((error: unknown) => {
  // An SDK error can quote request headers: mask and strip them before the message is shown.
  core.setFailed(redactHeaders(error instanceof Error ? error.message : String(error), (value) => core.setSecret(value)));
});
