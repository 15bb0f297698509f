import { useState } from 'react';
import { LimberArticle, LimberExerciseCard, type JSX as LimberJSX } from 'limber-elements/react';
// The article below uses a built-in topic id: register the built-in content up front so it
// renders in one pass (without this it is fetched on first use).
import 'limber-elements/built-in-content.js';
import type { CtaClickDetail, Exercise } from 'limber-elements';

/** An exercise the portal owns (from its own API), passed to Limber as data. */
const portalExercise: Exercise = {
  id: 'acme-desk-stretch',
  name: 'Desk break stretch',
  goal: 'flexibility',
  startingPosition: 'Sit tall at your desk with both feet on the floor.',
  steps: ['Reach both arms up slowly.', 'Lower them and relax your shoulders.'],
  dosage: { reps: 5, frequency: { times: 3, per: 'day' } },
  stopIf: ['it hurts'],
  references: ['nhs-inform-back-exercises'],
};

// The bare-tag props come from Limber's JSX typing (used here to keep the check honest).
const tipProps: LimberJSX['limber-tip'] = { tip: 'pre-treat-with-heat', 'heading-level': 2 };

export function App() {
  const [clicked, setClicked] = useState<CtaClickDetail | null>(null);
  return (
    <main className="portal">
      <h1>Acme Benefits</h1>
      <LimberExerciseCard data={portalExercise} headingLevel={2} />
      <limber-tip {...tipProps} />
      <LimberArticle
        topic="pinched-nerve-low-back"
        ctaHref="/benefits/coverage"
        headingLevel={2}
        onLimberCtaClick={(event) => {
          event.preventDefault(); // route inside the portal instead of navigating
          setClicked(event.detail);
        }}
      />
      <output id="cta-detail">{clicked ? JSON.stringify(clicked) : ''}</output>
    </main>
  );
}
