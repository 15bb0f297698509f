// The page's own script: it listens to Limber's events as a host's analytics would, and keeps
// the call to action from leaving the page (so the checks can read the event).
window.limberEvents = [];
for (const type of [
  'limber-cta-click',
  'limber-disclaimer-dismiss',
  'limber-problem-found',
  'limber-exercise-start',
  'limber-exercise-complete',
  'limber-content-update',
]) {
  document.addEventListener(type, (event) => {
    window.limberEvents.push({ type, detail: event.detail });
    if (type === 'limber-cta-click') event.preventDefault();
  });
}
