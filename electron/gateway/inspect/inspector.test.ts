import { describe, expect, it } from 'vitest';
import { inspectingFetch, redactHeaders, redaction, type UpstreamRequestReport } from './inspector';

const KEY = 'sk-ant-api03-SECRETSECRET-abcd';

describe('redaction', () => {
  it.each([
    [KEY, '[redacted …abcd]'],
    ['short', '[redacted]'],
    [undefined, '[redacted]'],
  ])('hides %s as %s', (key, expected) => {
    expect(redaction(key)).toBe(expected);
  });

  it('hides credential headers whatever they hold, and the key inside any other header', () => {
    const headers = redactHeaders({ 'x-api-key': KEY, Authorization: 'Bearer other', 'x-echo': `k=${KEY}`, 'anthropic-version': '2023-06-01' }, KEY);
    expect(headers).toEqual({ 'x-api-key': '[redacted …abcd]', Authorization: '[redacted …abcd]', 'x-echo': 'k=[redacted …abcd]', 'anthropic-version': '2023-06-01' });
    expect(JSON.stringify(headers)).not.toContain('SECRET');
  });
});

describe('inspectingFetch', () => {
  it('reports url, method, redacted headers and body, then sends the request unchanged', async () => {
    const sent: RequestInit[] = [];
    const base = (async (_url: string, init: RequestInit) => {
      sent.push(init);
      return new Response('ok');
    }) as unknown as typeof fetch;
    const reports: UpstreamRequestReport[] = [];
    const body = JSON.stringify({ model: 'claude-x', max_tokens: 10, messages: [] });
    const response = await inspectingFetch(base, KEY, (report) => reports.push(report))('https://api.example/v1/messages', {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      body,
    });
    expect(await response.text()).toBe('ok');
    expect(new Headers(sent[0]?.headers).get('x-api-key')).toBe(KEY);
    expect(reports).toEqual([{ url: 'https://api.example/v1/messages', method: 'POST', headers: { 'x-api-key': '[redacted …abcd]', 'content-type': 'application/json' }, body }]);
  });
});
