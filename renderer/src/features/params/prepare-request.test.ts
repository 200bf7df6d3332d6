import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { prepareRequest } from './prepare-request';
import { DEFAULT_PARAMS, type PaneParams } from './types';

const base: ChatRequest = { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }], stream: true };

function prepare(patch: Partial<PaneParams>, request: ChatRequest = base) {
  return prepareRequest(request, { ...DEFAULT_PARAMS, ...patch });
}

describe('prepareRequest', () => {
  it.each<[string, Partial<PaneParams>, boolean, string[]]>([
    ['defaults', {}, true, []],
    ['a warning only (sampling dropped)', { temperature: 0.3 }, true, ['warning:sampling-dropped']],
    ['invalid tools JSON', { toolsJson: '[' }, false, ['error:invalid-params']],
    ['a budget not below max tokens', { maxTokens: 2048, thinking: 'budget', budgetTokens: 2048 }, false, ['error:budget-over-max']],
    ['a parameter error and a lint warning together', { toolsJson: '{}', topK: 3 }, false, ['error:invalid-params', 'warning:sampling-dropped']],
  ])('%s', (_label, patch, sendable, codes) => {
    const prepared = prepare(patch);
    expect(prepared.sendable).toBe(sendable);
    expect(prepared.issues.map((issue) => `${issue.severity}:${issue.code}`)).toEqual(codes);
  });

  it('lints the request with the parameters applied, against the catalog entry of its model', () => {
    const prepared = prepare({ toolsJson: JSON.stringify([{ name: 'a', input_schema: { type: 'object' } }]), toolChoice: 'required' }, { ...base, model: 'claude-sonnet-5-5' });
    expect(prepared.request.tool_choice).toBe('required');
    expect(prepared.issues.map((issue) => issue.code)).toEqual(['forced-tool-always-thinks']);
  });
});
