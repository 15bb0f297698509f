/**
 * The content rules `npm run check -- content` enforces over every topic and locale. Each rule is
 * one function from a topic (and its SOURCES.md) to the problems it finds; test/node fixtures
 * break each rule once to prove it can fail.
 *
 * What counts as an *added item* (content Limber added, not the source article's): every
 * exercise, every care advice with `provenance: 'added'`, every safety rule, every evidence note,
 * every disclaimer with `provenance: 'added'`. Disclaimers in Limber's own voice state no health
 * fact, so they need no citation, but they still need a SOURCES.md entry saying so.
 */
import { PERSON_ROLES, type CareAdvice, type Reference, type Topic, type TopicRecords } from '../../src/model/index.js';
import { citationsIn } from '../../src/content/rich-text.js';
import { signText } from '../../src/content/care-signs.js';
import { daysUntil } from '../../src/content/review.js';
import { doseGiven } from '../../src/content/dose.js';
import { ARTICLE_SECTIONS, type ArticleSection } from '../../src/components/article/sections.js';
import { readabilityLanguage, readabilityOf, READABILITY_GOALS } from './readability.js';
import { proseOf } from './prose.js';
import { signOffProblems } from './sign-offs.js';
import { checklistProblems, instructionProblems } from './checklist.js';
import { CHECKLISTS } from '../../content/checklists/index.js';
import type { RedFlagChecklist } from '../../content/checklists/checklist.js';
import { messagesFor } from '../../src/i18n/registry.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { RuleProblem } from './problem.js';

export type { RuleProblem } from './problem.js';

/**
 * What a rule may look at beyond the topic: the order the article shows its sections in, the
 * red-flag checklists, the UI words of a locale (loaded first: `loadMessages`), and the topic's
 * records for reviewers (`records` in `content/<topic>/references.ts`: each source's terms).
 */
export interface RuleContext {
  readonly articleOrder: readonly ArticleSection[];
  readonly checklists: readonly RedFlagChecklist[];
  readonly words: (locale: string) => Messages | undefined;
  readonly records?: TopicRecords;
}

export const DEFAULT_CONTEXT: RuleContext = { articleOrder: ARTICLE_SECTIONS, checklists: CHECKLISTS, words: messagesFor };

type Rule = (topic: Topic, sourcesMd: string, context: RuleContext) => RuleProblem[];

/** The concept of the one rule for when to see a doctor because symptoms are not getting better. */
export const WAITING_CONCEPT = 'not-getting-better';

/**
 * A wait before getting help: a span of days, weeks or months ("after 2 weeks", "más de una
 * semana") in a passage about getting better ("no better", "has not eased", "no ha mejorado").
 */
const WAIT = {
  en: {
    span: /\b(?:after|within|for|in|more than|longer than|over)\s+(?:a|an|one|two|three|four|six|a few|a couple of|several|\d+)(?:\s*(?:-|to)\s*\d+)?\s+(?:day|week|month)s?\b/i,
    better: /\b(?:better|improv\w*|eased?|settles?|heal\w*)\b/i,
  },
  es: {
    span: /\b(?:después de|en|más de|durante|dentro de)\s+(?:una?|unas|unos|dos|tres|cuatro|seis|pocas|pocos|varias|varios|\d+)(?:\s*(?:-|a)\s*\d+)?\s+(?:días?|semanas?|mes(?:es)?)\b/i,
    better: /\b(?:mejor\w*|alivi\w*)\b/i,
  },
} as const;

const REVIEWER_ROLES: readonly string[] = ['medical-reviewer', 'clinical-reviewer'];

/** What a sign is, whatever its wording: its concept, else its words lower-cased without citations. */
function signKey(sign: CareAdvice['signs'][number]): string {
  if (typeof sign !== 'string') return sign.concept;
  return sign
    .replace(/\[\^[^\]]*\]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every added item of a topic: its SOURCES.md key, what it cites, and whether it must cite. */
export function addedItems(topic: Topic): { key: string; cites: string[]; mustCite: boolean }[] {
  const items: { key: string; cites: string[]; mustCite: boolean }[] = [];
  for (const e of topic.exercises.items) {
    items.push({ key: `exercise ${e.id}`, cites: [...e.references], mustCite: true });
  }
  topic.exercises.safety.forEach((rule, i) => items.push({ key: `safety ${i + 1}`, cites: citationsIn([rule]), mustCite: true }));
  for (const advice of topic.careAdvice) {
    if (advice.provenance !== 'added') continue;
    const cites = [...advice.references, ...citationsIn([...advice.signs.map(signText), advice.action])];
    items.push({ key: `care ${advice.level}`, cites, mustCite: true });
  }
  for (const t of topic.treatments.items) {
    if (t.evidenceNote) items.push({ key: `evidence ${t.id}`, cites: citationsIn([t.evidenceNote]), mustCite: true });
  }
  for (const d of topic.disclaimers) {
    if (d.provenance === 'added') items.push({ key: `disclaimer ${d.kind}`, cites: citationsIn([d.text]), mustCite: false });
  }
  return items;
}

/** Every reference id a topic cites anywhere: markers in its text and the id lists. */
function allCitations(topic: Topic): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ ...topic, references: [] });
  const quotes = [
    ...topic.introQuotes,
    ...topic.exercises.quotes,
    ...topic.treatments.items.flatMap((t) => t.quotes),
    ...topic.tips.flatMap((t) => t.quotes),
  ];
  const lists = [
    ...topic.exercises.items.flatMap((e) => [...e.references, ...(e.dosage.references ?? [])]),
    ...topic.careAdvice.flatMap((a) => a.references),
    ...topic.treatments.items.flatMap((t) => (t.recommendation ? [t.recommendation.reference] : [])),
    ...quotes.flatMap((q) => (q.edition ? [q.edition] : [])),
  ];
  return [...new Set([...citationsIn(texts), ...lists])];
}

export const rules: Readonly<Record<string, Rule>> = {
  /** Every added item cites at least one reference. */
  'added-cites': (topic) =>
    addedItems(topic)
      .filter((item) => item.mustCite && item.cites.length === 0)
      .map((item) => ({ rule: 'added-cites', message: `${item.key} cites no reference` })),

  /** Every dose number rests on a reference stated for that dose, which the exercise also cites. */
  'dose-sourced': (topic) =>
    topic.exercises.items.flatMap((e) => {
      const references = e.dosage.references ?? [];
      if (doseGiven(e.dosage) && references.length === 0) {
        return [{ rule: 'dose-sourced', message: `exercise ${e.id}: a dose is given but dosage.references names no source for it` }];
      }
      return references
        .filter((id) => !(e.references as readonly string[]).includes(id))
        .map((id) => ({ rule: 'dose-sourced', message: `exercise ${e.id}: the dose cites "${id}", which the exercise does not list` }));
    }),

  /** No sign appears at two care levels of one topic: one symptom, one instruction. */
  'sign-one-level': (topic) => {
    const levelOf = new Map<string, string>();
    const problems: RuleProblem[] = [];
    for (const advice of topic.careAdvice) {
      for (const sign of advice.signs) {
        const key = signKey(sign);
        const earlier = levelOf.get(key);
        if (earlier && earlier !== advice.level) {
          problems.push({ rule: 'sign-one-level', message: `sign "${key}" is at both ${earlier} and ${advice.level}` });
        }
        levelOf.set(key, advice.level);
      }
    }
    return problems;
  },

  /** Quotes name only people the topic lists as quoted by the source (and who exist). */
  'quotes-attributed': (topic) => {
    const quoted = topic.source?.quoted ?? [];
    const quotes = [
      ...topic.introQuotes,
      ...topic.exercises.quotes,
      ...topic.treatments.items.flatMap((t) => t.quotes),
      ...topic.tips.flatMap((t) => t.quotes),
    ];
    return quotes
      .filter((q) => !quoted.includes(q.personId) || !topic.people.some((p) => p.id === q.personId))
      .map((q) => ({
        rule: 'quotes-attributed',
        message: `quote "${q.text.slice(0, 40)}…" names "${q.personId}", whom the source is not listed as quoting`,
      }));
  },

  /** Roles come from the closed list, and reviewers never carry quotes. */
  roles: (topic) => {
    const quoted = topic.source?.quoted ?? [];
    return topic.people.flatMap((person) => [
      ...person.roles
        .filter((role) => !(PERSON_ROLES as readonly string[]).includes(role))
        .map((role) => ({ rule: 'roles', message: `${person.id}: role "${role}" is not one of ${PERSON_ROLES.join(', ')}` })),
      ...(person.roles.some((role) => REVIEWER_ROLES.includes(role)) && quoted.includes(person.id)
        ? [{ rule: 'roles', message: `${person.id} is a reviewer and must not be quoted` }]
        : []),
    ]);
  },

  /** Every web reference Limber reads (one with a URL) says when it was accessed. */
  'web-accessed': (topic) =>
    topic.references
      .filter((r: Reference) => (r.type === 'webpage' || r.type === 'report') && r.URL !== undefined && r.accessed === undefined)
      .map((r) => ({ rule: 'web-accessed', message: `reference ${r.id} has a URL but no accessed date` })),

  /** Every cited reference id resolves to a reference of the topic. */
  'refs-resolve': (topic) =>
    allCitations(topic)
      .filter((id) => !topic.references.some((r) => r.id === id))
      .map((id) => ({ rule: 'refs-resolve', message: `"${id}" is cited but is not in the topic's references` })),

  /** No reference Limber added goes unused (the source article's own list is kept whole). */
  'refs-used': (topic) => {
    const cited = allCitations(topic);
    return topic.references
      .filter((r) => r.provenance === 'added' && !cited.includes(r.id))
      .map((r) => ({ rule: 'refs-used', message: `reference ${r.id} is cited by nothing` }));
  },

  /**
   * Plain words (`readability.ts`): English median at most grade 6 and no judged passage over grade
   * 8; Spanish median INFLESZ 65 ("bastante fácil") or more and none under 55 ("normal").
   */
  readability: (topic) => {
    const report = readabilityOf(topic);
    if (!report) return [];
    const goal = READABILITY_GOALS[report.language];
    const worse = (score: number, bound: number): boolean => (goal.plainerIsLower ? score > bound : score < bound);
    const unit = goal.plainerIsLower ? 'grade' : 'INFLESZ';
    return [
      ...(worse(report.median, goal.median)
        ? [{ rule: 'readability', message: `median ${unit} ${report.median} misses the goal of ${goal.median} (${goal.formula})` }]
        : []),
      ...report.beyondLimit.map((p) => ({
        rule: 'readability',
        message: `${p.path} (${unit} ${p.score}, limit ${goal.limit}): "${p.text.slice(0, 70)}${p.text.length > 70 ? '…' : ''}"`,
      })),
    ];
  },

  /**
   * Red flags first: a topic with exercises has emergency care advice, and the article shows when
   * to get help before its exercises (`ARTICLE_SECTIONS`).
   */
  'red-flags-first': (topic, _sources, { articleOrder }) => {
    if (topic.exercises.items.length === 0) return [];
    const problems: RuleProblem[] = [];
    if (!topic.careAdvice.some((advice) => advice.level === 'emergency')) {
      problems.push({ rule: 'red-flags-first', message: 'the topic has exercises but no emergency care advice to show before them' });
    }
    const care = articleOrder.indexOf('care');
    const exercises = articleOrder.indexOf('exercises');
    if (care === -1 || (exercises !== -1 && care > exercises)) {
      problems.push({
        rule: 'red-flags-first',
        message: `the article shows ${articleOrder.join(', ')}: "care" (the emergency signs) must come before "exercises"`,
      });
    }
    return problems;
  },

  /**
   * One waiting rule: the "not getting better" sign appears once, at one care level, and no other
   * passage gives a wait of its own (others point to it without a number).
   */
  'one-waiting-rule': (topic) => {
    const language = readabilityLanguage(topic.locale) ?? 'en';
    const { span, better } = WAIT[language];
    const signs = topic.careAdvice.flatMap((advice, a) =>
      advice.signs.map((sign, i) => ({
        path: `careAdvice[${a}].signs[${i}]`,
        concept: typeof sign === 'string' ? undefined : sign.concept,
      })),
    );
    const rule = signs.filter((sign) => sign.concept === WAITING_CONCEPT);
    const problems: RuleProblem[] = [];
    if (topic.exercises.items.length > 0 && rule.length !== 1) {
      problems.push({
        rule: 'one-waiting-rule',
        message: `the "${WAITING_CONCEPT}" sign appears ${rule.length} times; it must appear once`,
      });
    }
    const allowed = new Set(rule.map((sign) => `${sign.path}.text`));
    for (const { path, text } of proseOf(topic)) {
      if (allowed.has(path) || !span.test(text) || !better.test(text)) continue;
      problems.push({
        rule: 'one-waiting-rule',
        message: `${path} gives a wait of its own ("${span.exec(text)?.[0] ?? ''}"); point to the "${WAITING_CONCEPT}" sign instead`,
      });
    }
    return problems;
  },

  /**
   * Red flags as a checklist (`checklist.ts`): each entry of the family's checklist maps to exactly
   * one care sign at one level, or is excluded with a reason; each care sign maps to an entry.
   */
  checklist: (topic, _sources, { checklists }) => checklistProblems(topic, checklists),

  /**
   * One symptom, one instruction, beyond the care cards (`checklist.ts`): the safety lines,
   * treatments, tips and stop-if lists point to where a symptom's instruction lives.
   */
  'one-instruction': (topic, _sources, { checklists, words }) => instructionProblems(topic, checklists, words(topic.locale)),

  /**
   * Each source's terms on record: the source article and every reference have, in the topic's
   * records, what their publisher allows and how Limber uses them.
   */
  'terms-on-record': (topic, _sources, { records }) => {
    if (!records)
      return [
        {
          rule: 'terms-on-record',
          message: `no records for topic "${topic.id}" (export \`records\` from content/${topic.id}/references.ts)`,
        },
      ];
    const missing = topic.references.filter((r) => !records.references[r.id]?.terms.detail.trim()).map((r) => r.id);
    return [
      ...(records.source.terms.detail.trim() ? [] : [{ rule: 'terms-on-record', message: 'the source article has no terms on record' }]),
      ...missing.map((id) => ({
        rule: 'terms-on-record',
        message: `reference ${id} has no terms on record (what its publisher allows, how Limber uses it)`,
      })),
    ];
  },

  /** Sign-offs name items the topic has, and no review is claimed without them (`sign-offs.ts`). */
  'clinical-claims': (topic) => signOffProblems(topic).filter((p) => p.rule === 'clinical-claims'),

  /** Every added item has an entry (a `### <key>` heading) in the topic's SOURCES.md. */
  'sources-entry': (topic, sourcesMd) => {
    const headings = new Set([...sourcesMd.matchAll(/^### (.+)$/gm)].map((m) => (m[1] ?? '').trim()));
    return addedItems(topic)
      .filter((item) => !headings.has(item.key))
      .map((item) => ({ rule: 'sources-entry', message: `${item.key} has no "### ${item.key}" entry in SOURCES.md` }));
  },
};

/** Runs every rule over one topic. */
export function checkTopic(topic: Topic, sourcesMd: string, context: RuleContext = DEFAULT_CONTEXT): RuleProblem[] {
  return Object.values(rules).flatMap((rule) => rule(topic, sourcesMd, context));
}

/** How many days ahead the content check starts failing on a review that falls due. */
export const REVIEW_WARNING_DAYS = 30;

/**
 * The repository's reminder: a built-in topic (and any item with its own review dates) must have a
 * `nextReview` more than `REVIEW_WARNING_DAYS` days after `today`. Separate from `rules`, which
 * do not depend on the day they run.
 */
export function checkReviewDates(topic: Topic, today: string): RuleProblem[] {
  const dated = [
    { what: 'the topic', dates: topic.dates },
    ...topic.exercises.items.filter((e) => e.dates).map((e) => ({ what: `exercise ${e.id}`, dates: e.dates })),
    ...topic.careAdvice.filter((a) => a.dates).map((a) => ({ what: `care ${a.level}`, dates: a.dates })),
  ];
  return dated.flatMap(({ what, dates }) => {
    const next = dates?.nextReview;
    if (next === undefined) return [{ rule: 'review-due', message: `${what} has no nextReview date` }];
    const days = daysUntil(next, today);
    if (days > REVIEW_WARNING_DAYS) return [];
    const when =
      days < 0 ? `was due ${-days} days ago (${next})` : days === 0 ? `is due today (${next})` : `is due in ${days} days (${next})`;
    return [{ rule: 'review-due', message: `${what}: the review ${when}; review it, then set lastReviewed and a new nextReview` }];
  });
}
