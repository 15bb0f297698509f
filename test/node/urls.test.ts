import { expect } from 'chai';
import { checkUrl, doiUrl } from '../../src/content/urls.js';

describe('URL policy', () => {
  describe('allows', () => {
    for (const url of [
      'https://www.nhs.uk/conditions/sciatica/',
      'mailto:care@example.org',
      '/care',
      'care/plan',
      '#steps',
      '?page=2',
      './a',
      '../b',
    ]) {
      it(`${url}`, () => {
        expect(checkUrl(url)).to.deep.equal({ ok: true, url });
      });
    }
    it('trims surrounding whitespace as browsers do', () => {
      expect(checkUrl('  https://example.org/x \n')).to.deep.equal({ ok: true, url: 'https://example.org/x' });
    });
  });

  describe('refuses', () => {
    const refused: [string, string][] = [
      ['javascript:alert(1)', 'scheme "javascript:"'],
      ['JaVaScRiPt:alert(1)', 'scheme "javascript:"'],
      ['\u0001javascript:alert(1)', 'control character'],
      ['java\tscript:alert(1)', 'control character'],
      ['java\nscript:alert(1)', 'control character'],
      ['data:text/html,<script>alert(1)</script>', 'scheme "data:"'],
      ['vbscript:msgbox(1)', 'scheme "vbscript:"'],
      ['blob:https://example.org/uuid', 'scheme "blob:"'],
      ['http://example.org', 'scheme "http:"'],
      ['//evil.example', 'protocol-relative'],
      ['/\\evil.example', 'backslash'],
      [`https://example.org/${'a'.repeat(3000)}`, 'longer than 2048'],
      ['', 'empty'],
    ];
    for (const [url, reason] of refused) {
      it(`${JSON.stringify(url.slice(0, 40))} (${reason})`, () => {
        const result = checkUrl(url);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.reason).to.contain(reason);
      });
    }
    it('mailto: for media sources', () => {
      expect(checkUrl('mailto:a@example.org', 'media').ok).to.equal(false);
    });
    it('tel: everywhere but a care option', () => {
      expect([checkUrl('tel:+18005550100').ok, checkUrl('tel:+18005550100', 'media').ok]).to.deep.equal([false, false]);
    });
    it('a non-string', () => {
      expect(checkUrl(42)).to.deep.equal({ ok: false, reason: 'URL is not a string' });
    });
  });

  it('turns a bare DOI into a doi.org URL', () => {
    expect(doiUrl('10.1097/BRS.0000000000002961')).to.equal('https://doi.org/10.1097/BRS.0000000000002961');
  });
});

describe("URL policy for a host's care options", () => {
  for (const url of [
    'tel:+1-800-555-0100',
    'tel:0800611116',
    'tel:(02)9999.0000',
    'TEL:811',
    'https://plan.example/visits',
    '/nurse-line',
  ]) {
    it(`allows ${url}`, () => {
      expect(checkUrl(url, 'care')).to.deep.equal({ ok: true, url });
    });
  }
  for (const url of [
    'tel:',
    'tel:+',
    'tel:1-800-CALL-NOW',
    'tel:+1;ext=2',
    'tel:+1-',
    'tel:-1',
    'tel:()',
    'mailto:care@plan.example',
    'sms:+15550100',
  ]) {
    it(`refuses ${url}`, () => {
      expect(checkUrl(url, 'care').ok).to.equal(false);
    });
  }
});

describe('URL policy edges', () => {
  it('refuses URLs over 2,048 characters and accepts one of exactly 2,048', () => {
    const base = 'https://a.example/';
    expect(checkUrl(base + 'a'.repeat(2048 - base.length)).ok).to.equal(true);
    const long = checkUrl(base + 'a'.repeat(2049 - base.length));
    expect(long.ok ? '' : long.reason).to.equal('URL is longer than 2048 characters');
  });

  it('shows at most 60 characters of a refused URL in its reason', () => {
    const sixty = `javascript:${'a'.repeat(49)}`;
    const shown = checkUrl(sixty);
    expect(shown.ok ? '' : shown.reason).to.equal(`URL scheme "javascript:" is not allowed in "${sixty}"`);
    const longer = checkUrl(`${sixty}b`);
    expect(longer.ok ? '' : longer.reason).to.equal(`URL scheme "javascript:" is not allowed in "${sixty.slice(0, 57)}..."`);
  });

  it('reads a scheme only at the start: a colon later in a relative path is not one', () => {
    expect(checkUrl('guides/step:1').ok).to.equal(true);
    expect(checkUrl('#section:2').ok).to.equal(true);
  });

  it('turns any DOI form into its https://doi.org/ URL', () => {
    for (const doi of [
      '10.2519/jospt.2012.3987',
      'https://doi.org/10.2519/jospt.2012.3987',
      'http://dx.doi.org/10.2519/jospt.2012.3987',
      'HTTPS://DOI.ORG/10.2519/jospt.2012.3987',
    ]) {
      expect(doiUrl(doi), doi).to.equal('https://doi.org/10.2519/jospt.2012.3987');
    }
    expect(doiUrl('see https://doi.org/10.1/x')).to.equal('https://doi.org/see https://doi.org/10.1/x');
  });
});
