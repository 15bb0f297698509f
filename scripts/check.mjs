// npm run check -- <group> [<group>…] | all: runs test groups, each in its own standard runner
// (mocha, web-test-runner or Stryker) with that runner's reporter and closing line, in the order
// given, stopping at the first that fails. The one list of groups; CONTRIBUTING.md's table of them
// is held to it by test/node/doc-paths.test.ts. `npm test` is `check -- node elements` after the
// type check and lint. Arguments after the groups go to the runner (`-- embeds --grep "pair by pair"`).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const mocha = (...args) => ['npx', 'mocha', ...args];
const integration = (...files) => mocha('--config', 'test/integration/.mocharc.json', ...files);

/** Each group: what it checks, then the commands that run it. Groups after `elements` use the built dist/. */
export const GROUPS = {
  node: [
    'Node tests: content modules, properties, content rules, elements in agreement, pre-rendering, documents',
    mocha('test/node/**/*.test.ts'),
  ],
  content: ['the content rules over every topic and language (part of node)', mocha('test/node/content.test.ts')],
  elements: ['every element in Chromium (web-test-runner): what readers see and hear, axe, hostile input', ['npx', 'web-test-runner']],
  accessibility: [
    'ACCESSIBILITY.md true to the last node and elements run: every cited test passed, every criterion has evidence',
    integration('test/integration/accessibility.test.ts'),
  ],
  mutation: ['Stryker over the pure modules, incremental (fails under 85 %)', ['npx', 'stryker', 'run']],
  languages: [
    'a throwaway topic, language and element: the files each scaffold touches, then the loaders, the checks, the build and pre-rendering',
    integration('test/integration/throwaway.test.ts'),
  ],
  dist: [
    'the built package in a CMS page and a portal page, a portal’s types, and codes.json and the FHIR DocumentReferences',
    integration('test/integration/dist.test.ts', 'test/integration/codes.test.ts'),
  ],
  package: ['the packed tarball installed and used by a consumer', integration('test/integration/package.test.ts')],
  size: ['every file against its budget, what loads only when needed, the size goals', integration('test/integration/size/size.test.mjs')],
  embeds: [
    'the examples under a strict CSP, the builder’s snippets, the portals, every pair of ways onto a page',
    integration('test/integration/embeds/*.test.mjs'),
  ],
  wordpress: [
    'the plugin zip in a real WordPress (installed when missing; needs root)',
    ['node', 'scripts/build-wordpress.mjs'],
    integration('test/integration/wordpress.test.mjs'),
  ],
  storybook: [
    'every story renders its element and passes axe (after npm run build-storybook)',
    integration('--reporter', 'dot', 'test/integration/storybook.test.ts'),
  ],
  bench: [
    'render time, heap and layout shift against the static twins; its tests are the goals',
    mocha('--no-config', '--reporter', 'spec', 'test/bench/bench.test.mjs'),
  ],
};

/** Runs the groups named in `args` (or every group for `all`), then the runner's own arguments. */
function run(args) {
  // The leading words that name groups; the rest go to the runner.
  const end = args.findIndex((arg) => !(arg in GROUPS || arg === 'all'));
  const named = end === -1 ? args : args.slice(0, end);
  const extra = args.slice(named.length);
  // `all`: every group once (content is part of node).
  const groups = named.includes('all') ? Object.keys(GROUPS).filter((g) => g !== 'content') : named;
  if (groups.length === 0) {
    const list = Object.entries(GROUPS).map(([g, [about]]) => `  ${g.padEnd(10)} ${about}`);
    console.error(`usage: npm run check -- <group>… | all [runner arguments]\n${list.join('\n')}`);
    return 2;
  }
  for (const group of groups) {
    const [about, ...commands] = GROUPS[group];
    console.log(`\n— ${group}: ${about}`);
    for (const [i, [command, ...rest]] of commands.entries()) {
      const { status } = spawnSync(command, [...rest, ...(i === commands.length - 1 ? extra : [])], { stdio: 'inherit' });
      if (status !== 0) return status ?? 1;
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = run(process.argv.slice(2));
