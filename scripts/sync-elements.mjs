// npm run sync:elements: writes every file that names an element, a language or a topic from the
// two lists (src/elements.json, src/languages.json); see scripts/lib/generated-sources.mjs.
// test/node/elements.test.ts fails (in `npm test`) when any of them disagrees with its list.
import { writeFileSync } from 'node:fs';
import { generatedSources } from './lib/generated-sources.mjs';

for (const { file, list, current, wanted } of await generatedSources()) {
  if (wanted === current) continue;
  writeFileSync(file, wanted);
  console.log(`sync:elements: ${file} written from ${list}`);
}
