// Sums a V8 .cpuprofile (node --cpu-prof, e.g. through BENCH_NODE_ARGS) by function and by file:
//   node build/bench/cpuprofile.js /tmp/prof/CPU.*.cpuprofile [top=40] [pattern]
// Self time by function, self time by file (bundle chunk or node: module), and inclusive time
// by function (a function counted once per stack, so recursion does not inflate it). With a
// pattern (a RegExp on "name file:line"), also the self time of everything called under the
// functions it matches: what a function's inclusive time is made of. Sampled wall time while
// the thread was busy: on a loaded machine a syscall that wakes another process (a socket
// write) gathers samples while the thread waits to run again, so compare runs, not totals.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, pattern] = process.argv.slice(2);
if (!file) {
  console.error('usage: node build/bench/cpuprofile.js FILE.cpuprofile [top] [pattern]');
  process.exit(2);
}
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const where = (node: ProfileNode) => node.callFrame.url.replace(/^.*\/(dist|node_modules)\//, '$1/');
const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${where(node)}:${node.callFrame.lineNumber + 1}`;
const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const inclusive = new Map<string, number>();
const under = new Map<string, number>();
const matcher = pattern ? new RegExp(pattern) : undefined;
let busyUs = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  if (node.callFrame.functionName === '(idle)') continue;
  busyUs += us;
  const name = nameOf(node);
  add(selfByFunction, name, us);
  add(selfByFile, where(node) || `(native) ${node.callFrame.functionName}`, us);
  const seen = new Set<string>();
  let matched = false;
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at);
    if (!frame) break;
    const frameName = nameOf(frame);
    if (!seen.has(frameName)) {
      seen.add(frameName);
      add(inclusive, frameName, us);
    }
    if (matcher?.test(frameName)) matched = true;
  }
  if (matched) add(under, name, us);
}

const print = (title: string, map: Map<string, number>) => {
  console.log(`--- ${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busyUs).toFixed(1).padStart(5)} %  ${key.slice(0, 160)}`);
  }
};
console.log(`busy (not idle): ${(busyUs / 1000).toFixed(0)} ms`);
print('self, by function', selfByFunction);
print('self, by file', selfByFile);
print('inclusive, by function', inclusive);
if (matcher) print(`self time under /${pattern}/`, under);
