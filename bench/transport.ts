// CPU of the transport alone, per request: OciHttpClient over the socket-level client (the
// default, src/oci/wire) against OciHttpClient over fetch (what a proxy or an injected fetch
// uses), sending the same requests to a loopback server in a child process (so its CPU is not
// counted), in alternating rounds. BENCH_TRANSPORT_ONLY=socket (or fetch) runs one path alone
// (to profile it with --cpu-prof).
// Signing is a stub (RSA is the same on both paths and measured apart). No SDK: the client's
// `send` and a `json()` of the answer, as the SDK calls them.
//   npm run build:ts && node build/bench/transport.js [requests per round] [rounds]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ApiCallRecorder, OciHttpClient } from '../src/oci/http.js';
import { DEFAULT_RATE_LEARNING, DEFAULT_RETRY_POLICY, FamilyLimiter, RateLearner } from '../src/oci/throttle.js';

const BODY = JSON.stringify({
  items: Array.from({ length: 8 }, (_, i) => ({ id: `ocid1.vcn.oc1.iad.${'a'.repeat(60)}${i}`, displayName: `vcn-${i}`, lifecycleState: 'AVAILABLE', freeformTags: { team: 'net' } })),
});

if (process.argv[2] === '--serve') {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'opc-request-id': 'r' }).end(BODY));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address ? address.port : 0);
  });
  process.on('disconnect', () => process.exit(0));
} else {
  const perRound = Number(process.argv[2] ?? 4000);
  const rounds = Number(process.argv[3] ?? 3);
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(Number(m))));
  const client = (fetchImpl?: typeof fetch) =>
    new OciHttpClient({
      service: 'iaas',
      signer: {
        async signHttpRequest(req: { headers: Headers }) {
          req.headers.set('authorization', 'Signature stub');
        },
      },
      policy: DEFAULT_RETRY_POLICY,
      limiter: new FamilyLimiter(new RateLearner({ ...DEFAULT_RATE_LEARNING, initialRate: 1e9, minRate: 1e9 }), 16),
      recorder: new ApiCallRecorder(),
      log: { debug() {} },
      ...(fetchImpl ? { fetchImpl } : {}),
    });
  const paths = { 'socket client': client(), fetch: client(fetch) };
  const run = async (c: OciHttpClient) => {
    const started = process.cpuUsage();
    let next = 0;
    // 16 in flight, as the enricher's workers keep them.
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < perRound) {
          const i = next++;
          const response = await c.send({ method: 'GET', uri: `http://127.0.0.1:${port}/20160918/vcns?compartmentId=c${i}`, headers: new Headers({ accept: 'application/json' }) }, false, 'iaas', 'listVcns');
          await response.json();
        }
      }),
    );
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000 / perRound;
  };
  const only = process.env.BENCH_TRANSPORT_ONLY;
  const names = (['socket client', 'fetch'] as const).filter((name) => !only || name.startsWith(only));
  for (const name of names) await run(paths[name]); // warm the paths up
  const results: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const name of names) (results[name] ??= []).push(await run(paths[name]));
  }
  console.log(`transport CPU per request (${perRound} requests × ${rounds} rounds, 16 in flight, stub signer, ${BODY.length}-byte JSON answers)`);
  for (const [name, values] of Object.entries(results)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(`${name.padEnd(14)} median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(3)} ms  (rounds: ${values.map((v) => v.toFixed(3)).join(', ')})`);
  }
  child.disconnect();
}
