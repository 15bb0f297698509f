import type { TemplateResult } from 'lit';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The default heading level of an element's top heading. */
export const DEFAULT_HEADING_LEVEL = 3;

/** A heading level is an integer from 1 to 6. */
export function isHeadingLevel(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6;
}

/** Reads `heading-level` as a number; anything unreadable becomes NaN and is reported. */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): number | undefined =>
    value === null ? undefined : value.trim() === '' ? Number.NaN : Number(value),
  toAttribute: (value: number | undefined): string | null => (value === undefined ? null : String(value)),
};

/** The level for a heading `depth` steps below `level`, never deeper than 6. */
export function subLevel(level: number, depth = 1): number {
  return Math.min(6, level + depth);
}

/**
 * Renders a real `<h1>`...`<h6>` (not `role="heading"`), so the document outline and every
 * screen reader's heading navigation see it.
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; className?: string } = {},
): TemplateResult {
  const { id, part, className } = options;
  const h = headingTag(level);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tags are lit/static-html literals, not bindings */
  // A plain heading (most of them) binds only its content: no attribute parts for Lit to keep.
  if (id === undefined && part === undefined && className === undefined) return html`<${h}>${content}</${h}>`;
  return html`<${h} id=${ifDefined(id)} part=${part ?? ''} class=${className ?? ''}>${content}</${h}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The heading tag for `level`, for a template written with `lit/static-html.js`: the heading is
 * then part of that template (one template per level used), not a template of its own inside it.
 */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(6, Math.max(1, level)) - 1] as StaticValue;
}
