// npm run report:accessibility: writes ACCESSIBILITY.md, the accessibility conformance report, from
// the criteria in test/conformance/ and the last test run (test-results/elements.json from
// `npm run check -- elements`, test-results/node.json from `npm run check -- node`). Lists every
// problem (a cited test missing or failing, a criterion without evidence, a stale manual check)
// and exits 1 when there is one. `npm run check -- accessibility` holds the committed file to it.
import { writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const { reportInputs, REPORT_FILE } = await tsImport('../test/conformance/inputs.ts', import.meta.url);
const { problems, markdown } = reportInputs();
writeFileSync(REPORT_FILE, markdown);
console.log(`${REPORT_FILE} written${problems.length > 0 ? `, with ${problems.length} problem(s):` : '; no problems.'}`);
for (const problem of problems) console.log(`  - ${problem}`);
process.exitCode = problems.length > 0 ? 1 : 0;
