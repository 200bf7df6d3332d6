import type { ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { findModel, type ModelInfo } from '../../../../shared/models/catalog';
import { convertTools } from './convert-tools';
import { expectInvalidRequest } from './expect-invalid-request';

const sonnet55 = findModel('claude-sonnet-5-5') as ModelInfo;
const opus41 = findModel('claude-opus-4-1') as ModelInfo;
const weatherSchema = { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false };

describe('convertTools', () => {
  it.each<[string, ChatRequest['tools'], ToolUnion[]]>([
    [
      'A33 parameters → input_schema unchanged (additionalProperties etc. kept)',
      [{ type: 'function', function: { name: 'get_weather', description: 'Weather now', parameters: weatherSchema } }],
      [{ name: 'get_weather', description: 'Weather now', input_schema: weatherSchema }],
    ],
    [
      'A33 absent or empty parameters → an empty object schema',
      [
        { type: 'function', function: { name: 'now' } },
        { type: 'function', function: { name: 'ping', parameters: {} } },
      ],
      [
        { name: 'now', input_schema: { type: 'object', properties: {} } },
        { name: 'ping', input_schema: { type: 'object', properties: {} } },
      ],
    ],
    [
      'A34/A35 strict and cache_control (tool-level or function-level, ttl kept) are kept',
      [
        { type: 'function', function: { name: 'a', parameters: weatherSchema, strict: true }, cache_control: { type: 'ephemeral', ttl: '1h' } },
        { type: 'function', function: { name: 'b', strict: false, cache_control: { type: 'ephemeral' } } },
      ],
      [
        { name: 'a', input_schema: weatherSchema, strict: true, cache_control: { type: 'ephemeral', ttl: '1h' } },
        { name: 'b', input_schema: { type: 'object', properties: {} }, strict: false, cache_control: { type: 'ephemeral' } },
      ],
    ],
    [
      'A44 Anthropic server tools pass through as written (vector 28)',
      [
        { type: 'web_search_20250305', name: 'web_search', max_uses: 5 },
        { type: 'browser_toolset_20260801', configs: { headless: true } },
      ],
      [
        { type: 'web_search_20250305', name: 'web_search', max_uses: 5 },
        { type: 'browser_toolset_20260801', configs: { headless: true } } as unknown as ToolUnion,
      ],
    ],
    ['no tools', undefined, []],
  ])('%s', (_name, tools, expected) => {
    const warnings: string[] = [];
    expect(convertTools(tools, sonnet55, warnings)).toEqual(expected);
    expect(warnings).toEqual([]);
  });

  it('A35 drops strict with a warning on a model without structured outputs', () => {
    const warnings: string[] = [];
    expect(convertTools([{ type: 'function', function: { name: 'a', strict: true } }], opus41, warnings)).toEqual([{ name: 'a', input_schema: { type: 'object', properties: {} } }]);
    expect(warnings).toEqual(['tools.0.function.strict was dropped: claude-opus-4-1 has no structured outputs.']);
  });

  it.each<[string, ChatRequest['tools'], string]>([
    ['a schema whose type is not object', [{ type: 'function', function: { name: 'a' } }, { type: 'function', function: { name: 'b', parameters: { type: 'string' } } }], 'tools.1.function.parameters'],
    ['a schema with no type', [{ type: 'function', function: { name: 'a', parameters: { properties: {} } } }], 'tools.0.function.parameters'],
    ['an invalid tool name', [{ type: 'function', function: { name: 'get weather' } }], 'tools.0.function.name'],
    ['a duplicate tool name', [{ type: 'function', function: { name: 'a' } }, { type: 'function', function: { name: 'a' } }], 'tools.1.function.name'],
  ])('A33 400 for %s, naming %s', (_name, tools, param) => {
    expectInvalidRequest(() => convertTools(tools, sonnet55, []), param);
  });
});
