/**
 * The content rules `npm run check:content` enforces over every topic and locale. Each rule is
 * one function from a topic (and its SOURCES.md) to the problems it finds; test/node fixtures
 * break each rule once to prove it can fail.
 *
 * What counts as an *added item* (content Limber added, not the source article's): every
 * exercise, every care advice with `provenance: 'added'`, every safety rule, every evidence note,
 * every disclaimer with `provenance: 'added'`. Disclaimers in Limber's own voice state no health
 * fact, so they need no citation, but they still need a SOURCES.md entry saying so.
 */
import { PERSON_ROLES, type CareAdvice, type Reference, type Topic } from '../../src/content/model.js';
import { citationsIn } from '../../src/content/rich-text.js';
import { signText } from '../../src/content/care-signs.js';
import { daysUntil } from '../../src/content/review.js';

export interface RuleProblem {
  readonly rule: string;
  readonly message: string;
}

type Rule = (topic: Topic, sourcesMd: string) => RuleProblem[];

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
  const lists = [
    ...topic.exercises.items.flatMap((e) => [...e.references, ...(e.dosage.references ?? [])]),
    ...topic.careAdvice.flatMap((a) => a.references),
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
      const { reps, sets, holdSeconds, frequency, references = [] } = e.dosage;
      const hasNumber = [reps, sets, holdSeconds, frequency].some((v) => v !== undefined);
      if (hasNumber && references.length === 0) {
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
    const quoted = topic.source.quoted ?? [];
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
    const quoted = topic.source.quoted ?? [];
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

  /** Every added item has an entry (a `### <key>` heading) in the topic's SOURCES.md. */
  'sources-entry': (topic, sourcesMd) => {
    const headings = new Set([...sourcesMd.matchAll(/^### (.+)$/gm)].map((m) => (m[1] ?? '').trim()));
    return addedItems(topic)
      .filter((item) => !headings.has(item.key))
      .map((item) => ({ rule: 'sources-entry', message: `${item.key} has no "### ${item.key}" entry in SOURCES.md` }));
  },
};

/** Runs every rule over one topic. */
export function checkTopic(topic: Topic, sourcesMd: string): RuleProblem[] {
  return Object.values(rules).flatMap((rule) => rule(topic, sourcesMd));
}

/** How many days ahead `check:content` starts failing on a review that falls due. */
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
