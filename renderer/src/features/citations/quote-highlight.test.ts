import { describe, expect, it } from 'vitest';
import { findQuoteItems, itemBox } from './quote-highlight';

const runs = (...strs: (string | [string, true])[]) => strs.map((s) => (typeof s === 'string' ? { str: s } : { str: s[0], hasEOL: true }));

describe('findQuoteItems', () => {
  it.each([
    ['a quote inside one run', runs('Intro. ', 'The grass is green.', ' End'), 'The grass is green.', [1]],
    ['a quote across runs and a line end', runs(['The grass', true], 'is green.', 'Next'), 'The grass is green.', [0, 1]],
    ['different case and spacing', runs('THE   grass', ' IS green.'), '  the grass is\ngreen. ', [0, 1]],
    ['a quote the page lacks', runs('Page 1'), 'Text of page 1 of the PDF.', []],
    ['an empty quote', runs('Page 1'), '   ', []],
    ['runs of only spaces left out', runs('The', ' ', 'sky'), 'the sky', [0, 2]],
  ])('finds %s', (_case, items, quote, expected) => {
    expect(findQuoteItems(items, quote)).toEqual(expected);
  });
});

describe('itemBox', () => {
  // A US Letter page at scale 1: PDF y grows upwards, the viewport's downwards.
  const toViewport = ([x1 = 0, y1 = 0, x2 = 0, y2 = 0]: number[]) => [x1, 792 - y1, x2, 792 - y2];

  it('places a run by its baseline and height, as fractions of the page', () => {
    const box = itemBox({ str: 'Page 1', transform: [24, 0, 0, 24, 72, 720], width: 122.4, height: 24 }, toViewport, 612, 792);
    expect(box.left).toBeCloseTo(72 / 612);
    expect(box.width).toBeCloseTo(122.4 / 612);
    expect(box.top).toBeCloseTo((792 - 744) / 792);
    expect(box.height).toBeCloseTo(24 * 1.2 / 792);
  });
});
