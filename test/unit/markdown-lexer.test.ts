import { expect } from '@open-wc/testing';
import { lexBlocks } from '../../src/markdown/lex-blocks.js';
import type { Block, Inline } from '../../src/markdown/tokens.js';

// The lexer's tokens written as compact markup, so each case reads as markdown in, structure out.
const inline = (tokens: Inline[]): string =>
  tokens
    .map((t) => {
      switch (t.type) {
        case 'text':
        case 'escape':
        case 'pending':
          return t.text;
        case 'codespan':
          return `<code>${t.text}</code>`;
        case 'br':
          return '<br>';
        case 'link':
          return `<a ${t.href}${t.title ? ` "${t.title}"` : ''}>${inline(t.tokens)}</a>`;
        case 'image':
          return `<img ${t.href} "${t.text}">`;
        default:
          return `<${t.type}>${inline(t.tokens)}</${t.type}>`;
      }
    })
    .join('');
const blocks = (tokens: Block[]): string =>
  tokens
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
          return `<p>${inline(b.tokens)}</p>`;
        case 'text':
          return inline(b.tokens);
        case 'heading':
          return `<h${b.depth}>${inline(b.tokens)}</h${b.depth}>`;
        case 'code':
          return `<pre${b.lang ? ` ${b.lang}` : ''}>${b.text}</pre>`;
        case 'blockquote':
          return `<blockquote>${blocks(b.tokens)}</blockquote>`;
        case 'list': {
          const items = b.items.map((i) => `<li>${i.task ? (i.checked ? '[x] ' : '[ ] ') : ''}${blocks(i.tokens)}</li>`).join('');
          return b.ordered ? `<ol${b.start !== 1 ? ` ${b.start}` : ''}>${items}</ol>` : `<ul>${items}</ul>`;
        }
        case 'table': {
          const row = (cells: Inline[][]) => `<tr>${cells.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`;
          return `<table ${b.align.map((a) => a ?? '-').join(',')}>${row(b.header)}${b.rows.map(row).join('')}</table>`;
        }
        default:
          return '<hr>';
      }
    })
    .join('');
const lex = (markdown: string) => blocks(lexBlocks(markdown));

describe('the markdown lexer: CommonMark and GFM as answers use them', () => {
  it('paragraphs, soft and hard line breaks', () => {
    expect(lex('one\ntwo\n\nthree')).to.equal('<p>one\ntwo</p><p>three</p>');
    expect(lex('a  \nb\\\nc')).to.equal('<p>a<br>b<br>c</p>');
    expect(lex('trailing spaces   ')).to.equal('<p>trailing spaces</p>');
  });

  it('headings: ATX with or without closing hashes, and setext', () => {
    expect(lex('# One\n## Two ##\n###### Six\n#no')).to.equal('<h1>One</h1><h2>Two</h2><h6>Six</h6><p>#no</p>');
    expect(lex('Title\n=====\n\nSub\n---')).to.equal('<h1>Title</h1><h2>Sub</h2>');
  });

  it('emphasis by the delimiter rules: names with underscores stay names', () => {
    expect(lex('**bold** *em* __b__ _e_ ***both***')).to.equal('<p><strong>bold</strong> <em>em</em> <strong>b</strong> <em>e</em> <em><strong>both</strong></em></p>');
    expect(lex('snake_case_name and __init__.py and 2 * 3 * 4')).to.equal('<p>snake_case_name and <strong>init</strong>.py and 2 * 3 * 4</p>');
    expect(lex('*a **b** c* and **a *b* c**')).to.equal('<p><em>a <strong>b</strong> c</em> and <strong>a <em>b</em> c</strong></p>');
    expect(lex('foo*bar*baz, **not closed and * alone')).to.equal('<p>foo<em>bar</em>baz, **not closed and * alone</p>');
    expect(lex('~~gone~~ ~one~ ~~~three~~~')).to.equal('<p><del>gone</del> <del>one</del> ~~~three~~~</p>');
  });

  it('code spans win over everything inside them; fenced and indented code blocks keep their text', () => {
    expect(lex('`a *b*` and `` c ` d `` and `open')).to.equal('<p><code>a *b*</code> and <code>c ` d</code> and `open</p>');
    expect(lex('```js\nlet a = 1;\n\nlet b = 2;\n```')).to.equal('<pre js>let a = 1;\n\nlet b = 2;</pre>');
    expect(lex('~~~\nx\n~~~\nafter')).to.equal('<pre>x</pre><p>after</p>');
    expect(lex('```python\nstill streaming')).to.equal('<pre python>still streaming</pre>');
    expect(lex('    indented\n    code\n\ntext')).to.equal('<pre>indented\ncode</pre><p>text</p>');
  });

  it('links with titles, images, angle and bare autolinks; relative and odd links are the renderer’s to judge', () => {
    expect(lex('[site](https://a.example/x_(y) "Title") ![logo *x*](https://a.example/l.png)')).to.equal('<p><a https://a.example/x_(y) "Title">site</a> <img https://a.example/l.png "logo x"></p>');
    expect(lex('<https://a.example> <info@a.example> see https://a.example/p?q=1. or www.a.example, mail me@a.example.')).to.equal(
      '<p><a https://a.example>https://a.example</a> <a mailto:info@a.example>info@a.example</a> see <a https://a.example/p?q=1>https://a.example/p?q=1</a>. or <a http://www.a.example>www.a.example</a>, mail <a mailto:me@a.example>me@a.example</a>.</p>',
    );
    expect(lex('[a [nested] label](/x) [no link] [x](<spaced url>)')).to.equal('<p><a /x>a [nested] label</a> [no link] <a spaced url>x</a></p>');
    expect(lex('see [the pricing](https://mip')).to.equal('<p>see [the pricing](<a https://mip>https://mip</a></p>');
  });

  it('escapes and raw HTML stay text', () => {
    expect(lex('\\*not em\\* \\[1\\] a\\b')).to.equal('<p>*not em* [1] a\\b</p>');
    expect(lex('<b onclick="x()">hi</b> &amp;')).to.equal('<p><b onclick="x()">hi</b> &amp;</p>');
  });

  it('quotes, with lazy continuation lines and nesting', () => {
    expect(lex('> one\ntwo\n> > inner')).to.equal('<blockquote><p>one\ntwo</p><blockquote><p>inner</p></blockquote></blockquote>');
  });

  it('lists: tight and loose, nested, ordered with a start, tasks', () => {
    expect(lex('- a\n- b\n  - c\n    - d\n- e')).to.equal('<ul><li>a</li><li>b<ul><li>c<ul><li>d</li></ul></li></ul></li><li>e</li></ul>');
    expect(lex('- a\n\n- b')).to.equal('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
    expect(lex('3. three\n4. four\n   * sub')).to.equal('<ol 3><li>three</li><li>four<ul><li>sub</li></ul></li></ol>');
    expect(lex('1) x\n2) y')).to.equal('<ol><li>x</li><li>y</li></ol>');
    expect(lex('- [x] done\n- [ ] todo')).to.equal('<ul><li>[x] done</li><li>[ ] todo</li></ul>');
    expect(lex('- one\ncontinued\n\nafter')).to.equal('<ul><li>one\ncontinued</li></ul><p>after</p>');
    expect(lex('- a\n* b')).to.equal('<ul><li>a</li></ul><ul><li>b</li></ul>');
    expect(lex('- item\n\n  ```\n  code\n  ```')).to.equal('<ul><li><p>item</p><pre>code</pre></li></ul>');
    expect(lex('The year\n2024. was good')).to.equal('<p>The year\n2024. was good</p>');
  });

  it('rules, and a rule that is a list', () => {
    expect(lex('a\n\n---\n\n* * *\n\n___')).to.equal('<p>a</p><hr><hr><hr>');
  });

  it('tables: alignment, escaped pipes, ragged rows, and a table right after a line of text', () => {
    expect(lex('| Plan | Price | Note |\n|:--|--:|:-:|\n| Starter | $49 |\n| A \\| B | `x` | **y** | extra |')).to.equal(
      '<table left,right,center><tr><td>Plan</td><td>Price</td><td>Note</td></tr><tr><td>Starter</td><td>$49</td><td></td></tr><tr><td>A | B</td><td><code>x</code></td><td><strong>y</strong></td></tr></table>',
    );
    expect(lex('Compare:\na | b\n--- | ---\n1 | 2\n\nafter')).to.equal('<p>Compare:</p><table -,-><tr><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td></tr></table><p>after</p>');
    expect(lex('| not | a table |\n|---|')).to.equal('<p>| not | a table |\n|---|</p>');
  });

  it('Windows line ends and tabs read as they look', () => {
    expect(lex('- a\r\n\t- b\r\n')).to.equal('<ul><li>a<ul><li>b</li></ul></li></ul>');
  });
});
