// Part of `npm run build`: every built-in topic × locale as a content package
// (dist/content/<topic>/<locale>.json: version, changes, topic) and the JSON Schema of a package
// (dist/content/schema.json), written from the validator's own checks. Each package is validated
// before it is written; an invalid one fails the build. esbuild bundles the TypeScript.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const LOCALE_FILE = /^([a-z]{2,3}(-[A-Za-z0-9]+)*)\.ts$/;
const topics = readdirSync('content', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join('content', d.name))
      .filter((f) => LOCALE_FILE.test(f))
      .map((f) => ({ dir: d.name, file: f })),
  );

mkdirSync('test-results', { recursive: true });
const outfile = 'test-results/build-content.mjs';
await build({
  stdin: {
    contents: [
      ...topics.map((t, i) => `import topic${i} from './content/${t.dir}/${t.file}';`),
      ...[...new Set(topics.map((t) => t.dir))].map((dir, i) => `import changes${i} from './content/${dir}/changes.ts';`),
      `export { contentPackageJsonSchema } from './src/content/validation/package-schema.ts';`,
      `export { validateContentPackage, formatProblem } from './src/content/validate.ts';`,
      `export const topics = [${topics.map((t, i) => `{ dir: ${JSON.stringify(t.dir)}, topic: topic${i} }`).join(', ')}];`,
      `export const changes = { ${[...new Set(topics.map((t) => t.dir))].map((dir, i) => `${JSON.stringify(dir)}: changes${i}`).join(', ')} };`,
    ].join('\n'),
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const loaded = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);

/** The package of one topic text: its changes in its own language, newest first. */
export function contentPackage(topic, changes) {
  return {
    $schema: '../schema.json',
    version: changes[0]?.version,
    changes: changes.map(({ version, date, summary }) => ({ version, date, summary: summary[topic.locale] })),
    topic,
  };
}

mkdirSync('dist/content', { recursive: true });
writeFileSync('dist/content/schema.json', `${JSON.stringify(loaded.contentPackageJsonSchema(), null, 2)}\n`);
let failed = false;
for (const { dir, topic } of loaded.topics) {
  const pack = contentPackage(topic, loaded.changes[dir] ?? []);
  const file = `dist/content/${dir}/${topic.locale}.json`;
  const result = loaded.validateContentPackage(pack);
  if (!result.ok) {
    failed = true;
    for (const problem of result.problems) console.error(`build-content: ${file}: ${loaded.formatProblem(problem)}`);
    continue;
  }
  mkdirSync(`dist/content/${dir}`, { recursive: true });
  const json = JSON.stringify(pack);
  writeFileSync(file, json);
  console.log(`build-content: ${file} ${pack.version} (${json.length} bytes)`);
}
console.log('build-content: dist/content/schema.json');
if (failed) process.exit(1);
