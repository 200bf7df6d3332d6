import { describe, expect, it } from 'vitest';
import { unusedValues } from './unused-values';

describe('unusedValues', () => {
  it.each<[string, string[], Record<string, string>, string[]]>([
    ['all used', ['{{a}}', '{{b}}'], { a: '1', b: '2' }, []],
    ['unused, in the order of the values', ['{{a}}'], { z: '', a: '1', b: '2' }, ['z', 'b']],
    ['used in any text counts', ['system {{s}}', 'user {{u}}'], { u: '1', s: '2' }, []],
    ['an escaped or broken placeholder does not use a value', ['\\{{a}} {{ b c }} {{{d}}}'], { a: '1', 'b c': '2', d: '3' }, ['a', 'b c', 'd']],
    ['no texts', [], { a: '1' }, ['a']],
    ['no values', ['{{a}}'], {}, []],
  ])('%s', (_label, texts, values, expected) => {
    expect(unusedValues(texts, values)).toEqual(expected);
  });
});
