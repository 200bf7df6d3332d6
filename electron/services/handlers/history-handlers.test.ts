import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GatewayError } from '../../gateway/errors';
import { MIN_ATTACHMENT_AGE_MS, type AttachmentFiles } from '../history/attachment-gc';
import { openHistoryStore, type HistoryStore } from '../history/history-store';
import { sampleRun, withAttachments } from '../history/test-runs';
import { createHistoryHandlers, type HistoryHandlerDeps } from './history-handlers';

const [a, b] = ['a'.repeat(64), 'b'.repeat(64)] as const;
const context = { emit: () => undefined };
const now = 100 * MIN_ATTACHMENT_AGE_MS;
let dir: string;
let store: HistoryStore;
let removed: string[];
const files: AttachmentFiles = {
  modifiedAt: async () => 0,
  delete: async (id) => {
    removed.push(id);
    return true;
  },
};
const handlers = (deps: Partial<HistoryHandlerDeps> = {}) => createHistoryHandlers({ history: async () => store, attachments: files, protectedAttachmentIds: async () => new Set(), now: () => now, ...deps });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duet-history-handlers-'));
  store = await openHistoryStore({ dir });
  removed = [];
  await store.record(withAttachments(sampleRun({ id: 'run_00000001' }), [a, b]));
});
afterEach(async () => {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('history handlers', () => {
  it('keeps the attachments the open workspace names', async () => {
    expect(await handlers()['history.delete']({ ids: ['run_00000001'], keepAttachments: [b] }, context)).toEqual({ deleted: 1, attachmentsRemoved: 1 });
    expect(removed).toEqual([a]);
  });

  it('removes no attachment when the library cannot be read, and says so; the runs are still deleted', async () => {
    const problems: string[] = [];
    const failing = handlers({ protectedAttachmentIds: async () => Promise.reject(new Error('EACCES: library')), onProblem: (message) => problems.push(message) });
    expect(await failing['history.delete']({ ids: ['run_00000001'] }, context)).toEqual({ deleted: 1, attachmentsRemoved: 0 });
    expect(removed).toEqual([]);
    expect(problems[0]).toMatch(/Attachments of deleted runs were kept: EACCES: library/);
  });

  it('answers not_found for a run that is not there', async () => {
    await expect(handlers()['history.get']({ id: 'run_nothere1' }, context)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('tells a recovery notice on the next list only', async () => {
    const notices = ['The run history file could not be read; it was kept aside.'];
    const noticing = handlers({ takeNotice: () => notices.shift() });
    expect((await noticing['history.list']({ limit: 10 }, context)).notice).toBe('The run history file could not be read; it was kept aside.');
    expect(await noticing['history.list']({ limit: 10 }, context)).not.toHaveProperty('notice');
  });

  it('answers a storage error for every call when the history could not be opened', async () => {
    const broken = handlers({ history: async () => Promise.reject(new GatewayError('storage', 'The run history could not be opened: the disk is full.', { status: 500 })) });
    await expect(broken['history.list']({ limit: 10 }, context)).rejects.toMatchObject({ code: 'storage', message: /could not be opened: the disk is full/ });
    await expect(broken['history.export']({ ids: ['run_00000001'] }, context)).rejects.toMatchObject({ code: 'storage' });
  });

  it('exports JSON Lines that parse back to the recorded runs', async () => {
    const { jsonl, count } = await handlers()['history.export']({ ids: ['run_00000001'] }, context);
    expect(count).toBe(1);
    expect(jsonl.endsWith('\n')).toBe(true);
    expect(JSON.parse(jsonl)).toEqual(await store.get('run_00000001'));
  });
});
