/**
 * A module fetched on first need and then held for the page: `[load, held]`, where `load()`
 * fetches what `fetch` resolves to (once) and `held()` is it once there.
 */
export function fetchedOnce<T>(fetch: () => Promise<T>): readonly [load: () => Promise<void>, held: () => T | undefined] {
  let value: T | undefined;
  let loading: Promise<void> | undefined;
  return [() => (loading ??= fetch().then((fetched) => void (value = fetched))), () => value];
}
