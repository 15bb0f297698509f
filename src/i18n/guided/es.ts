import { minutes, type GuidedWords } from './en.js';

/** The guided mode's words in Spanish. */
export const words: GuidedWords = {
  heading: 'Ejercicio guiado',
  stepOf: (step, steps) => `Paso ${step} de ${steps}`,
  repOf: (rep, reps) => `Repetición ${rep} de ${reps}`,
  setOf: (set, sets) => `Serie ${set} de ${sets}`,
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
  cues: 'Avisos',
  sound: 'Sonido en cada cambio',
  vibrate: 'Vibración en cada cambio',
  getReady: 'Póngase en la posición inicial.',
  nextSet: (set, sets) => `Prepárese para la serie ${set} de ${sets}.`,
  startsIn: (s) => `Empieza en ${s} s`,
  nextIn: (s) => `Siguiente paso en ${s} s`,
  pace: 'Ritmo',
  paceHandsFree: 'Sin manos: avanza solo',
  paceSlow: 'Sin manos, más despacio',
  pacePress: 'Avanzar cuando yo pulse',
  speak: 'Leer los pasos en voz alta',
  noVoice: (language) =>
    `Este dispositivo no tiene una voz en ${language}, así que no se lee nada en voz alta. El sonido y la vibración siguen funcionando.`,
  speechFailed: 'La lectura en voz alta dejó de funcionar. La pantalla, el sonido y la vibración le siguen guiando.',
  worse: 'Esto lo empeora',
  checkIn: '¿Empeoraron sus síntomas? Pare y pulse «Esto lo empeora» si:',
  stoppedHeading: 'Detenido: este ejercicio lo empeoró',
  stopped: 'Usted indicó que este ejercicio empeora sus síntomas, así que se detuvo aquí. No siga con él.',
};
