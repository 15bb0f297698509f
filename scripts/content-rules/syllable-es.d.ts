/** Types for `syllable-es` (it ships none): the number of syllables in Spanish words. */
declare module 'syllable-es' {
  export default function syllables(words: string | readonly string[]): number;
}
