import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../shared/chat/request-schema';
import { CATALOG_CHECKED_ON } from '../../../shared/models/catalog';
import { JSON_OBJECT_INSTRUCTION } from './request/convert-response-format';
import { expectInvalidRequest } from './request/expect-invalid-request';
import { toAnthropicRequest, type TranslatedRequest } from './to-anthropic-request';

const ask = (model: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const hi = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Hi' }] }];
const weather = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } } };
const weatherTool = { name: 'get_weather', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } } } };
const schema = { type: 'object' as const, properties: { answer: { type: 'string' } }, required: ['answer'] };
const text = { kind: 'text' } as const;

describe('toAnthropicRequest', () => {
  type Expected = Pick<TranslatedRequest, 'body'> & Partial<TranslatedRequest>;

  it.each<[string, ChatRequest, Expected]>([
    [
      'A1/A25 system + user on the default model, default max_tokens',
      { model: 'claude-sonnet-5-5', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } },
      { body: { model: 'claude-sonnet-5-5', max_tokens: 4096, system: [{ type: 'text', text: 'Be brief.' }], messages: hi }, warnings: [], betas: [], responseMode: text },
    ],
    [
      'A27/A28/A32 anthropic/ prefix stripped; sampling, penalties and seed dropped with a warning each',
      ask('anthropic/claude-opus-5-5', { temperature: 0.2, top_p: 0.9, top_k: 5, seed: 1, presence_penalty: 0.1 }),
      {
        body: { model: 'claude-opus-5-5', max_tokens: 4096, messages: hi },
        warnings: [
          'temperature was dropped: the Messages API no longer accepts sampling parameters.',
          'top_p was dropped: the Messages API no longer accepts sampling parameters.',
          'top_k was dropped: the Messages API no longer accepts sampling parameters.',
          'presence_penalty was dropped: Claude has no such parameter.',
          'seed was dropped: Claude has no such parameter.',
        ],
      },
    ],
    [
      'A23 reasoning_effort on an adaptive model → adaptive thinking + output_config.effort (vector 25)',
      ask('claude-opus-5-5', { reasoning_effort: 'high', max_completion_tokens: 32_000 }),
      { body: { model: 'claude-opus-5-5', max_tokens: 32_000, messages: hi, thinking: { type: 'adaptive', display: 'summarized' }, output_config: { effort: 'high' } }, warnings: [] },
    ],
    [
      'A23/A26 reasoning_effort on a budget model without a max → budget + default max_tokens (vector 24)',
      ask('claude-sonnet-4-5-20250929', { reasoning_effort: 'medium' }),
      { body: { model: 'claude-sonnet-4-5-20250929', max_tokens: 6144, messages: hi, thinking: { type: 'enabled', budget_tokens: 2048 } }, warnings: [] },
    ],
    [
      'A26/A28 thinking strips sampling; the caller max stays the total (vector 19, OpenAI semantics)',
      ask('claude-sonnet-4-5', { max_completion_tokens: 20_000, temperature: 0.5, top_p: 0.7, thinking: { type: 'enabled', budget_tokens: 1024 } }),
      {
        body: { model: 'claude-sonnet-4-5', max_tokens: 20_000, messages: hi, thinking: { type: 'enabled', budget_tokens: 1024 } },
        warnings: ['temperature was dropped: the Messages API no longer accepts sampling parameters.', 'top_p was dropped: the Messages API no longer accepts sampling parameters.'],
      },
    ],
    [
      'A26 a budget above the caller max is clamped below it',
      ask('claude-opus-4-6', { max_tokens: 3000, thinking: { type: 'enabled', budget_tokens: 8000 } }),
      {
        body: { model: 'claude-opus-4-6', max_tokens: 3000, messages: hi, thinking: { type: 'enabled', budget_tokens: 2999 } },
        warnings: ['The thinking budget 8000 was lowered to 2999 to stay below max_tokens 3000, which counts thinking too.'],
      },
    ],
    [
      'A40 json_schema with structured outputs → output_config.format alongside effort, no tools (vector 31)',
      ask('claude-sonnet-5-5', { reasoning_effort: 'low', response_format: { type: 'json_schema', json_schema: { name: 'test_schema', schema, strict: true } } }),
      {
        body: { model: 'claude-sonnet-5-5', max_tokens: 4096, messages: hi, thinking: { type: 'adaptive', display: 'summarized' }, output_config: { effort: 'low', format: { type: 'json_schema', schema } } },
        responseMode: text,
      },
    ],
    [
      'A40 json_schema without structured outputs → forced JSON tool (vector 31)',
      ask('claude-opus-4-1', { response_format: { type: 'json_schema', json_schema: { name: 'test_schema', schema } } }),
      {
        body: {
          model: 'claude-opus-4-1',
          max_tokens: 4096,
          messages: hi,
          tools: [{ name: 'json_response', description: 'Give your final answer by calling this tool; its input is the answer (schema "test_schema").', input_schema: schema }],
          tool_choice: { type: 'tool', name: 'json_response', disable_parallel_tool_use: true },
        },
        warnings: ['claude-opus-4-1 has no structured outputs; response_format json_schema "test_schema" was sent as a forced tool call.'],
        responseMode: { kind: 'json_tool', toolName: 'json_response' },
      },
    ],
    [
      'A39 json_object → a system instruction after the caller’s system prompt, and a warning',
      { model: 'claude-haiku-5-5', messages: [{ role: 'developer', content: 'Extract fields.' }, { role: 'user', content: 'Hi' }], response_format: { type: 'json_object' } },
      {
        body: { model: 'claude-haiku-5-5', max_tokens: 4096, messages: hi, system: [{ type: 'text', text: 'Extract fields.' }, { type: 'text', text: JSON_OBJECT_INSTRUCTION }] },
        warnings: ['response_format json_object is not enforced by Claude: the system prompt asks for a single JSON object and the answer is checked.'],
        responseMode: { kind: 'json_object' },
      },
    ],
    [
      'A36/A37 tools + required + parallel_tool_calls false; default-on thinking is switched off so the forced choice holds',
      ask('claude-opus-5', { tools: [weather], tool_choice: 'required', parallel_tool_calls: false }),
      {
        body: {
          model: 'claude-opus-5',
          max_tokens: 4096,
          messages: hi,
          tools: [weatherTool],
          tool_choice: { type: 'any', disable_parallel_tool_use: true },
          thinking: { type: 'disabled' },
        },
        warnings: ['tool_choice "required" forces tool use, so thinking (on by default for claude-opus-5) was turned off.'],
      },
    ],
    [
      'A29/A30/A43 stop, user and anthropic_beta; server tools pass through with tool_choice none',
      ask('claude-sonnet-5-5', {
        stop: ['END', ''],
        user: 'user-42',
        anthropic_beta: ['context-1m-2025-08-07', 'context-1m-2025-08-07'],
        tools: [{ type: 'web_search_20260318', name: 'web_search', max_uses: 3 }],
        tool_choice: 'none',
      }),
      {
        body: {
          model: 'claude-sonnet-5-5',
          max_tokens: 4096,
          messages: hi,
          tools: [{ type: 'web_search_20260318', name: 'web_search', max_uses: 3 }],
          tool_choice: { type: 'none' },
          stop_sequences: ['END'],
          metadata: { user_id: 'user-42' },
        },
        warnings: ['A blank stop sequence was dropped.'],
        betas: ['context-1m-2025-08-07'],
      },
    ],
    [
      'an unknown claude-* id is sent as written, with newest-family assumptions and a warning',
      ask('claude-sonnet-6', { reasoning_effort: 'xhigh', max_tokens: 300_000 }),
      {
        body: { model: 'claude-sonnet-6', max_tokens: 300_000, messages: hi, thinking: { type: 'adaptive', display: 'summarized' }, output_config: { effort: 'xhigh' } },
        warnings: [
          `Model "claude-sonnet-6" is not in Duet's catalog (checked ${CATALOG_CHECKED_ON}); it was treated as a newest-generation Claude model (adaptive thinking, structured outputs, no prefill).`,
        ],
      },
    ],
  ])('%s', (_name, request, expected) => {
    expect(toAnthropicRequest(request)).toEqual({ warnings: [], betas: [], responseMode: text, ...expected });
  });

  it.each<[string, ChatRequest, string, RegExp]>([
    ['A31 n > 1', ask('claude-sonnet-5-5', { n: 3 }), 'n', /one choice/],
    ['A32 logprobs', ask('claude-sonnet-5-5', { logprobs: true }), 'logprobs', /log probabilities/],
    ['A36 forced tool use on a model that always thinks', ask('claude-fable-5-2', { tools: [weather], tool_choice: 'required' }), 'tool_choice', /always thinks/],
    [
      'A36 forced tool use with requested thinking',
      ask('claude-sonnet-4-5', { tools: [weather], tool_choice: { type: 'function', function: { name: 'get_weather' } }, reasoning_effort: 'low' }),
      'tool_choice',
      /tool_choice "get_weather".*thinking/,
    ],
    [
      'A40 the forced JSON tool cannot be combined with thinking',
      ask('claude-opus-4-1', { reasoning_effort: 'high', response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }),
      'response_format',
      /forced tool call.*thinking/,
    ],
    [
      'A40 a caller tool named like the JSON tool',
      ask('claude-opus-4-1', { tools: [{ type: 'function', function: { name: 'json_response' } }], response_format: { type: 'json_schema', json_schema: { name: 's', schema } } }),
      'response_format',
      /reserved/,
    ],
    ['A21 prefill on a 4.6+ model', { model: 'claude-opus-5-5', messages: [{ role: 'user', content: 'Q' }, { role: 'assistant', content: 'The answer is' }] }, 'messages.1', /prefill/],
    ['A26 a budget with too small a max', ask('claude-sonnet-4-5', { max_tokens: 1024, thinking: { type: 'enabled', budget_tokens: 2048 } }), 'max_tokens', /1024/],
  ])('400 %s names %s', (_name, request, param, message) => {
    expectInvalidRequest(() => toAnthropicRequest(request), param, message);
  });

  it('allows prefill on models that still support it and on unknown models', () => {
    const messages: ChatRequest['messages'] = [{ role: 'user', content: 'Q' }, { role: 'assistant', content: 'The answer is ' }];
    expect(toAnthropicRequest({ model: 'claude-haiku-4-5', messages }).body.messages.at(-1)).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'The answer is' }] });
    expect(toAnthropicRequest({ model: 'claude-next', messages }).body.messages).toHaveLength(2);
  });

  it('is pure: the same request twice gives the same result and is left untouched', () => {
    const request = ask('claude-opus-4-6', {
      messages: [{ role: 'user', content: [{ type: 'search_result', source: 's', title: 't', content: [{ type: 'text', text: 'x' }] }], cache_control: { type: 'ephemeral' } }],
      tools: [weather],
      reasoning_effort: 'max',
    });
    const before = structuredClone(request);
    expect(toAnthropicRequest(request)).toEqual(toAnthropicRequest(request));
    expect(request).toEqual(before);
  });
});
