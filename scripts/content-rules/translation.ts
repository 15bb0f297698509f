/**
 * Translation rules for `npm run check -- content`: a translated topic has the same ids, structure,
 * numbers and references as the text it was translated from; no prose field is left in the source
 * language; each quote keeps the source's words as `original`. And every UI message table has the
 * keys of the English one, each translated. Test fixtures in test/node break each rule once.
 */
import type { Topic } from '../../src/model/index.js';
import { fieldsByWords } from '../../src/content/validation/fields.js';
import { topicSchemas } from '../../src/content/validation/topic-schemas.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { RuleProblem } from './problem.js';

/**
 * Prose that may stay as it is in a translation: people's names and credentials, the source's
 * publisher and title (cited as published), the references (titles keep their language).
 */
const MAY_STAY = [/^people\[\d+\]\.(name|credentials)$/, /^source\.(publisher|title|url)$/, /^references(\[|$)/];

/** Compares a translation with its source, field by field. */
export function checkTranslation(source: Topic, translation: Topic): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { kept } = fieldsByWords(topicSchemas().topic);
  const structure = (message: string): void => void problems.push({ rule: 'translation-structure', message });
  // `fixed`: under a field the schema keeps as it is (ids, enumerations, URLs, dates, numbers).
  const walk = (a: unknown, b: unknown, path: string, fixed: boolean): void => {
    if (path === 'translation' || path === 'locale' || path === 'references') return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) structure(`${path} has ${b.length} items; the ${source.locale} text has ${a.length}`);
      a.slice(0, b.length).forEach((item: unknown, i) => walk(item, b[i], `${path}[${i}]`, fixed));
      return;
    }
    if (isObject(a) && isObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const k of keys) {
        // A translation's own: where a quote comes from the publisher's edition in its language.
        if (k === 'translation' || k === 'original' || k === 'edition') continue;
        if (!(k in b)) structure(`${join(path, k)} is missing`);
        else if (!(k in a)) structure(`${join(path, k)} is not in the ${source.locale} text`);
        else walk(a[k], b[k], join(path, k), fixed || kept.has(k));
      }
      if ('personId' in a && typeof a['text'] === 'string' && b['original'] !== a['text']) {
        problems.push({
          rule: 'translation-quote',
          message: `${path}: a translated quote must keep the ${source.locale} words as "original"`,
        });
      }
      return;
    }
    if (typeof a !== typeof b) return structure(`${path} is a ${typeof b}; the ${source.locale} text has a ${typeof a}`);
    if ((fixed || typeof a !== 'string') && a !== b)
      structure(`${path} is ${JSON.stringify(b)}; the ${source.locale} text has ${JSON.stringify(a)}`);
    if (!fixed && typeof a === 'string' && a === b && !MAY_STAY.some((allowed) => allowed.test(path))) {
      problems.push({ rule: 'translation-untranslated', message: `${path} is still in the source language: ${JSON.stringify(b)}` });
    }
  };
  walk(source, translation, '', false);
  // References: the source's, each the same; a translation may add its own (the publisher's edition
  // in its language), which it must cite like any added reference.
  for (const reference of source.references) {
    const same = translation.references.find((r) => r.id === reference.id);
    if (!same) structure(`references: "${reference.id}" is missing`);
    else if (JSON.stringify(same) !== JSON.stringify(reference))
      structure(`references: "${reference.id}" differs from the ${source.locale} text's`);
  }
  if (translation.translation?.from !== source.locale) {
    problems.push({ rule: 'translation-structure', message: `translation.from must name ${source.locale}` });
  }
  return problems;
}

/** UI words that are the same in some languages ("Video" in Spanish). */
const SAME_WORDS = new Set(['video']);

/** Compares a UI message table with the English one: every key present and translated. */
export function checkMessages<T extends object = Messages>(locale: string, english: T, table: T): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'function' || typeof a !== 'object' || a === null) {
      if (typeof b !== typeof a)
        problems.push({ rule: 'messages-complete', message: `${locale}: ${path} is missing or not a ${typeof a}` });
      else if (typeof b === 'string' && b.trim() === '')
        problems.push({ rule: 'messages-complete', message: `${locale}: ${path} is empty` });
      else if (typeof a === 'string' && a === b && !SAME_WORDS.has(path)) {
        problems.push({ rule: 'messages-translated', message: `${locale}: ${path} is still English: ${JSON.stringify(b)}` });
      }
      return;
    }
    for (const [k, v] of Object.entries(a)) walk(v, isObject(b) ? b[k] : undefined, path ? `${path}.${k}` : k);
  };
  walk(english, table, '');
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
