import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/components/exercise-card/define.js';
import '../src/components/exercise-list/define.js';
import { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { defineElement } from '../src/element/define.js';
import { captureWarnings } from './support/warnings.js';

describe('defineElement', () => {
  it('registers the per-element entry once, and the typed tag map knows it', () => {
    const el: LimberExerciseCard = document.createElement('limber-exercise-card');
    expect(el).to.be.instanceOf(LimberExerciseCard);
  });

  it('keeps the first definition when another copy registers the same tag, warning once', () => {
    const warnings = captureWarnings();
    try {
      class OtherCopy extends LitElement {}
      expect(() => defineElement('limber-exercise-card', OtherCopy)).not.to.throw();
      expect(() => defineElement('limber-exercise-card', OtherCopy)).not.to.throw();
      defineElement('limber-exercise-card', LimberExerciseCard);
      expect(() => defineElement('limber-exercise-list', OtherCopy)).not.to.throw();
      expect(customElements.get('limber-exercise-list')).not.to.equal(OtherCopy);
      expect(customElements.get('limber-exercise-card')).to.equal(LimberExerciseCard);
      expect(warnings.messages).to.deep.equal([
        '<limber-exercise-card>: already defined by another copy of Limber; keeping the first definitions (further duplicates of this copy are not reported)',
      ]);
    } finally {
      warnings.restore();
    }
  });
});
