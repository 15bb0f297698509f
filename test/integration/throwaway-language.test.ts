// A language and a topic are data: on a copy of the repository, a throwaway topic (one list entry
// and its content files) and a throwaway language (`npm run new:locale -- eo`) go through the same
// paths the real ones do — the generated loaders, the type check, the build's entries and sibling
// files, and pre-rendering — and come out in the bundles and the snippets.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve('.');
const SKIP = new Set([
  'node_modules',
  'dist',
  'test-results',
  '.git',
  'examples',
  'integrations',
  'storybook-static',
  'reports',
  '.stryker-tmp',
]);

/** A throwaway topic in `code`: the built-in topic's text under another id and title. */
const topicText = (code: string, title: string): string => {
  const source = `pinchedNerveLowBack${code.charAt(0).toUpperCase()}${code.slice(1)}`;
  return `import type { Topic } from '../../src/model/index.js';
import { ${source} } from '../pinched-nerve-low-back/${code}.js';

export const throwawayTopic${code.charAt(0).toUpperCase()}${code.slice(1)} = { ...${source}, id: 'throwaway-topic', title: '${title}' } as const satisfies Topic;
`;
};

describe('a throwaway language and topic, through the same paths as the real ones', function () {
  this.timeout(600_000);
  let copy = '';
  const run = (command: string, args: string[]): string => execFileSync(command, args, { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
  const read = (path: string): string => readFileSync(join(copy, path), 'utf8');

  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'limber-throwaway-'));
    cpSync(repo, copy, { recursive: true, filter: (path) => !SKIP.has(path.slice(repo.length + 1).split('/')[0] ?? '') });
    symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'));
    // The topic: one list entry and its content files.
    const list = JSON.parse(read('src/languages.json')) as { topics: string[] };
    list.topics.push('throwaway-topic');
    writeFileSync(join(copy, 'src/languages.json'), `${JSON.stringify(list, null, 2)}\n`);
    mkdirSync(join(copy, 'content/throwaway-topic'));
    writeFileSync(join(copy, 'content/throwaway-topic/en.ts'), topicText('en', 'A throwaway topic'));
    writeFileSync(join(copy, 'content/throwaway-topic/es.ts'), topicText('es', 'Un tema de usar y tirar'));
    writeFileSync(
      join(copy, 'content/throwaway-topic/sign-offs.ts'),
      `import type { SignOff } from '../../src/model/index.js';\n\nexport const signOffs: Readonly<Record<string, readonly SignOff[]>> = {};\n`,
    );
    // The language: the scaffold.
    run('node', ['scripts/new-locale.mjs', 'eo']);
  });

  after(() => rmSync(copy, { recursive: true, force: true }));

  it('the scaffold writes the words, each topic in the language, and the loaders that fetch them', () => {
    for (const file of [
      'src/i18n/eo.ts',
      'src/i18n/guided/eo.ts',
      'content/pinched-nerve-low-back/eo.ts',
      'content/throwaway-topic/eo.ts',
      'src/limber-eo.ts',
    ])
      expect(existsSync(join(copy, file)), file).to.equal(true);
    expect(read('src/i18n/locales.ts')).to.include("eo: () => import('./eo.js')");
    expect(read('src/i18n/guided/locales.ts')).to.include("eo: () => import('./eo.js')");
    expect(read('src/content/translated-topics.ts')).to.include("import('../../content/throwaway-topic/eo.js')");
    expect(read('src/content/default-catalog.ts')).to.include('throwawayTopicEn');
    expect(JSON.parse(read('package.json')).exports).to.have.property('./limber-eo.js');
    // And the lists agree with what they generate (the check `npm test` runs; it throws on a failure).
    expect(run('npx', ['mocha', '--reporter', 'dot', 'test/node/elements.test.ts'])).to.match(/passing/);
  });

  it('type-checks', () => {
    run('npx', ['tsc', '-p', '.']);
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
    // Both topics in the language, each fetched only by a page in it; the new topic's English with the English.
    const content = chunks.find((f) => /^content-eo-.*\.js$/.test(f)) ?? '';
    expect(read(`dist/chunks/${content}`).match(/locale:"eo"/g)).to.have.length(2);
    const english = chunks.find((f) => /^content-en-.*\.js$/.test(f)) ?? '';
    expect(read(`dist/chunks/${english}`)).to.include('A throwaway topic');
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
    expect(out.languages).to.deep.equal(['en', 'es', 'eo']);
    expect(out.eo).to.deep.equal(['pinched-nerve-low-back', 'throwaway-topic']);
    expect(out).to.include({ title: 'A throwaway topic', lang: true });
  });
});
