import { describe, expect, it } from 'vitest';
import { describeKeyStatus, describeTestResult, isStoredKey, keyEnvVarName } from './describe-key';

describe('describeKeyStatus', () => {
  it.each([
    [{ provider: 'anthropic', configured: true, hint: '…x4Fq', source: 'keychain' as const }, 'Stored in the OS keychain …x4Fq'],
    [{ provider: 'anthropic', configured: true, hint: '…abcd', source: 'env' as const }, 'From ANTHROPIC_API_KEY …abcd'],
    [{ provider: 'openrouter', configured: true, hint: '…abcd', source: 'env' as const }, 'From DUET_OPENROUTER_API_KEY …abcd'],
    [{ provider: 'anthropic', configured: true, source: 'session' as const }, 'Kept for this session only …'],
    [{ provider: 'anthropic', configured: false }, 'Not set'],
    [undefined, 'Not set'],
  ])('%j → %s', (status, text) => {
    expect(describeKeyStatus(status)).toBe(text);
  });
});

describe('isStoredKey', () => {
  it('is true for keys Duet keeps, false for environment keys and none', () => {
    expect(isStoredKey({ provider: 'a', configured: true, source: 'keychain' })).toBe(true);
    expect(isStoredKey({ provider: 'a', configured: true, source: 'session' })).toBe(true);
    expect(isStoredKey({ provider: 'a', configured: true, source: 'env' })).toBe(false);
    expect(isStoredKey({ provider: 'a', configured: false })).toBe(false);
  });
});

describe('keyEnvVarName', () => {
  it.each([
    ['anthropic', 'ANTHROPIC_API_KEY'],
    ['openai', 'OPENAI_API_KEY'],
    ['open-router', 'DUET_OPEN_ROUTER_API_KEY'],
    ['together.ai', 'DUET_TOGETHER_AI_API_KEY'],
  ])('%s → %s', (id, name) => expect(keyEnvVarName(id)).toBe(name));
});

describe('describeTestResult', () => {
  it.each([
    [{ outcome: 'valid' as const, message: 'ok', models: 9 }, { tone: 'ok', headline: 'Key works: 9 models available' }],
    [{ outcome: 'valid' as const, message: 'ok', models: 1 }, { tone: 'ok', headline: 'Key works: 1 model available' }],
    [
      { outcome: 'invalid_key' as const, message: 'The provider rejected this key (401): invalid x-api-key' },
      { tone: 'problem', headline: 'Anthropic rejected this key (401)', detail: 'invalid x-api-key' },
    ],
    [{ outcome: 'invalid_key' as const, message: 'rejected' }, { tone: 'problem', headline: 'Anthropic rejected this key', detail: 'rejected' }],
    [{ outcome: 'network_error' as const, message: 'connection refused' }, { tone: 'problem', headline: 'Could not reach Anthropic: connection refused' }],
    [{ outcome: 'no_key' as const, message: 'none' }, { tone: 'problem', headline: 'No key to test' }],
    [{ outcome: 'error' as const, message: 'boom (HTTP 500)' }, { tone: 'problem', headline: 'The test failed: boom (HTTP 500)' }],
  ])('%j', (result, summary) => {
    expect(describeTestResult(result, 'Anthropic')).toEqual(summary);
  });
});
