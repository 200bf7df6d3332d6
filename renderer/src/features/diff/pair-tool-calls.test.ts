import { describe, expect, it } from 'vitest';
import { pairToolCalls } from './pair-tool-calls';

const call = (name: string, id: string) => ({ name, id });
const shape = (pairs: ReturnType<typeof pairToolCalls<{ name: string; id: string }>>) =>
  pairs.map((pair) => `${pair.name}#${pair.occurrence}:${pair.left?.id ?? '-'}/${pair.right?.id ?? '-'}`);

describe('pairToolCalls', () => {
  it.each([
    { name: 'same calls in the same order', left: [call('a', 'l1'), call('b', 'l2')], right: [call('a', 'r1'), call('b', 'r2')], pairs: ['a#1:l1/r1', 'b#1:l2/r2'] },
    { name: 'by name, whatever the order', left: [call('a', 'l1'), call('b', 'l2')], right: [call('b', 'r1'), call('a', 'r2')], pairs: ['a#1:l1/r2', 'b#1:l2/r1'] },
    { name: 'repeated names by their order', left: [call('a', 'l1'), call('a', 'l2')], right: [call('a', 'r1'), call('a', 'r2'), call('a', 'r3')], pairs: ['a#1:l1/r1', 'a#2:l2/r2', 'a#3:-/r3'] },
    { name: 'calls on one side only', left: [call('a', 'l1')], right: [call('b', 'r1')], pairs: ['a#1:l1/-', 'b#1:-/r1'] },
    { name: 'no calls at all', left: [], right: [], pairs: [] },
  ])('$name', ({ left, right, pairs }) => {
    expect(shape(pairToolCalls(left, right))).toEqual(pairs);
  });
});
