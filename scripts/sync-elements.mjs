// npm run sync:elements: writes the README's element table from the list of elements
// (src/elements.json) and each element's summary and attributes in the Custom Elements Manifest;
// see scripts/lib/generated-sources.mjs. test/node/elements.test.ts fails (in `npm test`) when the
// table disagrees. The source files the lists give are written by `npm run generate`, not here.
import { writeFileSync } from 'node:fs';
import { documentFiles } from './lib/generated-sources.mjs';

for (const { file, list, current, wanted } of await documentFiles()) {
  if (wanted === current) continue;
  writeFileSync(file, wanted);
  console.log(`sync:elements: ${file} written from ${list}`);
}
