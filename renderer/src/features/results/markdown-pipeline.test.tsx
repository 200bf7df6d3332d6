import Markdown from 'react-markdown';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { CITED_MARKDOWN_COMPONENTS, rehypeCitationMarkers, type CitationMarker } from './citation-markers';
import { hastToReact } from './hast-to-react';
import { ALLOWED_ELEMENTS, MARKDOWN_COMPONENTS, transformUrl } from './markdown-elements';
import { markdownToHast } from './markdown-pipeline';
import { rehypeRawHtmlAsBlocks } from './raw-html-as-blocks';

/** What one react-markdown parse with the answer's options gives: the pipeline must match it. */
function reactMarkdown(text: string, markers: readonly CitationMarker[]): string {
  const rehype = markers.length === 0 ? [rehypeRawHtmlAsBlocks] : [rehypeRawHtmlAsBlocks, rehypeCitationMarkers(markers)];
  return renderToStaticMarkup(
    <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={rehype} allowedElements={ALLOWED_ELEMENTS} unwrapDisallowed urlTransform={transformUrl} components={markers.length === 0 ? MARKDOWN_COMPONENTS : CITED_MARKDOWN_COMPONENTS}>
      {text}
    </Markdown>,
  );
}

const viaPipeline = (text: string, markers: readonly CitationMarker[]) =>
  renderToStaticMarkup(hastToReact(markdownToHast(text, markers), markers.length === 0 ? MARKDOWN_COMPONENTS : CITED_MARKDOWN_COMPONENTS));

describe('markdownToHast', () => {
  it.each<[string, string, CitationMarker[]]>([
    ['headings and emphasis', '# T\n\nPara *one* **two** `c`.', []],
    ['raw HTML blocks and inline HTML', '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nhi <b onclick="x()">there</b>', []],
    ['links, safe and not', '[a](https://example.com) [b](javascript:alert(1)) <https://x.org> [c](/local) [d](mailto:a@b.c)', []],
    ['images', '![alt](https://example.com/t.png) ![d](data:image/png;base64,AAAA)', []],
    ['GFM table, task list, strikethrough', '| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n~~gone~~', []],
    ['fenced and unclosed code', '```ts\nconst x = 1;\n```\n\n```py\nprint(1)', []],
    ['footnotes', 'Text[^1].\n\n[^1]: Note with [link](https://e.com).', []],
    ['citation markers in prose and on markup', 'First para.\n\nSecond **cited** here.', [{ offset: 11, number: 2 }, { offset: 25, number: 1 }]],
    ['blockquote and nested list', '> quote\n\n1. one\n   - two\n     - three', []],
  ])('%s: the same markup as react-markdown', (_, text, markers) => {
    expect(viaPipeline(text, markers)).toBe(reactMarkdown(text, markers));
  });

  it('returns a tree without source positions or raw nodes, safe to post to another thread', () => {
    const tree = markdownToHast('<b>x</b> [l](javascript:x)\n\n| a |\n|---|\n| 1 |', [{ offset: 3, number: 1 }]);
    const json = JSON.stringify(tree);
    expect(json).not.toContain('"position"');
    expect(json).not.toContain('"raw"');
    expect(json).not.toContain('javascript:');
    expect(structuredClone(tree)).toEqual(tree);
  });
});
