import { languageName } from '../locale/language.js';
import type { Messages } from './messages.js';
import type { Region } from '../model/settings.js';

/** Spanish month names, lower case as Spanish writes them. */
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** `2023-05-03` as "3 de mayo de 2023". */
function formatSpanishDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return name && day && year ? `${day} de ${name} de ${year}` : iso;
}

/** "A", "A y B", "A, B y C". */
function listInSpanish(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items.at(-1) ?? ''}`;
}

/** Each region's numbers in Spanish (see English's tables): "Llame al 911", "vaya a …", "o llame …". */
const NUMBERS: Readonly<Record<Region, string>> = { us: 'al 911', uk: 'al 999', ca: 'al 911', au: 'al 000 (triple cero)', nz: 'al 111' };
const PLACES: Readonly<Record<Region, string>> = {
  us: 'la sala de emergencias',
  uk: 'urgencias del hospital (A&E)',
  ca: 'urgencias del hospital',
  au: 'urgencias del hospital más cercano',
  nz: 'urgencias del hospital más cercano',
};
const URGENT: Readonly<Record<Region, string>> = {
  us: 'busque atención médica urgente',
  uk: 'llame al NHS 111',
  ca: 'llame a la línea de salud de su provincia (el 811 en la mayoría)',
  au: 'llame a healthdirect al 1800 022 222',
  nz: 'llame a Healthline al 0800 611 116',
};

/**
 * The UI words in Spanish, addressing the reader as *usted*, as Kaiser Permanente's Spanish
 * health encyclopedia (Healthwise) does. Fetched the first time an element renders in Spanish.
 */
export const messages: Messages = {
  goal: 'Objetivo',
  goals: { 'nerve-mobility': 'Movilidad del nervio', mobility: 'Movilidad', flexibility: 'Flexibilidad', strength: 'Fuerza' },
  startingPosition: 'Posición inicial',
  steps: 'Pasos',
  dosage: 'Cuánto hacer',
  reps: 'Repeticiones',
  sets: 'Series',
  hold: 'Mantener',
  howOften: 'Con qué frecuencia',
  noDose:
    'La fuente de este ejercicio no dice cuánto tiempo mantenerlo ni cuántas veces hacerlo. Pregunte a un médico o a un fisioterapeuta cuánto hacer. Si no puede preguntar, elija un ejercicio que sí diga cuánto.',
  doseSource: 'Esta dosis es la que indica la fuente de este ejercicio.',
  rest: 'Descanso entre series',
  figureStart: 'Inicio',
  figureStep: (step) => `Paso ${step}`,
  playMovement: 'Ver el movimiento',
  startGuided: 'Empezar el ejercicio guiado',
  remindMe: 'Añadir recordatorios a mi calendario',
  doneToday: (done, of) => (of === undefined ? `Hoy: ${done === 1 ? 'una vez' : `${done} veces`}` : `Hoy: ${done} de ${of} veces`),
  forgetProgress: 'Borrar mi progreso',
  printedFrom: (url) => `Impreso desde ${url}`,
  stopIf: 'Deténgase y pida consejo si',
  warningPrefix: 'Advertencia: ',
  video: 'Video',
  videoDescription: 'Qué muestra el video',
  sources: 'Fuentes',
  source: (n) => `Fuente ${n}`,
  exercises: 'Ejercicios',
  problem: 'Problema con el contenido',
  problemIn: 'en',
  times: (n) => (n === 1 ? 'una vez' : `${n} veces`),
  upTo: (times) => `Hasta ${times}`,
  setsCount: (n) => (n === 1 ? '1 serie' : `${n} series`),
  seconds: (hold) =>
    typeof hold === 'number' ? `${hold} ${hold === 1 ? 'segundo' : 'segundos'}` : `de ${hold.min} a ${hold.max} segundos`,
  frequency: ({ times, per }) => {
    const count = times === 1 ? 'Una vez' : times === 2 ? 'Dos veces' : `${times} veces`;
    return `${count} ${per === 'day' ? 'al día' : 'a la semana'}`;
  },
  references: 'Referencias',
  reference: (n) => `Referencia ${n}`,
  backToText: 'Volver al texto',
  tipKinds: { tip: 'Consejo', note: 'Nota', warning: 'Advertencia' },
  careLevels: { 'non-urgent': 'No urgente', urgent: 'Urgente', emergency: 'Emergencia' },
  emergencyNumber: (region) => (region ? NUMBERS[region] : 'al número de emergencias de su zona'),
  urgentHelp: (region) => (region ? URGENT[region] : 'busque atención médica urgente'),
  emergencyPlace: (region) => (region ? PLACES[region] : 'la sala de emergencias más cercana'),
  emergencyLine: (region) => `¿Tiene algún signo de emergencia? Llame ${messages.emergencyNumber(region)} ahora.`,
  // Said of the part a person played, not of the person, so the words fit anyone.
  roles: {
    author: 'Autoría del artículo',
    expert: 'Persona experta citada en el artículo',
    'medical-reviewer': 'Revisión médica del artículo',
    'clinical-reviewer': 'Revisión clínica del artículo',
  },
  experts: 'Expertos que nombra el artículo original',
  disclaimers: {
    article: 'Aviso',
    video: 'Sobre los videos de ejercicios del artículo original',
    medicine: 'Sobre los medicamentos',
    exercise: 'Sobre estos ejercicios',
  },
  dismissDisclaimer: 'Cerrar',
  topicIndex: {
    heading: 'Temas de salud de la A a la Z',
    filter: 'Buscar un tema',
    alsoCalled: 'También llamado',
    count: (shown, all) =>
      shown === all
        ? `${all} ${all === 1 ? 'tema' : 'temas'}`
        : shown === 0
          ? 'Ningún tema coincide'
          : `${shown} de ${all} temas coinciden`,
  },
  contentUpdated: (summary) => `Este contenido se acaba de actualizar. ${summary}`,
  evidenceNote: 'Nota sobre la evidencia',
  contents: 'Contenido',
  published: 'Publicación del artículo original',
  released: 'Primera publicación aquí',
  sourcesChecked: 'Contenido añadido, comprobado con sus fuentes',
  sourcesLastChecked: 'Fuentes comprobadas por última vez',
  updated: 'Actualizado',
  lastReviewed: 'Última revisión',
  nextReview: 'Próxima revisión',
  reviewScopes: { 'sources-checked': 'sin revisión clínica', clinical: 'revisado por un profesional clínico' },
  reviewDue: 'Pendiente de revisión desde el',
  reviewDueNote: 'Puede que parte de la información esté desactualizada.',
  fromSource: (publisher, year) => `Del artículo de ${publisher} (${year})`,
  addedFrom: (curator, sources) => `Añadido por ${curator}${sources.length > 0 ? ` a partir de ${listInSpanish(sources)}` : ''}`,
  aboutTopic: ({ curator, publisher, published, checked }) => [
    `${curator} basó esta página en un artículo de ${publisher}, «`,
    `» (${published}). ${curator} añadió ejercicios, consejos y notas de fuentes públicas${checked ? `, comprobadas el ${checked}` : ''}. Cada parte dice de dónde viene.`,
  ],
  writtenBy: (curator) => `Escrito por ${curator} a partir de las fuentes que cita`,
  aboutOwnTopic: (curator) => `${curator} escribió esta página a partir de fuentes públicas. Cada parte cita sus fuentes.`,
  recommendationLabel: 'Recomendación',
  recommendations: {
    strong: 'Una guía para médicos lo recomienda con fuerza.',
    conditional: 'Una guía para médicos dice que puede ayudar a algunas personas. Háblelo con su médico.',
  },
  translated: (from, reviewed) =>
    `Traducido del ${languageName(from, 'es')}; ${reviewed ? 'un profesional clínico ha revisado la traducción' : 'traducción pendiente de revisión clínica'}.`,
  translatedQuote: 'Cita traducida',
  editionQuote: 'de la edición en español del artículo original',
  reviewedBy: (reviewers, date) => `Revisado por ${listInSpanish(reviewers)} el ${date}.`,
  changedSinceReview: (date) =>
    `Cambió después de que un profesional clínico lo revisara el ${date}. No ha tenido revisión clínica desde entonces.`,
  reviewRequired: {
    exercise: 'Este ejercicio no se muestra aquí: aún no lo ha revisado un profesional clínico.',
    care: 'Este consejo no se muestra aquí: aún no lo ha revisado un profesional clínico.',
    treatment: 'Este tratamiento no se muestra aquí: aún no lo ha revisado un profesional clínico.',
    tip: 'Este consejo no se muestra aquí: aún no lo ha revisado un profesional clínico.',
    causes: 'Esta sección no se muestra aquí: aún no la ha revisado un profesional clínico.',
  },
  emergencyAlwaysShown:
    'Ningún profesional clínico ha revisado todavía este consejo. Se muestra de todos modos, porque los signos de emergencia nunca se ocultan.',
  careOptionsFrom: 'Su plan de salud o su empleador también le ofrece esta atención. No viene de las fuentes de esta página.',
  careOptionKinds: {
    'nurse-line': 'Línea de enfermería',
    telehealth: 'Consulta por video o por teléfono',
    'physical-therapy': 'Fisioterapia',
    clinic: 'Clínica',
    other: 'Otra atención',
  },
  careOptionLanguages: (languages) => `Idiomas: ${languages}`,
  originalWords: 'Palabras originales',
  expertsNote: (publisher, year, curator) =>
    `Estos expertos aparecen en el artículo de ${publisher} (${year}). Participaron solo en ese artículo; no han revisado lo que añadió ${curator}.`,
  whenToGetHelp: 'Cuándo pedir ayuda',
  whenToSeeDoctor: 'Cuándo ir al médico',
  beforeYouStart: 'Antes de empezar',
  date: formatSpanishDate,
  // APA 7 in Spanish: "s.f.", "Recuperado el … de", "y" before the last author, "En".
  apa: {
    noDate: 's.f.',
    issued: (year, month, day) =>
      month === undefined ? `${year}` : `${year}, ${day === undefined ? '' : `${day} de `}${MONTHS[month - 1]}`,
    retrieved: (year, month, day) =>
      `Recuperado ${month === undefined ? `en ${year}` : `el ${day === undefined ? '' : `${day} de `}${MONTHS[month - 1]} de ${year}`} de `,
    beforeLast: ' y ',
    in: 'En',
    originalPublished: (year) => `Obra original publicada en ${year}`,
  },
  readerNotes: {
    'older-address': 'Limber leyó esta página en una dirección anterior del mismo sitio.',
    'earlier-copy': 'Limber leyó una copia anterior de esta página en el servidor de quien la publica.',
    'licensed-copy': 'Limber leyó una copia que quien la publica autorizó en otro sitio.',
    'not-read': 'El artículo original cita esta fuente. Limber no la pudo encontrar para leerla.',
    'details-unverified': 'Limber no pudo comprobar algunos datos de esta referencia, como el número o el DOI.',
  },
};
