import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunEvent } from '../../shared/contract';
import { startFakeAnthropic, type FakeAnthropic } from '../../e2e/fake-anthropic/server';
import { createAppCore } from './app-core';
import { openHistoryStore } from './history/history-store';

let fake: FakeAnthropic;
let dataDir: string;
beforeAll(async () => {
  fake = await startFakeAnthropic();
  dataDir = mkdtempSync(join(tmpdir(), 'duet-core-history-'));
});
afterAll(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the app core and its history', () => {
  it('records runs under <dataDir>/history and checkpoints them on shutdown', async () => {
    const core = await createAppCore({ host: 'web', env: { ANTHROPIC_API_KEY: 'sk-ant-core-history', ANTHROPIC_BASE_URL: fake.url }, dataDir, keychainService: `duet-test-${process.pid}` });
    const ended = new Promise<RunEvent>((resolve) => {
      const context = { emit: (_channel: string, event: RunEvent) => (event.type === 'done' || event.type === 'error' ? resolve(event) : undefined) };
      void core.dispatch('runs.start', { runId: 'run_core_0001', request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hello' }] } }, context as never);
    });
    expect((await ended).type).toBe('done');
    expect(statSync(join(dataDir, 'history', 'history.journal')).size).toBeGreaterThan(0);
    await core.shutdown();
    expect(statSync(join(dataDir, 'history', 'history.journal')).size).toBe(0);
    const store = await openHistoryStore({ dir: join(dataDir, 'history') });
    // No origin (an older client): the run is its own group.
    expect(await store.get('run_core_0001')).toMatchObject({ status: 'done', group: 'run_core_0001' });
    await store.close();
  });
});
