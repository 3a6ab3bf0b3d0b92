// The action's post step (action.yml `post:`, dist/action-post/index.js): the second line of
// defence for key material. The main step removes its private directories when it ends and on
// SIGINT/SIGTERM; a SIGKILL, an OOM kill or a crash skips both, so the runner's post step
// removes whatever the main step recorded with core.saveState. Only directories the main step
// creates are touched: named oci-inv-auth-* / oci-inv-baseline-* directly under RUNNER_TEMP
// (or the OS temp dir).
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import * as core from '@actions/core';

const STATES = [
  { name: 'credentials-dir', prefix: 'oci-inv-auth-' },
  { name: 'scratch-dir', prefix: 'oci-inv-baseline-' },
] as const;

export async function cleanup(getState: (name: string) => string, env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<void> {
  const roots = new Set([env.RUNNER_TEMP, tmpdir()].filter((r): r is string => !!r).map((r) => resolve(r)));
  for (const { name, prefix } of STATES) {
    const dir = getState(name);
    if (!dir) continue;
    const path = resolve(dir);
    if (!basename(path).startsWith(prefix) || !roots.has(dirname(path))) {
      log(`post: not removing ${name} ${path}: not a directory this action creates`);
      continue;
    }
    await rm(path, { recursive: true, force: true });
    log(`post: removed ${name}`);
  }
}

cleanup((name) => core.getState(name), process.env, (message) => core.info(message)).catch((error: unknown) => {
  core.warning(`post: cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
});
