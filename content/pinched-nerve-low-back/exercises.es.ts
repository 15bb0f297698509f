import type { Exercise } from '../../src/model/index.js';
import { figures } from './figures.js';

/**
 * The exercises of `exercises.en.ts` in Spanish: same ids, movements, doses and references,
 * translated by Limber contributors (see `translation` in `es.ts`). A dose stays with the movement
 * its source gives it for; changing a movement in English means changing it here too
 * (`npm run check -- content` compares the two). "Piso", not "suelo": the words US readers use.
 */
export const exercises = [
  {
    id: 'sciatic-nerve-glide',
    name: 'Deslizamiento del nervio ciático',
    goal: 'nerve-mobility',
    summary:
      'Un *deslizamiento* mueve la rodilla y el cuello a la vez. El nervio se afloja por un extremo mientras se tensa por el otro, y así se desliza en lugar de estirarse. Esta tarjeta es la versión para casa de Limber de un movimiento que se probó con 31 adultos sanos. El estudio midió cuánto se movía el nervio, no si aliviaba el dolor.[^ellis-2012-jospt] Otro estudio vio que el nervio se movía lo mismo sentado derecho que sentado encorvado.[^ellis-2016-jmmt]',
    startingPosition: 'Siéntese en una silla firme con los dos pies en el piso.',
    steps: [
      'Estire despacio la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba.',
      'Vuelva a doblar la rodilla mientras baja la barbilla hacia el pecho.',
      'Haga el movimiento lento y pequeño. No debe provocarle los síntomas de la pierna.',
    ],
    dosage: {},
    stopIf: ['los síntomas de la pierna empeoran[^nhs-inform-back-exercises]', 'siente un dolor nuevo[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['sciatic-nerve-glide'],
      alt: 'Dibujo de una persona sentada derecha en una silla, con los dos pies en el piso. Después estira la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar arriba. Luego vuelve a doblar la rodilla mientras baja la barbilla hacia el pecho.',
    },
    references: ['ellis-2012-jospt', 'ellis-2016-jmmt'],
  },
  {
    id: 'knee-to-chest',
    name: 'Rodilla al pecho',
    goal: 'mobility',
    summary: 'Dobla con suavidad la parte baja de la espalda al llevar una rodilla a la vez hacia el pecho.[^csp-back-pain-exercises]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.',
    steps: [
      'Suba una rodilla. Llévela con suavidad hacia el pecho con las manos y mantenga la posición.',
      'Vuelva a bajar ese pie al piso.',
      'Haga lo mismo con la otra rodilla y mantenga la posición. Después bájela. Eso es una repetición.',
    ],
    dosage: {
      reps: 5,
      repsUpTo: true,
      holdSeconds: 5,
      holdSteps: [1, 3],
      references: ['csp-back-pain-exercises'],
    },
    stopIf: ['los síntomas empeoran[^nhs-inform-back-exercises]', 'siente un dolor nuevo[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['knee-to-chest'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas y los pies en el piso. Después, las manos llevan una rodilla hacia el pecho mientras el otro pie sigue apoyado. Luego ese pie vuelve a bajar y sube la otra rodilla.',
    },
    references: ['csp-back-pain-exercises'],
  },
  {
    id: 'piriformis-stretch',
    name: 'Estiramiento del glúteo (piriforme)',
    goal: 'flexibility',
    summary:
      'Estira el *piriforme*, un músculo pequeño que está en lo profundo del glúteo. Está muy cerca del nervio ciático. La fuente es un video del NHS sobre la ciática y el *síndrome piriforme*. Es un dolor en el glúteo que aparece cuando este músculo irrita el nervio.[^nhs-piriformis-video]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.',
    steps: [
      'Con las manos, lleve la rodilla del lado que le duele hacia el pecho. Después crúcela un poco sobre el cuerpo, hacia el hombro contrario.',
      'Manténgala ahí con suavidad y después vuelva a bajar la pierna.',
    ],
    dosage: {},
    stopIf: ['siente cualquier dolor o molestia[^nhs-piriformis-video]'],
    figure: {
      ...figures['piriformis-stretch'],
      alt: 'Dibujo, visto desde un lado de los pies, de una persona acostada boca arriba con las rodillas dobladas y los brazos a los lados. Después, con las dos manos, lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario. Una flecha muestra hacia dónde va la rodilla.',
    },
    references: ['nhs-piriformis-video'],
  },
  {
    id: 'knee-rolls',
    name: 'Giro de rodillas',
    goal: 'mobility',
    summary:
      'Devuelve el movimiento a la parte baja de la espalda con un giro lento de las rodillas de un lado a otro.[^nhs-inform-back-exercises]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.',
    steps: [
      'Deje que las dos rodillas caigan despacio hacia la derecha y mantenga la posición.',
      'Vuelva a llevarlas al centro.',
      'Déjelas caer despacio hacia la izquierda y mantenga la posición. Después vuelva al centro. Eso es una repetición.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.',
      holdSteps: [1, 3],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['los síntomas empeoran[^nhs-inform-back-exercises]', 'siente un dolor nuevo[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['knee-rolls'],
      alt: 'Dibujo, visto desde los pies, de una persona acostada boca arriba con las rodillas dobladas y juntas y los brazos a los lados. Las rodillas caen hacia la derecha, vuelven al centro y después caen hacia la izquierda. Unas flechas muestran hacia dónde caen.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'pelvic-tilt',
    name: 'Inclinación de la pelvis',
    goal: 'mobility',
    summary: 'Un movimiento pequeño y suave de la parte baja de la espalda que se hace acostado.[^nhs-inform-back-exercises]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.',
    steps: [
      'Apriete la parte baja de la espalda contra el piso y mantenga la posición.',
      'Vuelva a relajar la espalda. Eso es una repetición.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Añada una o dos repeticiones cada pocos días, mientras le resulte cómodo.',
      holdSteps: [1],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['los síntomas empeoran[^nhs-inform-back-exercises]', 'siente un dolor nuevo[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['pelvic-tilt'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas y un pequeño hueco bajo la parte baja de la espalda. Después aprieta la parte baja de la espalda contra el piso y luego la relaja.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'bridge',
    name: 'Puente',
    goal: 'mobility',
    summary:
      'Desde una inclinación de la pelvis, levanta la cadera y la parte baja de la espalda del piso, y después las baja despacio.[^cuh-back-mobility]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies en el piso.',
    steps: [
      'Aplane la espalda contra el piso inclinando la pelvis hacia atrás.',
      'Levante despacio la cadera y la parte baja de la espalda del piso, y mantenga la posición.',
      'Baje despacio hasta volver a apoyarse en el piso.',
    ],
    dosage: {},
    stopIf: ['los síntomas empeoran[^nhs-inform-back-exercises]', 'siente un dolor nuevo[^nhs-inform-back-exercises]'],
    figure: {
      ...figures['bridge'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas. Aplana la espalda contra el piso, después levanta la cadera y la parte baja de la espalda del piso mientras los hombros y los pies siguen apoyados, y luego baja.',
    },
    references: ['cuh-back-mobility'],
  },
] as const satisfies readonly Exercise[];
