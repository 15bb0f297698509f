/**
 * What a schema says about its fields, read from the checks themselves: which are kept as they are
 * in a translation (ids, enumerations, URLs, dates, records), and whether a field is optional. The
 * pseudo-locales, the content check and the schema tests read these instead of keeping lists.
 */
import { ruleOf, type Check } from './check.js';

/**
 * The field names of `check`, at any depth, by what a translation does with them: `kept` (every
 * value under it stays as it is) or `translated` (prose, or holds some). A name is in one set only
 * when every field of that name is alike; the schema tests prove that of the topic, so a name
 * alone says which (the pseudo-locales and the content check look fields up by name).
 */
export function fieldsByWords(check: Check): { readonly kept: ReadonlySet<string>; readonly translated: ReadonlySet<string> } {
  const kept = new Set<string>();
  const translated = new Set<string>();
  const visit = (node: Check): void => {
    if (node.item) visit(node.item);
    node.options?.forEach(visit);
    for (const [key, rule] of Object.entries(node.fields ?? {})) {
      const field = ruleOf(rule);
      if (field.words === 'kept') kept.add(key);
      else {
        translated.add(key);
        visit(field);
      }
    }
  };
  visit(check);
  return { kept, translated };
}

/**
 * The field at `segments` (keys and list indexes) of a value `check` accepts, and whether it may
 * be left out; undefined where the schema has no such field. In a value of several shapes, the
 * first shape with that field answers.
 */
export function fieldAt(
  check: Check,
  segments: readonly (string | number)[],
): { readonly check: Check; readonly optional: boolean } | undefined {
  let here: { check: Check; optional: boolean } = { check, optional: false };
  for (const segment of segments) {
    const node: Check = here.check;
    if (typeof segment === 'number') {
      if (!node.item) return undefined;
      here = { check: node.item, optional: false };
      continue;
    }
    const holder = [node, ...(node.options ?? [])].find((shape) => shape.fields && Object.hasOwn(shape.fields, segment));
    const rule = holder?.fields?.[segment];
    if (!rule) return undefined;
    here = { check: ruleOf(rule), optional: typeof rule !== 'function' };
  }
  return here;
}
