/**
 * Fields of the content model that are not prose: ids, enumerations, URLs, dates, reference
 * metadata. A translation keeps them as they are (`check:content` compares them), and the
 * pseudo-locales leave them alone. Not part of `model.ts`: only those two need it (in its own
 * file, it stays out of the bundles' shared code).
 */
export const NOT_PROSE: ReadonlySet<string> = new Set([
  'id',
  'personId',
  'locale',
  'kind',
  'level',
  'goal',
  'roles',
  'concept',
  'provenance',
  'references',
  'quoted',
  'dates',
  'per',
  'support',
  'view',
  'src',
  'url',
  'URL',
  'DOI',
  'video',
  'poster',
  'srclang',
  'type',
  'issued',
  'accessed',
  'author',
  'translation',
  'edition',
  'original-date',
  'language',
  'review',
  'released',
]);
