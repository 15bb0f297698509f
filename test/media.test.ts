import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/exercise-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';

const part = (el: LimberExerciseCard, name: string): HTMLElement => el.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement;

/** A card with no theme file, so only the built-in defaults and media queries apply. */
const card = (): Promise<LimberExerciseCard> =>
  fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>`);

describe('media features (no theme file loaded)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('follows prefers-color-scheme: dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await card();
    expect(getComputedStyle(part(el, 'card')).backgroundColor).to.equal('rgb(18, 24, 32)');
    expect(getComputedStyle(part(el, 'card')).color).to.equal('rgb(232, 237, 243)');
    await expect(el).to.be.accessible();
  });

  it('follows prefers-color-scheme: light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await card();
    expect(getComputedStyle(part(el, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('prints in black on white, without the video, with source URLs written out', async () => {
    await emulateMedia({ media: 'print', colorScheme: 'dark' });
    const el = await card();
    expect(getComputedStyle(part(el, 'card')).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(part(el, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(part(el, 'stop-if')).borderTopColor).to.equal('rgb(0, 0, 0)');
    const link = part(el, 'sources').querySelector('a') as HTMLAnchorElement;
    expect(getComputedStyle(link, '::after').content).to.equal(`" (${link.getAttribute('href')})"`);
  });

  it('keeps the stop-if box, goal badge and step markers outlined in forced colours', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await card();
    for (const name of ['stop-if', 'goal', 'card']) {
      const style = getComputedStyle(part(el, name));
      expect(parseFloat(style.borderTopWidth), `${name} border`).to.be.greaterThan(0);
      expect(style.borderTopStyle, `${name} border`).to.equal('solid');
      expect(style.borderTopColor, `${name} border`).not.to.equal(style.backgroundColor);
    }
  });

  it('jumps to a source without animation when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await card();
    const marker = el.shadowRoot?.querySelector('a[part~="cite"]') as HTMLElement;
    const target = el.shadowRoot?.querySelector(marker.getAttribute('href') ?? '#none') as HTMLElement;
    const calls: unknown[] = [];
    target.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => {
      calls.push(options);
    };
    (el.shadowRoot?.querySelector('a[part~="cite"]') as HTMLElement).click();
    expect(calls).to.deep.equal([{ block: 'nearest', behavior: 'auto' }]);
    await emulateMedia({ reducedMotion: 'no-preference' });
    (el.shadowRoot?.querySelector('a[part~="cite"]') as HTMLElement).click();
    expect(calls[1]).to.deep.equal({ block: 'nearest', behavior: 'smooth' });
  });
});

describe('the emergency care card in forced colours and print', () => {
  afterEach(() => emulateMedia({ media: 'screen', forcedColors: 'none' }));

  it('keeps a heavy border and a label that says "Emergency"', async () => {
    await import('../src/components/care-card/define.js');
    for (const setting of [{ forcedColors: 'active' as const }, { media: 'print' as const }]) {
      await emulateMedia(setting);
      const el = await fixture<HTMLElement>(html`<limber-care-card level="emergency"></limber-care-card>`);
      const card = el.shadowRoot?.querySelector('[part~="card"]') as HTMLElement;
      const style = getComputedStyle(card);
      expect(parseFloat(style.borderTopWidth), JSON.stringify(setting)).to.be.at.least(4);
      expect(style.borderTopStyle).to.equal('solid');
      expect(el.shadowRoot?.querySelector('[part~="level-label"]')?.textContent?.trim()).to.equal('Emergency:');
    }
  });
});
