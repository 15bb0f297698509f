// Hostile host CSS beyond the theme reset: root font sizes, `all: unset`, an unreadable body,
// and custom properties named like Limber's private ones. Text keeps Limber's size policy
// (`medium`, the reader's browser setting) and passes axe's contrast rule inside the elements.
import { readFileSync } from 'node:fs';
import { openPage, stylesAt } from './page.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const VARIANTS = ['root-small', 'root-large', 'unset', 'body', 'fake-tokens'];
const PARTS = {
  'card step': ['limber-exercise-card', '.steps > li'],
  'card name': ['limber-exercise-card', '[part~="name"]'],
  'cause text': ['limber-article', 'limber-causes', 'p'],
  'care sign': ['limber-article', 'limber-care-card', '[part~="signs"] li'],
};

export async function hostileCssChecks({ browser, base, report }) {
  const baseline = await openPage(browser, `${base}/examples/cms/index.html?hostile=0`);
  const expected = {};
  for (const [name, path] of Object.entries(PARTS))
    expected[name] = await stylesAt(baseline.page, path, ['font-size', 'line-height', 'color', 'letter-spacing']);
  await baseline.page.close();
  for (const variant of VARIANTS) {
    const { page, errors } = await openPage(browser, `${base}/examples/cms/index.html?css=${variant}`);
    const diffs = [];
    for (const [name, path] of Object.entries(PARTS)) {
      const styles = await stylesAt(page, path, ['font-size', 'line-height', 'color', 'letter-spacing']);
      for (const [prop, value] of Object.entries(expected[name]))
        if (styles?.[prop] !== value) diffs.push(`${name} ${prop}: ${styles?.[prop]} (expected ${value})`);
    }
    // axe is evaluated through the DevTools protocol, which CSP and Trusted Types do not govern.
    await page.evaluate(AXE);
    const contrast = await page.evaluate(async () => {
      const hosts = [...document.querySelectorAll('limber-exercise-card, limber-article')];
      const result = await window.axe.run(hosts, { runOnly: ['color-contrast'] });
      return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' > ')));
    });
    report(
      diffs.length === 0 && contrast.length === 0 && errors.length === 0,
      `hostile host CSS "${variant}": text size, spacing and colour unchanged inside; axe contrast passes`,
      [...diffs, ...contrast.map((c) => `contrast: ${c}`), ...errors].slice(0, 5).join('; '),
    );
    await page.close();
  }
}
