import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers, Result } from '../../../shared/contract';
import { MAX_ATTACHMENT_BASE64 } from '../../../shared/contract/schemas';
import { createAttachmentStore, MAX_IMAGE_BYTES } from '../attachments';
import { makePdf, tinyPng } from '../attachments/test-files';
import { createDispatch, type Dispatch } from '../dispatch';
import { createAttachmentHandlers } from './attachment-handlers';

let root: string;
let dispatch: Dispatch;
const context = { emit: () => undefined };

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'duet-attachment-handlers-'));
  // Dispatch calls only the channel it is asked for; the other handlers are not needed here.
  dispatch = createDispatch(createAttachmentHandlers(createAttachmentStore(join(root, 'attachments'))) as unknown as Handlers);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const base64 = (bytes: Buffer) => bytes.toString('base64');

async function failure(channel: string, payload: unknown) {
  const result = await dispatch(channel, payload, context);
  if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload).slice(0, 80)}`);
  return result.error;
}

describe('attachments.addBytes', () => {
  it('checks and stores pasted bytes like a picked file', async () => {
    const result = (await dispatch('attachments.addBytes', { name: 'image.png', base64: base64(tinyPng()) }, context)) as Result<{ id: string }>;
    expect(result).toMatchObject({ ok: true, value: { name: 'image.png', mime: 'image/png', size: tinyPng().length } });
    if (result.ok) expect(readdirSync(join(root, 'attachments'))).toContain(result.value.id);
  });

  it('keeps only the last segment of a name that looks like a path', async () => {
    expect(await dispatch('attachments.addBytes', { name: '../../etc/shot.png', base64: base64(tinyPng()) }, context)).toMatchObject({ ok: true, value: { name: 'shot.png' } });
  });

  it.each([
    ['a file of the wrong type', { name: 'notes.txt', base64: base64(Buffer.from('just text\n')) }, 'invalid_request', /"notes.txt" is a text file/],
    ['an image over 5 MB', { name: 'huge.png', base64: base64(Buffer.concat([tinyPng(), Buffer.alloc(MAX_IMAGE_BYTES)])) }, 'request_too_large', /"huge.png" is 5\.0 MB; images can be at most 5\.0 MB/],
    ['bytes over the request limit', { name: 'big.png', base64: 'A'.repeat(MAX_ATTACHMENT_BASE64 + 4) }, 'invalid_request', /base64: the file is larger than 32 MB/],
    ['text that is not base64', { name: 'a.png', base64: 'not base64!' }, 'invalid_request', /base64: the bytes must be base64/],
    ['no name', { name: '  ', base64: base64(tinyPng()) }, 'invalid_request', /name: the name is empty/],
  ])('refuses %s with a clear reason and stores nothing', async (_case, payload, code, message) => {
    const error = await failure('attachments.addBytes', payload);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(() => readdirSync(join(root, 'attachments'))).toThrow();
  });
});

describe('attachments.read', () => {
  it('answers a stored PDF with its type and bytes', async () => {
    const pdf = makePdf({ pages: 2 });
    const added = await dispatch('attachments.addBytes', { name: 'two.pdf', base64: base64(pdf) }, context);
    if (!added.ok) throw new Error(added.error.message);
    const { id } = added.value as { id: string };
    expect(await dispatch('attachments.read', { id }, context)).toEqual({ ok: true, value: { mime: 'application/pdf', base64: base64(pdf) } });
  });

  it.each([
    ['a malformed id', { id: '../settings.json' }, 'invalid_request', /id: an attachment id is the SHA-256 of its bytes/],
    ['an upper-case id', { id: 'A'.repeat(64) }, 'invalid_request', /64 hex digits/],
    ['no id', {}, 'invalid_request', /id/],
    ['an id never stored', { id: 'b'.repeat(64) }, 'not_found', /is not in Duet's attachment store.*Attach the file again/],
  ])('refuses %s', async (_case, payload, code, message) => {
    const error = await failure('attachments.read', payload);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
