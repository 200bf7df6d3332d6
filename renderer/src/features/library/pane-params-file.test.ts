import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';
import { jsonTextOf, paramsFromFile, paramsToFile, textOfJson } from './pane-params-file';

describe('jsonTextOf', () => {
  it.each([
    ['', { text: '' }],
    ['[]', { json: [] }],
    ['{"a": 1}', { text: '{"a": 1}' }],
    [JSON.stringify({ a: [1, { b: null }] }, null, 2), { json: { a: [1, { b: null }] } }],
    ['"just a string"', { text: '"just a string"' }],
    ['[{"name": "broken"', { text: '[{"name": "broken"' }],
    ['12345678901234567890', { text: '12345678901234567890' }],
  ])('%j → %j, and back to the same text', (text, expected) => {
    expect(jsonTextOf(text)).toEqual(expected);
    expect(textOfJson(jsonTextOf(text))).toBe(text);
  });
});

describe('pane parameters in a file', () => {
  it('writes nothing for the defaults', () => {
    expect(paramsToFile(DEFAULT_PARAMS)).toEqual({ claude: {} });
  });

  it.each<[string, Partial<PaneParams>, ReturnType<typeof paramsToFile>]>([
    ['sampling in Dotprompt names', { temperature: 0, maxTokens: 100, topP: 0.5, topK: 3, stop: ['x'] }, { config: { temperature: 0, maxOutputTokens: 100, topP: 0.5, topK: 3, stopSequences: ['x'] }, claude: {} }],
    ['a budget', { thinking: 'budget' }, { claude: { thinking: { type: 'budget', budgetTokens: 2048 } } }],
    ['adaptive with an effort', { thinking: 'adaptive', effort: 'max' }, { claude: { thinking: { type: 'adaptive', effort: 'max' } } }],
    ['a budget kept while thinking is off', { budgetTokens: 5000 }, { claude: { thinking: { type: 'off', budgetTokens: 5000 } } }],
    ['a forced tool', { toolChoice: 'tool', toolChoiceName: 'f' }, { claude: { toolChoice: { type: 'tool', name: 'f' } } }],
    ['no parallel tool use', { parallelToolCalls: false }, { claude: { parallelToolCalls: false } }],
    ['a tool cache breakpoint on the last tool', { cacheTtl: '1h' }, { claude: { toolCache: { ttl: '1h' } } }],
    ['a schema and its name', { schemaJson: '{}', schemaName: 'out' }, { claude: { schema: { json: {} }, schemaName: 'out' } }],
  ])('%s', (_name, patch, expected) => {
    const params = { ...DEFAULT_PARAMS, ...patch };
    const written = paramsToFile(params);
    expect(written).toEqual(expected);
    expect(paramsFromFile(written.config, written.claude)).toEqual(params);
  });
});
