import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { createAppCore, type AppCore } from './app-core';

/**
 * A recognisable key goes in through the contract; then runs succeed and fail,
 * keys are listed and tested, the local endpoint is used. Afterwards the key must
 * appear nowhere the renderer could see (every reply and event) nor in the data
 * folder or the console. Runs with the real keychain when the test session has
 * one (npm test provides it), else with the session store.
 */
const SECRET = 'sk-ant-LEAKCHECK-8d1f0c2e9b7a4f6e';
let fake: FakeAnthropic;
let core: AppCore;
let dataDir: string;
const seenByRenderer: unknown[] = [];
const consoleLines: string[] = [];

beforeAll(async () => {
  fake = await startFakeAnthropic();
  dataDir = mkdtempSync(join(tmpdir(), 'duet-leak-'));
  core = await createAppCore({ host: 'web', env: { ANTHROPIC_BASE_URL: fake.url }, dataDir, keychainService: `duet-leak-${process.pid}` });
  for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
      original(...args);
    };
  }
});

afterAll(async () => {
  await core.dispatch('keys.remove', { provider: 'anthropic' }, { emit: () => {} });
  await core.shutdown();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(channel: string, payload?: unknown) {
  const result = await core.dispatch(channel, payload, { emit: (_channel, event) => seenByRenderer.push(event) });
  seenByRenderer.push(result);
  return result;
}

async function run(text: string) {
  const runId = `leak${Math.random().toString(36).slice(2, 12)}`;
  await call('runs.start', { runId, request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: text }] } });
  await expect.poll(() => seenByRenderer.some((event) => JSON.stringify(event).includes(runId) && /"type":"(done|error)"/.test(JSON.stringify(event))), { timeout: 5000 }).toBe(true);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the API key never leaks', () => {
  it('is used upstream but never shown, logged or written', async () => {
    expect(await call('keys.set', { provider: 'anthropic', key: SECRET })).toMatchObject({ ok: true, value: { configured: true, hint: '…4f6e' } });
    await run('a successful run');
    await run('scenario:error_401');
    await run('scenario:midstream_error');
    await call('keys.status');
    await call('keys.test', { provider: 'anthropic' });
    await call('app.info');
    await call('models.list');
    await call('providers.save', { id: 'ollama', name: 'Ollama', baseURL: 'http://127.0.0.1:9/v1' });
    await call('keys.set', { provider: 'anthropic', key: `${SECRET} with a space` }); // rejected: its error must not echo the key

    // The key did reach Anthropic, so the checks below are not vacuous.
    expect(fake.requests.some((request) => JSON.stringify(request.headers).includes(SECRET))).toBe(true);
    // The Inspector's events carry the upstream headers and raw stream: present, redacted, key-free.
    const inspected = seenByRenderer.filter((event) => /"type":"upstream_(request|events)"/.test(JSON.stringify(event)));
    expect(inspected.some((event) => JSON.stringify(event).includes('"authorization":"[redacted …4f6e]"'))).toBe(true);
    expect(inspected.some((event) => JSON.stringify(event).includes('message_start'))).toBe(true);
    expect(JSON.stringify(inspected)).not.toContain('LEAKCHECK');
    expect(JSON.stringify(seenByRenderer)).not.toContain(SECRET);
    expect(JSON.stringify(seenByRenderer)).not.toContain('LEAKCHECK');
    expect(consoleLines.join('\n')).not.toContain('LEAKCHECK');
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(file, 'utf8')).not.toContain('LEAKCHECK');
  });
});
