import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/**
 * The scripts that use what `npm run build` writes, as npm runs them. (`npm run figures` builds
 * dist/ itself when it is missing: `test/integration/dist.test.ts` runs it.)
 */
const SCRIPTS: [string, string[]][] = [
  ['npm run print:handout', ['scripts/print-exercises.mjs', 'handout']],
  ['npm run print:article', ['scripts/print-article.mjs']],
  ['npm run build:wordpress', ['scripts/build-wordpress.mjs']],
];

/** Runs `args` with node in `cwd`; resolves to its exit code and everything it printed. */
function run(args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A guard, not a measurement: a script that waits for elements would hang here for long.
    const guard = setTimeout(() => child.kill(), 30_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

describe('scripts that need dist/, on a checkout that has not been built', () => {
  let checkout: string;
  before(() => {
    // The repository without dist/: scripts/ copied (they find dist/ beside themselves), the rest linked.
    checkout = mkdtempSync(join(tmpdir(), 'limber-unbuilt-'));
    for (const entry of readdirSync(root)) {
      if (entry === 'dist' || entry === '.git') continue;
      if (entry === 'scripts') cpSync(join(root, entry), join(checkout, entry), { recursive: true });
      else if (entry === 'package.json') copyFileSync(join(root, entry), join(checkout, entry));
      else symlinkSync(join(root, entry), join(checkout, entry));
    }
  });
  after(() => rmSync(checkout, { recursive: true, force: true }));

  for (const [name, args] of SCRIPTS) {
    it(`${name} stops at once with one line saying to run npm run build`, async () => {
      const { code, output } = await run(args, checkout);
      assert.equal(code, 1);
      const lines = output.trim().split('\n');
      assert.equal(lines.length, 1, output);
      assert.match(
        lines[0]!,
        new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: dist/\\S+ is missing; run \`npm run build\` first$`),
      );
    });
  }
});

describe('integration suites on a checkout that has not been built', () => {
  it('fail their first hook with one line naming the missing file and `npm run build`', async () => {
    const { needDist } = await import('../integration/support/need-dist.js');
    const empty = mkdtempSync(join(tmpdir(), 'limber-unbuilt-'));
    assert.throws(() => needDist(['limber.js', 'exercise-card.js'], empty), {
      message: 'dist/limber.js is missing: run `npm run build` first',
    });
    // And says nothing once the file is there.
    mkdirSync(join(empty, 'dist'));
    writeFileSync(join(empty, 'dist/limber.js'), '');
    assert.doesNotThrow(() => needDist(['limber.js'], empty));
    rmSync(empty, { recursive: true });
  });
});
