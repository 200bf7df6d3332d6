import { describe, expect, it } from 'vitest';
import { requestSchemas } from './schemas';

const request = { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }] };

describe('export.snippets schema', () => {
  it.each([
    [{ request, stream: true, attachments: 'path' }, true],
    [{ request, stream: false, attachments: 'inline', variables: { name: 'Ada' } }, true],
    [{ request, stream: true, attachments: 'url' }, false],
    [{ request, attachments: 'path' }, false],
    [{ request: { model: 'claude-sonnet-5-5', messages: [] }, stream: true, attachments: 'path' }, false],
    [{ request, stream: true, attachments: 'path', variables: { name: 3 } }, false],
  ])('%j → %s', (payload, accepted) => {
    expect(requestSchemas['export.snippets'].safeParse(payload).success).toBe(accepted);
  });
});
