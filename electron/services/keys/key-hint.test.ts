import { describe, expect, it } from 'vitest';
import { keyHint } from './key-hint';

describe('keyHint', () => {
  it.each([
    ['sk-ant-api03-0123456789x4Fq', '…x4Fq'],
    ['abcdefgh1234', '…1234'], // exactly 12: long enough to show four
    ['abcdefgh123', '…'], // 11: four of them would be too much of the key
    ['abcd', '…'],
    ['', '…'],
  ])('%j → %j', (key, hint) => {
    expect(keyHint(key)).toBe(hint);
  });
});
