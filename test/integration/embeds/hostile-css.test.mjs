// Hostile host CSS beyond the theme reset: root font sizes, `all: unset`, an unreadable body, and
// custom properties named like Limber's private ones. Text keeps Limber's size policy (`medium`,
// the reader's browser setting) and passes axe's contrast rule inside the elements.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { openPage, stylesAt } from '../support/page.mjs';
import { embedContext, root } from './context.mjs';

const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
const VARIANTS = ['root-small', 'root-large', 'unset', 'body', 'fake-tokens'];
const PROPERTIES = ['font-size', 'line-height', 'color', 'letter-spacing'];
const PARTS = {
  'card step': ['limber-exercise-card', '.steps > li'],
  'card name': ['limber-exercise-card', '[part~="name"]'],
  'cause text': ['limber-article', 'limber-causes', 'p'],
  'care sign': ['limber-article', 'limber-care-card', '[part~="signs"] li'],
};

const stylesOf = async (page) => {
  const out = {};
  for (const [name, path] of Object.entries(PARTS)) out[name] = await stylesAt(page, path, PROPERTIES);
  return out;
};

describe('embeds: hostile host CSS', function () {
  this.timeout(120_000);
  const context = embedContext();
  let expected;
  before(async () => {
    const baseline = await openPage(context.browser, `${context.base}/examples/cms/index.html?hostile=0`);
    expected = await stylesOf(baseline.page);
    await baseline.page.close();
  });

  for (const variant of VARIANTS)
    it(`"${variant}": text size, spacing and colour unchanged inside; axe contrast passes`, async () => {
      const { page, errors } = await openPage(context.browser, `${context.base}/examples/cms/index.html?css=${variant}`);
      const styles = await stylesOf(page);
      // axe is evaluated through the DevTools protocol, which CSP and Trusted Types do not govern.
      await page.evaluate(AXE);
      const contrast = await page.evaluate(async () => {
        const hosts = [...document.querySelectorAll('limber-exercise-card, limber-article')];
        const result = await window.axe.run(hosts, { runOnly: ['color-contrast'] });
        return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' > ')));
      });
      await page.close();
      expect(styles).to.deep.equal(expected);
      expect(contrast, 'contrast failures').to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
});
