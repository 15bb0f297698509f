import { expect } from 'chai';
import { formatAuthors, formatIssued, formatReference, initials, referenceToPlain } from '../../src/content/apa.js';
import type { Reference } from '../../src/model/index.js';
import { SOURCE_TOPIC } from '../support/topics.js';

const byId = (id: string): Reference => {
  const found = SOURCE_TOPIC.references.find((r) => r.id === id);
  if (!found) throw new Error(`no reference ${id}`);
  return found;
};
const italics = (reference: Reference): string[] =>
  formatReference(reference)
    .filter((s) => s.kind === 'italic')
    .map((s) => s.text);

describe('APA 7 formatter', () => {
  describe('the five references of the source article', () => {
    it('1. a StatPearls chapter', () => {
      const ref = byId('davis-2019-sciatica');
      expect(referenceToPlain(ref)).to.equal(
        'Davis, D., & Vasudevan, A. (2019, November 15). Sciatica. In StatPearls. StatPearls Publishing.',
      );
      expect(italics(ref)).to.deep.equal(['StatPearls']);
    });

    it('2. a journal article with ten authors and a DOI', () => {
      const ref = byId('romeo-2019-spine');
      expect(referenceToPlain(ref)).to.equal(
        'Romeo, V., Covello, M., Salvatore, E., Parente, C. A., Abbenante, D., Biselli, R., Ciriello, M., Musolino, P., Salvatore, M., & Cangiano, A. (2019). ' +
          'High prevalence of spinal magnetic resonance imaging findings in asymptomatic young adults (18–22 yrs) candidate to Air Force flight. ' +
          'Spine, 44(12), 872–878. https://doi.org/10.1097/BRS.0000000000002961',
      );
      expect(italics(ref)).to.deep.equal(['Spine', '44']);
      expect(formatReference(ref).at(-1)).to.deep.equal({
        kind: 'link',
        text: 'https://doi.org/10.1097/BRS.0000000000002961',
        href: 'https://doi.org/10.1097/BRS.0000000000002961',
      });
    });

    it('3. a webpage with no author, no date and no URL', () => {
      const ref = byId('physiopedia-sciatic-nerve-injury');
      expect(referenceToPlain(ref)).to.equal('Sciatic nerve injury. (n.d.). Physiopedia.');
      expect(italics(ref)).to.deep.equal(['Sciatic nerve injury']);
    });

    it('4. an organisation page with no author and no date', () => {
      const ref = byId('johns-hopkins-sciatica');
      expect(referenceToPlain(ref)).to.equal('Sciatica. (n.d.). Johns Hopkins Medicine.');
      expect(italics(ref)).to.deep.equal(['Sciatica']);
    });

    it('5. a dated webpage by one author', () => {
      const ref = byId('hochschuler-2023-spine-health');
      expect(referenceToPlain(ref)).to.equal('Hochschuler, S. (2023, February 10). What you need to know about sciatica. Spine-health.');
      expect(italics(ref)).to.deep.equal(['What you need to know about sciatica']);
    });
  });

  describe('rules', () => {
    it('puts no full stop after a URL, and says when a page was retrieved', () => {
      const ref: Reference = {
        id: 'x',
        type: 'webpage',
        title: 'Sciatica',
        author: [{ literal: 'NHS' }],
        URL: 'https://www.nhs.uk/conditions/sciatica/',
        accessed: { 'date-parts': [[2026, 11, 2]] },
        provenance: 'added',
      };
      expect(referenceToPlain(ref)).to.equal(
        'NHS. (n.d.). Sciatica. Retrieved November 2, 2026, from https://www.nhs.uk/conditions/sciatica/',
      );
    });

    it('drops the site name when it is the author', () => {
      const ref: Reference = {
        id: 'x',
        type: 'webpage',
        title: 'Sciatica',
        author: [{ literal: 'Mayo Clinic' }],
        'container-title': 'Mayo Clinic',
        provenance: 'added',
      };
      expect(referenceToPlain(ref)).to.equal('Mayo Clinic. (n.d.). Sciatica.');
    });

    it('adds no full stop after a title ending in a question mark', () => {
      const ref: Reference = { id: 'x', type: 'webpage', title: 'Is it sciatica?', 'container-title': 'Site', provenance: 'added' };
      expect(referenceToPlain(ref)).to.equal('Is it sciatica? (n.d.). Site.');
    });

    it('writes initials and author lists the APA way', () => {
      expect(initials('Arvind')).to.equal('A.');
      expect(initials('C. A.')).to.equal('C. A.');
      expect(initials('Mary-Jane')).to.equal('M.-J.');
      const names = Array.from({ length: 22 }, (_, i) => ({ family: `F${i + 1}`, given: 'G' }));
      expect(formatAuthors(names.slice(0, 1))).to.equal('F1, G.');
      expect(formatAuthors(names.slice(0, 2))).to.equal('F1, G., & F2, G.');
      expect(formatAuthors(names.slice(0, 3))).to.equal('F1, G., F2, G., & F3, G.');
      expect(formatAuthors(names)).to.match(/^F1, G\., .* F19, G\., \. \. \. F22, G\.$/);
      expect(formatAuthors(names).includes('F20')).to.equal(false);
    });

    it('writes dates as (year, Month day), (year) or (n.d.)', () => {
      expect(formatIssued({ 'date-parts': [[2023, 2, 10]] })).to.equal('(2023, February 10)');
      expect(formatIssued({ 'date-parts': [[2019]] })).to.equal('(2019)');
      expect(formatIssued(undefined)).to.equal('(n.d.)');
    });
  });

  describe('each part at its edges', () => {
    const plain = (fields: Partial<Reference>): string =>
      referenceToPlain({ id: 'x', provenance: 'added', title: 'T', type: 'webpage', ...fields } as Reference);

    it('keeps short initials already written with a full stop, and shortens longer ones', () => {
      expect([initials('Jo.'), initials('R.'), initials('Mary.'), initials('  Ann  Marie '), initials('ab')]).to.deep.equal([
        'Jo.',
        'R.',
        'M.',
        'A. M.',
        'A.',
      ]);
    });

    it('lists twenty authors in full, with "&" before the last', () => {
      const names = Array.from({ length: 20 }, (_, i) => ({ family: `F${i + 1}` }));
      expect(formatAuthors(names)).to.equal(
        `${names
          .slice(0, 19)
          .map((n) => n.family)
          .join(', ')}, & F20`,
      );
      expect(formatAuthors([{ literal: 'NHS' }, { family: 'X' }])).to.equal('NHS, & X');
    });

    it('writes a month without a day', () => {
      expect(formatIssued({ 'date-parts': [[2023, 5]] })).to.equal('(2023, May)');
    });

    it('says when a page was retrieved, to the month or the year, and never for a DOI', () => {
      const URL = 'https://a.example/p';
      expect(plain({ URL, accessed: { 'date-parts': [[2023, 5]] } })).to.equal(`T. (n.d.). Retrieved May, 2023, from ${URL}`);
      expect(plain({ URL, accessed: { 'date-parts': [[2023]] } })).to.equal(`T. (n.d.). Retrieved 2023, from ${URL}`);
      expect(plain({ URL, accessed: { 'date-parts': [[2023, 5, 3]] }, DOI: '10.1234/x' })).to.equal('T. (n.d.). https://doi.org/10.1234/x');
      expect(plain({ URL })).to.equal(`T. (n.d.). ${URL}`);
    });

    it('journal articles: volume in italics, issue in brackets only with a volume, pages after', () => {
      const article = { type: 'article-journal', author: [{ family: 'A', given: 'B' }], 'container-title': 'J' } as const;
      expect(plain({ ...article, title: 'Study.', issued: { 'date-parts': [[2020]] }, volume: '4' })).to.equal(
        'A, B. (2020). Study. J, 4.',
      );
      expect(plain({ ...article, title: 'Study', issue: '2', page: '1-9' })).to.equal('A, B. (n.d.). Study. J, 1-9.');
      expect(plain({ ...article, title: 'Study', volume: '4', issue: '2' })).to.equal('A, B. (n.d.). Study. J, 4(2).');
      expect(italics({ ...article, id: 'x', provenance: 'added', title: 'Study', volume: '4' })).to.deep.equal(['J', '4']);
    });

    it('chapters: "In" the book, pages and publisher when known; the chapter title is not in italics', () => {
      const chapter = { type: 'chapter', title: 'Chap', 'container-title': 'Book' } as const;
      expect(plain({ ...chapter, author: [{ family: 'A' }], page: '3-4', publisher: 'Pub' })).to.equal(
        'A. (n.d.). Chap. In Book (pp. 3-4). Pub.',
      );
      expect(plain(chapter)).to.equal('Chap. (n.d.). In Book.');
      expect(italics({ ...chapter, id: 'x', provenance: 'added' })).to.deep.equal(['Book']);
    });

    it('pages: the site is left out only when it is the one author, the publisher only when it is the site', () => {
      expect(plain({ title: 'Page', author: [{ literal: 'NHS' }], 'container-title': 'NHS', publisher: 'NHS' })).to.equal(
        'NHS. (n.d.). Page.',
      );
      expect(plain({ title: 'Page', author: [{ literal: 'NHS' }, { literal: 'X' }], 'container-title': 'NHS' })).to.equal(
        'NHS, & X. (n.d.). Page. NHS.',
      );
      expect(plain({ title: 'Page', author: [{ family: 'NHS' }], 'container-title': 'NHS' })).to.equal('NHS. (n.d.). Page. NHS.');
      expect(
        plain({ type: 'report', title: 'Rep?', author: [{ literal: 'Org Inc.' }], publisher: 'Acme Inc.', 'container-title': 'Site' }),
      ).to.equal('Org Inc. (n.d.). Rep? Site. Acme Inc.');
    });

    it('ends a title with a full stop unless it already ends in one (a full stop inside does not count)', () => {
      const article = { type: 'article-journal', 'container-title': 'J' } as const;
      expect(plain({ ...article, title: 'Back pain vs. sciatica' })).to.equal('Back pain vs. sciatica. (n.d.). J.');
      expect(plain({ title: 'Why? A guide', 'container-title': 'Site' })).to.equal('Why? A guide. (n.d.). Site.');
      expect(plain({ title: 'Why? A guide', author: [{ literal: 'Org' }], 'container-title': 'Site' })).to.equal(
        'Org. (n.d.). Why? A guide. Site.',
      );
    });

    it('ends on a full stop with no trailing space when there is no link', () => {
      expect(plain({ type: 'book', title: 'Book!', 'container-title': 'Site' })).to.equal('Book! (n.d.). Site.');
      expect(formatReference({ id: 'x', provenance: 'added', title: 'T', type: 'webpage', 'container-title': 'C' })).to.deep.equal([
        { kind: 'italic', text: 'T', own: true },
        { kind: 'text', text: '. (n.d.). ' },
        { kind: 'text', text: 'C.', own: true },
      ]);
    });
  });
});
