import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { runRequestSchema } from '../../../../shared/contract/run-request';
import { attachmentPart, buildRequest, describeBlocked } from './build-request';
import { newTurn, type PanePrompt, type PromptMessage } from './conversation';

const prompt = (over: Partial<PanePrompt>): PanePrompt => ({ model: 'm', system: '', messages: [newTurn('u', 'user', 'Hi')], values: {}, ...over });
const user = (text: string, over: Partial<PromptMessage> = {}): PromptMessage => ({ ...newTurn(text, 'user', text), ...over }) as PromptMessage;
const assistant = (text: string, over: Partial<PromptMessage> = {}): PromptMessage => ({ ...newTurn(text, 'assistant', text), ...over }) as PromptMessage;
const signed = { type: 'thinking' as const, thinking: 'Hmm.\n', signature: 'EqQBCkYIARgCKkD+/==' };
const redacted = { type: 'redacted_thinking' as const, data: 'b3BhcXVl' };
const pdf: AttachmentRef = { id: 'a'.repeat(64), name: 'report.pdf', mime: 'application/pdf', size: 10, pages: 2, citations: true, title: 'Report', context: 'Q3' };
const png: AttachmentRef = { id: 'b'.repeat(64), name: 'chart.png', mime: 'image/png', size: 5 };

const sent = (over: Partial<PanePrompt>) => {
  const result = buildRequest(prompt(over));
  if (!result.ok) throw new Error(describeBlocked(result).join('\n'));
  return result.request.messages;
};

describe('buildRequest', () => {
  it('streams with usage and leaves out an empty system prompt', () => {
    expect(buildRequest(prompt({ system: '  ', systemCache: '1h' }))).toEqual({
      ok: true,
      request: { model: 'm', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } },
    });
  });

  it.each<[string, Partial<PanePrompt>, unknown[]]>([
    [
      'fills variables verbatim in the system prompt and every message',
      { system: 'You are {{persona}}.', messages: [user('On {{topic}}'), assistant('{{x}}!')], values: { persona: 'a poet', topic: '{{x}} $&', x: '' } },
      [{ role: 'system', content: 'You are a poet.' }, { role: 'user', content: 'On {{x}} $&' }, { role: 'assistant', content: '!' }],
    ],
    [
      'marks cached parts with their ttl',
      { system: 'S', systemCache: '1h', messages: [user('Q', { cache: '5m' }), assistant('A', { cache: '1h' })] },
      [
        { role: 'system', content: 'S', cache_control: { type: 'ephemeral', ttl: '1h' } },
        { role: 'user', content: 'Q', cache_control: { type: 'ephemeral', ttl: '5m' } },
        { role: 'assistant', content: 'A', cache_control: { type: 'ephemeral', ttl: '1h' } },
      ],
    ],
    [
      'keeps the order and roles, and a trailing assistant message is a prefill',
      { messages: [user('one'), assistant('two'), user('three'), assistant('{')] },
      [{ role: 'user', content: 'one' }, { role: 'assistant', content: 'two' }, { role: 'user', content: 'three' }, { role: 'assistant', content: '{' }],
    ],
    [
      'sends attachments as duet_attachment parts after the text',
      { messages: [user('Read these', { attachments: [pdf, png], cache: '5m' })] },
      [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Read these' },
            { type: 'duet_attachment', attachment: { id: pdf.id, name: 'report.pdf' }, citations: { enabled: true }, title: 'Report', context: 'Q3' },
            { type: 'duet_attachment', attachment: { id: png.id, name: 'chart.png' } },
          ],
          cache_control: { type: 'ephemeral', ttl: '5m' },
        },
      ],
    ],
    [
      'sends tool calls and signed thinking unchanged, then the tool results verbatim (JSON is not a template)',
      {
        messages: [
          user('Weather?'),
          assistant('', { thinkingBlocks: [signed, redacted], toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: '{"location": "SF"}' }] }),
          { id: 't1', role: 'tool', toolCallId: 'toolu_1', toolName: 'get_weather', text: '{"temp": {"c": 21}} {{t}}', isError: false },
          { id: 't2', role: 'tool', toolCallId: 'toolu_2', toolName: 'f', text: 'boom', isError: true, cache: '5m' },
        ],
        values: { t: '21' },
      },
      [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"location": "SF"}' } }],
          thinking_blocks: [signed, redacted],
        },
        { role: 'tool', tool_call_id: 'toolu_1', content: '{"temp": {"c": 21}} {{t}}', is_error: false },
        { role: 'tool', tool_call_id: 'toolu_2', content: 'boom', is_error: true, cache_control: { type: 'ephemeral', ttl: '5m' } },
      ],
    ],
  ])('%s', (_name, over, expected) => {
    expect(sent(over)).toEqual(expected);
  });

  it('keeps thinking blocks byte-identical (same objects, same strings)', () => {
    const [, turn] = sent({ messages: [user('q'), assistant('a', { thinkingBlocks: [signed] }), user('next')] });
    expect(JSON.stringify(turn)).toContain(JSON.stringify(signed));
  });

  it.each<[string, Partial<PanePrompt>, { missing: string[]; lines: string[] }]>([
    [
      'lists every missing variable once, across all texts',
      { system: '{{a}} {{b}}', messages: [user('{{b}} {{c}}'), assistant('{{d}}')], values: { b: '' } },
      { missing: ['a', 'c', 'd'], lines: ['Missing variables: a, c, d. Give each a value in Variables.'] },
    ],
    [
      'names the message, its role and the line of a template problem',
      { messages: [user('fine'), assistant('ok\nstill\n{{}}')] },
      { missing: [], lines: [expect.stringMatching(/^Message 2 \(assistant\), line 3: /) as unknown as string] },
    ],
    [
      'keeps the old name of a lone user message',
      { messages: [user('ok\n{{}}')] },
      { missing: [], lines: [expect.stringMatching(/^User message, line 2: /) as unknown as string] },
    ],
    [
      'refuses empty messages, naming each',
      { messages: [user('q'), assistant('  ')] },
      { missing: [], lines: ['Message 2 (assistant): The message is empty. Write something or delete it.'] },
    ],
  ])('refuses: %s', (_name, over, expected) => {
    const result = buildRequest(prompt(over));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(expected.missing);
    expect(describeBlocked(result)).toEqual(expected.lines);
  });

  it('describes one missing variable in the singular', () => {
    expect(describeBlocked({ missing: ['a'], problems: [] })).toEqual(['Missing variable: a. Give each a value in Variables.']);
  });
});

describe('attachmentPart', () => {
  const image: AttachmentRef = { id: 'c'.repeat(64), name: 'a.png', mime: 'image/png', size: 10 };
  const doc: AttachmentRef = { id: 'd'.repeat(64), name: 'b.pdf', mime: 'application/pdf', size: 99, pages: 2 };

  it('sends user turns with attachments in a shape runs.start accepts', () => {
    const result = buildRequest(prompt({ messages: [user('Compare', { attachments: [image, { ...doc, citations: true, title: ' Report ' }] })] }));
    if (!result.ok) throw new Error('blocked');
    expect(runRequestSchema.safeParse(result.request).success).toBe(true);
  });

  it.each([
    ['an image ignores document options', { ...image, citations: true, title: 'x' }, { type: 'duet_attachment', attachment: { id: image.id, name: 'a.png' } }],
    ['a PDF with citations off sends none, and trims its options', { ...doc, citations: false, context: ' Q3 ', title: '  ' }, { type: 'duet_attachment', attachment: { id: doc.id, name: 'b.pdf' }, context: 'Q3' }],
  ])('%s', (_case, ref, part) => expect(attachmentPart(ref as AttachmentRef)).toEqual(part));
});
