import { describe, expect, it } from 'vitest';
import { InvalidKeyError } from './errors';
import { MAX_KEY_LENGTH, validateKey } from './validate-key';

describe('validateKey', () => {
  it('returns the key trimmed', () => {
    expect(validateKey('  sk-ant-api03-abcDEF_123-xyz \n')).toBe('sk-ant-api03-abcDEF_123-xyz');
    expect(validateKey('x'.repeat(MAX_KEY_LENGTH))).toHaveLength(MAX_KEY_LENGTH);
  });

  // Each bad key carries a distinctive secret part; no message may contain any of it.
  const SECRET = 'SeCrEtPart42';
  it.each([
    ['empty', '', /empty/],
    ['blank', ' \t\n ', /empty/],
    ['too long', `sk-${SECRET}${'x'.repeat(MAX_KEY_LENGTH)}`, /longer than 512 characters/],
    ['a space inside', `sk-ant ${SECRET}`, /space, line break or other control character/],
    ['a line break inside', `sk-ant-${SECRET}\nsk-ant-other`, /space, line break or other control character/],
    ['a tab inside', `sk-${SECRET}\tx`, /space, line break or other control character/],
    ['a NUL inside', `sk-${SECRET}\u0000x`, /space, line break or other control character/],
    ['a DEL inside', `sk-${SECRET}\u007fx`, /space, line break or other control character/],
    ['a no-break space inside', `sk-${SECRET}\u00a0x`, /space, line break or other control character/],
    ['a typographic quote', `“sk-${SECRET}”`, /not plain ASCII/],
    ['a copied hint', `…${SECRET}`, /not plain ASCII/],
  ])('refuses a key with %s, without quoting it', (_case, key, message) => {
    let thrown: unknown;
    try {
      validateKey(key);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidKeyError);
    const error = thrown as InvalidKeyError;
    expect(error.name).toBe('InvalidKeyError');
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(SECRET);
    expect(error.stack ?? '').not.toContain(SECRET);
    if (key.trim()) expect(error.message).not.toContain(key.trim());
  });
});
