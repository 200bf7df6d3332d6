import { describe, expect, it } from 'vitest';
import type { PromptSection } from '../../../../shared/prompt-file';
import { bodyOfDoc, docOfBody } from './prompt-doc-file';

let counter = 0;
const newId = () => `id-${++counter}`;

describe('prompt ⇄ file body', () => {
  it('writes no system section for an empty system prompt, and a lone user message without a tag', () => {
    expect(bodyOfDoc({ system: '', messages: [{ id: 'm', role: 'user', text: 'Hi', attachments: [] }], values: {} })).toEqual({
      body: [{ role: 'user', text: 'Hi', media: [], implicit: true }],
      turns: [],
    });
  });

  it('numbers turns by their section, the system section included', () => {
    const { turns } = bodyOfDoc({
      system: 'S',
      messages: [
        { id: 'u', role: 'user', text: 'Q', attachments: [] },
        { id: 'a', role: 'assistant', text: '', attachments: [], toolCalls: [{ id: 't', name: 'f', arguments: '{}' }] },
      ],
      values: {},
    });
    expect(turns).toEqual([{ section: 3, toolCalls: [{ id: 't', name: 'f', arguments: '{}' }] }]);
  });

  it('joins several system sections, and leaves out media that is not in the attachment store', () => {
    const body: PromptSection[] = [
      { role: 'system', text: 'One', media: [] },
      { role: 'user', text: 'Look', media: [{ url: 'https://example.com/a.png', contentType: 'image/png' }, { url: `sha256:${'d'.repeat(64)}`, contentType: 'image/webp' }, { url: `sha256:${'e'.repeat(64)}`, contentType: 'text/plain' }] },
      { role: 'system', text: 'Two', media: [], cache: '5m' },
      { role: 'tool', text: 'r', media: [] },
    ];
    expect(docOfBody(body, [], { a: '1' }, newId)).toEqual({
      system: 'One\n\nTwo',
      systemCache: '5m',
      messages: [
        { id: expect.any(String), role: 'user', text: 'Look', attachments: [{ id: 'd'.repeat(64), name: 'dddddddddddd', mime: 'image/webp', size: 0 }] },
        { id: expect.any(String), role: 'tool', toolCallId: '', toolName: '', text: 'r', isError: false },
      ],
      values: { a: '1' },
    });
  });

  it.each([[[]], [[{ role: 'system', text: 'Only a system prompt', media: [] }]]] as PromptSection[][][])('gives a body without messages one empty user message to type in', (body) => {
    expect(docOfBody(body, [], {}, newId).messages).toEqual([{ id: expect.any(String), role: 'user', text: '', attachments: [] }]);
  });
});
