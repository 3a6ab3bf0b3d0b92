// The phase overlap of one run, read from outside (issue 11 item 4; docs/architecture.md,
// "What overlaps, measured"): the CLI bundle against the emulator at --log-level debug, each
// stderr line timestamped as it arrives, and the run's `.spill/` polled for run files.
//   node build/bench/timeline.js [resources=20000] [latencyMs=5] [cli=dist/cli/index.js]
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../src/emulator/index.js';

async function main(): Promise<void> {
  const resources = Number(process.argv[2] ?? 20_000);
  const latencyMs = Number(process.argv[3] ?? 5);
  const cli = process.argv[4] ?? 'dist/cli/index.js';
  const emulator = await startEmulator({
    seed: 7,
    size: { regions: 4, compartments: Math.max(8, Math.round(resources / 700)), resources },
    faults: { latencyMs },
  });
  const dir = await mkdtemp(join(tmpdir(), 'oci-inv-timeline-'));
  try {
    const auth = await emulator.writeAuthFiles(join(dir, 'auth'), {});
    const outdir = join(dir, 'out');
    const started = Date.now();
    const events: Array<[number, string]> = [];
    const child = spawn(
      process.execPath,
      [cli, 'run', '--auth', 'api_key', '--oci-config', auth.configFile, '--outdir', outdir, '--log-level', 'debug', '--format', 'jsonl,csv,parquet'],
      { env: { ...process.env, OCI_INV_ENDPOINT_TEMPLATE: emulator.endpointTemplate }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
        const line = pending.slice(0, end).trim();
        pending = pending.slice(end + 1);
        if (line.length > 0 && !line.includes('\r')) events.push([Date.now() - started, `log   ${line}`]);
      }
    });
    const seen = new Set<string>();
    const poll = setInterval(() => {
      void (async () => {
        for (const run of await readdir(outdir).catch(() => [] as string[])) {
          for (const file of await readdir(join(outdir, run, '.spill')).catch(() => [] as string[])) {
            if (file.startsWith('run-') && !seen.has(file)) {
              seen.add(file);
              events.push([Date.now() - started, `spill ${file}`]);
            }
          }
        }
      })();
    }, 100);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    clearInterval(poll);
    events.sort((a, b) => a[0] - b[0]);
    for (const [ms, text] of events) console.log(`${String(ms).padStart(8)}  ${text}`);
    console.log(`exit ${code}, ${emulator.tenancy.resources.length} resources`);
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
