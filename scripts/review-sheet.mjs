// npm run review:sheet -- <topic> <locale>: a clinician's worksheet for one topic text, as HTML and
// PDF in test-results/review-sheets/ (git-ignored). One page per item a clinician signs off (each
// care level, the causes, each exercise, each treatment, the tip): every field of it exactly as the
// fingerprint covers it, its sources in full (with what each publisher allows and how Limber uses
// it), its reading level, its fingerprint and its status today, and a box to sign; then the topic's
// red-flag checklist, each warning sign of the source set and the care sign that gives it (or why
// none does), for the clinician to accept or reject. CONTRIBUTING.md ("Recording a clinical sign-off") says what to do with
// a signed sheet. The PDF needs Chromium; without one (or with --html-only) only the HTML is written.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from './lib/content-modules.mjs';
import { findChromium, launchChromium } from './lib/chromium.mjs';

const [topicId, locale] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const htmlOnly = process.argv.includes('--html-only');
const { topics, reviewItems, fingerprint, reviewStatus, readabilityOf, referenceToPlain, staleSignOffs, citationsIn, CHECKLISTS, records } =
  await loadTs('review-sheet', [
    `export { reviewItems } from './src/content/review-items.ts';`,
    `export { fingerprint } from './src/content/fingerprint.ts';`,
    `export { reviewStatus } from './src/content/sign-off.ts';`,
    `export { readabilityOf } from './scripts/content-rules/readability.ts';`,
    `export { referenceToPlain } from './src/content/apa.ts';`,
    `export { staleSignOffs } from './scripts/content-rules/sign-offs.ts';`,
    `export { citationsIn } from './src/content/rich-text.ts';`,
    `export { CHECKLISTS } from './content/checklists/index.ts';`,
    // The topic's records for reviewers (each source's terms, how each was read), when it has them.
    ...(topicId && existsSync(`content/${topicId}/references.ts`) ? [`export { records } from './content/${topicId}/references.ts';`] : []),
  ]);

const found = topics.find((t) => t.topic.id === topicId && t.topic.locale === locale);
if (!found) {
  const known = topics.map((t) => `${t.topic.id} ${t.topic.locale}`).join(', ');
  console.error(`usage: npm run review:sheet -- <topic> <locale>   (known: ${known})`);
  process.exit(1);
}
const { topic } = found;
const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const readability = readabilityOf(topic);

/** Every leaf of an item (text and numbers) with its field path: what the fingerprint covers. */
function fields(value, path = '') {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => fields(item, `${path}[${i + 1}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => fields(v, path ? `${path}.${k}` : k));
  return [];
}

/** What a publisher allows and how Limber uses it: "Copyright: … Used: facts restated." */
const USES = { 'facts-restated': 'facts restated in Limber’s words', quoted: 'quoted', translated: 'translated', listed: 'listed only' };
const termsOf = (terms) =>
  terms
    ? `${escape(terms.licence)}: ${escape(terms.detail)} <em>Used:</em> ${escape(terms.use.map((use) => USES[use] ?? use).join(', '))}.`
    : '<strong>No terms on record.</strong>';

/** A reference as the sheet lists it: APA, then how it was read (`note`) and its terms, from the topic's records. */
const sourceItem = (r) => {
  const record = records?.references[r.id];
  const note = record?.note ?? r.note;
  return `<li><code>${escape(r.id)}</code>: ${escape(referenceToPlain(r))}${note ? `<br><em>How it was read:</em> ${escape(note)}` : ''}<br><em>Terms:</em> ${termsOf(record?.terms)}</li>`;
};

/** Rich text for a reader of the sheet: citation markers as [source id], emphasis kept as words. */
const readable = (text) => escape(text).replace(/\[\^([^\]]+)\]/g, '<sup>[$1]</sup>');

function status(key, item) {
  const now = reviewStatus(topic, key, item, fingerprint);
  if (now.kind === 'reviewed')
    return `Clinically reviewed by ${now.reviewers.map((r) => `${r.name}, ${r.credentials}`).join('; ')} on ${now.date}`;
  if (now.kind === 'stale') return `Changed since its clinical sign-off of ${now.date}: not clinically reviewed`;
  return 'Not clinically reviewed';
}

const pages = reviewItems(topic).map(({ key, item }) => {
  const texts = fields(item).flatMap(([, value]) => (typeof value === 'string' ? [value] : []));
  const cited = [...new Set([...citationsIn(texts), ...(item.references ?? [])])];
  const sources = topic.references.filter((r) => cited.includes(r.id));
  const score = readability?.items[key];
  return `<section class="item">
    <h2>${escape(key)}</h2>
    <p class="status"><strong>Status today:</strong> ${escape(status(key, item))}</p>
    <p class="print"><strong>Fingerprint:</strong> <code>${escape(fingerprint(item))}</code></p>
    ${score === undefined ? '' : `<p><strong>Reading level:</strong> ${escape(score)} (${escape(readability.formula)})</p>`}
    <table><thead><tr><th scope="col">Field</th><th scope="col">What readers see</th></tr></thead><tbody>
      ${fields(item)
        .map(([path, value]) => `<tr><th scope="row">${escape(path)}</th><td>${readable(value)}</td></tr>`)
        .join('\n      ')}
    </tbody></table>
    <h3>Sources</h3>
    ${sources.length ? `<ol>${sources.map(sourceItem).join('')}</ol>` : '<p>None cited.</p>'}
    <h3>Sign-off</h3>
    <p>I have read every field above against its sources, and it is clinically safe and correct for readers${topic.translation ? ` (a translation from ${escape(topic.translation.from)}: scope "translation" if you checked it says what its source says, "clinical" if you checked it clinically)` : ''}.</p>
    <dl class="sign">
      <dt>Scope (clinical or translation)</dt><dd></dd>
      <dt>Name and credentials</dt><dd></dd>
      <dt>Licence or registration number, and the body that issued it</dt><dd></dd>
      <dt>Date</dt><dd></dd>
      <dt>Signature</dt><dd></dd>
      <dt>Changes asked for (the item is not signed off until they are made and a new sheet is signed)</dt><dd class="tall"></dd>
    </dl>
  </section>`;
});

/** The topic's red-flag checklist: every sign of its source set, where the source puts it and which care sign gives it. */
function checklistPage() {
  const checklist = CHECKLISTS.find((c) => c.topics.includes(topic.id));
  if (!checklist)
    return `<section class="item"><h2>Red-flag checklist</h2><p><strong>No checklist names this topic.</strong></p></section>`;
  const signs = new Map(
    topic.careAdvice.flatMap((advice) =>
      advice.signs.filter((sign) => typeof sign !== 'string').map((sign) => [sign.concept, { level: advice.level, text: sign.text }]),
    ),
  );
  const source = (id) => checklist.sources.find((s) => s.id === id);
  const rows = checklist.entries.map((entry) => {
    const sign = 'sign' in entry ? signs.get(entry.sign) : undefined;
    const limber =
      'sign' in entry
        ? `${escape(sign?.level ?? 'missing')}: <code>${escape(entry.sign)}</code> ${sign ? readable(sign.text) : ''}${entry.levelNote ? `<br><em>Level:</em> ${escape(entry.levelNote)}` : ''}`
        : `<strong>Excluded:</strong> ${escape(entry.excluded)}`;
    return `<tr><th scope="row">${escape(source(entry.source)?.publisher ?? entry.source)}</th><td>“${escape(entry.words)}”</td><td>${escape(entry.sourceLevel)}</td><td>${limber}</td><td></td></tr>`;
  });
  return `<section class="item">
    <h2>Red-flag checklist: ${escape(checklist.title)}</h2>
    <p>${escape(checklist.sourceSet)}</p>
    <p>Each row is one warning sign in its source’s words, the level the source gives it, and the one care sign on this page that gives its instruction (or why none does). Mark each row accept or reject; a rejected row is a change to make before this topic is signed off.</p>
    <table><thead><tr><th scope="col">Source</th><th scope="col">The source’s words</th><th scope="col">Source’s level</th><th scope="col">Limber’s sign</th><th scope="col">Accept?</th></tr></thead><tbody>
      ${rows.join('\n      ')}
    </tbody></table>
    <h3>Where each source was read</h3>
    <ol>${checklist.sources.map((s) => `<li>${escape(s.publisher)}, <cite>${escape(s.title)}</cite> (${escape(s.url)}): ${escape(s.read)}</li>`).join('')}</ol>
  </section>`;
}

const stale = staleSignOffs(topic);
const title = `Clinical review sheet: ${topic.title} (${topic.locale})`;
const html = `<!doctype html><html lang="${escape(topic.locale)}"><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  body { font: 11pt/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 46em; padding: 1em; color: #111; }
  h1 { font-size: 1.5em; } h2 { font-size: 1.25em; border-top: 2px solid #111; padding-top: 0.5em; }
  table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
  th, td { border: 1px solid #888; padding: 0.3em 0.45em; text-align: start; vertical-align: top; }
  tbody th { font-weight: 600; width: 30%; word-break: break-word; }
  code { font-size: 0.88em; word-break: break-all; }
  .sign dt { font-weight: 600; margin-top: 0.6em; } .sign dd { margin: 0.2em 0 0; border-bottom: 1px solid #111; min-height: 1.8em; }
  .sign dd.tall { min-height: 5em; border: 1px solid #111; }
  .item { break-before: page; }
</style>
<h1>${escape(title)}</h1>
<p>Topic <code>${escape(topic.id)}</code>, locale <code>${escape(topic.locale)}</code>; written ${escape(new Date().toISOString().slice(0, 10))} from the repository as it is. Each item below is one sign-off. The fingerprint is of exactly what is printed: if the item changes, its sign-off no longer holds, and readers see it as not clinically reviewed.</p>
<p>${escape(pages.length)} items; reviewers on record: ${escape((topic.review?.reviewers ?? []).map((r) => `${r.name}, ${r.credentials}`).join('; ') || 'none')}.${stale.length ? ` Stale sign-offs: ${escape(stale.length)}.` : ''}</p>
<p>${topic.source ? `<strong>The source article:</strong> ${escape(topic.source.publisher)}, <cite>${escape(topic.source.title)}</cite>.` : '<strong>No source article:</strong> Limber wrote this topic from the references it cites.'} <em>Terms:</em> ${termsOf(records?.source.terms)}</p>
${pages.join('\n')}
${checklistPage()}
</html>`;

const out = join('test-results', 'review-sheets');
mkdirSync(out, { recursive: true });
const file = join(out, `${topic.id}.${topic.locale}.html`);
writeFileSync(file, html);
console.log(`review:sheet: ${file} (${pages.length} items)`);
if (htmlOnly) process.exit(0);
if (!findChromium()) {
  console.log('review:sheet: no Chromium, so no PDF (apt-get install -y chromium, or set CHROME_PATH)');
  process.exit(0);
}
const browser = await launchChromium();
try {
  const tab = await browser.newPage();
  await tab.setContent(html, { waitUntil: 'load' });
  const pdf = file.replace(/\.html$/, '.pdf');
  await tab.pdf({ path: pdf, format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '14mm', right: '14mm' } });
  console.log(`review:sheet: ${pdf}`);
} finally {
  await browser.close();
}
