// `npm run review:sheet -- <topic> <locale>`: a worksheet a clinician can sign, one section per
// item, each with the fingerprint a sign-off records and the item's status today.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fingerprint } from '../../src/content/fingerprint.js';
import { reviewItems } from '../../src/content/review-items.js';
import type { Topic } from '../../src/model/index.js';
import { LANGUAGES, TOPICS } from '../../scripts/lib/languages.mjs';
import { TRANSLATED_TOPIC } from '../support/topics.js';
import { TOPIC, TRANSLATION } from '../support/lists.js';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/review-sheet.mjs', ...args, '--html-only'], { encoding: 'utf8' });

describe('npm run review:sheet', () => {
  it('writes one section per item: its fields, its sources, its fingerprint, "Not clinically reviewed", a place to sign', () => {
    const result = run(TOPIC, TRANSLATION);
    assert.equal(result.status, 0, result.stderr);
    const html = readFileSync(`test-results/review-sheets/${TOPIC}.${TRANSLATION}.html`, 'utf8');
    const items = reviewItems(TRANSLATED_TOPIC as Topic);
    // One section per item, then the red-flag checklist's.
    assert.equal(html.match(/<section class="item">/g)?.length, items.length + 1);
    for (const { key, item } of items) {
      assert.ok(html.includes(`<h2>${key}</h2>`), key);
      assert.ok(html.includes(`<code>${fingerprint(item)}</code>`), `${key}'s fingerprint`);
    }
    assert.equal(html.match(/Not clinically reviewed/g)?.length, items.length);
    assert.ok(html.includes('(ciática en las dos piernas)'), 'the Spanish words, escaped and whole');
    assert.ok(html.includes('<code>northern-trust-low-back-pain</code>: Northern Health and Social Care Trust.'), 'sources in full');
    assert.ok(html.includes('Licence or registration number'), 'a place to sign');
    assert.ok(
      html.includes('<em>Terms:</em> public-domain: A work of the U.S. federal government'),
      'each source says what its publisher allows and how Limber uses it',
    );
    assert.ok(html.includes('<em>Terms:</em> copyright: Copyright NHS 24.'), 'NHS inform’s terms, said as such');
    assert.ok(!/<script/i.test(html), 'no script in the sheet');
  });

  it('lists the red-flag checklist: each sign in its source’s words, its level, the care sign that gives it or why none does', () => {
    for (const locale of LANGUAGES) {
      assert.equal(run(TOPIC, locale).status, 0);
      const html = readFileSync(`test-results/review-sheets/${TOPIC}.${locale}.html`, 'utf8');
      const checklist = html.slice(html.indexOf('<h2>Red-flag checklist'));
      assert.ok(checklist.includes('“altered feeling when using toilet paper to wipe yourself”'), `${locale}: a source's own words`);
      assert.ok(checklist.includes('<code>saddle-sensation</code>'), `${locale}: the care sign it maps to`);
      assert.ok(checklist.includes('<strong>Excluded:</strong> Pain in the chest'), `${locale}: an exclusion and its reason`);
      assert.ok(checklist.includes('<th scope="col">Accept?</th>'), `${locale}: a column to accept or reject`);
    }
  });

  it('refuses a topic or locale it does not have, saying which it has', () => {
    const result = run('no-such-topic', 'en');
    assert.equal(result.status, 1);
    const known = TOPICS.flatMap((topic) => LANGUAGES.map((locale) => `${topic} ${locale}`)).join(', ');
    assert.ok(result.stderr.includes(`usage: npm run review:sheet -- <topic> <locale>   (known: ${known})`), result.stderr);
  });
});
