import { describe, expect, it } from 'vitest';
import { cutIntoDeltas, markdownCorpus } from './markdown-corpus';

describe('render bench corpus', () => {
  it('is exactly the asked size, with lists, fences and tables', () => {
    const text = markdownCorpus(1_000_000);
    expect(text).toHaveLength(1_000_000);
    for (const mark of ['\n## Section', '\n- ', '\n1. ', '\n```ts\n', '\n| step | value |']) expect(text).toContain(mark);
  });

  it.each([
    ['abcdefghij', 3],
    ['abc', 5],
    ['x'.repeat(1000), 7],
  ])('cuts %j into %i pieces that join back', (text, count) => {
    const deltas = cutIntoDeltas(text, count);
    expect(deltas).toHaveLength(count);
    expect(deltas.join('')).toBe(text);
  });
});
