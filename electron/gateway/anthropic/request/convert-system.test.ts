import type { TextBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { convertSystem } from './convert-system';
import { expectInvalidRequest } from './expect-invalid-request';

const user: ChatMessage = { role: 'user', content: 'Hello' };
const eph = { type: 'ephemeral' } as const;

describe('convertSystem', () => {
  it.each<[string, ChatMessage[], TextBlockParam[]]>([
    ['A1 system string → one text block (vector 1)', [{ role: 'system', content: 'This is a system message' }, user], [{ type: 'text', text: 'This is a system message' }]],
    [
      'A1 two system messages → two blocks in order (vector 2)',
      [{ role: 'system', content: 'A' }, { role: 'system', content: 'B' }, user],
      [
        { type: 'text', text: 'A' },
        { type: 'text', text: 'B' },
      ],
    ],
    [
      'A1 a system message after the first user turn is hoisted',
      [{ role: 'system', content: 'A' }, user, { role: 'system', content: 'later' }],
      [
        { type: 'text', text: 'A' },
        { type: 'text', text: 'later' },
      ],
    ],
    ['A2 developer is treated as system', [{ role: 'developer', content: 'Dev rules' }, user], [{ type: 'text', text: 'Dev rules' }]],
    [
      'A3 array content keeps part cache_control with its ttl',
      [{ role: 'system', content: [{ type: 'text', text: 'Cached content', cache_control: { type: 'ephemeral', ttl: '1h' } }, { type: 'text', text: 'Plain' }] }, user],
      [
        { type: 'text', text: 'Cached content', cache_control: { type: 'ephemeral', ttl: '1h' } },
        { type: 'text', text: 'Plain' },
      ],
    ],
    ['A3 system cache_control kept (vector 5)', [{ role: 'system', content: [{ type: 'text', text: 'Cached content', cache_control: eph }] }, user], [{ type: 'text', text: 'Cached content', cache_control: eph }]],
    [
      'A3 message-level cache_control marks the message’s last block',
      [{ role: 'system', content: 'S', cache_control: { type: 'ephemeral', ttl: '5m' } }, user],
      [{ type: 'text', text: 'S', cache_control: { type: 'ephemeral', ttl: '5m' } }],
    ],
    ['A4 empty system string is skipped (vector 3)', [{ role: 'system', content: '' }, user], []],
    [
      'A4 empty and blank system parts are skipped (vector 4)',
      [{ role: 'system', content: [{ type: 'text', text: '' }, { type: 'text', text: 'Valid content' }, { type: 'text', text: '  ' }] }, user],
      [{ type: 'text', text: 'Valid content' }],
    ],
    ['no system messages → empty array', [user], []],
  ])('%s', (_name, messages, expected) => {
    expect(convertSystem(messages)).toEqual(expected);
  });

  it('rejects citations on a system text part, naming the part', () => {
    const messages: ChatMessage[] = [{ role: 'system', content: [{ type: 'text', text: 'x', citations: [{ type: 'char_location' }] }] }, user];
    expectInvalidRequest(() => convertSystem(messages), 'messages.0.content.0.citations');
  });
});
