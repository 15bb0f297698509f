/**
 * The article's sections, in the order it shows them (and lists them in its contents): when to get
 * help comes first, emergency card first, so no reader reaches an exercise before the emergency
 * signs and the number to call. `npm run check -- content` holds this order to that rule.
 */
export const ARTICLE_SECTIONS = ['care', 'causes', 'exercises', 'treatments', 'tips', 'cta', 'experts', 'references'] as const;

export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];
