/**
 * How plain a topic's words are, per passage and per item, in its own language: English by the
 * Flesch–Kincaid grade level (`flesch-kincaid`, syllables by `syllable`), Spanish by the
 * Szigriszt-Pazos perspicuity index read on the INFLESZ scale (syllables by `syllable-es`; the
 * formula is one line, P = 206.835 − 62.3 · syllables/words − words/sentences, from Barrio-Cantalejo
 * et al., "Validación de la Escala INFLESZ", Anales del Sistema Sanitario de Navarra 31(2), 2008,
 * as no maintained package computes it).
 *
 * A passage is one prose field a reader sees (`proseOf`: a paragraph, a step, a sign, an alt
 * text...), with its citation markers, emphasis and link targets removed. Quotes from the source
 * and passages under ten words are reported, never judged: the words are not ours to change, or
 * too few for the formulas to mean anything. Reference titles are not read at all.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import syllableEs from 'syllable-es';
import type { Topic } from '../../src/model/index.js';
import { proseOf } from './prose.js';

/** The goals, per formula. English: a grade (lower is plainer); Spanish: INFLESZ (higher is plainer). */
export const READABILITY_GOALS = {
  en: { formula: 'Flesch–Kincaid grade', median: 6, limit: 8, plainerIsLower: true },
  es: { formula: 'Szigriszt-Pazos (INFLESZ)', median: 65, limit: 55, plainerIsLower: false },
} as const;

export type ReadabilityLanguage = keyof typeof READABILITY_GOALS;

/** Passages shorter than this are reported with their score but not judged. */
export const MIN_JUDGED_WORDS = 10;

/** Why a passage is reported but not judged. */
export type NotJudged = 'quote' | 'short';

export interface Passage {
  /** Where it is in the topic, e.g. `exercises.items[2].steps[0]`. */
  readonly path: string;
  /** The item it belongs to, as SOURCES.md and the sign-offs name items (`exercise bridge`), else `topic`. */
  readonly item: string;
  /** The words as a reader meets them. */
  readonly text: string;
  readonly words: number;
  readonly score: number;
  /** Set when the passage is reported only. */
  readonly notJudged?: NotJudged;
}

/** The language whose formula applies to a locale (`es-MX` → `es`), or undefined when none does. */
export function readabilityLanguage(locale: string): ReadabilityLanguage | undefined {
  const base = locale.toLowerCase().split('-')[0];
  return base === 'en' || base === 'es' ? base : undefined;
}

/** Rich text as read aloud: no citation markers, emphasis marks or link targets; placeholders filled. */
export function plainWords(text: string, language: ReadabilityLanguage): string {
  const number = language === 'es' ? 'al 911' : '911';
  const urgent = language === 'es' ? 'busque atención médica urgente' : 'get urgent care';
  const place = language === 'es' ? 'la sala de emergencias' : 'the emergency room';
  return text
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*([^*]+)\*/g, '$1')
    .replaceAll('{emergency-number}', number)
    .replaceAll('{urgent-help}', urgent)
    .replaceAll('{emergency-place}', place)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words: runs of letters or digits (apostrophes and hyphens inside a word keep it one word). */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Sentences: ended by `.`, `!`, `?` or `…` before a space or the end; a fragment is one sentence. */
function sentencesOf(text: string): number {
  return Math.max(1, text.split(/[.!?…]+(?=\s|$)/u).filter((part) => wordsOf(part).length > 0).length);
}

interface Counts {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
}

/** Words, sentences and syllables of some words in their language. */
function countsOf(text: string, language: ReadabilityLanguage): Counts {
  const words = wordsOf(text);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, language === 'es' ? syllableEs(word) : syllable(word)), 0);
  return { words: words.length, sentences: sentencesOf(text), syllables };
}

/** The formula over counts (rounded to one decimal). */
function scoreOfCounts({ words, sentences, syllables }: Counts, language: ReadabilityLanguage): number {
  if (words === 0) return Number.NaN;
  const score =
    language === 'en'
      ? fleschKincaid({ sentence: sentences, word: words, syllable: syllables })
      : 206.835 - 62.3 * (syllables / words) - words / sentences;
  return Math.round(score * 10) / 10;
}

/** The score of some words in their language's formula (rounded to one decimal). */
export function scoreOf(text: string, language: ReadabilityLanguage): number {
  return scoreOfCounts(countsOf(text, language), language);
}

/** The score of several passages read as one text, each passage ending its own sentences. */
function scoreOfPassages(texts: readonly string[], language: ReadabilityLanguage): number {
  const total = texts
    .map((text) => countsOf(text, language))
    .reduce((a, b) => ({ words: a.words + b.words, sentences: a.sentences + b.sentences, syllables: a.syllables + b.syllables }));
  return scoreOfCounts(total, language);
}

/** The item a path belongs to, in SOURCES.md's words. */
function itemOf(topic: Topic, path: string): string {
  const exercise = /^exercises\.items\[(\d+)\]/.exec(path);
  if (exercise) return `exercise ${topic.exercises.items[Number(exercise[1])]?.id ?? '?'}`;
  const care = /^careAdvice\[(\d+)\]/.exec(path);
  if (care) return `care ${topic.careAdvice[Number(care[1])]?.level ?? '?'}`;
  const treatment = /^treatments\.items\[(\d+)\]/.exec(path);
  if (treatment) return `treatment ${topic.treatments.items[Number(treatment[1])]?.id ?? '?'}`;
  const tip = /^tips\[(\d+)\]/.exec(path);
  if (tip) return `tip ${topic.tips[Number(tip[1])]?.id ?? '?'}`;
  if (path.startsWith('causes')) return 'causes';
  return 'topic';
}

/** Every prose passage of a topic a reader sees, scored in the topic's language. */
export function passagesOf(topic: Topic): Passage[] {
  const language = readabilityLanguage(topic.locale);
  if (!language) return [];
  return proseOf(topic).flatMap(({ path, text: value }): Passage[] => {
    const text = plainWords(value, language);
    const words = wordsOf(text).length;
    if (words === 0) return [];
    const quote = /(?:^|\.)(?:intro)?[qQ]uotes\[\d+\]\.text$/.test(path);
    const notJudged: NotJudged | undefined = quote ? 'quote' : words < MIN_JUDGED_WORDS ? 'short' : undefined;
    return [{ path, item: itemOf(topic, path), text, words, score: scoreOf(text, language), ...(notJudged ? { notJudged } : {}) }];
  });
}

/** Scores from least to most plain, in this language. */
function worstFirst(language: ReadabilityLanguage): (a: Passage, b: Passage) => number {
  return READABILITY_GOALS[language].plainerIsLower ? (a, b) => b.score - a.score : (a, b) => a.score - b.score;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : Math.round((((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2) * 10) / 10;
}

export interface ReadabilityReport {
  readonly language: ReadabilityLanguage;
  readonly formula: string;
  /** Every passage, least plain first. */
  readonly passages: readonly Passage[];
  /** Of the judged passages: their median and the least plain one. */
  readonly median: number;
  readonly worst?: Passage;
  /** Judged passages beyond the limit (over grade 8; below INFLESZ 55). */
  readonly beyondLimit: readonly Passage[];
  /** Each item's score: the formula over all its judged passages together, each its own sentences. */
  readonly items: Readonly<Record<string, number>>;
}

/** The readability of one topic text; undefined for a language no formula here covers. */
export function readabilityOf(topic: Topic): ReadabilityReport | undefined {
  const language = readabilityLanguage(topic.locale);
  if (!language) return undefined;
  const goal = READABILITY_GOALS[language];
  const passages = passagesOf(topic).sort(worstFirst(language));
  const judged = passages.filter((p) => !p.notJudged);
  const beyond = (p: Passage): boolean => (goal.plainerIsLower ? p.score > goal.limit : p.score < goal.limit);
  const byItem = new Map<string, string[]>();
  for (const p of judged) byItem.set(p.item, [...(byItem.get(p.item) ?? []), p.text]);
  const items = Object.fromEntries(
    [...byItem.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([item, texts]) => [item, scoreOfPassages(texts, language)]),
  );
  return {
    language,
    formula: goal.formula,
    passages,
    median: median(judged.map((p) => p.score)),
    worst: judged[0],
    beyondLimit: judged.filter(beyond),
    items,
  };
}

/**
 * The UI words' functions read with these arguments (a function's result is read like a string;
 * a pair, such as the header sentence around the source's title, is read with "…" for the title,
 * which is the source's words, not ours). A function not named here makes only short labels and
 * numbers ("Step 2 of 3") and is not read. `date` formats a date in the table's own language.
 */
const UI_SAMPLES: Readonly<Record<string, (date: (iso: string) => string) => readonly unknown[]>> = {
  aboutTopic: (date) => [{ curator: 'Limber', publisher: 'Hinge Health', published: date('2023-05-03'), checked: date('2026-12-07') }],
  emergencyLine: () => [undefined],
  expertsNote: () => ['Hinge Health', 2023, 'Limber'],
  translated: () => ['en', false],
  changedSinceReview: (date) => [date('2026-12-01')],
  reviewedBy: (date) => [['Alex Fixture, PT, DPT'], date('2027-01-10')],
  noVoice: () => ['English'],
};

/** Every passage of a table of UI words (or the guided mode's), scored in `language`; a table has no quotes. */
export function uiPassagesOf(table: object, language: ReadabilityLanguage): Passage[] {
  const date = (iso: string): string => {
    const format = (table as { date?: unknown }).date;
    return typeof format === 'function' ? String((format as (iso: string) => unknown)(iso)) : iso;
  };
  const passages: Passage[] = [];
  const read = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const text = plainWords(value, language);
      const words = wordsOf(text).length;
      if (words > 0)
        passages.push({
          path,
          item: 'ui',
          text,
          words,
          score: scoreOf(text, language),
          ...(words < MIN_JUDGED_WORDS ? { notJudged: 'short' } : {}),
        });
    } else if (typeof value === 'function') {
      const sample = UI_SAMPLES[path.split('.').at(-1) ?? ''];
      if (!sample) return;
      const result: unknown = (value as (...args: unknown[]) => unknown)(...sample(date));
      read(Array.isArray(result) ? result.join('…') : result, path);
    } else if (Array.isArray(value)) value.forEach((item: unknown, i) => read(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) read(item, path ? `${path}.${key}` : key);
  };
  read(table, '');
  return passages.sort(worstFirst(language));
}

/** UI passages beyond the language's limit, as `readability` problems. */
export function uiReadabilityProblems(table: object, language: ReadabilityLanguage, file: string): { rule: string; message: string }[] {
  const goal = READABILITY_GOALS[language];
  return uiPassagesOf(table, language)
    .filter((p) => !p.notJudged && (goal.plainerIsLower ? p.score > goal.limit : p.score < goal.limit))
    .map((p) => ({
      rule: 'readability',
      message: `${file} ${p.path} (${goal.plainerIsLower ? 'grade' : 'INFLESZ'} ${p.score}, limit ${goal.limit}): "${p.text.slice(0, 80)}"`,
    }));
}
