import { describe, expect, it } from 'vitest';
import { chatRequestSchema, describeIssues } from './request-schema';

const parse = (messages: unknown[], extra: Record<string, unknown> = {}) => chatRequestSchema.safeParse({ model: 'claude-sonnet-5-5', messages, ...extra });

describe('chatRequestSchema content parts', () => {
  it.each([
    ['A15 input_audio', { role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'input_audio', input_audio: { data: 'x', format: 'wav' } }] }, 'messages.0.content.1.type', /audio input is not supported/],
    ['A15 an unknown part type', { role: 'user', content: [{ type: 'video_url', video_url: { url: 'https://x' } }] }, 'messages.0.content.0.type', /video/],
    ['A15 a made-up part type', { role: 'user', content: [{ type: 'hologram' }] }, 'messages.0.content.0.type', /"hologram" is not supported/],
    ['A15 a part without a type', { role: 'user', content: [{ text: 'hi' }] }, 'messages.0.content.0.type', /needs a "type"/],
    ['an unknown part type inside a tool message', { role: 'tool', tool_call_id: 'c1', content: [{ type: 'input_audio' }] }, 'messages.0.content.0.type', /audio/],
    ['2026-10-21: a document in an assistant message', { role: 'assistant', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'x' } }] }, 'messages.0.content.0.type', /assistant messages \(Messages API 2026-10-21\)/],
    ['an image in an assistant message', { role: 'assistant', content: [{ type: 'image_url', image_url: { url: 'https://x/a.png' } }] }, 'messages.0.content.0.type', /user or tool/],
  ])('rejects %s, naming %s', (_name, message, path, reason) => {
    const result = parse([message]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
    expect(result.error && describeIssues(result.error)).toMatch(reason);
  });

  it('still reports a known part’s own field errors by path', () => {
    const result = parse([{ role: 'user', content: [{ type: 'image_url', image_url: { url: '' } }] }]);
    expect(result.error?.issues[0]?.path.join('.')).toBe('messages.0.content.0.image_url.url');
  });

  it('accepts the Duet extensions: file_url parts, message cache_control, is_error, toolsets without a name', () => {
    const result = parse(
      [
        { role: 'system', content: 'S', cache_control: { type: 'ephemeral', ttl: '1h' } },
        { role: 'user', content: [{ type: 'file_url', file_url: { url: 'https://x/a.pdf' }, citations: { enabled: true } }], cache_control: { type: 'ephemeral' } },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 't', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'ok', is_error: true, cache_control: { type: 'ephemeral' } },
      ],
      { tools: [{ type: 'function', function: { name: 't' } }, { type: 'browser_toolset_20260801' }], safety_identifier: 'sid' },
    );
    expect(result.success).toBe(true);
  });

  it('strips unknown keys from known parts', () => {
    const result = parse([{ role: 'user', content: [{ type: 'text', text: 'hi', extra: 1 }] }]);
    expect(result.data?.messages[0]).toEqual({ role: 'user', content: [{ type: 'text', text: 'hi' }] });
  });
});
