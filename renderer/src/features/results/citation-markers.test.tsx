import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { answerTextOf } from '../runs/answer-text';
import { MarkdownAnswer } from './MarkdownAnswer';

const render = (text: string, markers: { offset: number; number: number }[]) => renderToStaticMarkup(<MarkdownAnswer answer={answerTextOf(text)} markers={markers} />);
const marker = (n: number) => `<sup class="citation-marker"><button type="button" data-citation="${n}" aria-label="Citation ${n}">[${n}]</button></sup>`;

describe('citation markers', () => {
  it('go right after each cited span inside plain prose', () => {
    const text = 'According to the document, the grass is green and the sky is blue.';
    const html = render(text, [
      { offset: text.indexOf(' and'), number: 1 },
      { offset: text.length - 1, number: 2 },
    ]);
    expect(html).toBe(`<p>According to the document, the grass is green${marker(1)} and the sky is blue${marker(2)}.</p>`);
  });

  it('keep the markdown intact when a span ends on markup', () => {
    const text = 'It is **bold claim** here.\n\n- item one\n- item two';
    const html = render(text, [
      { offset: text.indexOf(' here'), number: 1 },
      { offset: text.length, number: 2 },
    ]);
    expect(html).toContain(`<p>It is <strong>bold claim${marker(1)}</strong> here.</p>`);
    expect(html).toContain(`<li>item two${marker(2)}</li>`);
  });

  it('wait for text that has not streamed yet', () => {
    expect(render('Short', [{ offset: 50, number: 1 }])).toBe(`<p>Short${marker(1)}</p>`);
  });
});
