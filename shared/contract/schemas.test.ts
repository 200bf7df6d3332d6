import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from './channels';
import { requestSchemas } from './schemas';

describe('contract schemas', () => {
  it('has a schema for every invoke channel', () => {
    expect(Object.keys(requestSchemas).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('accepts a well-formed run', () => {
    const parsed = requestSchemas['runs.start'].safeParse({
      runId: 'run_12345678',
      request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }], stream: true },
    });
    expect(parsed.success).toBe(true);
  });

  it.each([
    ['an empty messages array', { runId: 'run_12345678', request: { model: 'm', messages: [] } }, 'request.messages'],
    ['an unknown role', { runId: 'run_12345678', request: { model: 'm', messages: [{ role: 'robot', content: 'x' }] } }, 'request.messages.0.role'],
    ['a bad run id', { runId: '../../etc', request: { model: 'm', messages: [{ role: 'user', content: 'x' }] } }, 'runId'],
    ['a wrong type', { runId: 'run_12345678', request: { model: 'm', max_tokens: 'lots', messages: [{ role: 'user', content: 'x' }] } }, 'request.max_tokens'],
  ])('rejects %s and names the field', (_name, payload, path) => {
    const parsed = requestSchemas['runs.start'].safeParse(payload);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});
