import { describe, expect, it } from 'vitest';
import { countDifferences, diffJson, type JsonDiffRow } from './diff-json';

describe('diffJson', () => {
  it.each<{ name: string; left: unknown; right: unknown; rows: JsonDiffRow[] }>([
    { name: 'equal leaves', left: 1, right: 1, rows: [{ path: '$', kind: 'unchanged', left: '1', right: '1' }] },
    { name: 'a changed leaf', left: 'a', right: 'b', rows: [{ path: '$', kind: 'changed', left: '"a"', right: '"b"' }] },
    { name: 'a number against the same text', left: 1, right: '1', rows: [{ path: '$', kind: 'changed', left: '1', right: '"1"' }] },
    {
      name: 'objects key by key, left order then new keys',
      left: { city: 'Paris', units: 'c', days: 3 },
      right: { days: 3, city: 'Lyon', lang: 'fr' },
      rows: [
        { path: '$.city', kind: 'changed', left: '"Paris"', right: '"Lyon"' },
        { path: '$.units', kind: 'removed', left: '"c"' },
        { path: '$.days', kind: 'unchanged', left: '3', right: '3' },
        { path: '$.lang', kind: 'added', right: '"fr"' },
      ],
    },
    {
      name: 'nested objects and arrays by index',
      left: { items: [{ id: 1 }, { id: 2 }] },
      right: { items: [{ id: 1 }, { id: 3 }, { id: 4 }] },
      rows: [
        { path: '$.items[0].id', kind: 'unchanged', left: '1', right: '1' },
        { path: '$.items[1].id', kind: 'changed', left: '2', right: '3' },
        { path: '$.items[2]', kind: 'added', right: '{"id":4}' },
      ],
    },
    { name: 'a key that is not an identifier', left: { 'a b': 1 }, right: {}, rows: [{ path: '$["a b"]', kind: 'removed', left: '1' }] },
    { name: 'an object against an array', left: { a: 1 }, right: [1], rows: [{ path: '$', kind: 'changed', left: '{"a":1}', right: '[1]' }] },
    { name: 'an object against null', left: { a: 1 }, right: null, rows: [{ path: '$', kind: 'changed', left: '{"a":1}', right: 'null' }] },
    { name: 'two empty objects', left: {}, right: {}, rows: [{ path: '$', kind: 'unchanged', left: '{}', right: '{}' }] },
    { name: 'an empty array against a full one', left: [], right: [true], rows: [{ path: '$[0]', kind: 'added', right: 'true' }] },
    {
      name: 'a nested empty object on both sides',
      left: { options: {} },
      right: { options: {} },
      rows: [{ path: '$.options', kind: 'unchanged', left: '{}', right: '{}' }],
    },
  ])('$name', ({ left, right, rows }) => {
    expect(diffJson(left, right)).toEqual(rows);
  });

  it('counts the rows that differ', () => {
    expect(countDifferences(diffJson({ a: 1, b: 2, c: 3 }, { a: 1, b: 5, d: 4 }))).toBe(3);
  });
});
