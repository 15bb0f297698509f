import { expect } from 'chai';
import { parseRichText, type RichNode } from '../../src/content/rich-text.js';

/** The words a reader sees: the text of every node, citation markers dropped. */
const plain = (source: string): string =>
  parseRichText(source)
    .nodes.map((node) => (node.kind === 'cite' ? '' : node.text))
    .join('');

describe('rich text', () => {
  it('reads plain text as one text node, angle brackets included', () => {
    expect(parseRichText('a <b>bold</b> & claim').nodes).to.deep.equal([{ kind: 'text', text: 'a <b>bold</b> & claim' }]);
  });

  it('reads *emphasis*', () => {
    expect(parseRichText('so *very* calm').nodes).to.deep.equal([
      { kind: 'text', text: 'so ' },
      { kind: 'emphasis', text: 'very' },
      { kind: 'text', text: ' calm' },
    ]);
  });

  it('reads links whose URL passes the policy', () => {
    expect(parseRichText('see [NHS](https://www.nhs.uk/)').nodes).to.deep.equal([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'NHS', href: 'https://www.nhs.uk/' },
    ]);
  });

  it('keeps the label as text and reports a refused link', () => {
    const parsed = parseRichText('click [here](javascript:alert(1))');
    expect(parsed.nodes.every((n) => n.kind !== 'link')).to.equal(true);
    expect(plain('click [here](javascript:alert(1))')).to.contain('here');
    expect(parsed.problems).to.have.length(1);
    expect(parsed.problems[0]).to.contain('link "here" was not rendered as a link');
  });

  it('reads citation markers', () => {
    expect(parseRichText('common[^romeo-2019-spine].').nodes).to.deep.equal([
      { kind: 'text', text: 'common' },
      { kind: 'cite', ref: 'romeo-2019-spine' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps unclosed markup and escapes as written characters', () => {
    expect(plain('2 * 3 and [not a link')).to.equal('2 * 3 and [not a link');
    expect(plain('\\*literal\\*')).to.equal('*literal*');
  });

  it('gives every caller the same reading: a result cannot be changed by the one who asked before', () => {
    const source = 'see [the guide](https://example.org/guide) *now*';
    const first = parseRichText(source);
    // Strict code throws here; either way, the next caller must read what the text says.
    try {
      (first.nodes as RichNode[]).push({ kind: 'text', text: ' injected' });
    } catch {
      // frozen
    }
    try {
      (first.nodes[0] as { text: string }).text = 'changed ';
    } catch {
      // frozen
    }
    expect(plain(source)).to.equal('see the guide now');
  });

  it('never throws on a non-string, and says so', () => {
    expect(parseRichText(undefined)).to.deep.equal({ nodes: [], problems: ['rich text is not a string'] });
  });

  it('after an opener that does not close, reads the next one that does', () => {
    /** Nodes in short: T text, E emphasis, L label→href, C cite. */
    const short = (nodes: readonly RichNode[]): string =>
      nodes
        .map((n) =>
          n.kind === 'cite' ? `C:${n.ref}` : n.kind === 'link' ? `L:${n.text}→${n.href}` : `${n.kind === 'text' ? 'T' : 'E'}:${n.text}`,
        )
        .join(' | ');
    const cases: [string, string][] = [
      ['*a\n*b*', 'T:*a\n | E:b'],
      ['*a\\\n*b*', 'T:*a\n | E:b'],
      ['[a\n[b](https://x.example/)', 'T:[a\n | L:b→https://x.example/'],
      ['[a] [b](https://b.example/)', 'T:[a]  | L:b→https://b.example/'],
      ['*a* *b', 'E:a | T: *b'],
      ['a*b*c*d*', 'T:a | E:b | T:c | E:d'],
      ['*a[b*c*', 'E:a[b | T:c*'],
      ['[^ref] [^', 'C:ref | T: [^'],
      ['[x](https://a.example/) [y](', 'L:x→https://a.example/ | T: [y]('],
      ['[*a*](https://a.example/)', 'L:*a*→https://a.example/'],
      ['**', 'T:**'],
      ['\\*a*', 'T:*a*'],
      ['a\\', 'T:a\\'],
    ];
    for (const [source, expected] of cases) expect(short(parseRichText(source).nodes), JSON.stringify(source)).to.equal(expected);
  });

  it('keeps balanced brackets inside a link URL', () => {
    expect(parseRichText('[nerve](https://en.example/wiki/Sciatica_(nerve))').nodes).to.deep.equal([
      { kind: 'link', text: 'nerve', href: 'https://en.example/wiki/Sciatica_(nerve)' },
    ]);
  });
});
