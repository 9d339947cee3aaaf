import { expect } from '@open-wc/testing';
import { formatPlural } from '../../src/i18n/plural.js';
import { splitCitations, withTextFragment } from '../../src/markdown/citations.js';

describe('citations and moments', () => {
  it('splits [n] markers (1 to 99) out of text, leaving other brackets alone', () => {
    expect(splitCitations('See [1], and [12].')).to.deep.equal(['See ', 1, ', and ', 12, '.']);
    expect(splitCitations('[0] [100] a[b] [1]')).to.deep.equal(['[0] [100] a[b] ', 1]);
    expect(splitCitations('no markers')).to.deep.equal(['no markers']);
  });

  it('links to the cited words with a text fragment: a short quote whole, a long one by its ends, after the page’s own fragment', () => {
    expect(withTextFragment('https://x.example/a', 'Pricing starts at $10, per-seat')).to.equal('https://x.example/a#:~:text=Pricing%20starts%20at%20%2410%2C%20per%2Dseat');
    expect(withTextFragment('https://x.example/a#sec', 'one two three four five six seven eight nine ten')).to.equal('https://x.example/a#sec:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
    expect(withTextFragment('https://x.example/a', undefined)).to.equal('https://x.example/a');
    expect(withTextFragment('https://x.example/a', '   ')).to.equal('https://x.example/a');
  });

  it('words a time of day and a day in the visitor’s language: Today, Yesterday, else the date', () => {
    const now = new Date(2026, 10, 26, 15, 0).getTime();
    const at = new Date(2026, 10, 26, 9, 5).getTime();
    expect(formatPlural('{at, time}', { at }, 'en')).to.equal(new Date(at).toLocaleTimeString('en', { hour: 'numeric', minute: '2-digit' }));
    expect(formatPlural('{at, day}', { at, now }, 'en')).to.equal('Today');
    expect(formatPlural('{at, day}', { at: at - 86_400_000, now }, 'en')).to.equal('Yesterday');
    expect(formatPlural('{at, day}', { at: at - 86_400_000, now }, 'fr')).to.equal('Hier');
    expect(formatPlural('{at, day}', { at: new Date(2026, 10, 20).getTime(), now }, 'en')).to.equal('Friday, November 20');
    expect(formatPlural('{at, day}', {}, 'en')).to.equal('{at, day}');
  });
});
