// Test helper: run the bundled CLI (dist/cli/index.js) as a user would, in a child process.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI_PATH = resolve('dist/cli/index.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    // A clean environment: the caller's OCI_INV_* must not leak into the test.
    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('OCI_')) base[k] = v;
    const merged: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(env)) if (v !== undefined) merged[k] = v;
    const child = spawn(process.execPath, [CLI_PATH, ...args], { env: merged, cwd: cwd ?? process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, stdout, stderr }));
  });
}
