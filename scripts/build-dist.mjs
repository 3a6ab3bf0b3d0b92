// Bundles the compiled entry points into self-contained files with ncc: dist/cli/index.js (the
// npm bin), dist/action/index.js (what action.yml runs) and dist/action-post/index.js (its
// post step, which removes key material a killed main step left). Run after `tsc` (npm run build).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  { name: 'cli', entry: 'build/src/cli/index.js', shebang: true },
  { name: 'action', entry: 'build/src/action/index.js', shebang: false },
  { name: 'action-post', entry: 'build/src/action/post.js', shebang: false },
];

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
