import type { Topic } from '../../src/model/index.js';
import { exercises } from './exercises.es.js';
import { references } from './references.js';
import { signOffs } from './sign-offs.js';
import { reviewRecord } from '../reviewers.js';
import { changes } from './changes.js';

/**
 * "Nervio pinzado en la parte baja de la espalda": `en.ts` translated into Spanish by Limber
 * contributors, with the same ids, structure, doses and references. Medical terms follow Spanish
 * public health pages (see `GLOSSARY.es.md`). No clinician has reviewed the translation yet, and
 * the article says so. Where Hinge Health's own Spanish edition of the article prints CJ Morrow's
 * words (`hinge-health-es`), the quote is the publisher's Spanish, word for word; her other quotes
 * are Limber's translations, marked as such. Each keeps the English `original`, which readers can
 * open. The source article's title and the references stay in the language they were published in.
 */
export const pinchedNerveLowBackEs = {
  id: 'pinched-nerve-low-back',
  locale: 'es',
  translation: { from: 'en', by: 'Limber contributors', date: '2026-12-07', clinicallyReviewed: false },
  condition: { name: 'nervio pinzado en la parte baja de la espalda', alternateName: 'ciática' },
  title: 'Ejercicios para un nervio pinzado en la parte baja de la espalda',
  summary:
    'Qué es un nervio pinzado en la parte baja de la espalda, por qué pasa y cómo pueden ayudar el ejercicio suave y los cuidados en casa.',
  intro: [
    'Un nervio está *pinzado* cuando los tejidos que lo rodean lo aprietan o lo irritan. Eso puede causar dolor agudo, debilidad, entumecimiento u hormigueo en cualquier punto del nervio. Puede pasar en el cuello, el hombro o la espalda. A menudo se debe a una hinchazón cerca de la *raíz del nervio*, la parte del nervio que sale de la columna. En la parte baja de la espalda, puede pinzar el *nervio ciático*, que baja por la parte de atrás de la pierna. El dolor, el hormigueo o el entumecimiento que esto causa se llama *ciática*.',
    'Los síntomas van desde un hormigueo leve hasta un ardor fuerte. La mayoría de los nervios pinzados no son graves y mejoran con el tiempo. Pero incluso los síntomas leves pueden dificultar el movimiento y las tareas diarias. Los cuidados en casa pueden aliviar el dolor y ayudarle a mejorar antes.',
  ],
  introQuotes: [
    {
      text: 'Cuando haces cualquier cosa que estire ese nervio, puedes tener más Dolor [sic]',
      original: 'When you do anything that stretches that nerve, you can get more pain.',
      personId: 'cj-morrow',
      edition: 'hinge-health-es',
    },
    {
      text: 'Cosas como agacharse para recoger algo del suelo o ponerse los zapatos o los calcetines pueden ser difíciles de hacer cuando alguien experimenta ciática',
      original:
        'Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.',
      personId: 'cj-morrow',
      edition: 'hinge-health-es',
    },
  ],
  // Checked with en.ts on 2026-12-07; no clinician has reviewed this topic (see content/sign-offs).
  dates: {
    published: '2023-05-03',
    released: '2026-11-26',
    updated: changes[0].date,
    sourcesChecked: '2026-12-07',
    lastReviewed: '2026-12-07',
    reviewScope: 'sources-checked',
    nextReview: '2027-06-07',
  },
  source: {
    publisher: 'Hinge Health',
    title: 'Best Exercises to Get Relief from a Pinched Nerve in Your Low Back, According to Physical Therapists',
    quoted: ['cj-morrow'],
  },
  people: [
    {
      id: 'cj-morrow',
      name: 'CJ Morrow',
      credentials: 'PT, DPT',
      jobTitle: 'Fisioterapeuta',
      roles: ['expert'],
      bio: 'Fisioterapeuta de Hinge Health. Es especialista en ortopedia, con certificación. Le interesa sobre todo cómo se afectan la mente y el cuerpo.',
    },
    {
      id: 'jonathan-lee',
      name: 'Jonathan Lee',
      credentials: 'MD, MBA',
      jobTitle: 'Cirujano ortopédico',
      roles: ['medical-reviewer'],
      bio: 'Es un médico que opera huesos y articulaciones. Aprobó los exámenes de su área. En Hinge Health es director médico asociado.',
    },
    {
      id: 'dylan-peterson',
      name: 'Dylan Peterson',
      credentials: 'PT, DPT',
      jobTitle: 'Fisioterapeuta',
      roles: ['clinical-reviewer'],
      bio: 'Fisioterapeuta de Hinge Health. Crea planes de ejercicio y lecciones para sus miembros.',
    },
  ],
  causes: {
    heading: 'Qué causa un nervio pinzado en la parte baja de la espalda',
    intro:
      'Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. La mayoría vienen de la *espondilosis lumbar*. Son cambios lentos y naturales que el tiempo produce en la parte baja de la espalda. Pasan en los discos, las almohadillas blandas que hay entre los huesos de la columna. También pasan en las *articulaciones facetarias*, las pequeñas articulaciones que unen esos huesos.',
    reassurance:
      'Estos cambios suenan preocupantes, pero no tienen por qué doler. Muchas personas cuyas pruebas de imagen (como una resonancia magnética) los muestran no tienen ningún síntoma.[^romeo-2019-spine] Pero en algunas personas llevan a una de las afecciones de abajo.',
    causes: [
      {
        id: 'herniated-disc',
        name: 'Hernia de disco',
        description:
          'Los huesos de la columna se llaman *vértebras*. Entre ellas hay discos que amortiguan los golpes. Cada disco tiene un centro blando dentro de un anillo más duro. Cuando el centro empuja contra el anillo, el disco puede apretar la raíz de un nervio. Entonces los síntomas pueden bajar desde la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.',
      },
      {
        id: 'spinal-stenosis',
        name: 'Estenosis espinal',
        description:
          'Con la edad, los cambios de la columna pueden estrechar el canal espinal, el espacio que hay dentro de la columna. Así queda menos espacio para la médula espinal y las raíces de los nervios.',
      },
    ],
  },
  exercises: {
    heading: 'Ejercicios para un nervio pinzado en la parte baja de la espalda',
    intro:
      'El artículo original muestra sus ejercicios en videos de fisioterapeutas de Hinge Health. Esos videos no se muestran aquí. El artículo dice que los ejercicios suaves ayudan a un nervio irritado de dos formas. Fortalecen la zona media del cuerpo, que sostiene la espalda y puede ayudar con la ciática. Y ayudan a que la cadera y la parte baja de la espalda se muevan mejor.',
    quotes: [
      {
        text: 'Básicamente, ayudan a calmar el nervio y a crear apoyo y fuerza en esa zona.',
        original: 'Basically, they help calm down the nerve and work to build support and strength through the area.',
        personId: 'cj-morrow',
      },
    ],
    addedIntro:
      'Los ejercicios de abajo no son los del artículo. Limber los eligió de páginas del NHS, de un grupo de fisioterapeutas, de un folleto de un hospital y de un estudio. Cada tarjeta nombra sus fuentes. Los expertos del artículo no los han visto ni revisado.',
    safety: [
      'Si el dolor empezó después de una caída, un choque u otra lesión, lea primero *Cuándo pedir ayuda*.[^nhsggc-low-back]',
      'Si está embarazada, hable antes con su médico, con su partera o con su fisioterapeuta.[^northern-trust-low-back-pain]',
      'Deje de hacer el ejercicio si empeora sus síntomas o le causa un dolor nuevo.[^nhs-inform-back-exercises]',
      'Si no está mejorando, vaya al médico. *Cuándo pedir ayuda* dice cuándo.[^mayo-sciatica]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Otros tratamientos para un nervio pinzado en la parte baja de la espalda',
    intro:
      'El artículo original dice que un nervio pinzado en la parte baja de la espalda a menudo mejora por sí solo. Estas cosas pueden ayudarle a mejorar antes.',
    items: [
      {
        id: 'posture-pillows',
        name: 'Apoye su postura con almohadas',
        description:
          'Al sentarse, ponga una almohada pequeña detrás de la espalda o debajo de la cadera. Así la pelvis se inclina un poco hacia adelante y la columna queda mejor alineada.',
        quotes: [
          {
            text: 'Sentarse encorvado puede tirar de los nervios y aumentar la sensibilidad.',
            original: 'Sitting in a slumped position can pull on the nerves and cause more sensitivity.',
            personId: 'cj-morrow',
          },
        ],
      },
      {
        id: 'short-rest',
        name: 'Un poco de descanso, no reposo en cama',
        description:
          'Las pausas cortas están bien. Los días en que el dolor le supere, busque una *posición de alivio*. Es una forma de acostarse o sentarse que deja que su cuerpo se relaje y se sienta mejor. Úsela para descansar mientras recupera la fuerza. Si el dolor es fuerte, lea *Cuándo pedir ayuda*.',
        quotes: [
          {
            text: 'El movimiento es medicina, pero hay momentos en los que necesita darle a su cuerpo un descanso corto, de cinco a 10 minutos, y está bien hacerlo.',
            original:
              'Movement is medicine, but there are times when you need to give your body a short five to 10 minute rest — and that’s an okay thing to do.',
            personId: 'cj-morrow',
          },
          {
            text: 'Use su posición de alivio como una forma de descansar mientras vuelve a hacer su cuerpo más fuerte y más flexible.',
            original:
              'Use your escape position as a way of providing rest while you’re building your body back up to be stronger and more flexible.',
            personId: 'cj-morrow',
          },
        ],
      },
      {
        id: 'ice-heat',
        name: 'Frío y calor',
        description: 'El frío o el calor no liberan el nervio. Pero sentirse mejor puede hacer más fácil moverse.',
        quotes: [
          { text: 'Los dos son muy buenos.', original: 'Both are great.', personId: 'cj-morrow' },
          {
            text: 'No van a ayudar directamente al nervio pinzado, pero pueden hacerle sentir mejor para que pueda moverse más.',
            original: 'They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.',
            personId: 'cj-morrow',
          },
        ],
        evidenceNote:
          'No use una bolsa de agua caliente sobre la piel que tenga entumecida. Podría quemarse sin darse cuenta.[^nhs-111-wales-sciatica]',
      },
      {
        id: 'walking',
        name: 'Caminar',
        description:
          'Caminar no libera un nervio pinzado. Pero la forma en que se mueve el cuerpo al caminar suele quitar tensión a un nervio ciático irritado. Caminar también puede llevar más sangre al nervio. Eso puede ayudar a que sane y aliviar el dolor.',
        quotes: [
          {
            text: 'Al caminar, estira suavemente el nervio a lo largo de su rango de movimiento.',
            original: 'As you walk, you gently stretch the nerve through its range of motion.',
            personId: 'cj-morrow',
          },
        ],
      },
      {
        id: 'medication',
        name: 'Medicamentos para el dolor',
        description:
          'El artículo original nombra tres analgésicos. Son el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol). Dice que pueden ayudar con el dolor del nervio ciático. También dice que compruebe que son seguros para usted, según su historial médico.',
        quotes: [],
        evidenceNote:
          'El ibuprofeno y el naproxeno pueden no ser seguros para usted si toma un anticoagulante, está embarazada o tiene problemas de estómago, riñones, hígado o corazón. Pregunte antes a un farmacéutico o a un médico.[^arthritis-society-nsaids][^fda-nsaids-pregnancy] El acetaminofén (Tylenol) puede dañar el hígado si toma más de lo que dice la etiqueta. También puede dañarlo si toma dos medicamentos que lo contienen o si toma 3 o más bebidas alcohólicas al día. Muchos medicamentos para el resfriado y la gripe lo contienen. Pregunte antes a un médico si tiene una enfermedad del hígado o toma warfarina, un anticoagulante.[^fda-acetaminophen-liver] Las guías del Reino Unido son distintas. Una guía del NICE dice a los médicos que pueden ofrecer medicamentos como el ibuprofeno para el dolor lumbar, pero no el acetaminofén solo. (En el Reino Unido se llama paracetamol.)[^nice-ng59] NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática. También dice que no está claro cuánto ayudan medicamentos como el ibuprofeno.[^nhs-111-wales-sciatica]',
      },
    ],
  },
  tips: [
    {
      id: 'pre-treat-with-heat',
      kind: 'tip',
      title: 'Prepárese con calor',
      body: 'El calor antes o durante el ejercicio puede ayudar a relajar los músculos tensos. Eso incluye los ejercicios para un nervio pinzado. Si tiene la piel entumecida, no se ponga calor en ella: lea antes *Frío y calor*.',
      quotes: [
        {
          text: 'Esto puede ayudar sobre todo si le preocupa el dolor al moverse.',
          original: 'This can be especially helpful if you’re concerned about the pain while you move.',
          personId: 'cj-morrow',
        },
      ],
    },
  ],
  careAdvice: [
    {
      level: 'non-urgent',
      heading: 'Vaya al médico si',
      signs: [
        {
          text: 'el dolor ha durado más de una semana, o los cuidados en casa no lo han aliviado[^mayo-sciatica][^csp-back-pain-exercises]',
          concept: 'not-getting-better',
        },
        {
          text: 'el dolor es fuerte o está empeorando, pero no tiene ninguno de los signos urgentes o de emergencia[^mayo-sciatica][^nhs-111-wales-sciatica][^csp-back-pain-exercises]',
          concept: 'pain-severe-or-worse',
        },
        { text: 'el dolor no le deja hacer sus actividades de siempre[^nhs-111-wales-sciatica]', concept: 'pain-stops-activities' },
        {
          text: 'el dolor empezó después de una caída, un golpe u otra lesión leve[^nhsggc-low-back][^sheffield-uhs-low-back-pain]',
          concept: 'pain-after-other-injury',
        },
      ],
      action: 'Pida una cita con su médico. Si además tiene algún signo de emergencia, no espere: pida ayuda de emergencia ahora.',
      provenance: 'added',
      references: ['mayo-sciatica', 'nhs-111-wales-sciatica', 'csp-back-pain-exercises', 'nhsggc-low-back', 'sheffield-uhs-low-back-pain'],
    },
    {
      level: 'urgent',
      heading: 'Hable con un médico lo antes posible si',
      signs: [
        {
          text: 'una pierna o un pie se está debilitando. Por ejemplo, arrastra el pie, el pie golpea el piso, se tropieza o se le dobla la rodilla.[^northern-trust-low-back-pain][^nhsggc-low-back]',
          concept: 'walking-changed',
        },
        { text: 'se siente muy inestable al estar de pie[^northern-trust-low-back-pain]', concept: 'very-unsteady' },
        { text: 'tiene fiebre (temperatura alta)[^northern-trust-low-back-pain][^sheffield-uhs-low-back-pain]', concept: 'fever' },
        {
          text: 'el dolor empeora al acostarse o le despierta por la noche[^northern-trust-low-back-pain][^sheffield-uhs-low-back-pain]',
          concept: 'night-pain',
        },
        { text: 'siente el dolor como una banda apretada alrededor del cuerpo[^northern-trust-low-back-pain]', concept: 'band-pain' },
        { text: 'ha bajado de peso sin proponérselo[^sheffield-uhs-low-back-pain]', concept: 'weight-loss' },
        { text: 'ha tenido cáncer[^millcroft-back-pain]', concept: 'history-of-cancer' },
        { text: 'se siente mal en general[^nhs-inform-sciatica]', concept: 'generally-unwell' },
        {
          text: 'la ciática empezó cuando tenía otro problema de salud[^nhs-inform-sciatica]',
          concept: 'started-during-other-illness',
        },
      ],
      action: 'Llame a su médico en cuanto pueda, o {urgent-help}.',
      provenance: 'added',
      references: [
        'northern-trust-low-back-pain',
        'nhsggc-low-back',
        'sheffield-uhs-low-back-pain',
        'millcroft-back-pain',
        'nhs-inform-sciatica',
      ],
    },
    {
      level: 'emergency',
      heading: 'Pida ayuda de emergencia ahora si',
      signs: [
        {
          text: 'tiene dolor, entumecimiento u hormigueo que baja por las dos piernas desde la espalda (ciática en las dos piernas)[^nhs-111-wales-sciatica][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'sciatica-both-legs',
        },
        {
          text: 'siente las dos piernas débiles o dormidas, y esto es fuerte o está empeorando[^nhs-111-wales-sciatica][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'weakness-both-legs',
        },
        {
          text: 'tiene entumecimiento u hormigueo alrededor de los genitales, el ano, las nalgas o la parte interna de los muslos. Por ejemplo, nota distinto el papel higiénico al limpiarse.[^nhs-inform-sciatica][^royal-free-cauda-equina][^northern-trust-low-back-pain][^healthify-sciatica]',
          concept: 'saddle-sensation',
        },
        {
          text: 'le cuesta empezar a orinar, no puede orinar, no puede controlar la orina o se le escapa, y esto es nuevo para usted[^northern-trust-low-back-pain][^royal-free-cauda-equina][^nhs-inform-sciatica]',
          concept: 'bladder-control',
        },
        {
          text: 'no siente cuando sale la orina o no sabe si tiene la vejiga llena o vacía, y esto es nuevo para usted[^royal-free-cauda-equina]',
          concept: 'bladder-feeling',
        },
        {
          text: 'no siente cuándo necesita ir al baño a evacuar, no siente cuando salen las heces o no puede controlarlas, y esto es nuevo para usted[^northern-trust-low-back-pain][^royal-free-cauda-equina]',
          concept: 'bowel-control',
        },
        {
          text: 'tiene problemas nuevos con el sexo. Por ejemplo, siente menos en los genitales o no puede tener una erección.[^royal-free-cauda-equina][^nhs-inform-sciatica]',
          concept: 'sexual-function',
        },
        {
          text: 'tiene un dolor fuerte y repentino en la parte baja de la espalda o en una pierna, y a la vez un entumecimiento o una debilidad nuevos en una pierna[^mayo-sciatica]',
          concept: 'sudden-severe-pain-with-new-weakness',
        },
        {
          text: 'el dolor empezó después de una lesión grave, como un accidente de tránsito o una caída desde una altura[^mayo-sciatica][^northern-trust-low-back-pain]',
          concept: 'pain-after-serious-injury',
        },
        {
          text: 'el dolor empezó después de una caída leve o un golpe. Esto cuenta si usted es mayor, tiene los huesos débiles (osteoporosis) o toma esteroides desde hace mucho tiempo.[^northern-trust-low-back-pain][^nhsggc-low-back]',
          concept: 'pain-after-minor-injury-weak-bones',
        },
      ],
      action:
        'Llame {emergency-number} o vaya ahora a {emergency-place}. No espere a ver si mejora. Los signos en las dos piernas, alrededor de los genitales o del ano, o al orinar, al evacuar o en el sexo pueden indicar el *síndrome de la cola de caballo* (cauda equina): los nervios del final de la columna están apretados. Es poco frecuente, pero necesita tratamiento urgente, a menudo cirugía.[^healthify-sciatica][^royal-free-cauda-equina]',
      provenance: 'added',
      references: [
        'nhs-111-wales-sciatica',
        'northern-trust-low-back-pain',
        'royal-free-cauda-equina',
        'nhs-inform-sciatica',
        'mayo-sciatica',
        'healthify-sciatica',
        'nhsggc-low-back',
      ],
    },
  ],
  disclaimers: [
    {
      kind: 'video',
      text: 'Los videos de ejercicios del artículo original son solo para aprender. No son consejo médico ni tratamiento para ninguna afección. Hinge Health no es su proveedor de atención médica. No es responsable de ninguna lesión por hacerlos. Si tiene preguntas sobre su afección o su tratamiento, pregunte a su médico.',
      provenance: 'source-article',
    },
    {
      kind: 'exercise',
      text: 'Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted. Ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si tiene dudas sobre si un ejercicio le conviene, pregunte a un médico o a un fisioterapeuta antes de empezar.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'Este artículo es solo para enseñar e informar. No es consejo médico. No es un servicio profesional para usted o su afección.',
      provenance: 'source-article',
    },
    {
      kind: 'medicine',
      text: 'Antes de tomar un analgésico, vea si es seguro para usted, según su historial médico.',
      provenance: 'source-article',
    },
  ],
  callToAction: {
    heading: 'Cómo puede ayudarle Hinge Health',
    body: [
      '¿El dolor de las articulaciones o de los músculos le dificulta moverse? Hinge Health tiene un programa de ejercicio en línea que puede seguir en casa con su aplicación. Tiene ejercicios y estiramientos para su afección. Un equipo de atención adapta el programa a usted.',
      'Muchos empleadores y planes de salud lo ofrecen. Compruebe si el suyo lo cubre.',
    ],
    label: 'Compruebe su cobertura',
  },
  references: [
    ...references,
    {
      id: 'hinge-health-es',
      type: 'webpage',
      author: [{ literal: 'Hinge Health' }],
      issued: { 'date-parts': [[2023, 5, 3]] },
      title: 'Los mejores ejercicios para obtener alivio de un nervio pellizcado en tu espalda baja, según los fisioterapeutas',
      URL: 'https://es.hingehealth.com/resources/articles/exercises-for-pinched-nerve-in-lower-back',
      accessed: { 'date-parts': [[2026, 12, 1]] },
      language: 'es',
      provenance: 'added',
    },
  ],
  review: reviewRecord(signOffs['es'] ?? []),
} as const satisfies Topic;

export default pinchedNerveLowBackEs;
