// A language, a topic and an element are data and their own files: on a copy of the repository
// (what git tracks, as a fresh clone has it, under its own git to count what changes), each
// scaffold (`npm run new:topic`, `npm run new:locale`, `npm run new:element`) touches only the
// files this suite allows, printed as a table; then the three go through the same paths the real
// ones do: `npm run generate`'s loaders, the type check, the lists' and imports' checks, the
// element's own Chromium tests, the build's entries and chunks, and pre-rendering.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LANGUAGES, TOPIC, TOPIC_IDS } from '../support/lists.js';

const repo = resolve('.');

/** What each scaffold may touch, as patterns over the paths git reports. */
const ALLOWED: Record<string, RegExp[]> = {
  topic: [/^content\/throwaway-topic\//, /^src\/languages\.json$/],
  language: [
    /^src\/i18n\/eo\.ts$/,
    /^src\/i18n\/guided\/eo\.ts$/,
    /^content\/[\w-]+\/eo\.ts$/,
    /^content\/[\w-]+\/changes\.ts$/,
    /^src\/languages\.json$/,
  ],
  // README.md: its element table, which `npm run sync:elements` writes from the list.
  element: [
    /^src\/components\/throwaway-widget\//,
    /^stories\/throwaway-widget\.stories\.ts$/,
    /^test\/throwaway-widget\.test\.ts$/,
    /^src\/elements\.json$/,
    /^README\.md$/,
  ],
};

describe('a throwaway topic, language and element, through the same paths as the real ones', function () {
  this.timeout(600_000);
  let copy = '';
  const run = (command: string, args: string[]): string => execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
  const read = (path: string): string => readFileSync(join(copy, path), 'utf8');

  /** The files changed since the last count, as git sees them (ignored, generated files not among them). */
  const touched = (): string[] => {
    const paths = run('git', ['status', '--porcelain', '--untracked-files=all'])
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    run('git', ['add', '-A']);
    run('git', ['-c', 'user.name=throwaway', '-c', 'user.email=throwaway@example.org', 'commit', '-q', '-m', 'step']);
    return paths;
  };
  const counts: Record<string, string[]> = {};

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'limber-throwaway-'));
    // What git tracks (and untracked files it does not ignore), as a fresh clone would have it.
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
    execFileSync('tar', ['-cf', join(copy, '.files.tar'), '--null', '-T', '-'], { cwd: repo, input: files.join('\0') });
    run('tar', ['-xf', '.files.tar']);
    rmSync(join(copy, '.files.tar'));
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
    run('git', ['init', '-q']);
    run('node', ['scripts/generate.mjs', '--quiet']);
    touched();
    run('node', ['scripts/new-topic.mjs', 'throwaway-topic']);
    counts.topic = touched();
    run('node', ['scripts/new-locale.mjs', 'eo']);
    counts.language = touched();
    run('node', ['scripts/new-element.mjs', 'throwaway-widget']);
    counts.element = touched();
    console.log(`    files each scaffold touched (generated files, which git ignores, not counted):`);
    for (const [kind, paths] of Object.entries(counts))
      console.log(`      ${kind.padEnd(9)}${String(paths.length).padStart(3)}  ${paths.join(' ')}`);
  });

  for (const kind of Object.keys(ALLOWED))
    it(`the ${kind} scaffold touches only its own files and the list`, () => {
      expect(counts[kind]!.filter((path) => !ALLOWED[kind]!.some((allowed) => allowed.test(path)))).to.deep.equal([]);
      expect(counts[kind]).to.not.be.empty;
    });

  after(() => rmSync(copy, { recursive: true, force: true }));

  it('the scaffolds write the words, each topic in the language, and `npm run generate` the loaders and entries', () => {
    for (const file of [
      'src/i18n/eo.ts',
      'src/i18n/guided/eo.ts',
      `content/${TOPIC}/eo.ts`,
      'content/throwaway-topic/eo.ts',
      'src/limber-eo.ts',
    ])
      expect(existsSync(join(copy, file)), file).to.equal(true);
    expect(read('src/i18n/locales.ts')).to.include("eo: () => import('./eo.js')");
    expect(read('src/i18n/guided/locales.ts')).to.include("eo: () => import('./eo.js')");
    expect(read('src/content/topic-loaders.ts')).to.include("import('../../content/throwaway-topic/eo.js')");
    expect(read('src/content/default-catalog.ts')).to.include('throwawayTopicEn');
    expect(read('src/limber.ts')).to.include("import './components/throwaway-widget/define.js';");
    expect(read('src/define-all.ts')).to.include("'limber-throwaway-widget': LimberThrowawayWidget");
    // package.json's wildcard entries cover the new language and element without an edit.
    expect(JSON.parse(read('package.json')).exports).to.include.keys('./limber-*.js', './*.js');
    // And the lists agree with what they generate (the check `npm test` runs; it throws on a failure).
    expect(run('npx', ['mocha', '--reporter', 'dot', 'test/node/elements.test.ts'])).to.match(/passing/);
  });

  it('type-checks, and its imports flow one way', () => {
    run('npx', ['tsc', '-p', '.']);
    run('npm', ['run', '--silent', 'lint:imports']);
  });

  it("the new element passes its own Chromium tests (the scaffold's: renders, accessible, reports a bad topic)", () => {
    expect(run('npx', ['web-test-runner', 'test/throwaway-widget.test.ts'])).to.match(/passed/i);
  });

  it('the content check asks only for what is still to translate', () => {
    let output = '';
    try {
      output = run('npx', ['mocha', '--reporter', 'dot', 'test/node/content.test.ts']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    const problems = [...output.matchAll(/\[([a-z][\w-]+)\] (.*)$/gm)].map(([, rule, message]) => ({ rule: rule!, message: message! }));
    // Words in English still (UI, guided, each topic, each quote's original) and the checklist's
    // words for the language: a translator's work, which the check lists until it is done.
    const toTranslate = (p: { rule: string; message: string }): boolean =>
      ['translation-untranslated', 'messages-translated', 'translation-quote'].includes(p.rule) ||
      (p.rule === 'one-instruction' && / (for|in) eo\b/.test(p.message));
    expect(problems).to.not.be.empty;
    expect(problems.filter((p) => !toTranslate(p))).to.deep.equal([]);
  });

  it('builds limber-eo.js beside limber.js, with the language split off the per-element bundles', () => {
    // The build's bundling steps: the manifest (which writes the React wrappers), then rollup.
    run('npx', ['cem', 'analyze', '--quiet']);
    run('npx', ['rollup', '-c', '--silent']);
    expect(existsSync(join(copy, 'dist/limber-eo.js'))).to.equal(true);
    expect(read('dist/limber.js')).to.include('./limber-eo.js');
    const chunks = readdirSync(join(copy, 'dist/chunks'));
    expect(
      chunks.some((f) => /^words-eo-.*\.js$/.test(f)),
      chunks.join(' '),
    ).to.equal(true);
    // Each topic in the language its own chunk, fetched only by a page that shows it in that
    // language; the new topic's English a chunk of its own too.
    for (const topic of [TOPIC, 'throwaway-topic']) {
      const content = chunks.find((f) => f.startsWith(`content-eo-${topic}-`) && f.endsWith('.js')) ?? '';
      expect(read(`dist/chunks/${content}`).match(/locale:"eo"/g), `${topic} in eo`).to.have.length(1);
    }
    const english = chunks.find((f) => f.startsWith('content-en-throwaway-topic-') && f.endsWith('.js')) ?? '';
    expect(read(`dist/chunks/${english}`)).to.include('Throwaway topic');
  });

  it('pre-renders the throwaway topic in the throwaway language', () => {
    const script = `const m = await import('./scripts/lib/prerender.mjs');
const topics = await m.builtInTopics();
const html = await m.prerender('article', undefined, { topic: 'throwaway-topic', lang: 'eo' });
const title = /<h2[^>]*>([^<]*)/.exec(html.replace(/<!--[^>]*-->/g, ''))?.[1];
process.stdout.write(JSON.stringify({ languages: Object.keys(topics), eo: topics.eo.map((t) => t.id), title, lang: html.includes('lang="eo"') }), () => process.exit(0));`;
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script])) as {
      languages: string[];
      eo: string[];
      title: string;
      lang: boolean;
    };
    expect(out.languages).to.deep.equal([...LANGUAGES, 'eo']);
    expect(out.eo).to.deep.equal([...TOPIC_IDS, 'throwaway-topic']);
    expect(out).to.include({ title: 'Throwaway topic', lang: true });
  });
});
