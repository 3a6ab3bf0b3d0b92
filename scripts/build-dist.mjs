// Bundles the compiled entry points into self-contained files with ncc: dist/cli/index.js (the
// npm bin), dist/action/index.js (what action.yml runs) and dist/action-post/index.js (its
// post step, which removes key material a killed main step left). Run after `tsc` (npm run build).
// The OCI SDK service packages are bundled slimmed (scripts/sdk-slim.ts): ncc resolves them from
// an overlay build/node_modules, written here and removed when the bundles are done.
// The generated clients are then cut down to the methods oci-inv can call (scripts/sdk-methods.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepSet, stripClientMethods } from '../build/scripts/sdk-methods.js';
import { writeOverlay } from '../build/scripts/sdk-slim.js';
import { ENRICHER_TABLE } from '../build/src/oci/enrichers/table/index.js';

const entries = [
  { name: 'cli', entry: 'build/src/cli/index.js', shebang: true },
  { name: 'action', entry: 'build/src/action/index.js', shebang: false },
  { name: 'action-post', entry: 'build/src/action/post.js', shebang: false },
];

const overlay = 'build/node_modules';
rmSync(overlay, { recursive: true, force: true });
const decisions = writeOverlay('node_modules', overlay);
const stubbed = decisions.filter((d) => d.stubbed.includes('model')).length;
console.error(`build-dist: SDK models stubbed in ${stubbed} of ${decisions.length} oci-* packages`);
for (const d of decisions) for (const k of d.kept) console.error(`build-dist: ${d.pkg} keeps its ${k.part}s: ${k.why}`);

// What our code can call: the table's operations (as it builds their names) and every word of src/.
const keep = keepSet('src', ENRICHER_TABLE.flatMap((row) => [row.get?.method, row.list?.method].filter(Boolean)));
let clientBytes = 0;
let cutBytes = 0;
for (const pkg of readdirSync(overlay).filter((name) => name.startsWith('oci-'))) {
  const file = join(overlay, pkg, 'lib', 'client.js');
  if (!existsSync(file)) continue;
  const code = readFileSync(file, 'utf8');
  const cut = stripClientMethods(code, keep);
  if (cut.reason) console.error(`build-dist: ${pkg} keeps its whole client: ${cut.reason}`);
  writeFileSync(file, cut.code);
  clientBytes += code.length;
  cutBytes += cut.code.length;
}
console.error(`build-dist: SDK clients cut to the methods oci-inv calls: ${(clientBytes / 1e6).toFixed(1)} MB -> ${(cutBytes / 1e6).toFixed(1)} MB`);
try {
  for (const { name, entry, shebang } of entries) {
    if (!existsSync(entry)) {
      console.error(`build-dist: ${entry} missing (run tsc first); skipping ${name}`);
      continue;
    }
    const out = `dist/${name}`;
    rmSync(out, { recursive: true, force: true });
    execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', out, '--quiet', '--target', 'es2022'], {
      stdio: 'inherit',
    });
    const file = `${out}/index.js`;
    let code = readFileSync(file, 'utf8');
    if (shebang && !code.startsWith('#!')) code = `#!/usr/bin/env node\n${code}`;
    writeFileSync(file, code, { mode: 0o755 });
  }
} finally {
  rmSync(overlay, { recursive: true, force: true });
}
