import { describe, expect, it } from 'vitest';
import { blockTexts, splitMarkdownBlocks } from './markdown-blocks';

const blocks = (text: string) => blockTexts(splitMarkdownBlocks(text)).map((block) => block.text);

describe('splitMarkdownBlocks', () => {
  it.each([
    ['one paragraph', ['one paragraph']],
    ['', ['']],
    ['a\nb\n\nc', ['a\nb\n\n', 'c']],
    ['# Title\n\nText\n\n\n## Next', ['# Title\n\n', 'Text\n\n\n', '## Next']],
    // A fence keeps its blank lines, closed or not.
    ['```py\na\n\nb\n```\n\nafter', ['```py\na\n\nb\n```\n\n', 'after']],
    ['before\n\n~~~\nx\n\ny', ['before\n\n', '~~~\nx\n\ny']],
    ['````\n```\n\nstill code\n````\n\nout', ['````\n```\n\nstill code\n````\n\n', 'out']],
    // Loose lists and indented continuations stay with their list.
    ['- a\n\n- b\n\n  more of b\n\nafter', ['- a\n\n- b\n\n  more of b\n\n', 'after']],
    ['1. a\n\n2. b', ['1. a\n\n2. b']],
    // A definition may be used anywhere: no split at all.
    ['see [x]\n\n[x]: https://example.com', ['see [x]\n\n[x]: https://example.com']],
    ['note[^1]\n\n[^1]: the note', ['note[^1]\n\n[^1]: the note']],
    ['\n\nlate start', ['\n\nlate start']],
  ])('%j → %j', (text, expected) => {
    expect(blocks(text)).toEqual(expected);
  });

  it('resumes from the last block of an earlier prefix and agrees with a fresh split', () => {
    const full = 'p1\n\n```\ncode\n\nmore\n```\n\np2 with words\n\n- l1\n\n- l2\n\nend';
    let split = splitMarkdownBlocks('');
    for (let i = 1; i <= full.length; i += 3) split = splitMarkdownBlocks(full.slice(0, i), split);
    split = splitMarkdownBlocks(full, split);
    expect(split).toEqual(splitMarkdownBlocks(full));
  });

  it('starts over when the text is not a continuation', () => {
    const first = splitMarkdownBlocks('a\n\nb');
    expect(splitMarkdownBlocks('x\n\ny\n\nz', first).starts).toEqual([0, 3, 6]);
  });
});

describe('blockTexts with the previous blocks', () => {
  it('reuses finished blocks as they were and rebuilds the growing last one', () => {
    const first = splitMarkdownBlocks('# A\n\npara one\n\npara t');
    const before = blockTexts(first);
    const after = blockTexts(splitMarkdownBlocks('# A\n\npara one\n\npara two\n\n## B', first), before);
    expect(after.map((block) => block.text)).toEqual(['# A\n\n', 'para one\n\n', 'para two\n\n', '## B']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
  });

  it('does not reuse a block whose end moved', () => {
    const before = [{ start: 0, text: 'ab\n\n' }];
    expect(blockTexts(splitMarkdownBlocks('abc'), before)[0]?.text).toBe('abc');
  });
});
