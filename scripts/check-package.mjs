// Checks the package as a consumer gets it. Run after `npm run build`.
//  1. `npm pack --dry-run` lists exactly what a consumer needs: every "exports" target, types,
//     themes and the manifest, and nothing else (no src/, tests, stories, examples, configs).
//  2. The packed tarball installs into a scratch folder (its dependencies from the registry), a
//     consumer file type-checks against it, is bundled by rollup and runs in Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { rollup } from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import { launchChromium } from './lib/chromium.mjs';
import { createReport } from './lib/report.mjs';
import { needDist } from './lib/need-dist.mjs';
import { LANGUAGES, TOPICS } from './lib/languages.mjs';

needDist('npm run check:package', ['limber.js', 'index.js', 'types/src/index.d.ts']);

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { report, finish } = createReport();
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// 1. What the tarball holds.
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json'], root));
const files = packed.files.map((f) => f.path);
const targets = [];
const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
collect(pkg.exports);
const missing = targets
  .filter((t) => !t.includes('*') && t !== './package.json')
  .map((t) => t.replace(/^\.\//, ''))
  .filter((t) => !files.includes(t));
report(missing.length === 0, `every "exports" target is in the tarball (${targets.length} targets)`, missing.join(', '));
const themes = files.filter((f) => /^dist\/themes\/[a-z-]+\.css$/.test(f));
report(themes.length === 3, 'the three theme files are in the tarball', themes.join(', '));
const packages = files.filter((f) => /^dist\/content\/.+\.json$/.test(f));
report(
  packages.includes('dist/content/schema.json') &&
    TOPICS.every((topic) => LANGUAGES.every((code) => packages.includes(`dist/content/${topic}/${code}.json`))),
  `the content packages and their JSON Schema are in the tarball (${packages.length} files)`,
  packages.join(', '),
);
const allowed = (f) => ['package.json', 'README.md', 'LICENSE'].includes(f) || /^dist\/.+\.(js|js\.map|d\.ts|css|json)$/.test(f);
const extra = files.filter((f) => !allowed(f) || /^(src|test|stories|examples|scripts|content)\//.test(f));
report(
  extra.length === 0,
  `nothing else: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed`,
  extra.slice(0, 8).join(', '),
);

// 2. Install the real tarball into a scratch project and use it.
const scratch = mkdtempSync(join(tmpdir(), 'limber-consumer-'));
const [tarball] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], root));
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
npm(['install', '--no-audit', '--no-fund', join(scratch, tarball.filename)], scratch);
report(true, `the tarball installs with its dependencies (${Object.keys(pkg.dependencies).join(', ')})`);
mkdirSync(join(scratch, 'src'));
writeFileSync(
  join(scratch, 'src', 'main.ts'),
  `import 'limber-elements/exercise-card.js';
import { validateExercise, type Exercise } from 'limber-elements';
const exercise: Exercise = { id: 'c', name: 'Consumer stretch', goal: 'strength', startingPosition: 'Stand.',
  steps: ['Reach.'], dosage: { reps: 3 }, stopIf: ['pain'], references: ['nhs-111-wales-sciatica'] };
const card = document.createElement('limber-exercise-card');
if (validateExercise(exercise).ok) card.data = exercise;
document.body.append(card);
`,
);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    include: ['src'],
  }),
);
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(scratch, 'tsconfig.json')], { stdio: 'pipe' });
  report(true, 'a consumer file type-checks against the installed types (skipLibCheck off)');
} catch (error) {
  report(false, 'a consumer file type-checks against the installed types', String(error.stdout ?? error));
}
// Bundle it as a consumer's bundler would (rollup resolving from the scratch node_modules).
writeFileSync(
  join(scratch, 'src', 'main.js'),
  readFileSync(join(scratch, 'src', 'main.ts'), 'utf8')
    .replace(/, type Exercise/, '')
    .replace(/const exercise: Exercise/, 'const exercise'),
);
const bundle = await rollup({ input: join(scratch, 'src', 'main.js'), plugins: [nodeResolve({ rootDir: scratch })], onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es' });
const code = output[0].code;
const server = createServer((request, response) => {
  if (request.url === '/main.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
  response
    .writeHead(200, { 'content-type': 'text/html' })
    .end('<!doctype html><html lang="en"><title>c</title><script type="module" src="/main.js"></script>');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launchChromium();
const page = await browser.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
const name = await page
  .waitForFunction(() => document.querySelector('limber-exercise-card')?.shadowRoot?.querySelector('h3')?.textContent, { timeout: 10_000 })
  .then(
    (h) => h.jsonValue(),
    () => null,
  );
report(
  name === 'Consumer stretch' && errors.length === 0,
  'the bundled consumer renders the card in Chromium',
  `${name} ${errors.join('; ')}`,
);
await browser.close();
server.close();

finish();
