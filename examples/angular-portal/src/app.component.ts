import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'limber-elements/exercise-card.js';
import 'limber-elements/article.js';
// The article uses a built-in topic id: registered up front, it renders in one pass.
import 'limber-elements/built-in-content.js';
import type { CtaClickDetail, Exercise } from 'limber-elements';

/** An Angular portal: binds a host-supplied exercise to `[data]` and listens to `(limber-cta-click)`. */
@Component({
  selector: 'app-root',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>Acme Benefits</h1>
    <limber-exercise-card [data]="exercise" heading-level="2"></limber-exercise-card>
    <limber-article
      topic="pinched-nerve-low-back"
      cta-href="/benefits/coverage"
      heading-level="2"
      (limber-cta-click)="onCta($event)"
    ></limber-article>
    <output id="cta-detail">{{ detail() }}</output>
  `,
})
export class AppComponent {
  readonly exercise: Exercise = {
    id: 'acme-shoulder-roll',
    name: 'Shoulder rolls at your desk',
    goal: 'flexibility',
    startingPosition: 'Sit tall with your arms relaxed by your sides.',
    steps: ['Roll your shoulders slowly backwards.', 'Then roll them forwards.'],
    dosage: { reps: 5, frequency: { times: 2, per: 'day' } },
    stopIf: ['it hurts'],
    references: ['nhs-inform-back-exercises'],
  };
  readonly detail = signal('');

  onCta(event: Event): void {
    const { detail } = event as CustomEvent<CtaClickDetail>;
    event.preventDefault(); // route inside the portal instead of navigating
    this.detail.set(JSON.stringify(detail));
  }
}
