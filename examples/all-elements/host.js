// Sets the rich data a host passes as properties: a captioned video exercise and an expert photo.
await customElements.whenDefined('limber-exercise-card');
document.querySelector('#video-card').data = {
  id: 'host-wall-slide',
  name: 'Wall slide',
  goal: 'strength',
  startingPosition: 'Stand against a wall.',
  steps: ['Slide down a little.', 'Slide back up.'],
  dosage: { reps: 8 },
  stopIf: ['your knees hurt'],
  media: {
    video: '/stories/assets/wall-slide.mp4',
    poster: '/stories/assets/wall-slide-poster.svg',
    captions: { src: '/stories/assets/wall-slide.en.vtt', srclang: 'en', label: 'English' },
    description: 'A person slides down a wall and back up.',
  },
  references: ['nhs-inform-back-exercises'],
};
document.querySelector('#photo-expert').data = {
  id: 'host-physio',
  name: 'Sam Rivera',
  credentials: 'PT',
  jobTitle: 'Physical Therapist',
  roles: ['author'],
  bio: 'A sample expert.',
  photo: { src: '/stories/assets/expert-photo.svg', alt: 'Illustrated placeholder portrait' },
};
