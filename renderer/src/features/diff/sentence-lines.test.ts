import { describe, expect, it } from 'vitest';
import { sentencesPerLine } from './sentence-lines';

describe('sentencesPerLine', () => {
  it.each([
    { name: 'splits sentences after . ! and ?', text: 'One is here. Two is here! Three? Four.', lines: ['One is here.', 'Two is here!', 'Three?', 'Four.'] },
    { name: 'keeps a closing quote or bracket with its sentence', text: 'He said "stop." Then (twice.) Done.', lines: ['He said "stop."', 'Then (twice.)', 'Done.'] },
    { name: 'does not split before a lowercase word', text: 'Version 2. then more', lines: ['Version 2. then more'] },
    { name: 'does not split decimals or dotted names', text: 'Pi is 3.14 and node.js is fine.', lines: ['Pi is 3.14 and node.js is fine.'] },
    { name: 'does not split after a list number', text: '1. First step. Second step.', lines: ['1. First step.', 'Second step.'] },
    { name: 'does not split after an initial', text: 'J. Smith wrote it. Done.', lines: ['J. Smith wrote it.', 'Done.'] },
    { name: 'does not split after a known abbreviation', text: 'Fruit, e.g. Apples, are sweet. Yes.', lines: ['Fruit, e.g. Apples, are sweet.', 'Yes.'] },
    { name: 'keeps existing lines and blank lines', text: 'A line. Next one.\n\nNew paragraph.', lines: ['A line.', 'Next one.', '', 'New paragraph.'] },
    { name: 'leaves fenced code alone', text: 'Run it. Then:\n```\na. B. c\nx = 1. Y = 2\n```\nAfter. End.', lines: ['Run it.', 'Then:', '```', 'a. B. c', 'x = 1. Y = 2', '```', 'After.', 'End.'] },
    { name: 'treats an ellipsis as a sentence end', text: 'Wait… Now go.', lines: ['Wait…', 'Now go.'] },
    { name: 'keeps trailing space after the last sentence', text: 'Only one. ', lines: ['Only one. '] },
    { name: 'handles empty text', text: '', lines: [''] },
  ])('$name', ({ text, lines }) => {
    expect(sentencesPerLine(text).split('\n')).toEqual(lines);
  });
});
