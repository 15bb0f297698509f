// The accessibility conformance report: its problems (a cited test missing or failing, a claim
// without evidence, a stale manual check, a claim above what it rests on) and its Markdown, in the
// structure of the VPAT 2.5 international edition. Pure: the data and the test results come in,
// text comes out. scripts/accessibility-report.mjs writes it; test/integration/accessibility.test.ts
// holds the repository to it.
import { CONFORMANCE, type Clause, type Conformance, type Criterion, type ManualCheck, type Row, type TestCitation } from './types.js';

/** One test as a run recorded it (test-results/elements.json and node.json). */
export interface TestOutcome {
  readonly title: string;
  readonly passed: boolean;
  readonly skipped?: boolean;
}

/** One test file as a run recorded it. */
export interface FileOutcome {
  readonly file: string;
  readonly loaded: boolean;
  readonly tests: readonly TestOutcome[];
}

/** Everything the report is made from. */
export interface ReportData {
  readonly wcag: readonly Criterion[];
  readonly functional: readonly Clause[];
  readonly support: readonly Clause[];
  readonly notApplicable: readonly { readonly chapter: string; readonly why: string }[];
  readonly manual: Readonly<Record<string, ManualCheck>>;
  readonly results: readonly FileOutcome[];
  /** The package's name and version. */
  readonly product: { readonly name: string; readonly version: string };
}

/** What a citation found in the run. */
export interface CitedOutcome {
  readonly citation: TestCitation;
  readonly count: number;
  readonly failed: number;
}

/** A manual check is stale after this many days. */
export const MANUAL_CHECK_DAYS = 365;

/** How many WCAG 2.2 criteria there are at each level (4.1.1 Parsing was removed in 2.2). */
export const WCAG_COUNTS = { A: 31, AA: 24 } as const;

/** The tests a citation names: its title exactly, or every test under it when it names a suite. */
export function outcomeOf(citation: TestCitation, results: readonly FileOutcome[]): CitedOutcome {
  const file = results.find((f) => f.file === citation.file);
  const tests = (file?.tests ?? []).filter((t) => !t.skipped && (t.title === citation.title || t.title.startsWith(`${citation.title} › `)));
  return { citation, count: tests.length, failed: tests.filter((t) => !t.passed).length + (file && !file.loaded ? 1 : 0) };
}

const RANK: Record<Conformance, number> = { Supports: 3, 'Partially Supports': 2, 'Does Not Support': 1, 'Not Applicable': 0 };

/** The WCAG criteria a Section 508 or EN 301 549 claim rests on (none for a WCAG row). */
const restsOnOf = (row: Row): readonly string[] => ('restsOn' in row ? ((row as Clause).restsOn ?? []) : []);

function nameOf(row: Row): string {
  if ('id' in row && 'level' in row) return `${(row as Criterion).id} ${(row as Criterion).name}`;
  const clause = row as Clause;
  return [clause.section508?.id, clause.en301549?.id].filter(Boolean).join(' / ');
}

/** Every way the data and the run fall short; empty when the report may be published. */
export function problemsOf(data: ReportData, today: string): string[] {
  const problems: string[] = [];
  const rows: Row[] = [...data.wcag, ...data.functional, ...data.support];
  for (const level of ['A', 'AA'] as const) {
    const count = data.wcag.filter((c) => c.level === level).length;
    if (count !== WCAG_COUNTS[level]) problems.push(`WCAG 2.2 has ${WCAG_COUNTS[level]} level ${level} criteria; the list has ${count}`);
  }
  const ids = data.wcag.map((c) => c.id);
  for (const id of new Set(ids)) if (ids.filter((i) => i === id).length > 1) problems.push(`${id} is listed twice`);
  for (const row of rows) {
    const name = nameOf(row);
    if (!CONFORMANCE.includes(row.conformance)) problems.push(`${name}: unknown conformance level "${row.conformance}"`);
    if (row.remarks.trim() === '') problems.push(`${name}: no remarks`);
    const tests = row.tests ?? [];
    const manual = row.manual ?? [];
    const restsOn = restsOnOf(row);
    if (tests.length === 0 && manual.length === 0 && restsOn.length === 0)
      problems.push(`${name}: neither a test nor a manual check backs it`);
    for (const citation of tests) {
      const outcome = outcomeOf(citation, data.results);
      if (outcome.count === 0) problems.push(`${name}: cites a test the run does not have: ${citation.file} — ${citation.title}`);
      else if (outcome.failed > 0)
        problems.push(`${name}: cites a failing test: ${citation.file} — ${citation.title} (${outcome.failed} failed)`);
    }
    for (const key of manual) {
      const check = data.manual[key];
      if (!check) {
        problems.push(`${name}: cites an unknown manual check "${key}"`);
        continue;
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(check.done) || Number.isNaN(Date.parse(check.done))) {
        problems.push(`manual check "${key}": "${check.done}" is not a date (YYYY-MM-DD)`);
      } else {
        const age = (Date.parse(today) - Date.parse(check.done)) / 86_400_000;
        if (age < 0) problems.push(`manual check "${key}": done ${check.done}, after today (${today})`);
        if (age > MANUAL_CHECK_DAYS)
          problems.push(`manual check "${key}": last done ${check.done}, more than ${MANUAL_CHECK_DAYS} days ago; do it again`);
      }
      if (!check.what.trim() || !check.how.trim() || !check.found.trim())
        problems.push(`manual check "${key}": says not what, how or what it found`);
    }
    for (const id of restsOn) {
      const under = data.wcag.find((c) => c.id === id);
      if (!under) problems.push(`${name}: rests on ${id}, which is not a WCAG A or AA criterion`);
      else if (under.conformance !== 'Not Applicable' && RANK[row.conformance] > RANK[under.conformance]) {
        problems.push(`${name}: claims "${row.conformance}" but rests on ${id}, which claims "${under.conformance}"`);
      }
    }
  }
  return problems;
}

/** Text for a Markdown table cell: `|` and line breaks would end it, and `<` would start HTML (a test named after `<limber-cite>`). */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/</g, '&lt;');
}

function evidenceCell(row: Row, data: ReportData): string {
  const lines: string[] = [];
  for (const citation of row.tests ?? []) {
    const { count, failed } = outcomeOf(citation, data.results);
    const outcome =
      count === 0 ? 'MISSING' : failed > 0 ? `${failed} of ${count} FAILED` : count === 1 ? 'passed' : `${count} tests, all passed`;
    lines.push(`\`${citation.file}\` — ${cell(citation.title)} (${outcome})`);
  }
  for (const key of row.manual ?? []) {
    const check = data.manual[key];
    lines.push(`Checked by hand on ${check?.done ?? '?'}: ${cell(check?.what ?? key)} ([how](#manual-checks))`);
  }
  const restsOn = restsOnOf(row);
  if (restsOn.length > 0) lines.push(`WCAG ${restsOn.join(', ')}`);
  return lines.join('<br>');
}

function alsoAppliesTo(criterion: Criterion): string {
  if (criterion.new22) return 'New in WCAG 2.2; Section 508 and EN 301 549 do not ask for it yet.';
  return `EN 301 549 9.${criterion.id} (Web); Revised Section 508 E205.4 (Web)`;
}

function wcagTable(criteria: readonly Criterion[], data: ReportData): string[] {
  return [
    '| Criteria | Conformance Level | Remarks and Explanations | Evidence |',
    '| --- | --- | --- | --- |',
    ...criteria.map(
      (c) =>
        `| **${c.id} ${cell(c.name)}** (Level ${c.level})<br>Also applies to: ${alsoAppliesTo(c)} | ${c.conformance} | ${cell(c.remarks)} | ${evidenceCell(c, data)} |`,
    ),
  ];
}

function clauseTable(clauses: readonly Clause[], data: ReportData, standard: 'section508' | 'en301549'): string[] {
  const other = standard === 'section508' ? 'en301549' : 'section508';
  const label = { section508: 'Revised Section 508', en301549: 'EN 301 549' };
  return [
    '| Criteria | Conformance Level | Remarks and Explanations | Evidence |',
    '| --- | --- | --- | --- |',
    ...clauses
      .filter((c) => c[standard])
      .map((c) => {
        const own = c[standard]!;
        const twin = c[other];
        const also = twin ? `<br>Also applies to: ${label[other]} ${twin.id}` : '';
        return `| **${own.id} ${cell(own.name)}**${also} | ${c.conformance} | ${cell(c.remarks)} | ${evidenceCell(c, data)} |`;
      }),
  ];
}

function countsRow(label: string, rows: readonly Row[]): string {
  return `| ${label} | ${CONFORMANCE.map((level) => rows.filter((r) => r.conformance === level).length).join(' | ')} | ${rows.length} |`;
}

/** The whole report, as ACCESSIBILITY.md. */
export function reportMarkdown(data: ReportData): string {
  const a = data.wcag.filter((c) => c.level === 'A');
  const aa = data.wcag.filter((c) => c.level === 'AA');
  const rows: Row[] = [...data.wcag, ...data.functional, ...data.support];
  const cited = rows.flatMap((r) => (r.tests ?? []).map((c) => `${c.file}\u0000${c.title}`));
  const citations = [...new Set(cited)].map((key) => {
    const [file, title] = key.split('\u0000') as [string, string];
    return outcomeOf({ file, title }, data.results);
  });
  const testsRun = citations.reduce((sum, c) => sum + c.count, 0);
  const testsFailed = citations.reduce((sum, c) => sum + c.failed, 0);
  const manualKeys = [...new Set(rows.flatMap((r) => r.manual ?? []))].sort();
  const lastManual =
    manualKeys
      .map((k) => data.manual[k]?.done ?? '')
      .sort()
      .at(-1) ?? '';
  const en42 = data.functional.filter((c) => c.en301549);
  const s302 = data.functional.filter((c) => c.section508);
  return [
    '<!-- Generated by `npm run report:accessibility` from test/conformance/ and the last test run. Do not edit by hand. -->',
    '',
    `# Accessibility Conformance Report: ${data.product.name} ${data.product.version}`,
    '',
    'In the structure of the VPAT® 2.5 international edition (WCAG 2.2, Revised Section 508, EN 301 549).',
    '',
    '## About this report',
    '',
    `- **Product:** ${data.product.name} ${data.product.version}, Limber's embeddable health-education web components (every element, in English and Spanish, in every theme), with their built-in content.`,
    "- **What it covers:** what the elements render inside their shadow roots. The host page around them (its title, language, skip links, header) is the host's.",
    `- **How it was evaluated:** ${testsRun} automated tests, run in Chromium (web-test-runner, axe-core) and Node (mocha): ${testsFailed === 0 ? 'every one passed' : `${testsFailed} FAILED`} in the run this report was made from. Each row names its tests by file and title. What no test can prove was checked by hand; each manual check says how to repeat it, and the latest was done on ${lastManual} ([Manual checks](#manual-checks)).`,
    '- **How it is kept true:** `npm run report:accessibility` writes this file from the criteria list in `test/conformance/` and the test results; `npm run check -- accessibility` (part of CI) fails when a cited test is missing or failing, a criterion has neither a test nor a dated manual check, a manual check is more than a year old, a claim is stronger than the criteria it rests on, or this file is out of date.',
    "- **Contact:** the project's public issue tracker.",
    '',
    '### Applicable standards',
    '',
    '| Standard | Included in report |',
    '| --- | --- |',
    '| Web Content Accessibility Guidelines 2.2 | Level A (Yes), Level AA (Yes), Level AAA (No) |',
    '| Revised Section 508 standards (January 18, 2017, corrected January 22, 2018) | Yes |',
    '| EN 301 549 Accessibility requirements for ICT products and services, V3.2.1 (2021-03) | Yes |',
    '',
    '### Terms',
    '',
    '- **Supports:** the functionality has at least one method that meets the criterion without known defects, or meets it with equivalent facilitation.',
    '- **Partially Supports:** some functionality does not meet the criterion; the remarks say what and why.',
    '- **Does Not Support:** the majority of the functionality does not meet the criterion.',
    '- **Not Applicable:** the criterion is not relevant to the product; the remarks and the manual check say why.',
    '',
    '### Summary',
    '',
    `| Table | ${CONFORMANCE.join(' | ')} | Criteria |`,
    `| --- | ${CONFORMANCE.map(() => '---:').join(' | ')} | ---: |`,
    countsRow('WCAG 2.2 Level A', a),
    countsRow('WCAG 2.2 Level AA', aa),
    countsRow('Section 508 chapter 3 (functional performance)', s302),
    countsRow(
      'Section 508 chapter 6 (support documentation)',
      data.support.filter((c) => c.section508),
    ),
    countsRow('EN 301 549 clause 4.2 (functional performance)', en42),
    countsRow(
      'EN 301 549 chapter 12 (documentation)',
      data.support.filter((c) => c.en301549),
    ),
    '',
    '## WCAG 2.2 Report',
    '',
    'Revised Section 508 (E205.4) and EN 301 549 (chapter 9) hold web content to WCAG 2.0 and 2.1 at level AA; each row says which of their clauses it answers. The criteria new in WCAG 2.2 are reported too.',
    '',
    '### Table 1: Success Criteria, Level A',
    '',
    ...wcagTable(a, data),
    '',
    "4.1.1 Parsing is obsolete and removed from WCAG 2.2. For WCAG 2.0 and 2.1, W3C's errata say content written in HTML always meets it; Limber's elements render through the DOM, never from HTML strings.",
    '',
    '### Table 2: Success Criteria, Level AA',
    '',
    ...wcagTable(aa, data),
    '',
    '### Table 3: Success Criteria, Level AAA',
    '',
    'Not evaluated.',
    '',
    '## Revised Section 508 Report',
    '',
    '### Chapter 3: Functional Performance Criteria (FPC)',
    '',
    ...clauseTable(data.functional, data, 'section508'),
    '',
    '### Chapter 6: Support Documentation and Services',
    '',
    ...clauseTable(data.support, data, 'section508'),
    '',
    '## EN 301 549 Report',
    '',
    '### Chapter 4: 4.2 Functional Performance Statements (FPS)',
    '',
    ...clauseTable(data.functional, data, 'en301549'),
    '',
    '### Chapter 9: Web',
    '',
    'See the WCAG 2.2 tables: clause 9.x.y.z is WCAG criterion x.y.z.',
    '',
    '### Chapter 12: Documentation and Support Services',
    '',
    ...clauseTable(data.support, data, 'en301549'),
    '',
    '## What does not apply',
    '',
    '| Chapter | Why not |',
    '| --- | --- |',
    ...data.notApplicable.map((n) => `| ${cell(n.chapter)} | ${cell(n.why)} |`),
    '',
    '## Manual checks',
    '',
    'What no automated test can prove, checked by hand. Repeat each one the way it says, and change its date.',
    '',
    '| Check | How to repeat it | What it found | Last done |',
    '| --- | --- | --- | --- |',
    ...manualKeys.map((key) => {
      const check = data.manual[key]!;
      // How to repeat it is mostly commands in code spans, where `<` is shown as written.
      return `| **${key}:** ${cell(check.what)} | ${check.how.replace(/\|/g, '\\|')} | ${cell(check.found)} | ${check.done} |`;
    }),
    '',
  ].join('\n');
}
