/** The settings' enumerations: what a host may choose, each an `as const` list beside its union type. */

/**
 * `development` shows an accessible notice where content is bad; `production` shows nothing.
 * Both always warn in the console.
 */
export const LIMBER_MODES = ['development', 'production'] as const;
export type LimberMode = (typeof LIMBER_MODES)[number];

/**
 * Regions whose numbers to call Limber knows, each checked on an official page (the topic's
 * `SOURCES.md`, *Regions*): `us` United States, `uk` United Kingdom, `ca` Canada, `au` Australia,
 * `nz` New Zealand. Each language's words for them are a `Record<Region, …>` in `src/i18n/`, so a
 * region added here is a compile error until every language says its numbers.
 */
export const REGIONS = ['us', 'uk', 'ca', 'au', 'nz'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * What a host can require of the content before it is shown: `clinical`, a valid clinical
 * sign-off on each item (the emergency care level always shows, with its status).
 */
export const REVIEW_REQUIREMENTS = ['clinical'] as const;
export type ReviewRequirement = (typeof REVIEW_REQUIREMENTS)[number];
