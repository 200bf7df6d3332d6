import { describe, expect, it } from 'vitest';
import type { RunRequest } from '../../../shared/contract/run-request';
import { runRequestSchema } from '../../../shared/contract/run-request';
import { chatRequestSchema } from '../../../shared/chat/request-schema';
import { AttachmentError } from './errors';
import { resolveRunRequest } from './resolve-parts';
import type { StoredAttachment } from './store';

const PNG_ID = '1'.repeat(64);
const PDF_ID = '2'.repeat(64);
const stored: Record<string, StoredAttachment> = {
  [PNG_ID]: { id: PNG_ID, mime: 'image/png', size: 3, bytes: Buffer.from('png') },
  [PDF_ID]: { id: PDF_ID, mime: 'application/pdf', size: 3, pages: 2, bytes: Buffer.from('pdf') },
};
const store = {
  resolve: async (id: string) => {
    const found = stored[id];
    if (!found) throw new AttachmentError('not_found', `Attachment ${id.slice(0, 12)}… is not in Duet's attachment store.`);
    return found;
  },
};

const request = (parts: unknown[]): RunRequest =>
  runRequestSchema.parse({ model: 'claude-sonnet-4-5', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: parts }] });

describe('resolveRunRequest', () => {
  it.each([
    ['an image', { type: 'duet_attachment', attachment: { id: PNG_ID, name: 'a.png' } }, { type: 'image_url', image_url: { url: `data:image/png;base64,${Buffer.from('png').toString('base64')}` } }],
    [
      'a PDF with its document options',
      { type: 'duet_attachment', attachment: { id: PDF_ID, name: 'b.pdf' }, citations: { enabled: true }, title: 'Report', context: 'Q3', cache_control: { type: 'ephemeral' } },
      { type: 'file', file: { file_data: `data:application/pdf;base64,${Buffer.from('pdf').toString('base64')}`, filename: 'b.pdf' }, citations: { enabled: true }, title: 'Report', context: 'Q3', cache_control: { type: 'ephemeral' } },
    ],
    ['a PDF without options', { type: 'duet_attachment', attachment: { id: PDF_ID, name: 'c.pdf' } }, { type: 'file', file: { file_data: 'data:application/pdf;base64,cGRm', filename: 'c.pdf' } }],
  ])('inlines %s as the gateway part', async (_case, part, expected) => {
    const resolved = await resolveRunRequest(request([{ type: 'text', text: 'Look' }, part]), store);
    expect(resolved.messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(resolved.messages[1]).toEqual({ role: 'user', content: [{ type: 'text', text: 'Look' }, expected] });
    // What the gateway gets is a plain chat request again.
    expect(chatRequestSchema.safeParse(resolved).success).toBe(true);
  });

  it('fails with not_found for an unknown id', async () => {
    const part = { type: 'duet_attachment', attachment: { id: '9'.repeat(64), name: 'gone.png' } };
    await expect(resolveRunRequest(request([part]), store)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('run request schema', () => {
  const withPart = (part: unknown) => ({ model: 'm', messages: [{ role: 'user', content: [part] }] });
  const attachment = { type: 'duet_attachment', attachment: { id: PNG_ID, name: 'a.png' } };

  it('accepts duet_attachment in user messages of runs, never on the HTTP endpoint', () => {
    expect(runRequestSchema.safeParse(withPart(attachment)).success).toBe(true);
    expect(chatRequestSchema.safeParse(withPart(attachment)).success).toBe(false);
  });

  it.each([
    ['a bad id', { ...attachment, attachment: { id: 'abc', name: 'a.png' } }],
    ['an assistant turn', null],
  ])('rejects %s', (_case, part) => {
    const payload = part ? withPart(part) : { model: 'm', messages: [{ role: 'assistant', content: [attachment] }] };
    expect(runRequestSchema.safeParse(payload).success).toBe(false);
  });
});
