import { describe, expect, it } from 'vitest';
import { answerTextOf, answerTextString, appendAnswerText, emptyAnswerText, grewFrom, PIECE_LENGTH, sliceAnswerText } from './answer-text';

const grown = (parts: string[]) => parts.reduce(appendAnswerText, emptyAnswerText());

describe('AnswerText', () => {
  it('keeps the text exactly, in pieces no longer than a piece', () => {
    const parts = ['a'.repeat(PIECE_LENGTH - 3), 'bcdef', 'g'.repeat(PIECE_LENGTH * 2 + 5), '', 'h'];
    const answer = grown(parts);
    expect(answerTextString(answer)).toBe(parts.join(''));
    expect(answer.length).toBe(parts.join('').length);
    expect(answer.pieces.every((piece) => piece.length > 0 && piece.length <= PIECE_LENGTH)).toBe(true);
    expect(answer.pieces.slice(0, -1).every((piece) => piece.length === PIECE_LENGTH)).toBe(true);
  });

  it('slices across pieces like String.prototype.slice', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `${i},`).join('').repeat(5);
    const answer = grown(text.match(/.{1,777}/gs) ?? []);
    for (const [start, end] of [[0, 10], [PIECE_LENGTH - 4, PIECE_LENGTH + 4], [5, text.length], [text.length - 1, text.length + 9], [-3, 2], [40, 40], [PIECE_LENGTH, PIECE_LENGTH * 3 + 1]] as const) {
      expect(sliceAnswerText(answer, start, end)).toBe(text.slice(Math.max(0, start), end));
    }
    expect(sliceAnswerText(answer, 12345)).toBe(text.slice(12345));
  });

  it('leaves earlier values unchanged, so a frame that kept one still reads its own text', () => {
    const first = answerTextOf('Hello');
    const second = appendAnswerText(first, ', world');
    expect(answerTextString(first)).toBe('Hello');
    expect(answerTextString(second)).toBe('Hello, world');
  });

  it('knows text grown from the same start from another answer of the same length', () => {
    const first = answerTextOf('abc');
    expect(grewFrom(first, appendAnswerText(first, 'd'))).toBe(true);
    expect(grewFrom(first, first)).toBe(true);
    expect(grewFrom(first, answerTextOf('abcd'))).toBe(false);
    expect(grewFrom(appendAnswerText(first, 'd'), first)).toBe(false);
  });
});
