/**
 * Parts as sentences, each ended by one full stop, the parts that are missing left out:
 * `["Nurse line", "Open 24 hours."]` → "Nurse line. Open 24 hours." The same in every language
 * Limber has; a care option's details line is written with it (and, from the same words, by the
 * embed builder and the WordPress plugin).
 */
export function sentences(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== '')
    .map((part) => `${part.trim().replace(/[.\s]+$/, '')}.`)
    .join(' ');
}
