import type { Topic } from '../../src/content/model.js';
import { exercises } from './exercises.es.js';
import { references } from './references.js';

/**
 * "Nervio pinzado en la parte baja de la espalda": `en.ts` translated into Spanish by Limber
 * contributors, with the same ids, structure, doses and references. Medical terms follow Spanish
 * public health pages (see `GLOSSARY.es.md`). No clinician has reviewed the translation yet, and
 * the article says so. Quotes are translations of CJ Morrow's words as the Hinge Health article
 * prints them; each keeps the English `original`, which readers can open. The source article's
 * title and the references stay in English, as published.
 */
export const pinchedNerveLowBackEs = {
  id: 'pinched-nerve-low-back',
  locale: 'es',
  translation: { from: 'en', by: 'Limber contributors', date: '2026-11-25', clinicallyReviewed: false },
  condition: { name: 'nervio pinzado en la parte baja de la espalda', alternateName: 'ciática' },
  title: 'Ejercicios para un nervio pinzado en la parte baja de la espalda',
  summary:
    'Qué es un nervio pinzado en la parte baja de la espalda, qué lo causa y cómo los ejercicios suaves y los cuidados de cada día pueden aliviarlo.',
  intro: [
    'Un nervio está *pinzado* cuando los tejidos que lo rodean lo presionan o lo irritan. Eso puede causar dolor agudo, debilidad, entumecimiento u hormigueo en cualquier punto del recorrido del nervio. Puede pasar en el cuello, el hombro, la parte alta de la espalda o la parte baja de la espalda, y a menudo se debe a una inflamación cerca de la raíz del nervio, donde sale de la columna.',
    'Los síntomas van desde un hormigueo leve hasta un ardor intenso. La mayoría de los nervios pinzados no son graves y mejoran con el tiempo, pero incluso los síntomas leves pueden hacer difícil moverse y las tareas de cada día. Los cuidados en casa pueden aliviar el dolor y ayudarle a recuperarse antes.',
  ],
  introQuotes: [
    {
      text: 'Cuando hace cualquier cosa que estira ese nervio, puede tener más dolor.',
      original: 'When you do anything that stretches that nerve, you can get more pain.',
      personId: 'cj-morrow',
    },
    {
      text: 'Cosas como agacharse para recoger algo del suelo o ponerse los zapatos o los calcetines pueden costar mucho cuando alguien tiene ciática.',
      original:
        'Things like bending over to pick something up off the floor or putting on your shoes or socks can be tough to do when someone experiences sciatica.',
      personId: 'cj-morrow',
    },
  ],
  // The review on 2026-11-25 checked every added fact against its publisher's page; no clinician has
  // reviewed this topic. The next review is due six months on.
  dates: {
    published: '2023-05-03',
    sourcesChecked: '2026-11-25',
    lastReviewed: '2026-11-25',
    reviewScope: 'sources-checked',
    nextReview: '2027-05-25',
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
      bio: 'Fisioterapeuta de Hinge Health y especialista certificada en ortopedia, con un interés especial en la relación entre la salud mental y la física.',
    },
    {
      id: 'jonathan-lee',
      name: 'Jonathan Lee',
      credentials: 'MD, MBA',
      jobTitle: 'Cirujano ortopédico',
      roles: ['medical-reviewer'],
      bio: 'Cirujano ortopédico certificado y director médico asociado de Hinge Health.',
    },
    {
      id: 'dylan-peterson',
      name: 'Dylan Peterson',
      credentials: 'PT, DPT',
      jobTitle: 'Fisioterapeuta',
      roles: ['clinical-reviewer'],
      bio: 'Fisioterapeuta de Hinge Health que crea programas clínicos de ejercicio terapéutico y materiales educativos para sus miembros.',
    },
  ],
  causes: {
    heading: 'Qué causa un nervio pinzado en la parte baja de la espalda',
    intro:
      'Varias afecciones pueden pinzar un nervio en la parte baja de la espalda. En el fondo de la mayoría está la *espondilosis lumbar*: los cambios lentos y naturales que el tiempo produce en los discos y las articulaciones de la columna.',
    reassurance:
      'Ese desgaste suena alarmante, pero no tiene por qué doler: muchas personas cuyas imágenes muestran estos cambios no tienen ningún síntoma.[^romeo-2019-spine] En algunas personas, sin embargo, los cambios llevan a una de las afecciones siguientes.',
    causes: [
      {
        id: 'herniated-disc',
        name: 'Hernia de disco',
        description:
          'Los discos que hay entre las vértebras hacen de amortiguadores. Cuando el centro blando de un disco empuja contra su anillo exterior, puede presionar la raíz de un nervio, y los síntomas pueden bajar desde la parte baja de la espalda por la cadera y el glúteo, y por la pierna hasta el pie y los dedos. Es una causa frecuente de nervio pinzado en la parte baja de la espalda.',
      },
      {
        id: 'spinal-stenosis',
        name: 'Estenosis espinal',
        description:
          'Con la edad, los cambios de la columna pueden estrechar el canal espinal y dejar menos espacio para la médula espinal y las raíces de los nervios.',
      },
    ],
  },
  exercises: {
    heading: 'Ejercicios para un nervio pinzado en la parte baja de la espalda',
    intro:
      'El artículo original muestra sus ejercicios en videos de fisioterapeutas de Hinge Health, que no se reproducen aquí. Dice que esos ejercicios suaves ayudan a un nervio irritado: fortalecen la zona media del cuerpo, que sostiene la espalda y puede ayudar con la ciática, y dan más flexibilidad a la cadera y a la parte baja de la espalda.',
    quotes: [
      {
        text: 'Básicamente, ayudan a calmar el nervio y a crear apoyo y fuerza en esa zona.',
        original: 'Basically, they help calm down the nerve and work to build support and strength through the area.',
        personId: 'cj-morrow',
      },
    ],
    addedIntro:
      'Los ejercicios siguientes no son los del artículo. Limber los eligió de páginas de ejercicios del NHS y de hospitales y de un estudio sobre deslizamientos del nervio; cada tarjeta nombra su fuente. Los expertos del artículo no los han visto ni revisado.',
    safety: [
      'Deje un ejercicio si empeora sus síntomas o le provoca un dolor nuevo.[^nhs-inform-back-exercises]',
      'Si no ha mejorado después de 2 semanas de ejercicios, hable con su médico o con un servicio de salud musculoesquelética.[^nhs-inform-back-exercises]',
    ],
    items: exercises,
  },
  treatments: {
    heading: 'Otros tratamientos para un nervio pinzado en la parte baja de la espalda',
    intro:
      'Un nervio pinzado en la parte baja de la espalda a menudo mejora solo en unas semanas. Estas medidas pueden ayudarle a recuperarse antes.',
    items: [
      {
        id: 'posture-pillows',
        name: 'Apoye su postura con almohadas',
        description:
          'Una almohada pequeña detrás de la espalda o debajo de la cadera inclina un poco la pelvis hacia delante y ayuda a que la columna quede mejor alineada cuando está sentado.',
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
          'Las pausas cortas están bien. Los días en que el dolor le supere, busque una *posición de alivio*: una forma de acostarse o sentarse que deje que su cuerpo se relaje y se sienta mejor, mientras recupera la fuerza y la flexibilidad.',
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
        description: 'El frío o el calor no liberan el nervio, pero sentirse mejor puede hacer más fácil moverse.',
        quotes: [
          { text: 'Los dos son muy buenos.', original: 'Both are great.', personId: 'cj-morrow' },
          {
            text: 'No van a ayudar directamente al nervio pinzado, pero pueden hacerle sentir mejor para que pueda moverse más.',
            original: 'They’re not going to help the pinched nerve directly, but they may make you feel better so that you can move more.',
            personId: 'cj-morrow',
          },
        ],
        evidenceNote:
          'No use una bolsa de agua caliente sobre piel que note entumecida: podría quemarse sin darse cuenta.[^nhs-111-wales-sciatica]',
      },
      {
        id: 'walking',
        name: 'Caminar',
        description:
          'Caminar no despinza un nervio, pero las posiciones por las que pasa el cuerpo suelen quitar tensión a un nervio ciático irritado. Caminar también puede aumentar el flujo de sangre al nervio, lo que puede ayudarle a sanar y aliviar el dolor.',
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
          'El artículo original nombra el ibuprofeno (Advil, Motrin), el naproxeno (Aleve) y el acetaminofén (Tylenol) como analgésicos que pueden ayudar con el dolor del nervio ciático, y dice que compruebe que puede tomarlos sin riesgo según sus antecedentes médicos.',
        quotes: [],
        evidenceNote:
          'Las guías del Reino Unido difieren en uno de ellos. La guía del NICE sobre dolor lumbar y ciática (2016, actualizada en 2020, ya vigente cuando se escribió el artículo) desaconseja ofrecer paracetamol (acetaminofén) solo para el dolor lumbar,[^nice-ng59] y NHS 111 Wales dice que es poco probable que el paracetamol ayude con la ciática.[^nhs-111-wales-sciatica] Pregunte a un farmacéutico o a un médico qué medicamento le conviene.',
      },
    ],
  },
  tips: [
    {
      id: 'pre-treat-with-heat',
      kind: 'tip',
      title: 'Prepárese con calor',
      body: 'El calor antes o durante el ejercicio, también antes de los ejercicios de arriba, puede ayudar a relajar músculos que quizá estén tensos.',
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
          text: 'cuidarse en casa no le ha aliviado el dolor después de unas semanas[^nhs-111-wales-sciatica][^mayo-sciatica]',
          concept: 'self-care-not-helping',
        },
        { text: 'el dolor ha durado más de una semana[^mayo-sciatica]', concept: 'pain-over-a-week' },
        { text: 'el dolor es intenso o está empeorando[^nhs-111-wales-sciatica][^mayo-sciatica]', concept: 'pain-severe-or-worse' },
        { text: 'el dolor le impide hacer sus actividades de siempre[^nhs-111-wales-sciatica]', concept: 'pain-stops-activities' },
      ],
      action: 'Pida una cita con su médico.',
      provenance: 'added',
      references: ['nhs-111-wales-sciatica', 'mayo-sciatica'],
    },
    {
      level: 'urgent',
      heading: 'Hable con un médico lo antes posible si',
      signs: [
        { text: 'se siente mal en general[^nhs-inform-sciatica]', concept: 'generally-unwell' },
        {
          text: 'la ciática empezó mientras estaba enfermo por otro problema de salud[^nhs-inform-sciatica]',
          concept: 'started-during-other-illness',
        },
      ],
      action: 'Comuníquese con su médico en cuanto pueda, o {urgent-help}.',
      provenance: 'added',
      references: ['nhs-inform-sciatica'],
    },
    {
      level: 'emergency',
      heading: 'Pida ayuda de emergencia ahora si tiene',
      signs: [
        { text: 'ciática en las dos piernas[^nhs-111-wales-sciatica][^healthify-sciatica]', concept: 'sciatica-both-legs' },
        {
          text: 'debilidad o entumecimiento en las dos piernas que es intenso o está empeorando[^nhs-111-wales-sciatica][^healthify-sciatica]',
          concept: 'weakness-both-legs',
        },
        {
          text: 'entumecimiento alrededor o debajo de los genitales, o alrededor del ano[^nhs-111-wales-sciatica][^healthify-sciatica]',
          concept: 'saddle-numbness',
        },
        {
          text: 'problemas para controlar la vejiga o los intestinos[^mayo-sciatica][^healthify-sciatica]',
          concept: 'bladder-bowel-control',
        },
        {
          text: 'un dolor repentino e intenso en la parte baja de la espalda o en una pierna junto con entumecimiento o debilidad muscular en una pierna[^mayo-sciatica]',
          concept: 'sudden-severe-pain-with-leg-weakness',
        },
        { text: 'dolor después de una lesión violenta, como un accidente de tráfico[^mayo-sciatica]', concept: 'pain-after-injury' },
      ],
      action:
        'Llame {emergency-number} o vaya ahora a un servicio de urgencias. Los síntomas en las dos piernas, el entumecimiento alrededor de los genitales o del ano y los problemas de vejiga o de intestinos pueden indicar el síndrome de la cola de caballo (cauda equina), una afección poco frecuente que necesita tratamiento de emergencia.[^healthify-sciatica]',
      provenance: 'added',
      references: ['nhs-111-wales-sciatica', 'mayo-sciatica', 'healthify-sciatica'],
    },
  ],
  disclaimers: [
    {
      kind: 'video',
      text: 'Los videos de ejercicios del artículo original son solo educativos y no son consejo médico ni tratamiento para ninguna afección concreta. Hinge Health no es su proveedor de atención médica y no se hace responsable de ninguna lesión por hacerlos. Si tiene preguntas sobre su afección o su tratamiento, consulte a su proveedor de atención médica.',
      provenance: 'source-article',
    },
    {
      kind: 'exercise',
      text: 'Limber añadió estos ejercicios a partir de las fuentes públicas que se nombran en cada uno. Son información general, no un plan hecho para usted, y ni Limber ni los expertos del artículo pueden ver cómo se mueve. Si no está seguro de que un ejercicio le convenga, pregunte a un médico o a un fisioterapeuta antes de empezar.',
      provenance: 'added',
    },
    {
      kind: 'article',
      text: 'Este artículo es solo educativo e informativo. No es consejo médico ni un servicio profesional para usted o su afección.',
      provenance: 'source-article',
    },
    {
      kind: 'medicine',
      text: 'Antes de tomar cualquier analgésico, asegúrese de que sea seguro para usted según sus antecedentes médicos; un farmacéutico o un médico pueden ayudarle.',
      provenance: 'source-article',
    },
  ],
  callToAction: {
    heading: 'Cómo puede ayudarle Hinge Health',
    body: [
      'Si el dolor de las articulaciones o de los músculos le dificulta moverse, Hinge Health ofrece un programa de ejercicio terapéutico en línea que puede seguir en casa con su aplicación, con ejercicios terapéuticos y estiramientos para su afección y un equipo de atención personal que adapta el programa a usted.',
      'Está disponible a través de muchos empleadores y planes de beneficios: compruebe si el suyo lo cubre.',
    ],
    label: 'Compruebe su cobertura',
  },
  references,
} as const satisfies Topic;

export default pinchedNerveLowBackEs;
