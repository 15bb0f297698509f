// npm run generate: writes the source files git ignores from the two lists (src/elements.json,
// src/languages.json): the entry points, the loaders of each language's words and content, the
// default catalog and each src/limber-<code>.ts (scripts/lib/generated-sources.mjs). `npm ci` and
// `npm install` run it (the `prepare` script), and so do `npm test`, the build, `npm start`,
// Storybook's build and every check, first: a changed list reaches every file without a step to
// remember. A file already up to date is left untouched, so a watcher sees no change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sourceFiles } from './lib/generated-sources.mjs';

for (const [file, text] of await sourceFiles()) {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  writeFileSync(file, text);
  if (!process.argv.includes('--quiet')) console.log(`generate: ${file}`);
}
