import { minutes, type GuidedWords } from './en.js';

/** The guided mode's words in Spanish. */
export const words: GuidedWords = {
  heading: 'Ejercicio guiado',
  stepOf: (step, steps) => `Paso ${step} de ${steps}`,
  repOf: (rep, reps) => `Repetición ${rep} de ${reps}`,
  setOf: (set, sets) => `Serie ${set} de ${sets}`,
  noCount:
    'Su fuente no indica cuánto hacer, así que no se cuenta ni se cronometra nada. Haga los pasos a su ritmo y pare si sus síntomas empeoran.',
  holdFor: (s) => `Mantenga ${s === 1 ? '1 segundo' : `${s} segundos`}`,
  holdDone: 'Ya puede soltar. Relájese.',
  restFor: (s) => `Descanse ${s} segundos`,
  restDone: 'Fin del descanso.',
  repDone: (rep, reps) => `Repetición ${rep} de ${reps} hecha.`,
  setDone: (set, sets) => `Serie ${set} de ${sets} hecha.`,
  left: (s) => `quedan ${s} s`,
  complete: 'Ejercicio terminado. Muy bien.',
  summary: (reps, sets, seconds) =>
    [
      reps === null ? '' : `${reps} ${reps === 1 ? 'repetición' : 'repeticiones'}`,
      sets === null ? '' : `${sets} ${sets === 1 ? 'serie' : 'series'}`,
      minutes(seconds, 'min', 's'),
    ]
      .filter(Boolean)
      .join(', '),
  startHold: 'Empezar a mantener',
  next: 'Siguiente paso',
  finish: 'Terminar',
  back: 'Atrás',
  pause: 'Pausa',
  resume: 'Seguir',
  paused: 'En pausa.',
  stop: 'Detener',
  close: 'Cerrar',
  cues: 'Avisos al final de cada mantenimiento o descanso',
  sound: 'Sonido',
  vibrate: 'Vibración',
};
