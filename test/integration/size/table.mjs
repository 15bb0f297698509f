// The size suite's report: what Limber weighs, as a table (every file against its budget, each
// element's own, alone and with-content bytes, and the peer comparison), printed after the tests.

import { budgetOf } from '../../support/budgets.mjs';

const pad = (value, width) => String(value).padStart(width);

/** The table's lines, from `measureSizes()` and scripts/budgets.json. */
export function sizeTable({ rows, elementRows, peer }, budgets) {
  const check = (key, bytes) => {
    const found = budgetOf(budgets, key);
    if (!found) return ' (no budget)';
    const kind = found.by === key ? '' : ` (${found.by})`;
    return bytes <= found.budget ? ` ≤ ${found.budget}${kind}` : ` OVER ${found.budget}${kind}`;
  };
  const size = (s) => `${pad(s.min, 8)}${pad(s.gzip, 8)}${pad(s.brotli, 8)}`;
  return [
    `${'what'.padEnd(68)}${pad('min', 8)}${pad('gzip', 8)}${pad('brotli', 8)}  budget (gzip)`,
    ...rows.map(([label, key, s]) => `${label.padEnd(68)}${size(s)} ${check(key, s.gzip)}`),
    '',
    `${'per-element entry (gzip bytes)'.padEnd(24)}${pad('own', 8)}  ${'budget'.padEnd(10)}${pad('alone', 8)}  ${'budget'.padEnd(10)}${pad('+content', 10)}`,
    ...elementRows.map(
      ({ name, own, alone, withContent }) =>
        `${name.padEnd(24)}${pad(own.gzip, 8)} ${check(`element:${name}`, own.gzip).padEnd(11)}${pad(alone.gzip, 8)} ${check(`alone:${name}`, alone.gzip).padEnd(11)}${pad(withContent.gzip, 10)}`,
    ),
    `own: the element's entry file (its code and styles; nested elements and shared chunks not counted).`,
    `alone: everything that entry loads up front beyond Lit when it is the only Limber import (shared chunks, nested elements).`,
    `+content: alone plus the English content and references it fetches on its first id look-up (never, with a provider catalog or data that cites nothing).`,
    `A Spanish page fetches words-es and content-es instead of content-en; the validator is fetched only for data or a provider catalog.`,
    '',
    `peer: a whole-article page against nhsuk-frontend ${peer.peer.version} (each file on its own, gzip -9)`,
    ...[...peer.files, ...peer.peer.files.map((f) => ({ name: `nhsuk-frontend/dist/nhsuk/${f.name}`, size: f.size }))].map(
      ({ name, size: s }) => `  ${name.padEnd(66)}${size(s)}`,
    ),
    `  ${'Limber whole-article page, total'.padEnd(66)}${size(peer.limber)}`,
    `  ${'nhsuk-frontend CSS + JS, total'.padEnd(66)}${size(peer.peer.size)}`,
    `ratio Limber article page / nhsuk-frontend (gzip): ${peer.ratio.toFixed(2)} (goal ≤ ${budgets.peerRatio})`,
    '',
    `goals (scripts/budgets.json; a test once listed in goals.enforced, until then reported here)`,
    ...goalRows({ rows, peer }, budgets).map(
      ({ label, ok, figure, enforced }) => `  ${(enforced ? 'enforced' : ok ? 'met' : 'MISSED').padEnd(10)}${label}: ${figure}`,
    ),
  ];
}

/** Each size goal: `{ key, label, ok, figure, enforced }`. */
export function goalRows({ rows, peer }, budgets) {
  const limber = rows.find(([, key]) => key === 'limber.js')?.[2].gzip ?? Infinity;
  return [
    {
      key: 'limber.js',
      label: `limber.js ≤ ${budgets.goals['limber.js']} B gzip`,
      ok: limber <= budgets.goals['limber.js'],
      figure: `${limber} B`,
    },
    {
      key: 'peerRatio',
      label: `the whole-article page ≤ ${budgets.peerRatio} × nhsuk-frontend's CSS + JS (gzip)`,
      ok: peer.ratio <= budgets.peerRatio,
      figure: peer.ratio.toFixed(2),
    },
  ].map((goal) => ({ ...goal, enforced: budgets.goals.enforced.includes(goal.key) }));
}

/**
 * The one-file budgets tightened to what was measured + 10 % (rounded up to 10 bytes), never
 * loosened (SIZE_UPDATE=1). A kind's ceiling is a decision, not a measurement: edit it by hand.
 */
export function tightened(measured, budgets) {
  const gzip = Object.fromEntries(
    Object.entries(measured)
      .filter(([key]) => budgets.gzip[key] !== undefined)
      .map(([key, bytes]) => [key, Math.min(Math.ceil((bytes * 1.1) / 10) * 10, budgets.gzip[key])]),
  );
  return { ...budgets, gzip };
}
