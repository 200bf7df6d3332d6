/**
 * The `long_markdown` scenario's answer: numbered parts of markdown (a heading, a paragraph with
 * inline markup, a list and a code fence each), long enough that a pane shows only its start and
 * the answer's rendering keeps far-off parts out of the page. Tests rebuild it to compare.
 */
export const LONG_MARKDOWN_PARTS = 150;

export function longMarkdown(parts = LONG_MARKDOWN_PARTS): string {
  const part = (n: number): string =>
    [
      `## Part ${n}`,
      `Part ${n} streams a paragraph with \`code_${n}\`, **bold text** and a [link](https://example.com/${n}) so the renderer has inline markup to lay out while more text arrives below it.`,
      [1, 2, 3].map((k) => `- Item ${k} of part ${n}`).join('\n'),
      ['```ts', `const part${n} = ${n};`, '```'].join('\n'),
    ].join('\n\n');
  return `${Array.from({ length: parts }, (_, i) => part(i + 1)).join('\n\n')}\n\nEnd of the long answer.`;
}

/** `text` in pieces of about `size` characters, cut anywhere (inside words, fences and lines), as a model streams. */
export function cutEvery(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces;
}
