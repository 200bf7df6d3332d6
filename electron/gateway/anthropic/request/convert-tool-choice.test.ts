import type { ToolChoice, ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { convertToolChoice } from './convert-tool-choice';
import { expectInvalidRequest } from './expect-invalid-request';

const base: ChatRequest = { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'hi' }] };
const custom = (name: string): ToolUnion => ({ name, input_schema: { type: 'object', properties: {} } });
const tools = [custom('my_tool'), custom('other')];
const none: ToolUnion[] = [];
const toolset = [{ type: 'browser_toolset_20260801' } as ToolUnion];
const named = { type: 'function' as const, function: { name: 'my_tool' } };

describe('convertToolChoice (vectors 26, 27)', () => {
  it.each<[string, Partial<ChatRequest>, readonly ToolUnion[], string | undefined, ToolChoice | undefined]>([
    ['A36 auto → auto', { tool_choice: 'auto' }, tools, undefined, { type: 'auto' }],
    ['A36 required → any', { tool_choice: 'required' }, tools, undefined, { type: 'any' }],
    ['A36 none → none (tools stay defined)', { tool_choice: 'none' }, tools, undefined, { type: 'none' }],
    ['A36 named function → tool', { tool_choice: named }, tools, undefined, { type: 'tool', name: 'my_tool' }],
    ['A36 nothing asked → omitted (Anthropic defaults to auto)', {}, tools, undefined, undefined],
    ['A37 parallel_tool_calls false with no tool_choice → auto + disable_parallel_tool_use', { parallel_tool_calls: false }, tools, undefined, { type: 'auto', disable_parallel_tool_use: true }],
    ['A37 parallel_tool_calls false on required', { tool_choice: 'required', parallel_tool_calls: false }, tools, undefined, { type: 'any', disable_parallel_tool_use: true }],
    ['A37 parallel_tool_calls false on a named tool', { tool_choice: named, parallel_tool_calls: false }, tools, undefined, { type: 'tool', name: 'my_tool', disable_parallel_tool_use: true }],
    ['A37 none never takes disable_parallel_tool_use', { tool_choice: 'none', parallel_tool_calls: false }, tools, undefined, { type: 'none' }],
    ['A37 parallel_tool_calls true needs no flag', { tool_choice: 'auto', parallel_tool_calls: true }, tools, undefined, { type: 'auto' }],
    ['no tools: auto/none are dropped', { tool_choice: 'none', parallel_tool_calls: false }, none, undefined, undefined],
    ['a nameless toolset counts as tools', { tool_choice: 'required' }, toolset, undefined, { type: 'any' }],
    ['A40 JSON tool alone → forced to it', {}, none, 'json_response', { type: 'tool', name: 'json_response', disable_parallel_tool_use: true }],
    ['A40 JSON tool next to caller tools → any', { tool_choice: 'auto' }, tools, 'json_response', { type: 'any', disable_parallel_tool_use: true }],
    ['A40 JSON tool with tool_choice none → forced to the JSON tool', { tool_choice: 'none' }, tools, 'json_response', { type: 'tool', name: 'json_response', disable_parallel_tool_use: true }],
    ['A40 JSON tool keeps a named choice', { tool_choice: named }, tools, 'json_response', { type: 'tool', name: 'my_tool', disable_parallel_tool_use: true }],
  ])('%s', (_name, extra, names, jsonTool, expected) => {
    expect(convertToolChoice({ ...base, ...extra }, names, jsonTool)).toEqual(expected);
  });

  it.each<[string, Partial<ChatRequest>, readonly ToolUnion[], string]>([
    ['a named tool that is not defined', { tool_choice: { type: 'function', function: { name: 'missing' } } }, tools, 'tool_choice.function.name'],
    ['required without tools', { tool_choice: 'required' }, none, 'tool_choice'],
    ['a named tool without tools', { tool_choice: named }, none, 'tool_choice'],
  ])('400 for %s', (_name, extra, names, param) => {
    expectInvalidRequest(() => convertToolChoice({ ...base, ...extra }, names), param);
  });
});
