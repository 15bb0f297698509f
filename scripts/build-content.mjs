// Part of `npm run build`: every built-in topic × locale as a content package
// (dist/content/<topic>/<locale>.json: version, changes, topic) and the JSON Schema of a package
// (dist/content/schema.json), written from the validator's own checks. Each package is validated
// before it is written; an invalid one fails the build. Then the diagnosis codes each topic
// answers (dist/content/codes.json: code → topic, locales) and each topic text as a FHIR R4
// DocumentReference (dist/fhir/<topic>/<locale>.json, scripts/lib/document-reference.mjs).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadTs, topicFiles } from './lib/content-modules.mjs';
import { documentReference } from './lib/document-reference.mjs';

const dirs = [...new Set(topicFiles().map((t) => t.dir))];
const loaded = await loadTs('build-content', [
  ...dirs.map((dir, i) => `import changes${i} from './content/${dir}/changes.ts';`),
  `export const changes = { ${dirs.map((dir, i) => `${JSON.stringify(dir)}: changes${i}`).join(', ')} };`,
  ...dirs.map((dir, i) => `import { codes as codes${i} } from './content/${dir}/codes.ts';`),
  `export const codes = { ${dirs.map((dir, i) => `${JSON.stringify(dir)}: codes${i}`).join(', ')} };`,
  `export { contentPackageJsonSchema } from './src/content/validation/package-schema.ts';`,
  `export { validateContentPackage, formatProblem } from './src/content/validate.ts';`,
  `export { readabilityOf } from './scripts/content-rules/readability.ts';`,
]);

/** The package of one topic text: its changes in its own language, newest first, and how plain its words are. */
export function contentPackage(topic, changes) {
  const readability = loaded.readabilityOf(topic);
  return {
    $schema: '../schema.json',
    version: changes[0]?.version,
    changes: changes.map(({ version, date, summary }) => ({ version, date, summary: summary[topic.locale] })),
    topic,
    ...(readability ? { readability: { formula: readability.formula, median: readability.median, items: readability.items } } : {}),
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
  // The value a host pins it with: <limber-provider src="…" integrity="sha256-…">.
  const integrity = `sha256-${createHash('sha256').update(json).digest('base64')}`;
  console.log(`build-content: ${file} ${pack.version} (${Buffer.byteLength(json)} bytes) integrity="${integrity}"`);
  const reference = documentReference(topic, loaded.codes[dir] ?? [], json, `content/${dir}/${topic.locale}.json`);
  mkdirSync(`dist/fhir/${dir}`, { recursive: true });
  writeFileSync(`dist/fhir/${dir}/${topic.locale}.json`, `${JSON.stringify(reference, null, 2)}\n`);
}
console.log('build-content: dist/content/schema.json');

// Code → topic and the languages it is in; each code's title, whether it covers the codes below
// it, and whether its title was verified on its publisher's page (content/<topic>/codes.ts).
const locales = (dir) => loaded.topics.filter((t) => t.dir === dir).map((t) => t.topic.locale);
const index = Object.fromEntries(
  dirs.flatMap((dir) =>
    (loaded.codes[dir] ?? []).map(({ system, code, display, descendants, verification }) => [
      `${system}:${code}`,
      { topic: dir, locales: locales(dir), display, descendants, verifiedOnPublisherPage: verification.publisher },
    ]),
  ),
);
writeFileSync('dist/content/codes.json', `${JSON.stringify({ codes: index }, null, 2)}\n`);
console.log(
  `build-content: dist/content/codes.json (${Object.keys(index).length} codes), dist/fhir/ (${loaded.topics.length} DocumentReferences)`,
);
if (failed) process.exit(1);
