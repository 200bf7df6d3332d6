import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { findModel } from '../../../../shared/models/catalog';
import { applyParams } from './apply-params';
import { DEFAULT_PARAMS, type PaneParams } from './types';

const base: ChatRequest = { model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'Hi' }], stream: true };
const sonnet45 = findModel('claude-sonnet-4-5');
const haiku55 = findModel('claude-haiku-5-5');
const sonnet55 = findModel('claude-sonnet-5-5');
const tool = { name: 'get_weather', input_schema: { type: 'object', properties: {} } };
const tools = JSON.stringify([tool, { type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }]);

function apply(patch: Partial<PaneParams>, model = sonnet45) {
  return applyParams(base, { ...DEFAULT_PARAMS, ...patch }, model);
}

describe('applyParams', () => {
  it('leaves the request as built with the defaults', () => {
    expect(apply({})).toEqual({ ok: true, request: base });
  });

  it.each<[string, Partial<PaneParams>, Partial<ChatRequest>]>([
    ['max tokens', { maxTokens: 900 }, { max_completion_tokens: 900 }],
    ['sampling', { temperature: 0, topP: 0.9, topK: 40 }, { temperature: 0, top_p: 0.9, top_k: 40 }],
    ['stop sequences without empty ones', { stop: ['END', ''] }, { stop: ['END'] }],
    ['a thinking budget', { thinking: 'budget', budgetTokens: 2048 }, { thinking: { type: 'enabled', budget_tokens: 2048 } }],
    ['adaptive thinking with effort', { thinking: 'adaptive', effort: 'high' }, { thinking: { type: 'adaptive', display: 'summarized' }, reasoning_effort: 'high' }],
    ['a structured-output schema', { schemaJson: '{"type": "object"}', schemaName: ' answer ' }, { response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' } } } }],
  ])('sets %s', (_label, patch, fields) => {
    expect(apply(patch)).toEqual({ ok: true, request: { ...base, ...fields } });
  });

  it.each([
    ['a model that thinks by default: disabled', haiku55, { thinking: { type: 'disabled' } }],
    ['a model that always thinks: nothing (it cannot be turned off)', sonnet55, {}],
    ['a model that does not think by default: nothing', sonnet45, {}],
    ['an unknown model: nothing', undefined, {}],
  ])('thinking off on %s', (_label, model, fields) => {
    expect(apply({ thinking: 'off' }, model)).toEqual({ ok: true, request: { ...base, ...fields } });
  });

  it('converts tools and forces a named one, without parallel calls', () => {
    const result = apply({ toolsJson: tools, toolChoice: 'tool', toolChoiceName: 'get_weather', parallelToolCalls: false });
    expect(result).toEqual({
      ok: true,
      request: {
        ...base,
        tools: [
          { type: 'function', function: { name: 'get_weather', parameters: tool.input_schema } },
          { type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } },
        ],
        tool_choice: { type: 'function', function: { name: 'get_weather' } },
        parallel_tool_calls: false,
      },
    });
  });

  it.each([
    ['auto', undefined],
    ['required', 'required'],
    ['none', 'none'],
  ] as const)('tool choice %s', (toolChoice, sent) => {
    const result = apply({ toolsJson: tools, toolChoice });
    expect(result.request.tool_choice).toBe(sent);
  });

  it('sends no tool choice when there are no tools', () => {
    expect(apply({ toolChoice: 'required' }).request).toEqual(base);
  });

  it.each([
    ['the last tool by default', '', 1],
    ['a named tool', 'get_weather', 0],
  ])('puts the cache breakpoint on %s', (_label, cacheToolName, index) => {
    const result = apply({ toolsJson: tools, cacheTtl: '1h', cacheToolName });
    expect(result.request.tools?.map((entry) => entry.cache_control)).toEqual([0, 1].map((i) => (i === index ? { type: 'ephemeral', ttl: '1h' } : undefined)));
  });

  it.each<[string, Partial<PaneParams>, string]>([
    ['invalid tools JSON', { toolsJson: '[{' }, 'Tools, line 1, column 3: Invalid JSON: expected a property name in double quotes.'],
    ['an undefined forced tool', { toolsJson: tools, toolChoice: 'tool', toolChoiceName: 'gone' }, 'Tool choice: no tool named "gone" is defined in Tools.'],
    ['a cache breakpoint on an undefined tool', { toolsJson: tools, cacheTtl: '5m', cacheToolName: 'gone' }, 'Cache breakpoint: no tool named "gone" (tools: get_weather, lookup).'],
    ['an invalid schema', { schemaJson: '{"type": 1}' }, 'Output schema, line 1, column 10: The schema needs a "type" (object, array, string, number, integer, boolean, null); "object" is usual.'],
  ])('reports %s as an error', (_label, patch, error) => {
    const result = apply(patch);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([error]);
  });
});
