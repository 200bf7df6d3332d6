import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../../shared/contract';
import { AttachmentError } from '../attachments';
import { createExportHandlers } from './export-handlers';

const ID = '0f'.repeat(32);
const store = {
  pathOf: (id: string) => `/data/attachments/${id}`,
  async resolve(id: string) {
    if (id !== ID) throw new AttachmentError('not_found', 'Attachment is not in the store.');
    return { id, mime: 'image/png' as const, size: 300, bytes: Buffer.from('png bytes') };
  },
};
const handler = createExportHandlers(store)['export.snippets'];
const context = { emit: () => undefined };
const request = (over: Partial<RunRequest> = {}): RunRequest => ({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true }, ...over });

describe('export.snippets', () => {
  it('gives every flavour for a Claude model, and only the gateway ones for another provider', async () => {
    expect((await handler({ request: request(), stream: true, attachments: 'path' }, context)).snippets).toHaveLength(6);
    const other = await handler({ request: request({ model: 'openai/gpt-6' }), stream: true, attachments: 'path' }, context);
    expect(other.snippets.map((snippet) => snippet.flavour)).toEqual(['gateway-python', 'gateway-typescript', 'gateway-curl']);
  });

  it('drops stream_options with streaming off, which OpenAI refuses without stream', async () => {
    const { snippets } = await handler({ request: request(), stream: false, attachments: 'path' }, context);
    const curl = snippets.find((snippet) => snippet.flavour === 'gateway-curl')?.code ?? '';
    expect(curl).toContain('"stream": false');
    expect(curl).not.toContain('stream_options');
  });

  it.each([
    ['path', `base64 < '/data/attachments/${ID}'`, 'Reads dot.png'],
    ['inline', Buffer.from('png bytes').toString('base64'), 'inlined as 400 B of base64'],
  ] as const)('attachments by %s', async (attachments, inCode, note) => {
    const withImage = request({ messages: [{ role: 'user', content: [{ type: 'text', text: 'See' }, { type: 'duet_attachment', attachment: { id: ID, name: 'dot.png' } }] }] });
    const { snippets } = await handler({ request: withImage, stream: true, attachments }, context);
    const curl = snippets.find((snippet) => snippet.flavour === 'anthropic-curl');
    expect(curl?.code).toContain(inCode);
    expect(curl?.notes.join(' ')).toContain(note);
  });

  it('rejects an attachment that is not stored, with the store\'s error', async () => {
    const missing = request({ messages: [{ role: 'user', content: [{ type: 'duet_attachment', attachment: { id: 'ee'.repeat(32), name: 'gone.png' } }] }] });
    await expect(handler({ request: missing, stream: true, attachments: 'path' }, context)).rejects.toThrow('not in the store');
  });
});
