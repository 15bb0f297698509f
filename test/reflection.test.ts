import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/expert-card/define.js';
import { captureWarnings } from './support/warnings.js';
import { TOPIC } from './support/lists.js';

// [tag, property, value, attribute]: setting the property must show on the attribute, so hosts
// and CSS can select on it.
const CASES: [string, string, unknown, string][] = [
  ['limber-article', 'topic', TOPIC, 'topic'],
  ['limber-article', 'ctaHref', '/coverage', 'cta-href'],
  ['limber-article', 'region', 'uk', 'region'],
  ['limber-causes', 'topic', TOPIC, 'topic'],
  ['limber-treatment-list', 'topic', TOPIC, 'topic'],
  ['limber-citations', 'topic', TOPIC, 'topic'],
  ['limber-cite', 'reference', 'romeo-2019-spine', 'ref'],
  ['limber-tip', 'tip', 'pre-treat-with-heat', 'tip'],
  ['limber-care-card', 'level', 'urgent', 'level'],
  ['limber-care-card', 'region', 'us', 'region'],
  ['limber-expert-card', 'person', 'cj-morrow', 'person'],
  ['limber-expert-list', 'expertRole', 'author', 'expert-role'],
  ['limber-disclaimer', 'kind', 'video', 'kind'],
  ['limber-disclaimer', 'variant', 'banner', 'variant'],
  ['limber-disclaimer', 'dismissible', true, 'dismissible'],
  ['limber-cta', 'href', 'https://example.org/', 'href'],
  ['limber-cta', 'label', 'Go', 'label'],
];

describe('attribute reflection', () => {
  for (const [tag, property, value, attribute] of CASES) {
    it(`${tag}.${property} → [${attribute}]`, async () => {
      const warnings = captureWarnings();
      try {
        const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        (el as unknown as Record<string, unknown>)[property] = value;
        await el.updateComplete;
        expect(el.getAttribute(attribute)).to.equal(value === true ? '' : String(value));
      } finally {
        warnings.restore();
      }
    });
  }
});
