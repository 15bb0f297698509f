/**
 * schema.org structured data for `<limber-article>`: a `MedicalWebPage` in JSON-LD, written as a
 * `<script type="application/ld+json">` child of the article (light DOM, never rendered). It holds
 * only what readers can see on the page, and the identifiers of what the page is about (the
 * diagnosis codes its topic answers, from content/<topic>/codes.ts, which tell readers nothing):
 * the title, the condition as the text names it, the
 * language, the dates in the header, the source article, the references, and each exercise as an
 * `ExercisePlan` with only the dose its card states. A chunk of its own, fetched after the first
 * render: search engines read it, readers never wait for it.
 */
import type { ExercisePlan, MedicalCode, MedicalWebPage, Person, WithContext } from 'schema-dts';
import type { DiagnosisCode, Exercise, Reference, Reviewer, Topic } from '../../model/index.js';
import { CODED_TOPICS } from '../../content/topic-codes.js';
import { reviewItems } from '../../content/review-items.js';
import { reviewStatus } from '../../content/sign-off.js';
import { checkUrl } from '../../content/urls.js';
import { referenceLink } from '../../content/references.js';
import type { Messages } from '../../i18n/messages.js';

/** The Trusted Types policy that writes the JSON-LD, and nothing else; list it in `trusted-types`. */
export const JSON_LD_POLICY = 'limber-json-ld';

/** A link readers can follow from the page: the one the reference list shows, if any. */
function linkOf(reference: Reference): string | undefined {
  const link = referenceLink(reference);
  return link?.ok ? link.url : undefined;
}

/** The names schema.org's `codingSystem` gives each code system. */
const CODING_SYSTEM: Readonly<Record<DiagnosisCode['system'], string>> = { icd10cm: 'ICD-10-CM', snomed: 'SNOMED CT' };

/** The diagnosis codes a built-in topic answers, as schema.org `MedicalCode`s (none for a host's own topic id). */
function codesOf(topic: Topic): MedicalCode[] {
  const codes = CODED_TOPICS.find((coded) => coded.id === topic.id)?.codes ?? [];
  return codes.map(({ system, code }) => ({ '@type': 'MedicalCode', codeValue: code, codingSystem: CODING_SYSTEM[system] }));
}

function exercisePlan(exercise: Exercise, m: Messages): ExercisePlan {
  const { reps, frequency, restSeconds } = exercise.dosage;
  return {
    '@type': 'ExercisePlan',
    name: exercise.name,
    ...(frequency ? { activityFrequency: m.frequency(frequency) } : {}),
    ...(reps !== undefined ? { repetitions: reps } : {}),
    ...(restSeconds !== undefined ? { restPeriods: m.seconds(restSeconds) } : {}),
  };
}

/**
 * The page's clinical review, when there is one: every item it shows has a clinical sign-off that
 * still matches it. Then its reviewers, and the date of the latest sign-off; else undefined (a
 * page is never said to be reviewed because some of it was).
 */
function clinicalReview(
  topic: Topic,
  fingerprint: ((item: unknown) => string) | undefined,
): { reviewers: Reviewer[]; date: string } | undefined {
  const statuses = reviewItems(topic).map(({ key, item }) => reviewStatus(topic, key, item, fingerprint));
  if (statuses.length === 0) return undefined;
  const reviewers = new Map<string, Reviewer>();
  let date = '';
  for (const status of statuses) {
    if (status?.kind !== 'reviewed') return undefined;
    for (const reviewer of status.reviewers) reviewers.set(reviewer.id, reviewer);
    if (status.date > date) date = status.date;
  }
  return { reviewers: [...reviewers.values()], date };
}

function person(reviewer: Reviewer): Person {
  return { '@type': 'Person', name: reviewer.name, honorificSuffix: reviewer.credentials, jobTitle: reviewer.profession };
}

/**
 * The topic as a `MedicalWebPage`, in the words the page shows (`m`: the page's UI words). Its
 * `datePublished` is when the curator first published this page, `dateModified` when its content
 * last changed for readers (the newest of the topic's changes); the source article's date is
 * the `isBasedOn` article's. `lastReviewed` and `reviewedBy` appear only under a clinical review
 * of the whole page (see `clinicalReview`): a check of the sources is not one. `fingerprint` is
 * needed only for a topic with sign-offs (without it, none counts); under `requireReview` the
 * exercises are only those the page shows.
 */
export function structuredData(
  topic: Topic,
  m: Messages,
  fingerprint?: (item: unknown) => string,
  requireReview?: 'clinical',
): WithContext<MedicalWebPage> {
  const { condition, dates, source } = topic;
  const sourceUrl = source?.url && checkUrl(source.url, 'link');
  const review = clinicalReview(topic, fingerprint);
  const codes = codesOf(topic);
  // Under require-review only the signed-off exercises are on the page, so only they are here.
  const shown = topic.exercises.items.filter(
    (e) => requireReview !== 'clinical' || reviewStatus(topic, `exercise ${e.id}`, e, fingerprint)?.kind === 'reviewed',
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: topic.title,
    ...(condition
      ? {
          about: {
            '@type': 'MedicalCondition',
            name: condition.name,
            ...(condition.alternateName ? { alternateName: condition.alternateName } : {}),
            ...(codes.length > 0 ? { code: codes } : {}),
          },
        }
      : {}),
    inLanguage: topic.locale,
    ...(dates.released ? { datePublished: dates.released } : {}),
    ...(dates.updated ? { dateModified: dates.updated } : {}),
    ...(review ? { lastReviewed: review.date, reviewedBy: review.reviewers.map(person) } : {}),
    ...(source
      ? {
          isBasedOn: {
            '@type': 'Article',
            name: source.title,
            datePublished: dates.published,
            publisher: { '@type': 'Organization', name: source.publisher },
            ...(sourceUrl && sourceUrl.ok ? { url: sourceUrl.url } : {}),
          },
        }
      : {}),
    citation: topic.references.map((reference) => {
      const url = linkOf(reference);
      return { '@type': 'CreativeWork', name: reference.title, ...(url ? { url } : {}) };
    }),
    hasPart: shown.map((exercise) => exercisePlan(exercise, m)),
  };
}

/**
 * The JSON text of structured data, safe inside an HTML `<script>` too: `<` is written `\u003c`,
 * so no value can close the script element in pre-rendered HTML.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript: (input: string) => string }): { createScript(input: string): unknown };
}

/** One policy per page, shared by every copy of Limber on it (a second `createPolicy` would throw). */
const POLICY_KEY = Symbol.for('limber-json-ld-policy');
type PolicyHolder = { [POLICY_KEY]?: { createScript(input: string): unknown } };

/**
 * The JSON-LD text as the page lets a script's text be set: as is without Trusted Types, else
 * through the `limber-json-ld` policy, which passes only a JSON object with a schema.org context.
 * Throws when the page's CSP does not allow the policy.
 */
function trustedScript(text: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return text;
  const holder = globalThis as PolicyHolder;
  holder[POLICY_KEY] ??= factory.createPolicy(JSON_LD_POLICY, {
    createScript: (input) => {
      const parsed: unknown = JSON.parse(input);
      if ((parsed as { '@context'?: unknown } | null)?.['@context'] !== 'https://schema.org') throw new TypeError('not schema.org JSON-LD');
      return input;
    },
  });
  return holder[POLICY_KEY].createScript(text);
}

/**
 * Writes (or updates, or with `data` undefined removes) the article's one JSON-LD script child,
 * the one carrying the `marker` attribute (a re-render or a second load finds it, never adds one).
 * Returns a problem in words when the page forbids it, else undefined.
 */
export function writeStructuredData(host: HTMLElement, data: object | undefined, marker: string): string | undefined {
  const existing = [...host.children].filter((child) => child instanceof HTMLScriptElement && child.hasAttribute(marker));
  for (const extra of existing.slice(1)) extra.remove();
  const [script] = existing as HTMLScriptElement[];
  if (!data) {
    script?.remove();
    return undefined;
  }
  const text = jsonLdText(data);
  if (script?.text === text) return undefined;
  let trusted: unknown;
  try {
    trusted = trustedScript(text);
  } catch (error) {
    return `structured data not written: the page's Trusted Types settings do not allow the "${JSON_LD_POLICY}" policy (${String(error)})`;
  }
  const target = script ?? document.createElement('script');
  target.type = 'application/ld+json';
  target.setAttribute(marker, '');
  // A TrustedScript where the page requires one, else the string itself.
  (target as { text: unknown }).text = trusted;
  if (!script) host.append(target);
  return undefined;
}
