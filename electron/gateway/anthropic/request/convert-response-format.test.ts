import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { findModel, type ModelInfo } from '../../../../shared/models/catalog';
import { convertResponseFormat, JSON_OBJECT_INSTRUCTION, type ResponseFormatPlan } from './convert-response-format';
import { expectInvalidRequest } from './expect-invalid-request';

const model = (id: string) => findModel(id) as ModelInfo;
const schema = { type: 'object' as const, properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
const jsonSchema = (extra: Record<string, unknown> = {}): ChatRequest['response_format'] => ({ type: 'json_schema', json_schema: { name: 'test_schema', schema, ...extra } });
const jsonObjectNote = 'response_format json_object is not enforced by Claude: the system prompt asks for a single JSON object and the answer is checked.';

describe('convertResponseFormat', () => {
  it.each<[string, string, ChatRequest['response_format'], ResponseFormatPlan, string[]]>([
    ['no response_format', 'claude-sonnet-5-5', undefined, { mode: { kind: 'text' } }, []],
    ['text', 'claude-sonnet-5-5', { type: 'text' }, { mode: { kind: 'text' } }, []],
    ['A39 json_object → system instruction + warning', 'claude-sonnet-5-5', { type: 'json_object' }, { mode: { kind: 'json_object' }, systemNote: JSON_OBJECT_INSTRUCTION }, [jsonObjectNote]],
    [
      'A40 json_schema on a structured-output model → output_config.format, no tools (vector 31)',
      'claude-opus-4-5-20251101',
      jsonSchema({ strict: true }),
      { mode: { kind: 'text' }, outputFormat: { type: 'json_schema', schema } },
      [],
    ],
    [
      'A40 json_schema without structured outputs → forced JSON tool (vector 31)',
      'claude-opus-4-1',
      jsonSchema({ description: 'The answer' }),
      { mode: { kind: 'json_tool', toolName: 'json_response' }, jsonTool: { name: 'json_response', description: 'The answer', input_schema: schema } },
      ['claude-opus-4-1 has no structured outputs; response_format json_schema "test_schema" was sent as a forced tool call.'],
    ],
    [
      'json_schema without a schema → treated as json_object',
      'claude-sonnet-5-5',
      { type: 'json_schema', json_schema: { name: 'loose' } },
      { mode: { kind: 'json_object' }, systemNote: JSON_OBJECT_INSTRUCTION },
      ['response_format json_schema "loose" has no schema: the system prompt asks for a single JSON object instead and the answer is checked.'],
    ],
  ])('%s', (_name, id, format, expected, expectedWarnings) => {
    const warnings: string[] = [];
    expect(convertResponseFormat(format, model(id), warnings)).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });

  it('A40 400 when the tool fallback gets a non-object schema', () => {
    const format: ChatRequest['response_format'] = { type: 'json_schema', json_schema: { name: 'list', schema: { type: 'array' } } };
    expectInvalidRequest(() => convertResponseFormat(format, model('claude-opus-4-1'), []), 'response_format.json_schema.schema');
  });
});
