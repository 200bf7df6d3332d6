import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { createAppCore } from '../services/app-core';
import { startWebHost, type WebHost } from './server';
import { collectRunEvents } from './test-web-host';

let fake: FakeAnthropic;
let host: WebHost;
let rendererDir: string;
const client = 'test-client-0001';

beforeAll(async () => {
  fake = await startFakeAnthropic();
  rendererDir = mkdtempSync(join(tmpdir(), 'duet-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Duet</title>');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startWebHost({
    core: await createAppCore({
      host: 'web',
      env: { ANTHROPIC_API_KEY: 'sk-ant-secret-web-1234', ANTHROPIC_BASE_URL: fake.url },
      dataDir: rendererDir,
      keychainService: `duet-test-${process.pid}`,
    }),
    rendererDir,
  });
});

afterAll(async () => {
  await host.close();
  await fake.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

const invoke = (channel: string, payload: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-duet-client': client, ...headers },
    body: JSON.stringify({ payload }),
  });

/** Raw request, so the Host header can be forged (fetch forbids it). */
function rawGet(path: string, headers: Record<string, string>): Promise<number> {
  const { port } = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const collectRun = (runId: string, start: () => Promise<unknown>) => collectRunEvents(host.url, client, runId, start);

/** The first `library.changed` payload one tab's event stream carries. */
async function nextLibraryChange(tab: string): Promise<{ read: Promise<unknown>; ready: Promise<void> }> {
  const response = await fetch(`${host.url}/api/events?client=${tab}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const ready = reader.read().then(() => undefined); // ": connected"
  const read = (async () => {
    await ready;
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return undefined;
      buffer += value;
      const frame = buffer.split('\n\n').find((part) => part.startsWith('data: ') && part.includes('"library.changed"'));
      if (frame) {
        await reader.cancel();
        return (JSON.parse(frame.slice(6)) as { payload: unknown }).payload;
      }
    }
  })();
  return { read, ready };
}

describe('web host', () => {
  it('tells every tab when a library file is edited outside the app', async () => {
    const tabs = await Promise.all([nextLibraryChange('tab-one-00000001'), nextLibraryChange('tab-two-00000002')]);
    await Promise.all(tabs.map((tab) => tab.ready));
    await invoke('library.list', {});
    mkdirSync(join(rendererDir, 'library'), { recursive: true });
    writeFileSync(join(rendererDir, 'library', 'outside.prompt'), 'written by another editor');
    expect(await Promise.all(tabs.map((tab) => tab.read))).toEqual([{ paths: ['outside.prompt'] }, { paths: ['outside.prompt'] }]);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await fetch(host.url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Duet</title>');
    expect((await fetch(`${host.url}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
    const escaped = await fetch(`${host.url}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escaped.text()).not.toContain('root:');
  });

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect(await rawGet('/', { host: 'evil.example:80' })).toBe(403);
    const foreign = await invoke('app.info', undefined, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('answers app.info with a key status that never contains the key', async () => {
    const text = await (await invoke('app.info', undefined)).text();
    expect(JSON.parse(text)).toMatchObject({ ok: true, value: { host: 'web', keys: [{ configured: true, hint: '…1234', source: 'env' }] } });
    expect(text).not.toContain('sk-ant-secret-web');
  });

  it('lists the providers live models, and reports a provider that cannot list instead of failing', async () => {
    await invoke('providers.save', { id: 'offline', name: 'Offline', baseURL: 'http://127.0.0.1:9/v1' });
    const result = (await (await invoke('models.list', undefined)).json()) as { ok: true; value: { models: { id: string; provider: string }[]; errors: { provider: string }[] } };
    expect(result.value.models).toContainEqual({ id: 'claude-sonnet-5-5', provider: 'anthropic' });
    expect(result.value.errors.map((error) => error.provider)).toEqual(['offline']);
    await invoke('providers.remove', { id: 'offline' });
  });

  it('validates payloads and names the field at fault', async () => {
    const result = (await (await invoke('runs.start', { runId: 'run_00000001', request: { model: 'm', messages: [] } })).json()) as { error: { message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(result.error.message).toContain('request.messages');
    const unknown = await (await invoke('keys.steal', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    const malformed = await fetch(`${host.url}/api/invoke/app.info`, { method: 'POST', headers: { 'x-duet-client': client }, body: '{oops' });
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('streams a run over server-sent events to the tab that started it', async () => {
    const runId = 'run_web_00000001';
    const events = await collectRun(runId, () =>
      invoke('runs.start', { runId, request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'over SSE' }], stream: true } }),
    );
    // The inspector's view of the upstream request comes first; then the run starts and streams.
    expect(events.map((event) => event.type).filter((type) => type === 'upstream_request' || type === 'started')).toEqual(['upstream_request', 'started']);
    const text = events.flatMap((event) => (event.type === 'chunks' ? event.chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '') : [])).join('');
    expect(text).toContain('You said: "over SSE"');
    expect(events.at(-1)).toEqual({ runId, type: 'done' });
  });

  it('delivers an upstream 529 as an overloaded error event', async () => {
    const runId = 'run_web_00000002';
    const events = await collectRun(runId, () =>
      invoke('runs.start', { runId, request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'scenario:error_529' }] } }),
    );
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'overloaded', status: 503, retryable: true } });
  });
});
