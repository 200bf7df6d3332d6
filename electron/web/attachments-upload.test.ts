import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../shared/chat/attachment';
import type { Result, RunEvent } from '../../shared/contract';
import type { FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { makePdf, tinyPng, truncatedPdf } from '../services/attachments/test-files';
import type { WebHost } from './server';
import { collectRunEvents, startTestWebHost, type TestWebHost } from './test-web-host';

let fake: FakeAnthropic;
let host: WebHost;
let testHost: TestWebHost;
const client = 'test-client-attach1';

beforeAll(async () => {
  testHost = await startTestWebHost('upload', 'sk-ant-upload-test-1234');
  ({ fake, host } = testHost);
});

afterAll(() => testHost.close());

const upload = (name: string, body: Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/attachments?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'x-duet-client': client, ...headers }, body });

async function uploaded(name: string, body: Uint8Array): Promise<Result<AttachmentRef>> {
  const response = await upload(name, body);
  expect(response.status).toBe(200);
  return (await response.json()) as Result<AttachmentRef>;
}

/** Starts a run and collects its events from the tab's SSE stream until it ends. */
function run(runId: string, content: unknown[]): Promise<RunEvent[]> {
  const request = { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content }], stream: true };
  return collectRunEvents(host.url, client, runId, () =>
    fetch(`${host.url}/api/invoke/runs.start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-duet-client': client },
      body: JSON.stringify({ payload: { runId, request } }),
    }),
  );
}

describe('POST /api/attachments', () => {
  it('checks and stores an image and a PDF, answering with their references', async () => {
    const png = await uploaded('shot.png', tinyPng());
    expect(png).toMatchObject({ ok: true, value: { name: 'shot.png', mime: 'image/png', size: tinyPng().length } });
    const pdf = await uploaded('three pages.pdf', makePdf({ pages: 3 }));
    expect(pdf).toMatchObject({ ok: true, value: { name: 'three pages.pdf', mime: 'application/pdf', pages: 3 } });
  });

  it.each([
    ['notes.txt', Buffer.from('just text'), /"notes.txt" is a text file; Duet attaches PNG, JPEG, GIF, WebP or PDF/],
    ['cut.pdf', truncatedPdf(), /"cut.pdf" cannot be read as a PDF/],
  ])('refuses %s with a reason', async (name, body, message) => {
    const result = await uploaded(name, body);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(message) } });
  });

  it('answers 413 for a body over the request limit', async () => {
    const response = await upload('huge.pdf', Buffer.alloc(33 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'request_too_large', message: expect.stringMatching(/"huge.pdf" is larger than 32 MB/) } });
  });

  it('needs a name and the client header, and POST', async () => {
    expect((await upload('', tinyPng())).status).toBe(400);
    expect((await fetch(`${host.url}/api/attachments?name=a.png`, { method: 'POST', body: tinyPng() })).status).toBe(400);
    expect((await fetch(`${host.url}/api/attachments?name=a.png`)).status).toBe(405);
  });

  it('keeps the Host/Origin guard of the other routes', async () => {
    expect((await upload('a.png', tinyPng(), { origin: 'https://evil.example' })).status).toBe(403);
    const { port } = new URL(host.url);
    const forged = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/attachments?name=a.png', method: 'POST', headers: { host: 'evil.example', 'x-duet-client': client } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(tinyPng());
    });
    expect(forged).toBe(403);
  });
});

describe('runs with attachments', () => {
  it('inlines stored bytes as image and document blocks in the user turn', async () => {
    const png = await uploaded('shot.png', tinyPng());
    const pdf = await uploaded('doc.pdf', makePdf({ pages: 2 }));
    if (!png.ok || !pdf.ok) throw new Error('upload failed');
    fake.reset();
    const events = await run('run_attach_0001', [
      { type: 'text', text: 'Describe these' },
      { type: 'duet_attachment', attachment: { id: png.value.id, name: 'shot.png' } },
      { type: 'duet_attachment', attachment: { id: pdf.value.id, name: 'doc.pdf' }, citations: { enabled: true }, title: 'Doc' },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    const body = fake.requests[0]?.body as { messages: { role: string; content: Record<string, unknown>[] }[] };
    expect(body.messages[0]?.content).toEqual([
      { type: 'text', text: 'Describe these' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: tinyPng().toString('base64') } },
      { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: makePdf({ pages: 2 }).toString('base64') }, citations: { enabled: true }, title: 'Doc' },
    ]);
  });

  it('fails the run clearly for an unknown id and sends nothing upstream', async () => {
    fake.reset();
    const events = await run('run_attach_0002', [{ type: 'text', text: 'hi' }, { type: 'duet_attachment', attachment: { id: 'f'.repeat(64), name: 'gone.png' } }]);
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'not_found', message: expect.stringMatching(/not in Duet's attachment store/) } });
    expect(fake.requests).toHaveLength(0);
  });
});
