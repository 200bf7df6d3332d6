import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compactUpstream } from './compact-upstream';

const big = Buffer.alloc(4000, 7);
const bigBase64 = big.toString('base64');
const id = createHash('sha256').update(big).digest('hex');
const request = (body: string) => ({ url: 'https://api.anthropic.com/v1/messages', method: 'POST', headers: { 'x-api-key': '[redacted]' }, body });

describe('compactUpstream', () => {
  it('replaces inlined attachment bytes with a marker naming the stored attachment', () => {
    const body = { model: 'm', messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: bigBase64 } }, { type: 'text', text: 'Read it' }] }] };
    const compacted = JSON.parse(compactUpstream(request(JSON.stringify(body))).body);
    expect(compacted.messages[0].content[0].source).toEqual({ type: 'base64', media_type: 'application/pdf', data: `[duet_attachment ${id}: ${bigBase64.length} base64 characters not kept in the history]` });
    expect(compacted.messages[0].content[1]).toEqual({ type: 'text', text: 'Read it' });
  });

  it.each([
    ['a body with no attachments', JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }] })],
    ['an image given by URL', JSON.stringify({ messages: [{ content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] }] })],
    ['a body that is not JSON', 'not json'],
  ])('leaves %s exactly as sent', (_case, body) => {
    const upstream = request(body);
    expect(compactUpstream(upstream)).toBe(upstream);
  });
});
