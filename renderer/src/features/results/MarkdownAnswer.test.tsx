import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { answerTextOf } from '../runs/answer-text';
import { MarkdownAnswer } from './MarkdownAnswer';
import { toSafeUrl } from './safe-url';

const render = (text: string) => renderToStaticMarkup(<MarkdownAnswer answer={answerTextOf(text)} />);

describe('toSafeUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['http://example.com', 'http://example.com'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['/relative/path', undefined],
    ['#fragment', undefined],
    ['', undefined],
  ])('%j → %j', (url, expected) => {
    expect(toSafeUrl(url)).toBe(expected);
  });
});

describe('MarkdownAnswer', () => {
  it('shows raw HTML as escaped text', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nhi <b onclick="x()">there</b>');
    const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((match) => match[1]));
    expect([...tags]).toEqual(['p']);
    expect(html).toContain('<p class="md-raw-html">&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps safe links, opening in a new window without opener', () => {
    expect(render('[a](https://example.com)')).toBe(
      '<p><a href="https://example.com" title="https://example.com" target="_blank" rel="noopener noreferrer">a</a></p>',
    );
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'vbscript:x', '/local'])('turns a %s link into text', (url) => {
    const html = render(`[click](${url})`);
    expect(html).not.toContain('<a');
    expect(html).toContain('<span class="md-link-removed">click</span>');
  });

  it('never renders an image element', () => {
    const html = render('![alt text](https://example.com/t.png) ![d](data:image/png;base64,AAAA)');
    expect(html).not.toContain('<img');
    expect(html).toContain('[image: alt text (https://example.com/t.png)]');
    expect(html).toContain('[image: d]');
  });

  it('renders GFM: tables, task lists, strikethrough and fenced code with its language', () => {
    const html = render('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~gone~~\n\n```ts\nconst x = 1;\n```');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<input type="checkbox" disabled="" checked=""/>');
    expect(html).toContain('<del>gone</del>');
    expect(html).toContain('<pre><code class="language-ts">const x = 1;\n</code></pre>');
  });

  it('keeps an unclosed fence (mid-stream) inside one code block', () => {
    const html = render('Before\n\n```py\nprint(1)\n# more');
    expect(html).toBe('<p>Before</p>\n<pre><code class="language-py">print(1)\n# more\n</code></pre>');
  });
});

describe('MarkdownAnswer in blocks', () => {
  it('renders the same markup as one parse would', () => {
    const html = render('# Title\n\nPara *one*.\n\n- a\n\n- b\n\n```js\nx\n\ny\n```\n\nLast');
    expect(html).toBe(
      '<h1>Title</h1>\n<p>Para <em>one</em>.</p>\n<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n<pre><code class="language-js">x\n\ny\n</code></pre>\n<p>Last</p>',
    );
  });

  it('places citation markers by answer offset in later blocks', () => {
    const text = 'First para.\n\nSecond cited here.';
    const html = renderToStaticMarkup(<MarkdownAnswer answer={answerTextOf(text)} markers={[{ offset: text.indexOf(' here'), number: 1 }, { offset: 11, number: 2 }]} />);
    expect(html).toContain('<p>First para.<sup class="citation-marker"><button type="button" data-citation="2" aria-label="Citation 2">[2]</button></sup></p>');
    expect(html).toContain('Second cited<sup class="citation-marker"><button type="button" data-citation="1" aria-label="Citation 1">[1]</button></sup> here.');
  });
});

describe('MarkdownAnswer in groups', () => {
  it('wraps finished blocks of a long answer in groups, keeps the growing tail outside, and keeps markers', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}.`);
    const text = paragraphs.join('\n\n');
    const html = renderToStaticMarkup(<MarkdownAnswer answer={answerTextOf(text)} markers={[{ offset: text.indexOf('Paragraph 35.') + 12, number: 1 }]} />);
    expect(html.match(/<div class="md-group">/g)).toHaveLength(1);
    expect(html.indexOf('</div>')).toBeGreaterThan(html.indexOf('Paragraph 31.'));
    expect(html.indexOf('</div>')).toBeLessThan(html.indexOf('Paragraph 32.'));
    expect(html.replace(/<\/?div[^>]*>/g, '').match(/<p>/g)).toHaveLength(40);
    expect(html).toContain('Paragraph 35<sup class="citation-marker">');
  });
});
