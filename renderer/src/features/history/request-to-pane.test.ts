import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../../../shared/contract/run-request';
import type { PanePrompt } from '../pane/conversation';
import { buildRequest } from '../pane/build-request';
import { attachmentsOf } from '../pane/pane-request';
import { prepareRequest } from '../params/prepare-request';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';
import { attachmentFromPart, paneFromRequest, paramsFromRequest } from './request-to-pane';

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};
const image = { id: 'b'.repeat(64), name: 'chart.PNG', mime: 'image/png' as const, size: 0 };
const prompt: PanePrompt = {
  model: 'claude-sonnet-5-5',
  system: 'Be brief.',
  systemCache: '5m',
  messages: [
    { id: 'u1', role: 'user', text: 'What is in the chart?', attachments: [image], cache: '1h' },
    { id: 'a1', role: 'assistant', text: 'Let me look.', attachments: [], toolCalls: [{ id: 'call_1', name: 'zoom', arguments: '{"x":1}' }] },
    { id: 't1', role: 'tool', toolCallId: 'call_1', toolName: 'zoom', text: 'zoomed', isError: true },
    { id: 'u2', role: 'user', text: 'And now?', attachments: [] },
  ],
  values: {},
};
const tools = JSON.stringify([{ type: 'function', function: { name: 'zoom', parameters: { type: 'object' } } }], null, 2);
const schema = JSON.stringify({ type: 'object', properties: { a: { type: 'string' } } }, null, 2);
const params: PaneParams = {
  ...DEFAULT_PARAMS,
  maxTokens: 1200,
  temperature: 0.7,
  topP: 0.9,
  stop: ['END', 'STOP'],
  toolsJson: tools,
  toolChoice: 'tool',
  toolChoiceName: 'zoom',
  parallelToolCalls: false,
  cacheToolName: 'zoom',
  cacheTtl: '1h',
  schemaJson: schema,
  schemaName: 'answer',
};

/** The request the pane builds, checked or not (the request check's findings do not matter here). */
function sent(doc: PanePrompt, with_: PaneParams): RunRequest {
  const built = buildRequest(doc);
  if (!built.ok) throw new Error(`not buildable: ${built.missing.join(', ')}`);
  return prepareRequest(built.request, with_, attachmentsOf(doc.messages)).request;
}

describe('paneFromRequest', () => {
  it('rebuilds a pane that sends the same request again (conversation, caches, tools, schema, parameters)', () => {
    const request = sent(prompt, params);
    const pane = paneFromRequest(request, counter());
    expect(pane.model).toBe('claude-sonnet-5-5');
    expect(pane.lost).toEqual([]);
    expect(sent({ ...pane.prompt, model: pane.model }, pane.params)).toEqual(request);
  });

  it('keeps the tool name of a result from the call it answers, and the thinking blocks of an assistant turn', () => {
    const request: RunRequest = {
      model: 'm',
      messages: [
        { role: 'user', content: 'go' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c9', type: 'function', function: { name: 'search', arguments: '{}' } }], thinking_blocks: [{ type: 'redacted_thinking', data: 'xx' }] },
        { role: 'tool', tool_call_id: 'c9', content: 'found' },
        { role: 'tool', tool_call_id: 'unknown', content: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] },
      ],
    };
    const { prompt: doc } = paneFromRequest(request, counter());
    expect(doc.messages).toEqual([
      { id: 'id-1', role: 'user', text: 'go', attachments: [] },
      { id: 'id-2', role: 'assistant', text: '', attachments: [], toolCalls: [{ id: 'c9', name: 'search', arguments: '{}' }], thinkingBlocks: [{ type: 'redacted_thinking', data: 'xx' }] },
      { id: 'id-3', role: 'tool', toolCallId: 'c9', toolName: 'search', text: 'found', isError: false },
      { id: 'id-4', role: 'tool', toolCallId: 'unknown', toolName: 'tool', text: 'a\nb', isError: false },
    ]);
    expect(doc.system).toBe('');
  });

  it('joins several system messages and says what it could not bring back', () => {
    const request: RunRequest = {
      model: 'm',
      messages: [
        { role: 'system', content: 'one' },
        { role: 'developer', content: [{ type: 'text', text: 'two' }] },
        { role: 'user', content: [{ type: 'text', text: 'see' }, { type: 'image_url', image_url: { url: 'https://example.com/a.png' } }] },
      ],
    };
    const pane = paneFromRequest(request, counter());
    expect(pane.prompt.system).toBe('one\n\ntwo');
    expect(pane.lost).toEqual(['1 content part other than text and stored attachments']);
  });
});

describe('paramsFromRequest', () => {
  it.each<[string, Partial<RunRequest>, Partial<PaneParams>]>([
    ['nothing set', {}, {}],
    ['max_tokens when max_completion_tokens is absent', { max_tokens: 50 }, { maxTokens: 50 }],
    ['a single stop string', { stop: 'X' }, { stop: ['X'] }],
    ['a thinking budget', { thinking: { type: 'enabled', budget_tokens: 3000 } }, { thinking: 'budget', budgetTokens: 3000 }],
    ['adaptive thinking with its effort', { thinking: { type: 'adaptive' }, reasoning_effort: 'high' }, { thinking: 'adaptive', effort: 'high' }],
    ['an effort the pane does not offer', { reasoning_effort: 'minimal' }, {}],
    ['tool choice required', { tools: [{ type: 'function', function: { name: 't' } }], tool_choice: 'required' }, { toolsJson: JSON.stringify([{ type: 'function', function: { name: 't' } }], null, 2), toolChoice: 'required' }],
  ])('%s', (_name, fields, expected) => {
    expect(paramsFromRequest({ model: 'm', messages: [{ role: 'user', content: 'x' }], ...fields })).toEqual({ ...DEFAULT_PARAMS, ...expected });
  });
});

describe('attachmentFromPart', () => {
  it.each([
    ['photo.JPG', 'image/jpeg'],
    ['scan.webp', 'image/webp'],
    ['paper.pdf', 'application/pdf'],
  ])('reads the type of %s from its name', (name, mime) => {
    expect(attachmentFromPart({ attachment: { id: 'c'.repeat(64), name } }).mime).toBe(mime);
  });

  it('keeps a PDF’s document options', () => {
    expect(attachmentFromPart({ attachment: { id: 'c'.repeat(64), name: 'a.pdf' }, citations: { enabled: true }, title: 'T', context: 'C' })).toEqual({
      id: 'c'.repeat(64),
      name: 'a.pdf',
      mime: 'application/pdf',
      size: 0,
      citations: true,
      title: 'T',
      context: 'C',
    });
  });
});
