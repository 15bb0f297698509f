// An SVG bar chart of the render benchmark: median time of Limber and of its static twin for
// the article and for the cards, with the limber / static ratio against its goal.

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderChart(stats, ratios, goals, cold) {
  const all = { ...stats, 'limber article cold': cold['limber article'], 'static article cold': cold['static article'] };
  const groups = [
    ['article', 'limber article', 'static article', ratios.article, `goal ≤ ${goals.articleRatio}`],
    ['200 exercise cards', 'limber cards', 'static cards', ratios.cards, `goal ≤ ${goals.cardsRatio}`],
    [
      'article, first render in a fresh page',
      'limber article cold',
      'static article cold',
      all['limber article cold'].median / all['static article cold'].median,
      'reported',
    ],
  ];
  const width = 720;
  const barHeight = 22;
  const left = 170;
  let y = 40;
  const rows = [];
  for (const [label, limber, still, ratio, goal] of groups) {
    // Each group on its own scale: the article takes ms, 200 cards take ten times as long.
    const scale = (width - left - 120) / Math.max(all[limber].median, all[still].median);
    rows.push(`<text x="10" y="${y + 15}" font-weight="bold">${escape(label)}: ${ratio.toFixed(2)}× (${escape(goal)})</text>`);
    y += 26;
    for (const [name, key, colour] of [
      ['Limber', limber, '#005ea5'],
      ['static twin', still, '#6b7585'],
    ]) {
      const w = Math.max(1, all[key].median * scale);
      rows.push(
        `<text x="20" y="${y + 15}">${name}</text><rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="${colour}"/><text x="${(left + w + 6).toFixed(1)}" y="${y + 15}">${all[key].median.toFixed(1)} ms</text>`,
      );
      y += barHeight + 6;
    }
    y += 14;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-label="Render time, Limber against its static twin">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="10" y="22" font-size="15" font-weight="bold">Insertion to rendered and laid out (median ms; each group to its own scale)</text>
${rows.join('\n')}
</svg>
`;
}
