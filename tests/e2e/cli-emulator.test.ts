// `oci-inv emulator` with the standalone module's options: size, latency and faults are
// applied; bad values are exit 2 naming the flag, before anything listens.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CLI_PATH, runCli } from '../helpers/cli.js';

const dir = await mkdtemp(join(tmpdir(), 'oci-inv-emucli-'));
after(() => rm(dir, { recursive: true, force: true }));

async function startEmulatorCli(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [CLI_PATH, 'emulator', '--port', '0', '--auth-dir', join(dir, `auth-${Math.random().toString(36).slice(2)}`), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (c) => {
      err += String(c);
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('close', (code) => reject(new Error(`emulator exited ${code}: ${err}`)));
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    url,
    stop: () => {
      child.kill('SIGINT');
      return closed;
    },
  };
}

test('--latency delays every answer and --faults applies (a dead region drops the connection)', { timeout: 60_000 }, async () => {
  const emu = await startEmulatorCli(['--size', 'tiny', '--latency', '300', '--faults', '{"deadRegions":["us-phoenix-1"]}']);
  try {
    const t0 = Date.now();
    const answer = await fetch(`${emu.url}/identity/us-ashburn-1/20160918/regions`);
    assert.equal(answer.status, 401, 'unsigned: refused, after the latency');
    assert.ok(Date.now() - t0 >= 280, 'latency applied');
    await assert.rejects(fetch(`${emu.url}/identity/us-phoenix-1/20160918/regions`), 'a dead region drops the connection');
  } finally {
    await emu.stop();
  }
});

test('bad emulator options are exit 2 with the flag named, nothing started', { timeout: 60_000 }, async () => {
  const cases: Array<[string[], RegExp]> = [
    [['--size', 'huge'], /--size: must be one of tiny, small, medium, large \(got "huge"\)/],
    [['--seed', 'abc'], /--seed: must be a whole number/],
    [['--latency=-5'], /--latency: must be a whole number from 0 to 60000/],
    [['--port', '99999'], /--port: must be a whole number from 0 to 65535/],
    [['--faults', '{"bogus":1}'], /--faults: .*bogus/],
    [['--faults', '{"errorRate":2}'], /--faults: errorRate/],
    [['--faults', join(dir, 'missing.json')], /--faults: .*no readable file/],
  ];
  for (const [args, message] of cases) {
    // --port 0 (any free port) unless the case is about --port: a flag given twice is its own error.
    const port = args.includes('--port') ? [] : ['--port', '0'];
    const result = await runCli(['emulator', ...port, '--auth-dir', join(dir, 'never'), ...args]);
    assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, message, args.join(' '));
    assert.doesNotMatch(result.stderr, /listening/);
  }
});
