import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../params/types';
import { newTurn, type PanePrompt } from './conversation';
import { paneRequest } from './pane-request';

const prompt = (text: string, over: Partial<PanePrompt> = {}): PanePrompt => ({ model: 'claude-sonnet-4-5', system: '', messages: [newTurn('u', 'user', text)], values: {}, ...over });

describe('paneRequest', () => {
  it('has nothing to send for a conversation of empty messages', () => {
    expect(paneRequest(prompt('  '), DEFAULT_PARAMS)).toEqual({ ok: false, reason: 'empty' });
  });

  it('names the unset variables instead of sending holes', () => {
    const outcome = paneRequest(prompt('Hi {{name}}'), DEFAULT_PARAMS);
    expect(outcome).toMatchObject({ ok: false, reason: 'blocked', blocked: { missing: ['name'] } });
  });

  it('applies the parameters to the filled template', () => {
    const outcome = paneRequest(prompt('Hi {{name}}', { values: { name: 'Ada' } }), { ...DEFAULT_PARAMS, maxTokens: 300, stop: ['END'] });
    expect(outcome).toMatchObject({ ok: true, request: { model: 'claude-sonnet-4-5', max_completion_tokens: 300, stop: ['END'], messages: [{ role: 'user', content: 'Hi Ada' }] } });
  });

  it('refuses what the request check finds errors in, with the reasons', () => {
    const outcome = paneRequest(prompt('Hi'), { ...DEFAULT_PARAMS, toolsJson: '[{"name": }]' });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== 'check') throw new Error('expected the check to refuse');
    expect(outcome.issues[0]).toMatchObject({ severity: 'error', code: 'invalid-params' });
  });
});
