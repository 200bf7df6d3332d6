import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { convertStop } from './convert-stop';

describe('convertStop (A29)', () => {
  it.each<[string, ChatRequest['stop'], string[], string[]]>([
    ['a string is wrapped in an array', 'END', ['END'], []],
    ['an array is kept in order', ['###', 'Human:'], ['###', 'Human:'], []],
    ['blank entries are dropped with a warning', ['', 'END', '  '], ['END'], ['2 blank stop sequences were dropped.']],
    ['a blank string → nothing', ' ', [], ['A blank stop sequence was dropped.']],
    ['absent → nothing', undefined, [], []],
    ['null → nothing', null, [], []],
  ])('%s', (_name, stop, expected, expectedWarnings) => {
    const warnings: string[] = [];
    expect(convertStop(stop, warnings)).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });
});
