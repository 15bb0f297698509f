import { html, type TemplateResult } from 'lit';
import type { Provenance, Reference, Topic } from '../model/index.js';
import { shortReferenceLabel } from '../content/references.js';
import type { Messages } from '../i18n/messages.js';

/** Who adapted a topic and added to it: the topic's `curator`, else Limber. */
export function curatorOf(topic: Topic): string {
  return topic.curator ?? 'Limber';
}

/**
 * The name a reader knows a source by: the site or organisation for a web page or report
 * ("NHS inform", "Mayo Clinic"), "Ellis et al. (2012)" for a study.
 */
export function sourceName(reference: Reference): string {
  if (reference.type === 'article-journal' || reference.type === 'chapter') return shortReferenceLabel(reference);
  const [first] = reference.author ?? [];
  const organisation = first && 'literal' in first ? first.literal : undefined;
  return reference['container-title'] ?? organisation ?? reference.publisher ?? reference.title;
}

/**
 * The language the source article and its references were published in: the one a translated
 * topic was translated from, else the topic's own.
 */
export function sourceLang(topic: Topic): string {
  return topic.translation?.from ?? topic.locale;
}

/** The year of the source article, from its published date. */
export function sourceYear(topic: Topic): string {
  return topic.dates.published.slice(0, 4);
}

/**
 * Where an item's words come from, in words: "From the Hinge Health article (2023)" or "Added by
 * Limber from NHS inform and Mayo Clinic" (each source named once, in order); for a topic with no
 * source article, its own words are "Written by Limber from the sources it names".
 */
export function provenanceLabel(m: Messages, topic: Topic, provenance: Provenance, sources: readonly Reference[] = []): string {
  if (provenance === 'source-article') {
    return topic.source ? m.fromSource(topic.source.publisher, sourceYear(topic)) : m.writtenBy(curatorOf(topic));
  }
  return m.addedFrom(curatorOf(topic), [...new Set(sources.map(sourceName))]);
}

/** The provenance line: plain text with a `part`, read once where a section or item starts. */
export function renderProvenance(label: string): TemplateResult {
  return html`<p class="provenance" part="provenance">${label}</p>`;
}
