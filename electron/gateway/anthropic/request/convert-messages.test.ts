import type { MessageParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { convertMessages, type ConversationRules } from './convert-messages';
import { expectInvalidRequest } from './expect-invalid-request';

const rules: ConversationRules = { model: 'claude-sonnet-4-5', prefill: true, thinking: false };
const eph = { type: 'ephemeral' } as const;
const text = (value: string) => ({ type: 'text' as const, text: value });
const call = (id: string, name: string, args: string) => ({ id, type: 'function' as const, function: { name, arguments: args } });

describe('convertMessages', () => {
  it.each<[string, ChatMessage[], MessageParam[]]>([
    ['A6 a user string becomes a text block', [{ role: 'user', content: 'hi' }], [{ role: 'user', content: [text('hi')] }]],
    [
      'A5 consecutive user messages merge into one turn, system messages do not break the run',
      [{ role: 'user', content: 'a' }, { role: 'system', content: 'S' }, { role: 'user', content: 'b' }],
      [{ role: 'user', content: [text('a'), text('b')] }],
    ],
    [
      'A5 sequential assistants merge (vector 13)',
      [{ role: 'user', content: 'Hi!' }, { role: 'assistant', content: 'Hello' }, { role: 'assistant', content: 'World' }, { role: 'assistant', content: '!' }, { role: 'user', content: 'ok' }],
      [
        { role: 'user', content: [text('Hi!')] },
        { role: 'assistant', content: [text('Hello'), text('World'), text('!')] },
        { role: 'user', content: [text('ok')] },
      ],
    ],
    [
      'A18/A19 parallel tool results → ONE user turn, all tool_results first, user text after (vectors 10, 12)',
      [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, tool_calls: [call('call_1', 'get_weather', '{"city":"Paris"}'), call('call_2', 'get_time', '')] },
        { role: 'user', content: 'also, hurry' },
        { role: 'tool', tool_call_id: 'call_1', content: '18°C' },
        { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '10:00' }], is_error: true },
      ],
      [
        { role: 'user', content: [text('weather?')] },
        {
          role: 'assistant',
          content: [
            { type: 'tool_use', id: 'call_1', name: 'get_weather', input: { city: 'Paris' } },
            { type: 'tool_use', id: 'call_2', name: 'get_time', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'call_1', content: '18°C' },
            { type: 'tool_result', tool_use_id: 'call_2', content: [text('10:00')], is_error: true },
            text('also, hurry'),
          ],
        },
      ],
    ],
    [
      'A17 tool-call cache control: message-level cache_control stays off tool_use, tool message cache_control on tool_result (vector 8)',
      [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: '', tool_calls: [call('weather-tool-id-123', 'get_weather', '{"location": "San Francisco"}')], cache_control: eph },
        { role: 'tool', tool_call_id: 'weather-tool-id-123', content: '{"temp": 18}', cache_control: eph },
      ],
      [
        { role: 'user', content: [text('weather?')] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'weather-tool-id-123', name: 'get_weather', input: { location: 'San Francisco' } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'weather-tool-id-123', content: '{"temp": 18}', cache_control: eph }] },
      ],
    ],
    [
      'A6/A7 user and assistant cache controls (vector 7)',
      [
        { role: 'user', content: [{ type: 'text', text: 'u1', cache_control: eph }] },
        { role: 'assistant', content: 'a1' },
        { role: 'user', content: [{ type: 'text', text: 'u2', cache_control: eph }] },
        { role: 'assistant', content: 'a2', cache_control: eph },
        { role: 'user', content: 'u3', cache_control: { type: 'ephemeral', ttl: '1h' } },
      ],
      [
        { role: 'user', content: [{ type: 'text', text: 'u1', cache_control: eph }] },
        { role: 'assistant', content: [text('a1')] },
        { role: 'user', content: [{ type: 'text', text: 'u2', cache_control: eph }] },
        { role: 'assistant', content: [{ type: 'text', text: 'a2', cache_control: eph }] },
        { role: 'user', content: [{ type: 'text', text: 'u3', cache_control: { type: 'ephemeral', ttl: '1h' } }] },
      ],
    ],
    [
      'A16 empty assistant text next to tool calls is not sent, text comes before tool_use',
      [{ role: 'user', content: 'go' }, { role: 'assistant', content: [text(''), text('Checking.')], tool_calls: [call('c1', 'look', '{}')] }, { role: 'tool', tool_call_id: 'c1', content: '' }],
      [
        { role: 'user', content: [text('go')] },
        { role: 'assistant', content: [text('Checking.'), { type: 'tool_use', id: 'c1', name: 'look', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1' }] },
      ],
    ],
    [
      'A24 thinking_blocks go first, byte-identical with signatures (vector 16)',
      [
        { role: 'user', content: 'How many r in strawberry?' },
        {
          role: 'assistant',
          content: 'The word has 3.',
          reasoning_content: 'I need to count…',
          thinking_blocks: [{ type: 'thinking', thinking: 'I need to count…', signature: 'test-signature' }, { type: 'redacted_thinking', data: 'EuoB…' }],
        },
        { role: 'user', content: 'thanks' },
      ],
      [
        { role: 'user', content: [text('How many r in strawberry?')] },
        {
          role: 'assistant',
          content: [{ type: 'thinking', thinking: 'I need to count…', signature: 'test-signature' }, { type: 'redacted_thinking', data: 'EuoB…' }, text('The word has 3.')],
        },
        { role: 'user', content: [text('thanks')] },
      ],
    ],
    [
      'A24 thinking parts in content go first even when written after text',
      [
        { role: 'user', content: 'q' },
        { role: 'assistant', content: [text('answer'), { type: 'thinking', thinking: '  spaced  ', signature: 'sig' }], tool_calls: [call('c1', 't', '{"a":1}')] },
        { role: 'tool', tool_call_id: 'c1', content: 'r' },
      ],
      [
        { role: 'user', content: [text('q')] },
        { role: 'assistant', content: [{ type: 'thinking', thinking: '  spaced  ', signature: 'sig' }, text('answer'), { type: 'tool_use', id: 'c1', name: 't', input: { a: 1 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1', content: 'r' }] },
      ],
    ],
    [
      'A21 a final assistant message is prefill: trailing whitespace trimmed (vectors 14, 57)',
      [{ role: 'user', content: "What's the Greek name for Sun? (A) Sol (B) Helios (C) Sun" }, { role: 'assistant', content: 'The best answer is (  ' }],
      [
        { role: 'user', content: [text("What's the Greek name for Sun? (A) Sol (B) Helios (C) Sun")] },
        { role: 'assistant', content: [text('The best answer is (')] },
      ],
    ],
    [
      'A21 assistant text before a user message is not trimmed (vector 14)',
      [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'assistant content  ' }, { role: 'user', content: 'b' }],
      [
        { role: 'user', content: [text('a')] },
        { role: 'assistant', content: [text('assistant content  ')] },
        { role: 'user', content: [text('b')] },
      ],
    ],
    [
      'A5 an all-empty user message between assistants lets them merge',
      [{ role: 'user', content: 'a' }, { role: 'assistant', content: 'x' }, { role: 'user', content: '' }, { role: 'assistant', content: 'y' }, { role: 'user', content: 'z' }],
      [
        { role: 'user', content: [text('a')] },
        { role: 'assistant', content: [text('x'), text('y')] },
        { role: 'user', content: [text('z')] },
      ],
    ],
  ])('%s', (_name, messages, expected) => {
    expect(convertMessages(messages, rules)).toEqual(expected);
  });

  it('does not change the request it reads (pure)', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: [{ type: 'document', source: { type: 'url', url: 'https://x/a.pdf' } }], cache_control: eph }];
    const before = structuredClone(messages);
    const [turn] = convertMessages(messages, rules);
    expect(turn?.content).toEqual([{ type: 'document', source: { type: 'url', url: 'https://x/a.pdf' }, cache_control: eph }]);
    expect(messages).toEqual(before);
  });

  it.each<[string, ChatMessage[], ConversationRules, string, RegExp]>([
    [
      'A17 invalid JSON arguments',
      [{ role: 'user', content: 'q' }, { role: 'assistant', content: null, tool_calls: [call('c0', 'a', '{}'), call('c1', 'cityAttractions', '{ "city": "San Francisco", }')] }],
      rules,
      'messages.1.tool_calls.1.function.arguments',
      /not valid JSON/,
    ],
    ['A17 arguments that are not an object', [{ role: 'user', content: 'q' }, { role: 'assistant', content: null, tool_calls: [call('c1', 'a', '[1,2]')] }], rules, 'messages.1.tool_calls.0.function.arguments', /JSON object/],
    ['A21 prefill on a model that rejects it (4.6+)', [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'Sure:' }], { ...rules, model: 'claude-opus-5-5', prefill: false }, 'messages.1', /claude-opus-5-5.*prefill/],
    ['A21 prefill with thinking on', [{ role: 'user', content: 'q' }, { role: 'assistant', content: 'Sure:' }], { ...rules, thinking: true }, 'messages.1', /thinking/],
    ['no user or assistant content at all', [{ role: 'system', content: 'only system' }, { role: 'user', content: ' ' }], rules, 'messages', /at least one/],
  ])('400 %s names %s', (_name, messages, given, param, message) => {
    expectInvalidRequest(() => convertMessages(messages, given), param, message);
  });
});
