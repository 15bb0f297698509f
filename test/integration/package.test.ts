// The package as a consumer gets it (needs `npm run build`): what `npm pack` puts in the tarball,
// and the real tarball installed in a scratch project, type-checked, bundled and run in Chromium.
import nodeResolve from '@rollup/plugin-node-resolve';
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rollup } from 'rollup';
import { launch, openPage, waitForText } from './support/browser.js';
import { needDist } from './support/need-dist.js';
import { serve } from '../../scripts/lib/serve.mjs';

const repo = resolve('.');
const npm = (args: string[], cwd: string): string =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** The one list of languages and topics. */
const { languages: LANGUAGES, topics: TOPICS } = JSON.parse(readFileSync('src/languages.json', 'utf8')) as {
  languages: string[];
  topics: string[];
};
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: unknown; dependencies: Record<string, string> };

/** Every path named in package.json "exports". */
const exportTargets = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(exportTargets);

const CONSUMER = `import 'limber-elements/exercise-card.js';
import { validateExercise, type Exercise } from 'limber-elements';
const exercise: Exercise = { id: 'c', name: 'Consumer stretch', goal: 'strength', startingPosition: 'Stand.',
  steps: ['Reach.'], dosage: { reps: 3 }, stopIf: ['pain'], references: ['nhs-111-wales-sciatica'] };
const card = document.createElement('limber-exercise-card');
if (validateExercise(exercise).ok) card.data = exercise;
document.body.append(card);
`;

describe('the npm package', function () {
  this.timeout(300_000);
  before(() => needDist(['limber.js', 'index.js', 'types/src/index.d.ts']));

  describe('what the tarball holds (npm pack --dry-run)', () => {
    let files: string[] = [];
    before(() => {
      const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json'], repo)) as { files: { path: string }[] }[];
      files = packed?.files.map((file) => file.path) ?? [];
    });

    it('every "exports" target', () => {
      const targets = exportTargets(pkg.exports)
        .filter((target) => !target.includes('*') && target !== './package.json')
        .map((target) => target.replace(/^\.\//, ''));
      expect(targets).to.not.be.empty;
      expect(
        targets.filter((target) => !files.includes(target)),
        'targets missing from the tarball',
      ).to.deep.equal([]);
    });

    it('the three theme files', () => {
      expect(files.filter((file) => /^dist\/themes\/[a-z-]+\.css$/.test(file))).to.have.length(3);
    });

    it('each topic in each language as a content package, and their JSON Schema', () => {
      const wanted = [
        'dist/content/schema.json',
        ...TOPICS.flatMap((topic) => LANGUAGES.map((code) => `dist/content/${topic}/${code}.json`)),
      ];
      expect(
        wanted.filter((file) => !files.includes(file)),
        'content files missing from the tarball',
      ).to.deep.equal([]);
    });

    it('nothing else (no sources, tests, stories, examples, scripts or configs)', () => {
      const allowed = (file: string): boolean =>
        ['package.json', 'README.md', 'LICENSE'].includes(file) || /^dist\/.+\.(js|js\.map|d\.ts|css|json)$/.test(file);
      expect(files.filter((file) => !allowed(file))).to.deep.equal([]);
    });
  });

  describe('the real tarball in a consumer project', () => {
    let scratch = '';
    before(() => {
      scratch = mkdtempSync(join(tmpdir(), 'limber-consumer-'));
      const [tarball] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], repo)) as { filename: string }[];
      writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      npm(['install', '--no-audit', '--no-fund', join(scratch, tarball?.filename ?? '')], scratch);
      mkdirSync(join(scratch, 'src'));
      writeFileSync(join(scratch, 'src', 'main.ts'), CONSUMER);
    });

    it(`installs with its dependencies (${Object.keys(pkg.dependencies).join(', ')})`, () => {
      const installed = JSON.parse(npm(['ls', '--all', '--json'], scratch)) as { dependencies: Record<string, { dependencies?: object }> };
      const limber = installed.dependencies['limber-elements'];
      expect(Object.keys(limber?.dependencies ?? {})).to.include.members(Object.keys(pkg.dependencies));
    });

    it('a consumer file type-checks against the installed types (skipLibCheck off)', () => {
      const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM'] };
      const tsconfig = {
        compilerOptions: { ...compilerOptions, strict: true, noEmit: true, skipLibCheck: false, types: [] },
        include: ['src'],
      };
      writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
      execFileSync(join(repo, 'node_modules/.bin/tsc'), ['-p', join(scratch, 'tsconfig.json')], { stdio: 'pipe', encoding: 'utf8' });
    });

    it("bundled by the consumer's rollup, it renders the card in Chromium", async () => {
      const js = CONSUMER.replace(', type Exercise', '').replace('const exercise: Exercise', 'const exercise');
      writeFileSync(join(scratch, 'src', 'main.js'), js);
      const bundle = await rollup({
        input: join(scratch, 'src', 'main.js'),
        plugins: [nodeResolve({ rootDir: scratch })],
        onwarn: () => {},
      });
      const { output } = await bundle.generate({ format: 'es', entryFileNames: 'main.js' });
      mkdirSync(join(scratch, 'out'));
      // Every chunk: the entry and what it fetches later (content, words, drawing).
      for (const file of output) writeFileSync(join(scratch, 'out', file.fileName), file.type === 'chunk' ? file.code : file.source);
      const server = await serve(join(scratch, 'out'), {
        '/': '<!doctype html><html lang="en"><title>Consumer</title><script type="module" src="/main.js"></script>',
      });
      const browser = await launch();
      try {
        const { page, problems } = await openPage(browser);
        await page.goto(`${server.base}/`, { waitUntil: 'load' });
        expect(await waitForText(page, 'limber-exercise-card', 'Consumer stretch')).to.include('Consumer stretch');
        expect(problems, 'page errors and warnings').to.deep.equal([]);
      } finally {
        await browser.close();
        await server.close();
      }
    });
  });
});
