// Every file the documents name is tracked by git (or is one the build writes, which .gitignore
// names), so a fresh clone passes before anything is built: a moved or renamed test, script or module fails here, so
// SECURITY.md's "backed by" column and the guides keep pointing at real files.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { GROUPS } from '../../scripts/check.mjs';

/** Files git tracks: a document may name these, whatever has been built in this checkout. */
const TRACKED = new Set(execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n'));
/** A path the build writes (`.gitignore` names it): named by a document, it need not exist before a build. */
const built = (path: string): boolean => {
  try {
    execFileSync('git', ['check-ignore', '-q', '--no-index', path]);
    return true;
  } catch {
    return false;
  }
};

const DOCUMENTS = ['README.md', 'GUIDE.md', 'SECURITY.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', 'BENCHMARKS.md'];
/** A repository path in backticks: a top-level folder, then a file name with an extension (placeholders such as `<topic>` are not paths). */
const PATH = /`((?:src|test|scripts|content|stories|examples|integrations|\.storybook|\.ci)\/[\w./-]+\.[a-z]+)`/g;

/** CONTRIBUTING.md's worked examples name files a scaffold would write: a new element `symptom-list`, a new language `fr`. */
const EXAMPLE = /symptom-list|(^|[/-])fr\.ts$/;

describe('files named in the documents', () => {
  for (const document of DOCUMENTS)
    it(`${document} names only files that exist`, () => {
      const named = [...readFileSync(document, 'utf8').matchAll(PATH)].map((match) => match[1]!);
      assert.ok(named.length > 0 || document === 'BENCHMARKS.md', `${document} names no file`);
      assert.deepEqual([...new Set(named.filter((path) => !EXAMPLE.test(path) && !TRACKED.has(path) && !built(path)))], []);
    });
});

describe('ARCHITECTURE.md on the element classes', () => {
  const architecture = readFileSync('ARCHITECTURE.md', 'utf8');
  const { elements } = JSON.parse(readFileSync('src/elements.json', 'utf8')) as { elements: { class: string; name: string }[] };
  /** Each element class and what it extends, read from its source. */
  const declared = elements.map(({ name, class: className }) => {
    const source = readFileSync(`src/components/${name}/${name}.ts`, 'utf8');
    const base = new RegExp(`class ${className} extends (?:withTopic\\()?(\\w+)`).exec(source)?.[1];
    return { className, base };
  });

  it('finds the class of every element in src/elements.json', () => {
    assert.deepEqual(
      declared.filter((d) => !d.base).map((d) => d.className),
      [],
    );
  });

  it('says what every base class an element extends adds (which element extends which is the manifest’s)', () => {
    const table = architecture.slice(architecture.indexOf('**Base classes.**'), architecture.indexOf('## Languages'));
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const missing = [...new Set(declared.map(({ base }) => base))].filter((base) => !rows.some((row) => row.startsWith(`| \`${base}\``)));
    assert.deepEqual(missing, []);
  });

  it('keeps to the flow, the layers and the reasons: at most 2,000 words', () => {
    const words = architecture.split(/\s+/).filter(Boolean).length;
    assert.ok(words <= 2000, `ARCHITECTURE.md has ${words} words`);
  });

  it('names src/elements.json as the one list of elements', () => {
    assert.match(architecture, /The one list of elements is `src\/elements\.json`/);
  });
});

describe('the test groups as CONTRIBUTING.md lists them', () => {
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
  const table = contributing.slice(contributing.indexOf('<!-- groups:'), contributing.indexOf('**Making and looking**'));
  const listed = [...table.matchAll(/^\| `([a-z]+)` \|/gm)].map((match) => match[1]);

  it('has a row for every group of scripts/check.mjs, and none it lacks, in its order', () => {
    assert.deepEqual(listed, Object.keys(GROUPS));
  });

  it('names commands that exist in package.json', () => {
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [
      ...new Set(DOCUMENTS.flatMap((document) => [...readFileSync(document, 'utf8').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))),
    ];
    assert.deepEqual(
      named.filter((name) => !scripts.includes(name)),
      [],
    );
  });
});

describe('commands named anywhere in the repository', () => {
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);
  /** Tracked text files: code comments, documents, workflows, templates. */
  const files = [...TRACKED].filter(
    (file) => /\.(ts|tsx|mjs|cjs|js|json|md|php|html|sh)$|^\.ci\//.test(file) && file !== 'package-lock.json',
  );
  const named = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/npm run ([a-z][\w:-]*?):?(?= -- ([a-z][\w-]*)|[^\w:-]|$)/gm)].map((m) => ({
      file,
      script: m[1]!,
      group: m[1] === 'check' ? m[2] : undefined,
    })),
  );

  it('finds them (the scan itself works)', () => {
    assert.ok(named.some((n) => n.script === 'build') && named.some((n) => n.group === 'content'));
  });

  it('names only scripts package.json has', () => {
    assert.deepEqual(
      named.filter((n) => !scripts.includes(n.script)).map((n) => `${n.file}: npm run ${n.script}`),
      [],
    );
  });

  it('names only groups scripts/check.mjs has (or `all`) after `npm run check --`', () => {
    assert.deepEqual(
      named
        .filter((n) => n.group !== undefined && !(n.group in GROUPS || n.group === 'all'))
        .map((n) => `${n.file}: npm run check -- ${n.group}`),
      [],
    );
  });
});
