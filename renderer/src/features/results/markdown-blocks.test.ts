import { describe, expect, it } from 'vitest';
import { answerTextOf, appendAnswerText, emptyAnswerText, PIECE_LENGTH } from '../runs/answer-text';
import { blockTexts, splitMarkdownBlocks, type MarkdownBlocks } from './markdown-blocks';

const split = (text: string, previous?: MarkdownBlocks) => splitMarkdownBlocks(answerTextOf(text), previous);
const blocks = (text: string) => blockTexts(split(text)).map((block) => block.text);
/** The same split without the answer it was made from, to compare splits of different answers. */
const shape = ({ starts, unsplittable }: MarkdownBlocks) => ({ starts, unsplittable });

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
    let answer = emptyAnswerText();
    let resumed = splitMarkdownBlocks(answer);
    for (let i = 0; i < full.length; i += 3) {
      answer = appendAnswerText(answer, full.slice(i, i + 3));
      resumed = splitMarkdownBlocks(answer, resumed);
    }
    expect(shape(resumed)).toEqual(shape(split(full)));
  });

  it('starts over when the text is not a continuation', () => {
    const first = split('a\n\nb');
    expect(split('x\n\ny\n\nz', first).starts).toEqual([0, 3, 6]);
  });
});

describe('blockTexts with the previous blocks', () => {
  it('keeps one object per block: finished ones as they were, the growing last one updated in place', () => {
    const start = answerTextOf('# A\n\npara one\n\npara t');
    const first = splitMarkdownBlocks(start);
    const before = blockTexts(first);
    const tail = before[2];
    const after = blockTexts(splitMarkdownBlocks(appendAnswerText(start, 'wo\n\n## B'), first), before);
    expect(after.map((block) => block.text)).toEqual(['# A\n\n', 'para one\n\n', 'para two\n\n', '## B']);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    // The tail grew into a finished block: the same object, with its new text.
    expect(after[2]).toBe(tail);
    expect(tail?.text).toBe('para two\n\n');
  });

  it('never changes a settled block: a different end gets a new object', () => {
    const settled = { start: 0, text: 'ab\n\n', settled: true };
    const [block] = blockTexts(split('abc'), [settled]);
    expect(block?.text).toBe('abc');
    expect(block).not.toBe(settled);
    expect(settled.text).toBe('ab\n\n');
  });

  it('cuts blocks again once their piece of the answer is full, and keeps the text right across pieces', () => {
    const paragraph = (i: number) => `Paragraph ${i} ${'w'.repeat(300)}.\n\n`;
    const text = Array.from({ length: 120 }, (_, i) => paragraph(i)).join('');
    let answer = emptyAnswerText();
    let resumed: MarkdownBlocks | undefined;
    let current: ReturnType<typeof blockTexts> = [];
    const firstSeen = new Map<number, object>();
    for (let i = 0; i < text.length; i += 500) {
      answer = appendAnswerText(answer, text.slice(i, i + 500));
      resumed = splitMarkdownBlocks(answer, resumed);
      current = blockTexts(resumed, current);
      for (const block of current) if (!firstSeen.has(block.start)) firstSeen.set(block.start, block);
    }
    // Cut again in place: every block is still the object it was on the frame it appeared.
    expect(current.every((block) => firstSeen.get(block.start) === block)).toBe(true);
    expect(current.map((block) => block.text).join('')).toBe(text);
    expect(current.map((block) => block.text)).toEqual(blocks(text));
    // Every finished block in a full piece is settled; only blocks of the growing last piece are not.
    const lastFull = Math.floor(text.length / PIECE_LENGTH) * PIECE_LENGTH;
    expect(current.filter((block, i) => i < current.length - 1 && block.start + block.text.length <= lastFull).every((block) => block.settled)).toBe(true);
    expect(current.at(-1)?.settled).toBe(false);
  });
});
