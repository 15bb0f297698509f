/**
 * What changed for readers in each version of this topic's content package, newest first, in each
 * locale it is published in. The first entry's version is the package version `npm run build`
 * writes into `dist/content/pinched-nerve-low-back/<locale>.json`. Semver for readers: major when
 * advice changes meaning, minor when content is added, patch for wording and corrections.
 */
export const changes = [
  {
    version: '3.0.0',
    date: '2026-12-07',
    summary: {
      en: 'More warning signs, each at one level: tingling around the genitals or buttocks, fever, night pain, weight loss, past cancer, a small fall with weak bones. Sciatica is explained. Acetaminophen has its liver warning. Exercise lists and cards show all care advice before the steps.',
      es: 'Más signos de alarma, cada uno en un nivel: hormigueo en genitales o nalgas, fiebre, dolor de noche, pérdida de peso, cáncer previo, una caída leve con huesos débiles. Se explica la ciática. El acetaminofén avisa del hígado. Listas y tarjetas muestran todos los consejos antes de los pasos.',
    },
  },
  {
    version: '2.1.0',
    date: '2026-12-05',
    summary: {
      en: 'Clearer drawings: a whole body with arms and hands, each movement seen from where it shows best, and an arrow on each step showing which way to move.',
      es: 'Dibujos más claros: un cuerpo entero con brazos y manos, cada movimiento visto desde donde mejor se entiende y una flecha en cada paso que muestra hacia dónde moverse.',
    },
  },
  {
    version: '2.0.0',
    date: '2026-12-01',
    summary: {
      en: 'Emergency signs now come first and are complete: trouble peeing, not feeling the need to poop and new problems with sex mean emergency care. A leg or foot getting weaker means seeing a doctor soon. One rule for when to see a doctor. Safer medicine advice, plainer words.',
      es: 'Los signos de emergencia van primero y completos: problemas para orinar, no sentir la necesidad de hacer popó y problemas nuevos con el sexo llevan a emergencias. Una pierna o un pie que se debilita: vaya pronto al médico. Una sola regla para ir al médico. Palabras más sencillas.',
    },
  },
  {
    version: '1.0.0',
    date: '2026-11-26',
    summary: {
      en: 'First release as a content package. New: when the page was last reviewed (its sources checked; no clinician has reviewed it) and when its next review is due.',
      es: 'Primera versión como paquete de contenido. Nuevo: cuándo se revisó la página por última vez (se comprobaron sus fuentes; ningún profesional clínico la ha revisado) y cuándo toca la próxima revisión.',
    },
  },
] as const satisfies readonly { version: string; date: string; summary: Readonly<Record<string, string>> }[];

export default changes;
