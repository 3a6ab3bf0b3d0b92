// Sums a sampled allocation profile (bench/heap-sample.cjs) by allocating function, by file,
// and by the allocating function with its callers (the stack's innermost `depth` frames):
//   node build/bench/heapprofile.js /tmp/run.heapprofile [top=30] [depth=3]
// Sizes are sampled (one sample per 32 KB on average), so compare runs, not exact bytes.
import { readFileSync } from 'node:fs';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const [file, topArg, depthArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node build/bench/heapprofile.js FILE.heapprofile [top] [depth]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const depth = Number(depthArg ?? 3);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
const where = (url: string) => url.replace(/^.*\//, '');
const bySelf = new Map<string, number>();
const byFile = new Map<string, number>();
const byStack = new Map<string, number>();
const add = (map: Map<string, number>, key: string, bytes: number) => map.set(key, (map.get(key) ?? 0) + bytes);
let total = 0;
const walk = (node: HeapNode, stack: string[]) => {
  const frame = `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const here = [...stack, frame];
  if (node.selfSize > 0) {
    total += node.selfSize;
    add(bySelf, frame, node.selfSize);
    add(byFile, where(node.callFrame.url) || '(native)', node.selfSize);
    add(byStack, here.slice(-depth).reverse().join(' < '), node.selfSize);
  }
  for (const child of node.children) walk(child, here);
};
walk(profile.head, []);
const print = (title: string, map: Map<string, number>) => {
  console.log(`--- ${title}`);
  for (const [key, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(bytes / 1e6).toFixed(1).padStart(8)} MB ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${key.slice(0, 200)}`);
  }
};
console.log(`sampled allocation: ${(total / 1e6).toFixed(1)} MB`);
print('by allocating function', bySelf);
print('by file', byFile);
print(`by allocating function and ${depth - 1} caller(s)`, byStack);
