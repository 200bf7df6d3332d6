import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunEvent } from '../../shared/contract';
import { startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { createAppCore } from '../services/app-core';
import { startWebHost, type WebHost } from './server';

export interface TestWebHost {
  fake: FakeAnthropic;
  host: WebHost;
  /** The host's data folder, which also serves as its renderer folder (an index.html only). */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * For tests: a web host on loopback in front of a fake Anthropic, with its own data folder and
 * keychain service, so nothing touches the user's Duet.
 */
export async function startTestWebHost(name: string, apiKey: string): Promise<TestWebHost> {
  const fake = await startFakeAnthropic();
  const dataDir = mkdtempSync(join(tmpdir(), `duet-${name}-`));
  writeFileSync(join(dataDir, 'index.html'), '<!doctype html><title>Duet</title>');
  const core = await createAppCore({ host: 'web', env: { ANTHROPIC_API_KEY: apiKey, ANTHROPIC_BASE_URL: fake.url }, dataDir, keychainService: `duet-test-${name}-${process.pid}` });
  const host = await startWebHost({ core, rendererDir: dataDir });
  return {
    fake,
    host,
    dataDir,
    async close() {
      await host.close();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Collects one run's events from a tab's event stream (SSE) until the run ends; `start` starts it once the stream is open. */
export async function collectRunEvents(hostUrl: string, client: string, runId: string, start: () => Promise<unknown>): Promise<RunEvent[]> {
  const response = await fetch(`${hostUrl}/api/events?client=${client}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  await reader.read(); // ": connected"
  await start();
  const events: RunEvent[] = [];
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return events;
    buffer += value;
    const frames = buffer.split('\n\n');
    buffer = frames.pop() ?? '';
    for (const frame of frames.filter((text) => text.startsWith('data: '))) {
      const { payload } = JSON.parse(frame.slice(6)) as { payload: RunEvent };
      if (payload.runId !== runId) continue;
      events.push(payload);
      if (payload.type === 'done' || payload.type === 'error') {
        await reader.cancel();
        return events;
      }
    }
  }
}
