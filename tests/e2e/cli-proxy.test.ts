// Runs honour HTTP(S)_PROXY and NO_PROXY: the bundled CLI reaches the emulator under a host
// name only a loopback CONNECT proxy can resolve (`emulator.test`), so a request that skipped
// the proxy could not succeed; with the host in NO_PROXY it goes direct and DNS fails.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { type EmulatorFixture, withEmulator } from '../helpers/emulator.js';

const cleanups: Array<() => Promise<void> | void> = [];
after(async () => {
  for (const fn of cleanups.reverse()) await fn();
});

let fx: EmulatorFixture;
let proxyUrl: string;
let template: string;
const tunnels: string[] = [];

before(async () => {
  fx = await withEmulator({ after: (fn: () => Promise<void> | void) => cleanups.push(fn) }, { seed: 4, size: 'tiny' });
  const port = new URL(fx.emulator.url).port;
  template = `http://emulator.test:${port}/{service}/{region}`;
  const sockets = new Set<Socket>();
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client: Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    sockets.add(client);
    const [host, targetPort] = (req.url ?? '').split(':');
    const upstream = connect(Number(targetPort), host === 'emulator.test' ? '127.0.0.1' : (host ?? ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => resolve());
      }),
  );
});

describe('proxy from the environment', () => {
  test('validate-auth goes through HTTP_PROXY (a CONNECT tunnel per host)', async () => {
    const before = tunnels.length;
    const result = await runCli(['validate-auth', '--oci-config', fx.auth.configFile, '--endpoint-template', template], { HTTP_PROXY: proxyUrl, HOME: fx.dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /tenancy:/);
    assert.ok(tunnels.slice(before).some((t) => t.startsWith('emulator.test:')), `tunnels: ${tunnels.join(', ')}`);
  });

  test('doctor reaches regions through the proxy, and names it', async () => {
    const result = await runCli(['doctor', '--oci-config', fx.auth.configFile, '--endpoint-template', template, '--outdir', `${fx.dir}/out`], { http_proxy: proxyUrl, HOME: fx.dir });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /pass {2}reach +us-ashburn-1: reachable in \d+ ms/);
  });

  test('NO_PROXY sends the host direct: DNS fails, doctor says so with the host, exit 6', async () => {
    const before = tunnels.length;
    const result = await runCli(['doctor', '--oci-config', fx.auth.configFile, '--endpoint-template', template, '--outdir', `${fx.dir}/out`, '--json'], {
      HTTP_PROXY: proxyUrl,
      NO_PROXY: 'localhost,.test',
      HOME: fx.dir,
    });
    assert.equal(result.code, 6, result.stdout + result.stderr);
    const report = JSON.parse(result.stdout) as { checks: Array<{ id: string; status: string; detail: string }> };
    const reach = report.checks.find((c) => c.id === 'reach');
    assert.equal(reach?.status, 'fail');
    assert.match(reach?.detail ?? '', /emulator\.test:\d+: DNS cannot resolve it/);
    assert.equal(tunnels.length, before, 'nothing went through the proxy');
  });
});
