import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/article/define.js';
import '../src/components/expert-card/define.js';
import '../src/components/provider/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { captureWarnings, type WarningCapture } from './support/warnings.js';
import { TOPIC } from './support/lists.js';

// Each element with the attributes that make it render a heading.
const HEADED: [string, Record<string, string>][] = [
  ['limber-exercise-card', { exercise: 'bridge' }],
  ['limber-causes', { topic: TOPIC }],
  ['limber-treatment-list', { topic: TOPIC }],
  ['limber-tip', { tip: 'pre-treat-with-heat' }],
  ['limber-care-card', { level: 'urgent' }],
  ['limber-expert-card', { person: 'cj-morrow' }],
  ['limber-cta', { href: '/x' }],
  ['limber-citations', { topic: TOPIC }],
  ['limber-article', { topic: TOPIC }],
];

async function make(tag: string, attributes: Record<string, string>): Promise<LimberElement> {
  const host = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as LimberElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  host.append(el);
  await el.updateComplete;
  return el;
}

const topHeading = (el: Element): Element | null | undefined => el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');

describe('hostile attributes', () => {
  let warnings: WarningCapture;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(event.error);
  };
  beforeEach(() => {
    warnings = captureWarnings();
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warnings.restore();
    window.removeEventListener('error', onError);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const [tag, attributes] of HEADED) {
    for (const bad of ['0', '7', 'abc', '-1', '', '3.5', '1e1', '<h1>']) {
      it(`${tag} heading-level="${bad}": warns once and keeps its default level`, async () => {
        const good = await make(tag, attributes);
        const expected = topHeading(good)?.tagName;
        expect(expected, `${tag} renders a heading with good attributes`).to.match(/^H[1-6]$/);
        warnings.messages.length = 0;
        const el = await make(tag, { ...attributes, 'heading-level': bad });
        expect(topHeading(el)?.tagName).to.equal(expected);
        const about = warnings.messages.filter((m) => m.startsWith(`<${tag}>: heading-level`));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain(`"${bad}" is not a whole number from 1 to 6`);
      });
    }
  }

  const ENUMS: [string, Record<string, string>, string, string][] = [
    ['limber-care-card', {}, 'level', 'level "critical" is not one of non-urgent, urgent, emergency'],
    ['limber-care-card', { level: 'urgent' }, 'region', 'region "critical" is not one of us, uk, ca, au, nz; using generic wording'],
    ['limber-disclaimer', {}, 'kind', 'kind "critical" is not one of article, video, medicine, exercise'],
    ['limber-disclaimer', { kind: 'article' }, 'variant', 'variant "critical" is not one of note, banner; using "note"'],
    [
      'limber-exercise-list',
      { topic: TOPIC },
      'goal',
      'goal "critical" is not one of nerve-mobility, mobility, flexibility, strength; showing all',
    ],
    [
      'limber-expert-list',
      { topic: TOPIC },
      'expert-role',
      'expert-role "critical" is not one of author, expert, medical-reviewer, clinical-reviewer; showing all',
    ],
  ];
  for (const [tag, base, attribute, message] of ENUMS) {
    it(`${tag} ${attribute}="critical": warns with the allowed values`, async () => {
      await make(tag, { ...base, [attribute]: 'critical' });
      expect(warnings.messages).to.include(`<${tag}>: ${message}`);
    });
  }

  const IDS = [
    '"><img src=x onerror="window.__hit=1">',
    "' onmouseover='window.__hit=1",
    '<script>window.__hit=1</script>',
    '../../etc/passwd',
    'a'.repeat(10_000),
  ];
  const ID_ATTRIBUTES: [string, string][] = [
    ['limber-exercise-card', 'exercise'],
    ['limber-tip', 'tip'],
    ['limber-expert-card', 'person'],
    ['limber-cite', 'ref'],
    ['limber-causes', 'topic'],
    ['limber-article', 'topic'],
  ];
  for (const [tag, attribute] of ID_ATTRIBUTES) {
    it(`${tag} ${attribute} with quotes and markup: warns, injects nothing`, async () => {
      for (const id of IDS) {
        const el = await make(tag, { [attribute]: id });
        expect(el.shadowRoot?.querySelectorAll('img, script, [onerror], [onmouseover]')).to.have.length(0);
        expect(warnings.messages.at(-1)).to.match(new RegExp(`^<${tag}>: no \\w+ with id `));
      }
      expect((window as { __hit?: number }).__hit).to.equal(undefined);
    });
  }

  it('survives heading-level and compact toggled 1,000 times, warning once per distinct problem', async () => {
    const el = await make('limber-exercise-card', { exercise: 'knee-rolls' });
    for (let i = 0; i < 1000; i += 1) {
      el.setAttribute('heading-level', i % 2 === 0 ? '9' : '2');
      el.toggleAttribute('compact');
      el.setAttribute('exercise', i % 3 === 0 ? 'nope' : 'knee-rolls');
      if (i % 100 === 0) await el.updateComplete;
    }
    el.setAttribute('exercise', 'knee-rolls');
    await el.updateComplete;
    expect(topHeading(el)?.textContent).to.equal('Knee rolls');
    expect(topHeading(el)?.tagName).to.equal('H2');
    expect(warnings.messages).to.deep.equal([
      '<limber-exercise-card>: heading-level "9" is not a whole number from 1 to 6; using 3',
      '<limber-exercise-card>: no exercise with id "nope" in the catalog',
    ]);
  });
});
