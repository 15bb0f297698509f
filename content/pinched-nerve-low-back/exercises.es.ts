import type { Exercise } from '../../src/content/model.js';
import { figures } from './figures.js';

/**
 * The exercises of `exercises.en.ts` in Spanish: same ids, movements, doses and references,
 * translated by Limber contributors (see `translation` in `es.ts`). A dose stays with the movement
 * its source gives it for; changing a movement in English means changing it here too
 * (`npm run check:content` compares the two).
 */
export const exercises = [
  {
    id: 'sciatic-nerve-glide',
    name: 'Deslizamiento del nervio ciático',
    goal: 'nerve-mobility',
    summary:
      'Un *deslizamiento*: la rodilla y el cuello se mueven a la vez, de modo que el nervio se afloja por un extremo mientras se tensa por el otro, y se desliza en lugar de estirarse por los dos extremos. En un estudio con adultos sanos, este tipo de movimiento desplazó el nervio ciático más que los otros ejercicios que se probaron.[^ellis-2012-jospt]',
    startingPosition: 'Siéntese en una silla firme con los dos pies apoyados en el suelo.',
    steps: [
      'Estire despacio la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar hacia arriba.',
      'Vuelva a doblar la rodilla mientras baja la barbilla hacia el pecho.',
      'Haga el movimiento lento y pequeño: no debe provocarle los síntomas de la pierna.',
    ],
    dosage: {},
    stopIf: ['los síntomas de la pierna empeoran', 'siente un dolor nuevo'],
    figure: {
      ...figures['sciatic-nerve-glide'],
      alt: 'Dibujo de una persona sentada derecha en una silla, con los dos pies en el suelo. Después estira la rodilla de la pierna que le duele mientras inclina la cabeza hacia atrás para mirar hacia arriba. Luego vuelve a doblar la rodilla mientras baja la barbilla hacia el pecho.',
    },
    references: ['ellis-2012-jospt', 'nhs-inform-back-exercises'],
  },
  {
    id: 'knee-to-chest',
    name: 'Rodillas al pecho',
    goal: 'mobility',
    summary: 'Dobla suavemente la parte baja de la espalda al acercar las rodillas al pecho.[^cuh-back-mobility]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas.',
    steps: [
      'Con ayuda de los brazos, lleve las rodillas hacia el pecho.',
      'Manténgalas ahí; después relájese y vuelva a apoyar los pies en el suelo.',
    ],
    dosage: {},
    stopIf: ['los síntomas empeoran', 'siente un dolor nuevo'],
    figure: {
      ...figures['knee-to-chest'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas y los pies en el suelo. Después, con los brazos, lleva las dos rodillas hacia el pecho.',
    },
    references: ['cuh-back-mobility', 'nhs-inform-back-exercises'],
  },
  {
    id: 'piriformis-stretch',
    name: 'Estiramiento del glúteo (piriforme)',
    goal: 'flexibility',
    summary:
      'Estira el piriforme, un músculo pequeño que está en lo profundo del glúteo, muy cerca del nervio ciático.[^nhs-piriformis-video]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
    steps: [
      'Lleve la rodilla del lado que le duele hacia el pecho y después crúcela un poco sobre el cuerpo, hacia el hombro contrario.',
      'Manténgala ahí con suavidad y después vuelva a bajar la pierna.',
    ],
    dosage: {},
    stopIf: ['siente cualquier dolor o molestia'],
    figure: {
      ...figures['piriformis-stretch'],
      alt: 'Dibujo, visto desde arriba, de una persona acostada boca arriba con las rodillas dobladas. Después lleva la rodilla del lado que le duele hacia el pecho y la cruza un poco sobre el cuerpo, hacia el hombro contrario.',
    },
    references: ['nhs-piriformis-video'],
  },
  {
    id: 'knee-rolls',
    name: 'Giro de rodillas',
    goal: 'mobility',
    summary:
      'Devuelve el movimiento a la parte baja de la espalda con un giro lento de las rodillas de un lado a otro.[^nhs-inform-back-exercises]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
    steps: [
      'Deje que las dos rodillas caigan despacio hacia la derecha y mantenga la posición.',
      'Vuelva a llevarlas al centro.',
      'Déjelas caer despacio hacia la izquierda, mantenga la posición y vuelva al centro. Eso es una repetición.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Añada una o dos repeticiones cada pocos días mientras le siga resultando cómodo.',
      holdSteps: [1, 3],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['los síntomas empeoran', 'siente un dolor nuevo'],
    figure: {
      ...figures['knee-rolls'],
      alt: 'Dibujo, visto desde arriba, de una persona acostada boca arriba con las rodillas dobladas y juntas. Las rodillas caen hacia la derecha, vuelven al centro y después caen hacia la izquierda.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'pelvic-tilt',
    name: 'Inclinación de la pelvis',
    goal: 'mobility',
    summary: 'Un movimiento pequeño y suave de la parte baja de la espalda que se hace acostado.[^nhs-inform-back-exercises]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
    steps: [
      'Presione la parte baja de la espalda contra el suelo y mantenga la posición.',
      'Vuelva a relajar la espalda. Eso es una repetición.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 2,
      frequency: { times: 3, per: 'day' },
      note: 'Añada una o dos repeticiones cada pocos días mientras le siga resultando cómodo.',
      holdSteps: [1],
      references: ['nhs-inform-back-exercises'],
    },
    stopIf: ['los síntomas empeoran', 'siente un dolor nuevo'],
    figure: {
      ...figures['pelvic-tilt'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas y un pequeño hueco bajo la parte baja de la espalda. Después presiona la parte baja de la espalda contra el suelo y luego la relaja.',
    },
    references: ['nhs-inform-back-exercises'],
  },
  {
    id: 'bridge',
    name: 'Puente',
    goal: 'mobility',
    summary:
      'Desde una inclinación de la pelvis, levanta la cadera y la parte baja de la espalda del suelo y después las baja despacio.[^cuh-back-mobility]',
    startingPosition: 'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
    steps: [
      'Aplane la espalda contra el suelo inclinando la pelvis hacia atrás.',
      'Levante despacio la cadera y la parte baja de la espalda del suelo, y mantenga la posición.',
      'Baje despacio hasta volver a apoyarse en el suelo.',
    ],
    dosage: {},
    stopIf: ['los síntomas empeoran', 'siente un dolor nuevo'],
    figure: {
      ...figures['bridge'],
      alt: 'Dibujo de una persona acostada boca arriba con las rodillas dobladas. Aplana la espalda contra el suelo, después levanta la cadera y la parte baja de la espalda del suelo mientras los hombros y los pies siguen apoyados, y luego baja.',
    },
    references: ['cuh-back-mobility', 'nhs-inform-back-exercises'],
  },
] as const satisfies readonly Exercise[];
