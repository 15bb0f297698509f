// Runs the Node-side tests (test/node/*.test.ts) with Node's own test runner: esbuild turns each
// into plain ESM (Node 20 cannot strip types) in test-results/node/, then `node --test` runs them.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const entries = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/node/${f}`);
await build({
  entryPoints: entries,
  outdir: 'test-results/node',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
const files = entries.map((e) => e.replace('test/node/', 'test-results/node/').replace(/\.ts$/, '.mjs'));
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
