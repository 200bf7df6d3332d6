import { describe, expect, it } from 'vitest';
import { positionAt, readJson } from './json-positions';

describe('readJson', () => {
  it.each([
    ['[]', []],
    ['{"a": [1, -2.5e3, true, false, null, "x\\ny"]}', { a: [1, -2500, true, false, null, 'x\ny'] }],
    ['  {"nested": {"k": {}}}  ', { nested: { k: {} } }],
  ])('reads %s like JSON.parse', (text, expected) => {
    const read = readJson(text);
    expect(read.ok && read.value).toEqual(expected);
  });

  it.each([
    ['[1, 2,]', 'unexpected character "]"', 6],
    ['{"a" 1}', 'expected ":" after a property name', 5],
    ['{a: 1}', 'expected a property name in double quotes', 1],
    ['[1 2]', 'expected "," or "]" after an array item', 3],
    ['{"a": 1', 'expected "," or "}" after a property value', 7],
    ['"open', 'unterminated string', 0],
    ['[1] x', 'unexpected text after the JSON value', 4],
    ['', 'the JSON ends too early', 0],
  ])('rejects %s with %s at offset %i', (text, message, offset) => {
    expect(readJson(text)).toEqual({ ok: false, message, offset });
  });

  it('records where each value starts by its path', () => {
    const text = '[\n  {"name": "a"},\n  {"name": "b"}\n]';
    const read = readJson(text);
    if (!read.ok) throw new Error('expected valid JSON');
    expect(positionAt(text, read.offsets.get('1') ?? -1)).toEqual({ line: 3, column: 3 });
    expect(positionAt(text, read.offsets.get('1.name') ?? -1)).toEqual({ line: 3, column: 12 });
  });
});

describe('positionAt', () => {
  it.each([
    [0, { line: 1, column: 1 }],
    [2, { line: 1, column: 3 }],
    [3, { line: 2, column: 1 }],
    [5, { line: 2, column: 3 }],
  ])('offset %i is %o in "ab\\ncd"', (offset, expected) => {
    expect(positionAt('ab\ncd', offset)).toEqual(expected);
  });
});
