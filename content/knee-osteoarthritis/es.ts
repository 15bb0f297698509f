import type { Topic } from '../../src/model/index.js';
import { reviewRecord } from '../reviewers.js';
import { changes } from './changes.js';
import { exercises } from './exercises.es.js';
import { references } from './references.js';
import { signOffs } from './sign-offs.js';

/**
 * "Artrosis de rodilla": `en.ts` translated into Spanish by Limber contributors, with the same
 * ids, structure, doses and references, addressing the reader as *usted* as the first topic does.
 * Medical terms are in `GLOSSARY.es.md`. No clinician has reviewed the translation, and the article
 * says so. The references stay in the language they were published in.
 */
export const kneeOsteoarthritisEs = {
  id: 'knee-osteoarthritis',
  locale: 'es',
  translation: { from: 'en', by: 'Limber contributors', date: '2026-12-07', clinicallyReviewed: false },
  condition: { name: 'artrosis de rodilla', alternateName: 'osteoartritis de rodilla' },
  title: 'Ejercicios para la artrosis de rodilla',
  summary: 'Qué es la artrosis de rodilla, qué la hace más probable y cómo pueden ayudar el ejercicio y los cuidados en casa.',
  intro: [
    'La *artrosis* (también llamada osteoartritis) es el tipo de artritis más común, y la rodilla es la articulación que más afecta.[^dynamic-health-oa] Puede hacer que la rodilla duela, esté rígida o se hinche. La rodilla puede crujir, notarse caliente o dar la sensación de que va a fallar.[^chcp-msk-knee-oa]',
    'La rigidez suele ser peor después de estar quieto, por ejemplo al levantarse por la mañana. Casi siempre se pasa en menos de 30 minutos. Los síntomas van y vienen. Una racha en la que empeoran se llama *brote*. Puede durar de 6 a 12 semanas.[^chcp-msk-knee-oa]',
    'Usted puede hacer mucho por su cuenta. El ejercicio, moverse y un peso sano ayudan.[^dynamic-health-oa] Esta página le dice cómo, y cuándo pedir ayuda.',
  ],
  introQuotes: [],
  dates: {
    published: '2026-12-07',
    released: '2026-12-07',
    updated: changes[0].date,
    sourcesChecked: '2026-12-07',
    lastReviewed: '2026-12-07',
    reviewScope: 'sources-checked',
    nextReview: '2027-06-07',
  },
  people: [],
  causes: {
    heading: 'Qué causa la artrosis de rodilla',
    intro:
      'Las puntas de los huesos de una articulación están cubiertas de *cartílago*. Es una capa lisa y resbaladiza que deja que los huesos se muevan con facilidad. La artrosis daña esta capa. Entonces la articulación se mueve peor, y eso causa dolor y rigidez.[^nca-knee-pain]',
    reassurance:
      'No es solo el desgaste de los años.[^chcp-msk-knee-oa] Que le duela no quiere decir que se esté haciendo daño en la rodilla. Moverse, y volver poco a poco a lo que hace de costumbre, le ayuda a recuperarse.[^uhmb-knee-pain]',
    causes: [
      {
        id: 'weight',
        name: 'El sobrepeso',
        description: 'El peso de más carga más la rodilla.[^chcp-msk-knee-oa]',
      },
      {
        id: 'past-injury',
        name: 'Una lesión u operación antigua',
        description: 'Una rodilla que se lastimó o se operó antes tiene más riesgo de artrosis.[^chcp-msk-knee-oa]',
      },
      {
        id: 'age-and-sex',
        name: 'La edad, y ser mujer',
        description: 'Es más común después de los 50 años, y en las mujeres.[^chcp-msk-knee-oa]',
      },
      {
        id: 'family',
        name: 'La familia',
        description: 'Puede venir de familia.[^chcp-msk-knee-oa]',
      },
      {
        id: 'other-conditions',
        name: 'Fumar y otros problemas de las articulaciones',
        description: 'Fumar la hace más probable. También haber tenido gota o artritis reumatoide en esa articulación.[^chcp-msk-knee-oa]',
      },
    ],
  },
  exercises: {
    heading: 'Ejercicios para la artrosis de rodilla',
    intro:
      'El ejercicio es de lo que más ayuda con la artrosis de rodilla. Una guía para médicos de EE. UU. lo recomienda con fuerza.[^kolasinski-2020-acr-af]',
    quotes: [],
    addedIntro:
      'Estos cinco ejercicios vienen de dos servicios de fisioterapia del NHS, el sistema de salud público del Reino Unido. Cada tarjeta nombra su fuente y da la cantidad que da su fuente, nada más.',
    safety: [
      'Si le duele la rodilla después de una caída, una torcedura u otra lesión, lea primero *Cuándo pedir ayuda*.[^elht-knee-injury]',
      'Sentir algo de molestia mientras hace ejercicio está bien, si luego se alivia. No siga si siente un dolor agudo o fuerte.[^first-community-knee-exercises]',
      'Empiece despacio y aumente poco a poco. Siga aunque la rodilla ya esté bien: así el dolor vuelve menos.[^sussex-msk-hip-knee-exercises]',
      'Si no está mejorando, vaya al médico. *Cuándo pedir ayuda* le dice cuándo.[^cora-knee-pain]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Otras formas de aliviar la artrosis de rodilla',
    intro:
      'El ejercicio no es lo único que ayuda. Cada punto dice con qué fuerza lo recomienda una guía para médicos de EE. UU.[^kolasinski-2020-acr-af]',
    items: [
      {
        id: 'stay-active',
        name: 'Moverse',
        description:
          'Hacer actividad física es seguro si tiene artritis. Puede aliviar el dolor de las articulaciones y ayudarle a moverse y a sentirse mejor. Trate de hacer al menos 150 minutos a la semana de actividad que acelere el corazón. Caminar rápido, andar en bicicleta, nadar o bailar cuentan. Al menos 2 días a la semana, haga también que sus músculos trabajen más, como en los ejercicios de arriba. Ratos de 5 o 10 minutos suman.[^cdc-arthritis-physical-activity]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'weight',
        name: 'Un peso sano',
        description: 'Si tiene sobrepeso, bajar aunque sea un poco de peso quita carga a la rodilla.[^chcp-msk-knee-oa]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'walking-stick',
        name: 'Un bastón',
        description:
          'Un bastón quita algo de peso a una rodilla que duele. Llévelo en la mano del lado contrario a la rodilla que duele.[^nca-knee-pain]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'heat-ice',
        name: 'Calor o hielo',
        description:
          'Una bolsa de calor o de hielo puede aliviar el dolor y la rigidez. Envuélvala en una toalla y nunca la ponga directo sobre la piel. Úsela hasta 15 minutos cada vez.[^uhmb-knee-pain][^dynamic-health-oa] Mire la piel a los 5 minutos por si el hielo la quema. No ponga hielo donde la piel no pueda sentir el calor o el frío.[^nca-knee-pain]',
        quotes: [],
        recommendation: { strength: 'conditional', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'anti-inflammatory-gel',
        name: 'Gel antiinflamatorio',
        description:
          'Es un gel o una crema con un medicamento que alivia el dolor y la hinchazón. Se frota en la piel sobre la rodilla. Es de los primeros medicamentos que se prueban. Pregunte en la farmacia si no sabe si lo puede usar.[^chcp-msk-knee-oa]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
      },
      {
        id: 'anti-inflammatory-tablets',
        name: 'Pastillas antiinflamatorias',
        description: 'Las pastillas como el ibuprofeno o el naproxeno pueden aliviar el dolor y la hinchazón.[^arthritis-society-nsaids]',
        quotes: [],
        recommendation: { strength: 'strong', reference: 'kolasinski-2020-acr-af' },
        evidenceNote:
          'Puede que el ibuprofeno y el naproxeno no sean seguros para usted. Pasa si toma un medicamento para la sangre (un anticoagulante) o si está embarazada. También si tiene problemas de estómago, riñones, hígado o corazón. Pregunte antes en la farmacia o a un médico.[^arthritis-society-nsaids][^fda-nsaids-pregnancy]',
      },
    ],
  },
  tips: [
    {
      id: 'pace-yourself',
      kind: 'tip',
      title: 'Vaya a su ritmo',
      body: 'Muévase, pero a su ritmo. En un día bueno, no se pase. En un día malo, siga moviéndose, cambiando lo que hace. Un calzado cómodo que le quede bien, como unos tenis, amortigua cada paso.[^dynamic-health-oa]',
      quotes: [],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'Vaya al médico si',
      signs: [
        {
          text: 'los cuidados en casa no le ayudan, o los síntomas empeoran[^cora-knee-pain][^first-community-knee-exercises]',
          concept: 'not-getting-better',
        },
      ],
      action:
        'Pida una cita con su médico o con un fisioterapeuta. Si además tiene algún signo de emergencia, no espere: pida ayuda de emergencia ahora.',
      provenance: 'added',
      references: ['cora-knee-pain', 'first-community-knee-exercises'],
    },
    {
      level: 'urgent',
      heading: 'Hable con un médico lo antes posible si',
      signs: [
        {
          text: 'se lastimó la rodilla y ahora no puede apoyar el peso en esa pierna[^elht-knee-injury]',
          concept: 'cannot-bear-weight-after-injury',
        },
        { text: 'la rodilla le falla y se cae[^elht-knee-injury][^cora-knee-pain]', concept: 'gives-way-fall' },
        {
          text: 'la rodilla se hinchó mucho en 1 o 2 horas después de una lesión[^elht-knee-injury]',
          concept: 'fast-swelling-after-injury',
        },
        {
          text: 'se lastimó la rodilla y ahora la pierna de la rodilla para abajo está dormida o tiene hormigueo[^elht-knee-injury]',
          concept: 'numb-below-knee-after-injury',
        },
      ],
      action: 'Llame a su médico en cuanto pueda, o {urgent-help}.',
      provenance: 'added',
      references: ['elht-knee-injury', 'cora-knee-pain'],
    },
    {
      level: 'emergency',
      heading: 'Pida ayuda de emergencia ahora si',
      signs: [
        {
          text: 'la rodilla está roja, el dolor es fuerte o no se quita, y tiene fiebre (temperatura alta). Puede ser una infección en la articulación.[^cora-knee-pain]',
          concept: 'hot-red-knee-fever',
        },
        {
          text: 'la rodilla se le trabó (está bloqueada) y no puede soltarla ni estirarla[^cora-knee-pain][^elht-knee-injury]',
          concept: 'locked-knee',
        },
        {
          text: 'una pantorrilla le duele, está hinchada y sensible, o la piel ahí está caliente o roja. Puede ser un coágulo de sangre en una vena profunda (una TVP, trombosis venosa profunda).[^wpb-physio-dvt]',
          concept: 'calf-pain-swelling',
        },
      ],
      action: 'Llame {emergency-number} o vaya ahora a {emergency-place}. No espere a ver si mejora.',
      provenance: 'added',
      references: ['cora-knee-pain', 'elht-knee-injury', 'wpb-physio-dvt'],
    },
  ],
  disclaimers: [
    {
      kind: 'exercise',
      text: 'Limber eligió estos ejercicios de las fuentes públicas que nombra cada uno. Son información general, no un plan hecho para usted. Limber no puede ver cómo se mueve. Si no está seguro de que un ejercicio le convenga, pregunte a un médico o fisioterapeuta antes de empezar.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'Esta página es solo para enseñar e informar. No es consejo médico. No es la atención de un profesional para usted o su problema de salud.',
      provenance: 'added',
    },
    {
      kind: 'medicine',
      text: 'Antes de tomar o usar cualquier medicamento para el dolor, pregunte a un farmacéutico o a su médico si es seguro para usted.',
      provenance: 'added',
    },
  ],
  references,
  review: reviewRecord(signOffs['es'] ?? []),
} as const satisfies Topic;

export default kneeOsteoarthritisEs;
