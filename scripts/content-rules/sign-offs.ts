/**
 * Clinical sign-off as data, checked: a sign-off names an item the topic has; a topic never says a
 * clinician reviewed it (`reviewScope: 'clinical'`, `translation.clinicallyReviewed`) unless every
 * item has a sign-off that still matches it; and each sign-off whose item changed since is named
 * as stale (a warning: the item then shows as not clinically reviewed).
 */
import type { Topic } from '../../src/model/index.js';
import { fingerprint } from '../../src/content/fingerprint.js';
import { reviewItems } from '../../src/content/review-items.js';
import { reviewStatus } from '../../src/content/sign-off.js';
import type { RuleProblem } from './problem.js';

/** Whether every reviewable item of the topic has a valid sign-off of `scope`. */
function everyItemSigned(topic: Topic, scope: 'clinical' | 'translation'): boolean {
  const items = reviewItems(topic);
  if (scope === 'clinical') return items.every(({ key, item }) => reviewStatus(topic, key, item, fingerprint)?.kind === 'reviewed');
  const signOffs = topic.review?.signOffs ?? [];
  return items.every(({ key, item }) =>
    signOffs.some((s) => s.scope === 'translation' && s.item === key && s.fingerprint === fingerprint(item)),
  );
}

/** Problems that fail the content check (rule `clinical-claims`). */
export function signOffProblems(topic: Topic): RuleProblem[] {
  const keys = new Set(reviewItems(topic).map((item) => item.key));
  const problems: RuleProblem[] = [];
  for (const signOff of topic.review?.signOffs ?? []) {
    if (!keys.has(signOff.item))
      problems.push({ rule: 'clinical-claims', message: `a sign-off names "${signOff.item}", which the topic does not have` });
  }
  const claimed = [
    { what: 'the topic', dates: topic.dates },
    ...topic.exercises.items.map((e) => ({ what: `exercise ${e.id}`, dates: e.dates })),
    ...topic.careAdvice.map((a) => ({ what: `care ${a.level}`, dates: a.dates })),
  ].filter(({ dates }) => dates?.reviewScope === 'clinical');
  if (claimed.length > 0 && !everyItemSigned(topic, 'clinical')) {
    for (const { what } of claimed) {
      problems.push({
        rule: 'clinical-claims',
        message: `${what} says reviewScope "clinical", but not every item has a clinical sign-off that matches it`,
      });
    }
  }
  if (topic.translation?.clinicallyReviewed && !everyItemSigned(topic, 'translation')) {
    problems.push({
      rule: 'clinical-claims',
      message: 'translation.clinicallyReviewed is true, but not every item has a translation sign-off that matches it',
    });
  }
  return problems;
}

/**
 * Sign-offs whose item changed since they were given (and translation sign-offs whose source item
 * did), as warnings: readers see those items as not clinically reviewed until a reviewer signs again.
 */
export function staleSignOffs(topic: Topic, source?: Topic): RuleProblem[] {
  const now = new Map(reviewItems(topic).map(({ key, item }) => [key, fingerprint(item)]));
  const then = source && new Map(reviewItems(source).map(({ key, item }) => [key, fingerprint(item)]));
  const problems: RuleProblem[] = [];
  for (const signOff of topic.review?.signOffs ?? []) {
    const current = now.get(signOff.item);
    if (current === undefined) continue;
    const by = `${signOff.scope} sign-off of ${signOff.date} by ${signOff.reviewers.join(', ')}`;
    if (signOff.fingerprint !== current) {
      problems.push({
        rule: 'sign-off-stale',
        message: `${signOff.item}: the ${by} is stale (the item is now ${current}); it shows as not clinically reviewed`,
      });
    }
    const sourceNow = then?.get(signOff.item);
    if (signOff.sourceFingerprint && sourceNow && signOff.sourceFingerprint !== sourceNow) {
      problems.push({
        rule: 'sign-off-stale',
        message: `${signOff.item}: the ${by} was checked against a source text that has changed since`,
      });
    }
  }
  return problems;
}
