import type { Exercise } from '../../src/model/index.js';
import { figures } from './figures.js';

/**
 * `exercises.en.ts` in Spanish, with the same ids, doses, figures and references; each figure's
 * `alt` is written in Spanish. No clinician has reviewed the translation.
 */
const stopIf = [
  'siente un dolor agudo o fuerte[^first-community-knee-exercises]',
  'la rodilla empeora mucho, o nota algo raro[^first-community-knee-exercises]',
] as const;

export const exercises = [
  {
    id: 'seated-knee-straighten',
    name: 'Estirar la rodilla sentado',
    goal: 'strength',
    summary:
      'Fortalece los músculos de la parte de delante del muslo. Puede hacerlo cada vez que se siente.[^sussex-msk-hip-knee-exercises]',
    startingPosition: 'Siéntese derecho en una silla con los dos pies en el piso.',
    steps: ['Estire una pierna hacia delante y mantenga la posición.', 'Baje el pie al piso despacio.'],
    dosage: {
      reps: 10,
      holdSeconds: 10,
      holdSteps: [1],
      note: 'Haga 10 con cada pierna. Mantenga la posición mientras cuenta despacio hasta 10. Cuando le resulte fácil, suba un poco más la pierna estirada antes de mantenerla.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['seated-knee-straighten'],
      alt: 'Dibujo de una persona sentada derecha en una silla, con los dos pies en el piso y las manos sobre los muslos. Después, una rodilla se estira y la pierna queda recta hacia delante. Luego el pie vuelve al piso.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'knee-press',
    name: 'Apretar la rodilla hacia abajo',
    goal: 'mobility',
    summary: 'Ayuda a que la rodilla no se quede doblada.[^sussex-msk-hip-knee-exercises]',
    startingPosition:
      'Acuéstese boca arriba. Ponga una toalla enrollada o una almohada bajo el tobillo de una pierna, y deje esa pierna estirada. Doble la otra rodilla.',
    steps: [
      'Con los músculos de la pierna estirada, empuje la parte de atrás de la rodilla hacia el piso y mantenga la posición.',
      'Relaje la pierna.',
    ],
    dosage: {
      reps: 5,
      holdSeconds: 5,
      frequency: { times: 1, per: 'day' },
      holdSteps: [1],
      note: 'Haga al menos 5 con cada pierna, al menos una vez al día. Mantenga la posición mientras cuenta despacio hasta 5.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['knee-press'],
      alt: 'Dibujo de una persona acostada boca arriba con una rodilla doblada y el pie apoyado. La otra pierna está casi recta, con el tobillo sobre una toalla enrollada, así que la rodilla queda un poco levantada. Después, esa rodilla baja hasta quedar plana en el piso. Luego se relaja.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'heel-slide',
    name: 'Deslizar el talón',
    goal: 'flexibility',
    summary: 'Dobla y estira la rodilla hasta donde le resulte cómodo.[^sussex-msk-hip-knee-exercises]',
    startingPosition:
      'Siéntese en el piso con las dos piernas estiradas hacia delante. Si no puede bajar al piso, siéntese en un sofá y deslice el pie sobre una tabla o una bandeja.',
    steps: [
      'Doble despacio una rodilla hacia el pecho. Deslice el pie por el piso hasta que sienta un estiramiento suave, y mantenga la posición.',
      'Estire la pierna todo lo que pueda y mantenga la posición.',
    ],
    dosage: {
      reps: 10,
      holdSeconds: 5,
      holdSteps: [1, 2],
      note: 'Haga 10 con cada pierna.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['heel-slide'],
      alt: 'Dibujo de una persona sentada en el piso con las dos piernas estiradas hacia delante y las manos en el piso junto a la cadera. Después, una rodilla se dobla hacia el pecho mientras el pie se desliza por el piso. Luego la pierna se vuelve a estirar.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'straight-leg-raise',
    name: 'Subir la pierna estirada',
    goal: 'strength',
    summary: 'Fortalece los músculos del muslo sin doblar la rodilla.[^sussex-msk-hip-knee-exercises]',
    startingPosition: 'Acuéstese boca arriba en la cama o en el piso. Doble una rodilla y deje la otra pierna estirada.',
    steps: ['Sin doblar la pierna estirada, levante ese pie un poco de la cama o del piso. Mantenga la posición.', 'Bájelo despacio.'],
    dosage: {
      sets: 4,
      holdSeconds: 5,
      restSeconds: 60,
      holdSteps: [1],
      note: 'Mantenga la posición mientras cuenta despacio hasta 5. Haga todas las que pueda y descanse un minuto. Hágalo 4 veces en total.',
      references: ['sussex-msk-hip-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['straight-leg-raise'],
      alt: 'Dibujo de una persona acostada boca arriba con una rodilla doblada y el pie apoyado, y la otra pierna estirada en el piso. Después, la pierna estirada sube un poco sin doblarse. Luego vuelve a bajar.',
    },
    references: ['sussex-msk-hip-knee-exercises'],
  },
  {
    id: 'knee-straighten-over-towel',
    name: 'Estirar la rodilla sobre una toalla',
    goal: 'strength',
    summary: 'Trabaja el músculo del muslo que estira la rodilla del todo.[^cuh-knee-exercises]',
    startingPosition:
      'Acuéstese boca arriba. Ponga una toalla enrollada bajo una rodilla para que quede un poco doblada. Doble la otra rodilla para apoyar la parte baja de la espalda.',
    steps: ['Levante el talón para estirar esa pierna y mantenga la posición.', 'Baje el talón y relaje la pierna.'],
    dosage: {
      holdSeconds: 5,
      holdSteps: [1],
      note: 'Mantenga la posición mientras cuenta hasta 5. La fuente no dice cuántas veces.',
      references: ['cuh-knee-exercises'],
    },
    stopIf,
    figure: {
      ...figures['knee-straighten-over-towel'],
      alt: 'Dibujo de una persona acostada boca arriba con una rodilla doblada y el pie apoyado. La otra rodilla descansa un poco doblada sobre una toalla enrollada, con el talón en el piso. Después, el talón sube hasta que esa pierna queda recta. Luego vuelve a bajar.',
    },
    references: ['cuh-knee-exercises'],
  },
] as const satisfies readonly Exercise[];
