// What a screen reader says, for every element in English and Spanish: Chromium's accessibility
// tree read from top to bottom in browse mode (test/support/spoken.ts), kept as reviewed snapshots
// in test/__snapshots__/spoken.test.snap.js. A change to what is spoken fails here until someone
// has read the new sequence and accepted it:
//   npx web-test-runner --files test/spoken.test.ts --update-snapshots
// then read the snapshot's diff before committing it.
import { expect, fixture, html } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import { LIMBER_ELEMENTS, defineAllIn } from '../src/define-all.js';
import { settled } from './support/dom.js';
import { SAMPLES } from './support/samples.js';
import { LANGUAGES } from './support/every-element.js';
import { roleWords, speak, spokenSequence, type AxNode } from './support/spoken.js';
import { TRANSLATIONS } from './support/lists.js';

defineAllIn(customElements);

describe('what a screen reader says', () => {
  it('the reading itself: headings with levels, buttons with their state, lists with their size, text between, role words in Spanish', () => {
    const tree: AxNode = {
      role: 'generic',
      children: [
        { role: 'heading', name: 'Bridge', level: 3 },
        {
          role: 'paragraph',
          children: [
            { role: 'StaticText', name: 'Lie on your back' },
            { role: 'StaticText', name: '.' },
          ],
        },
        { role: 'button', name: 'Play the movement', pressed: false },
        { role: 'DisclosureTriangle', name: 'Emergency signs', expanded: false },
        { role: 'list', children: [{ role: 'listitem', children: [{ role: 'link', name: 'Source 1' }] }, { role: 'listitem' }] },
        { role: 'region', name: 'References', children: [{ role: 'checkbox', name: 'Sound', checked: true }] },
      ],
    };
    expect(speak(tree, 'en')).to.deep.equal([
      'heading level 3: Bridge',
      'Lie on your back.',
      'button, not pressed: Play the movement',
      'button, collapsed: Emergency signs',
      'list, 2 items',
      'link: Source 1',
      'region: References',
      'check box, checked: Sound',
    ]);
    for (const lang of TRANSLATIONS) expect(speak(tree, lang).slice(0, 1)).to.deep.equal([`${roleWords(lang).heading(3)}: Bridge`]);
  });

  it('has a sample of every element but the provider, which shows nothing of its own', () => {
    expect(Object.keys(SAMPLES).sort()).to.deep.equal(
      Object.keys(LIMBER_ELEMENTS)
        .filter((tag) => tag !== 'limber-provider')
        .sort(),
    );
  });

  for (const [tag, sample] of Object.entries(SAMPLES)) {
    for (const lang of LANGUAGES) {
      it(`<${tag}> in ${new Intl.DisplayNames(['en'], { type: 'language' }).of(lang)}: the spoken sequence is the reviewed one`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div id="spoken" lang=${lang}>${sample}</div>`);
        await settled(wrapper);
        const spoken = (await spokenSequence('#spoken', lang)).join('\n');
        expect(spoken.split('\n').length, 'phrases').to.be.at.least(3);
        const name = `<${tag}> ${lang}`;
        const { updateSnapshots } = await getSnapshotConfig();
        if (updateSnapshots) return saveSnapshot({ name, content: spoken });
        const reviewed = await getSnapshot({ name });
        expect(reviewed, `a reviewed snapshot of ${name} (run with --update-snapshots, then read it)`).to.be.a('string');
        expect(spoken).to.equal(reviewed);
      });
    }
  }
});
