// `npm run review:sheet -- <topic> <locale>`: a worksheet a clinician can sign, one section per
// item, each with the fingerprint a sign-off records and the item's status today.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fingerprint } from '../../src/content/fingerprint.js';
import { reviewItems } from '../../src/content/review-items.js';
import { pinchedNerveLowBackEs } from '../../content/pinched-nerve-low-back/es.js';
import type { Topic } from '../../src/model/index.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/review-sheet.mjs', ...args, '--html-only'], { encoding: 'utf8' });

describe('npm run review:sheet', () => {
  it('writes one section per item: its fields, its sources, its fingerprint, "Not clinically reviewed", a place to sign', () => {
    const result = run('pinched-nerve-low-back', 'es');
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync('test-results/review-sheets/pinched-nerve-low-back.es.html', 'utf8');
    const items = reviewItems(pinchedNerveLowBackEs as Topic);
    assert.equal(html.match(/<section class="item">/g)?.length, items.length);
    for (const { key, item } of items) {
      assert.ok(html.includes(`<h2>${key}</h2>`), key);
      assert.ok(html.includes(`<code>${fingerprint(item)}</code>`), `${key}'s fingerprint`);
    }
    assert.equal(html.match(/Not clinically reviewed/g)?.length, items.length);
    assert.ok(html.includes('tiene ciática en las dos piernas'), 'the Spanish words, escaped and whole');
    assert.ok(html.includes('<code>northern-trust-low-back-pain</code>: Northern Health and Social Care Trust.'), 'sources in full');
    assert.ok(html.includes('Licence or registration number'), 'a place to sign');
    assert.ok(!/<script/i.test(html), 'no script in the sheet');
  });

  it('refuses a topic or locale it does not have, saying which it has', () => {
    const result = run('no-such-topic', 'en');
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /usage: npm run review:sheet -- <topic> <locale> {3}\(known: pinched-nerve-low-back en, pinched-nerve-low-back es\)/,
    );
  });
});
