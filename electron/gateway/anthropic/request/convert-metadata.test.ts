import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../../shared/chat/request-schema';
import { convertMetadata } from './convert-metadata';

const ask = (extra: Partial<ChatRequest>): ChatRequest => ({ model: 'm', messages: [{ role: 'user', content: 'q' }], ...extra });
const sha = (value: string) => createHash('sha256').update(value).digest('hex');
const hashed = 'The user id looks like an email address or phone number (or is over 256 characters); its SHA-256 hash was sent as metadata.user_id.';

describe('convertMetadata (A30)', () => {
  it.each<[string, Partial<ChatRequest>, ReturnType<typeof convertMetadata>, string[]]>([
    ['user → metadata.user_id', { user: 'user-7f3a' }, { user_id: 'user-7f3a' }, []],
    ['safety_identifier wins over user', { user: 'u1', safety_identifier: 'sid-2' }, { user_id: 'sid-2' }, []],
    ['metadata.user_id wins over both', { user: 'u1', safety_identifier: 'sid-2', metadata: { user_id: 'meta-3' } }, { user_id: 'meta-3' }, []],
    ['other OpenAI metadata keys are dropped with a warning', { metadata: { session: 'abc', team: 'x' } }, undefined, ['metadata session, team dropped: Anthropic accepts only metadata.user_id.']],
    ['an email is sent as its hash', { user: 'ada@example.com' }, { user_id: sha('ada@example.com') }, [hashed]],
    ['a phone number is sent as its hash', { user: '+44 20 7946 0958' }, { user_id: sha('+44 20 7946 0958') }, [hashed]],
    ['nothing given → no metadata', {}, undefined, []],
  ])('%s', (_name, extra, expected, expectedWarnings) => {
    const warnings: string[] = [];
    expect(convertMetadata(ask(extra), warnings)).toEqual(expected);
    expect(warnings).toEqual(expectedWarnings);
  });
});
