// Entry point of the bundled action (dist/action/index.js): run, and turn any escape into a
// failed step with a message (never a stack full of inputs).
import * as core from '@actions/core';
import { run } from './main.js';
import { actionDeps } from './wiring.js';

run(actionDeps()).catch((error: unknown) => {
  core.setFailed(error instanceof Error ? error.message : String(error));
});
