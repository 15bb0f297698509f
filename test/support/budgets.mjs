// The ceiling for one measured file, from scripts/budgets.json: its own entry in `gzip`, else the
// entry in `kinds` whose pattern (`*` standing for any name) matches it, so a new element or
// language is held to its kind's ceiling without an edit.

/** `element:*` → /^element:.+$/ */
const pattern = (kind) => new RegExp(`^${kind.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);

/** `{ budget, by }` for `key` (`by`: the key or kind it came from), or undefined when none applies. */
export function budgetOf(budgets, key) {
  if (budgets.gzip[key] !== undefined) return { budget: budgets.gzip[key], by: key };
  const kind = Object.keys(budgets.kinds ?? {}).find((k) => pattern(k).test(key));
  return kind ? { budget: budgets.kinds[kind], by: kind } : undefined;
}
