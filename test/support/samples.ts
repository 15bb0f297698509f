/**
 * Each Limber element as a page typically shows it, for the tests that go through every element
 * (what a screen reader says, the tab order). test/spoken.test.ts checks that every element of
 * src/elements.json but the provider (which shows nothing of its own) has one.
 */
import { html, type TemplateResult } from 'lit';
import { TOPIC } from './lists.js';

export const SAMPLES: Readonly<Record<string, TemplateResult>> = {
  'limber-article': html`<limber-article topic=${TOPIC} cta-href="https://example.org/coverage"></limber-article>`,
  'limber-exercise-card': html`<limber-exercise-card exercise="knee-to-chest"></limber-exercise-card>`,
  'limber-exercise-list': html`<limber-exercise-list topic=${TOPIC}></limber-exercise-list>`,
  'limber-causes': html`<limber-causes topic=${TOPIC}></limber-causes>`,
  'limber-treatment-list': html`<limber-treatment-list topic=${TOPIC}></limber-treatment-list>`,
  'limber-tip': html`<limber-tip tip="pre-treat-with-heat"></limber-tip>`,
  'limber-care-card': html`<limber-care-card level="emergency" region="us"></limber-care-card>`,
  'limber-expert-card': html`<limber-expert-card person="cj-morrow"></limber-expert-card>`,
  'limber-expert-list': html`<limber-expert-list topic=${TOPIC}></limber-expert-list>`,
  'limber-disclaimer': html`<limber-disclaimer kind="exercise" dismissible></limber-disclaimer>`,
  'limber-cta': html`<limber-cta topic=${TOPIC} href="https://example.org/coverage"></limber-cta>`,
  'limber-citations': html`<limber-citations topic=${TOPIC}></limber-citations>`,
  'limber-cite': html`<p>Scans often show disc changes in people with no symptoms<limber-cite ref="romeo-2019-spine"></limber-cite>.</p>
    <limber-citations topic=${TOPIC}></limber-citations>`,
  'limber-topic-index': html`<limber-topic-index href-template="/health/{topic}"></limber-topic-index>`,
};
