// Fails when src/ holds something that would need 'unsafe-inline' or parse strings as HTML.
// Styles belong in `static styles`; content reaches the DOM only through Lit bindings.
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

let failures = 0;
for (const file of files('src')) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      for (const [pattern, what] of RULES) {
        if (pattern.test(line)) {
          failures += 1;
          console.error(`${file}:${index + 1}: ${what}\n  ${line.trim()}`);
        }
      }
    });
}
if (failures > 0) {
  console.error(`check-templates: ${failures} problem(s)`);
  process.exit(1);
}
console.log('check-templates: no style=, styleMap, <style>, unsafeHTML or HTML-from-string in src/');
