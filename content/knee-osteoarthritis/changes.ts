/**
 * What changed for readers in each version of this topic's content package, newest first, in each
 * language it is published in (see content/pinched-nerve-low-back/changes.ts for the rules).
 */
export const changes = [
  {
    version: '1.0.0',
    date: '2026-12-07',
    summary: {
      en: 'First version: what knee osteoarthritis is, when to get help, five exercises with drawings, and other treatments with how strongly a guideline recommends each.',
      es: 'Primera versión: qué es la artrosis de rodilla, cuándo pedir ayuda, cinco ejercicios con dibujos y otros tratamientos, con la fuerza con que una guía recomienda cada uno.',
    },
  },
] as const satisfies readonly { version: string; date: string; summary: Readonly<Record<string, string>> }[];

export default changes;
