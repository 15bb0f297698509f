// Fails when src/ holds something that would need 'unsafe-inline' or parse strings as HTML.
// Styles belong in `static styles`; content reaches the DOM only through Lit bindings.
import { createReport } from './lib/report.mjs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const RULES = [
  [/\bstyle\s*=/, 'a style= attribute (needs unsafe-inline under CSP)'],
  [/\bstyleMap\b/, 'styleMap (needs unsafe-inline under CSP)'],
  [/<style[\s>]/i, 'a <style> element in a template'],
  [/\bunsafeHTML\b|\bunsafeSVG\b/, 'unsafeHTML/unsafeSVG'],
  [/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/, 'HTML from a string'],
  [/\beval\s*\(|new Function\s*\(/, 'eval or new Function'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

const { report, finish } = createReport('check:templates');
let problems = 0;
for (const file of files('src')) {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const [pattern, what] of RULES) {
    const found = lines.flatMap((line, index) => (pattern.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
    if (found.length > 0) problems += 1;
    if (found.length > 0) report(false, `${file}: ${what}`, found.join('; '));
  }
}
if (problems === 0) report(true, 'no style=, styleMap, <style>, unsafeHTML or HTML-from-string in src/');
finish();
