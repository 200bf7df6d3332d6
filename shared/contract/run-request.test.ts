import { describe, expect, it } from 'vitest';
import { requestSchemas } from './schemas';

describe('attachment channels', () => {
  it.each([
    [{ path: '/home/me/report.pdf' }, true],
    [{ path: '' }, false],
    [{}, false],
    [{ path: 'x'.repeat(5000) }, false],
  ])('attachments.addPath %j → %s', (payload, accepted) => {
    expect(requestSchemas['attachments.addPath'].safeParse(payload).success).toBe(accepted);
  });

  it('runs.start accepts a user message with attachment parts', () => {
    const request = {
      model: 'm',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }, { type: 'duet_attachment', attachment: { id: 'e'.repeat(64), name: 'e.png' } }] }],
    };
    expect(requestSchemas['runs.start'].safeParse({ runId: 'run_00000001', request }).success).toBe(true);
  });
});
