import { describe, expect, it } from 'vitest';
import { issueMarkers } from './json-markers';

describe('issueMarkers', () => {
  it.each([
    { name: 'a whole string key', lines: ['[{"name": "a",}]'], line: 1, column: 3, start: 3, end: 9 },
    { name: 'a string with an escaped quote', lines: ['{"a": "x\\"y"}'], line: 1, column: 7, start: 7, end: 13 },
    { name: 'an unterminated string to the end of the line', lines: ['{"a": "open'], line: 1, column: 7, start: 7, end: 12 },
    { name: 'a bare word', lines: ['{"type": objekt}'], line: 1, column: 10, start: 10, end: 16 },
    { name: 'a number', lines: ['[1, -2.5e3]'], line: 1, column: 5, start: 5, end: 11 },
    { name: 'one punctuation character', lines: ['[{"name": "a",}]'], line: 1, column: 15, start: 15, end: 16 },
    { name: 'a column past the end of the line: its last character', lines: ['[', '  {'], line: 2, column: 4, start: 3, end: 4 },
    { name: 'an empty line: one column', lines: ['['], line: 1, column: 1, start: 1, end: 2 },
  ])('underlines $name', ({ lines, line, column, start, end }) => {
    const [marker] = issueMarkers([{ message: 'm', line, column }], lines);
    expect(marker).toEqual({ message: 'm', startLineNumber: line, startColumn: start, endLineNumber: line, endColumn: end });
  });

  it('keeps a line past the end of the text on the last line', () => {
    expect(issueMarkers([{ message: 'ends early', line: 9, column: 1 }], ['[', '  1,'])[0]).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 2 });
  });

  it('handles empty text', () => {
    expect(issueMarkers([{ message: 'the JSON ends too early', line: 1, column: 1 }], [])[0]).toMatchObject({ startLineNumber: 1, startColumn: 1, endColumn: 2 });
  });
});
