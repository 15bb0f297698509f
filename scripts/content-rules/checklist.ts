/**
 * The red-flag checklist rule and the wider one-instruction rule (`rules.ts` runs both):
 *
 * - `checklist`: every entry of the topic's family checklist (`content/checklists/`) maps to exactly
 *   one care sign, at one level, or is excluded with a reason; every care sign maps to an entry; a
 *   sign at another level than its source's says why (`levelNote`).
 * - `one-instruction`: a passage outside the care advice that mentions a symptom whose instruction
 *   lives elsewhere (the checklist's `instructions`) points there instead of giving its own: to
 *   *When to get help* for care advice, to a treatment by its name for an evidence note. Read:
 *   the safety lines, the treatments, the tips and each exercise's stop-if list.
 */
import type { CareLevel, Topic } from '../../src/model/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import type { GuidedWords } from '../../src/i18n/guided/en.js';
import { primaryLanguage } from '../../src/locale/language.js';
import { isMapped, type RedFlagChecklist } from '../../content/checklists/checklist.js';
import { plainWords, readabilityLanguage } from './readability.js';
import type { RuleProblem } from './problem.js';

/** The checklist that names a topic, or the problem that none (or more than one) does. */
function familyOf(topic: Topic, checklists: readonly RedFlagChecklist[]): RedFlagChecklist | RuleProblem {
  const found = checklists.filter((checklist) => checklist.topics.includes(topic.id));
  if (found.length === 1 && found[0]) return found[0];
  return {
    rule: 'checklist',
    message:
      found.length === 0
        ? `no red-flag checklist in content/checklists/ names topic "${topic.id}"`
        : `topic "${topic.id}" is named by ${found.length} checklists (${found.map((c) => c.family).join(', ')}); a topic has one family`,
  };
}

/** Where each care sign's concept sits: its levels, once per sign. */
function signLevels(topic: Topic): Map<string, CareLevel[]> {
  const at = new Map<string, CareLevel[]>();
  for (const advice of topic.careAdvice)
    for (const sign of advice.signs) if (typeof sign !== 'string') at.set(sign.concept, [...(at.get(sign.concept) ?? []), advice.level]);
  return at;
}

/** The `checklist` rule over one topic text. */
export function checklistProblems(topic: Topic, checklists: readonly RedFlagChecklist[]): RuleProblem[] {
  if (topic.careAdvice.length === 0) return [];
  const family = familyOf(topic, checklists);
  if ('rule' in family) return [family];
  const problem = (message: string): RuleProblem => ({ rule: 'checklist', message: `${family.family}: ${message}` });
  const problems: RuleProblem[] = [];
  const at = signLevels(topic);
  const sources = new Set(family.sources.map((source) => source.id));
  const ids = new Set<string>();
  for (const advice of topic.careAdvice)
    for (const sign of advice.signs)
      if (typeof sign === 'string')
        problems.push(problem(`a ${advice.level} sign has no concept, so no checklist entry can map to it: "${sign.slice(0, 50)}"`));
  for (const entry of family.entries) {
    const name = `entry ${entry.id} (${entry.source}: "${entry.words.slice(0, 60)}")`;
    if (ids.has(entry.id)) problems.push(problem(`entry id ${entry.id} is used twice`));
    ids.add(entry.id);
    if (!sources.has(entry.source)) problems.push(problem(`${name} names a source the checklist does not list`));
    if (!isMapped(entry)) {
      if (!entry.excluded.trim()) problems.push(problem(`${name} is excluded without a reason`));
      continue;
    }
    const levels = at.get(entry.sign) ?? [];
    if (levels.length === 0) problems.push(problem(`${name} maps to no care sign: no sign has the concept "${entry.sign}"`));
    else if (levels.length > 1) problems.push(problem(`${name} maps to two care signs: "${entry.sign}" is at ${levels.join(' and ')}`));
    else if (levels[0] !== entry.sourceLevel && !entry.levelNote?.trim())
      problems.push(
        problem(`${name}: its source puts it at ${entry.sourceLevel}, the sign "${entry.sign}" is at ${levels[0]}; say why in levelNote`),
      );
  }
  const mapped = new Set(family.entries.filter(isMapped).map((entry) => entry.sign));
  for (const [concept, levels] of at)
    if (!mapped.has(concept)) problems.push(problem(`the ${levels.join(' and ')} sign "${concept}" maps to no checklist entry`));
  return problems;
}

/** The passages that give instructions outside the care advice, with their paths. */
function instructionPassages(topic: Topic): { path: string; text: string; treatment?: string }[] {
  return [
    ...topic.exercises.safety.map((text, i) => ({ path: `exercises.safety[${i}]`, text })),
    ...topic.treatments.items.flatMap((t, i) => [
      { path: `treatments.items[${i}].description`, text: t.description, treatment: t.id },
      ...(t.evidenceNote ? [{ path: `treatments.items[${i}].evidenceNote`, text: t.evidenceNote, treatment: t.id }] : []),
    ]),
    ...topic.tips.map((tip, i) => ({ path: `tips[${i}].body`, text: tip.body })),
    ...topic.exercises.items.flatMap((e, i) => e.stopIf.map((text, j) => ({ path: `exercises.items[${i}].stopIf[${j}]`, text }))),
  ];
}

/** The `one-instruction` rule over one topic text; `words` are the UI words of its locale. */
export function instructionProblems(topic: Topic, checklists: readonly RedFlagChecklist[], words: Messages | undefined): RuleProblem[] {
  if (topic.careAdvice.length === 0) return [];
  const family = familyOf(topic, checklists);
  if ('rule' in family) return [{ ...family, rule: 'one-instruction' }];
  const language = readabilityLanguage(topic.locale) ?? primaryLanguage(topic.locale);
  const problem = (message: string): RuleProblem => ({ rule: 'one-instruction', message });
  if (!words) return [problem(`the UI words of ${topic.locale} are not loaded, so "When to get help" cannot be found`)];
  const problems: RuleProblem[] = [];
  for (const instruction of family.instructions) {
    const patterns = instruction.mentions[language];
    if (!patterns) {
      problems.push(problem(`${family.family}: instruction "${instruction.id}" has no mention patterns for ${language}`));
      continue;
    }
    const home = 'care' in instruction.home ? undefined : instruction.home.treatment;
    const pointer = home === undefined ? words.whenToGetHelp : topic.treatments.items.find((t) => t.id === home)?.name;
    if (pointer === undefined) {
      problems.push(problem(`${family.family}: instruction "${instruction.id}" lives in treatment "${home ?? ''}", which the topic lacks`));
      continue;
    }
    for (const passage of instructionPassages(topic)) {
      if (home !== undefined && passage.treatment === home) continue;
      const plain = plainWords(passage.text, language === 'es' ? 'es' : 'en');
      if (!patterns.every((pattern) => pattern.test(plain)) || passage.text.includes(`*${pointer}*`)) continue;
      problems.push(
        problem(
          `${passage.path} speaks of ${instruction.what} without pointing to *${pointer}*, which gives its one instruction: "${plain.slice(0, 70)}"`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The guided mode says no stop rule of its own: a guided word that speaks of symptoms getting
 * worse introduces the card's own stop-if list (it ends with ":") or is the control that stops
 * and what it says after (`STOP_WORDS`).
 */
const WORSE: Readonly<Record<string, RegExp>> = { en: /\bworse\b/i, es: /\b(?:peor|empeor\w*)\b/i };
const STOP_WORDS: readonly string[] = ['worse', 'stoppedHeading', 'stopped'];

export function guidedInstructionProblems(code: string, table: GuidedWords): RuleProblem[] {
  const worse = WORSE[primaryLanguage(code)];
  if (!worse)
    return [{ rule: 'one-instruction', message: `no pattern for symptoms getting worse in ${code} (scripts/content-rules/checklist.ts)` }];
  return Object.entries(table)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .filter(([key, text]) => worse.test(text) && !text.trimEnd().endsWith(':') && !STOP_WORDS.includes(key))
    .map(([key, text]) => ({
      rule: 'one-instruction',
      message: `guided word ${key} gives a stop rule of its own; show the card's stop-if list instead: "${text.slice(0, 100)}"`,
    }));
}
