// npm run report:accessibility: writes ACCESSIBILITY.md, the accessibility conformance report, from
// the criteria in test/conformance/ and the last test run (test-results/elements.json from
// `npm run check -- elements`, test-results/node.json from `npm run check -- node`). Lists every
// problem (a cited test missing or failing, a criterion without evidence, a stale manual check) and
// exits 1 when there is one. `npm run check -- accessibility` holds the committed file to it.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { reportInputs } from './lib/accessibility-inputs.mjs';

/** Writes the report; returns the problems. */
export async function writeReport() {
  const { problems, markdown, file } = await reportInputs();
  writeFileSync(file, markdown);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = await writeReport();
  console.log(`ACCESSIBILITY.md written${problems.length ? `, with ${problems.length} problem(s):` : '; no problems.'}`);
  for (const problem of problems) console.log(`  - ${problem}`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
