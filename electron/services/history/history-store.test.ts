import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHistoryStore, type HistoryStore } from './history-store';
import { sampleRun, withAttachments } from './test-runs';

let dir: string;
let store: HistoryStore;
const list = (query: Parameters<HistoryStore['list']>[0] = { limit: 100 }) => store.list(query);
const ids = async (query: Partial<Parameters<HistoryStore['list']>[0]> = {}) => (await list({ limit: 100, ...query })).runs.map((run) => run.id);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'duet-history-'));
  store = await openHistoryStore({ dir });
});
afterEach(async () => {
  await store.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('history store', () => {
  it('gives back a recorded run exactly, and lists its summary', async () => {
    const run = sampleRun({ id: 'run_00000001', thinking: 'hmm', toolCalls: [{ id: 't1', name: 'get_weather', arguments: '{"city":"Oslo"}' }], error: { code: 'cancelled', message: 'The run was stopped.', retryable: false }, status: 'cancelled', snapshot: '{"pane":1}', prompt: { path: 'owls.prompt', version: 'abcdef12' } });
    await store.record(run);
    expect(await store.get(run.id)).toEqual(run);
    const { runs, total } = await list();
    expect(total).toBe(1);
    expect(runs[0]).toEqual({ id: run.id, startedAt: run.startedAt, model: run.model, status: 'cancelled', promptPreview: run.promptPreview, answerPreview: run.answerPreview, group: run.group, pane: 'pane-1', paneLabel: 'A', prompt: run.prompt, metrics: run.metrics });
  });

  it('answers undefined for an id it never recorded', async () => {
    expect(await store.get('run_missing1')).toBeUndefined();
  });

  it('keeps every run across a reopen (journal replayed, then checkpointed on close)', async () => {
    await store.record(sampleRun({ id: 'run_00000001' }));
    await store.record(sampleRun({ id: 'run_00000002', startedAt: 1_700_000_000_500 }));
    await store.close();
    store = await openHistoryStore({ dir });
    expect(await ids()).toEqual(['run_00000002', 'run_00000001']);
  });

  it('pages newest first by start time then id, so equal times never repeat or skip a run', async () => {
    const times = [5, 3, 3, 3, 1];
    for (const [index, time] of times.entries()) await store.record(sampleRun({ id: `run_0000000${index}`, startedAt: time }));
    const first = await list({ limit: 2 });
    expect(first.runs.map((run) => run.id)).toEqual(['run_00000000', 'run_00000003']);
    expect(first.total).toBe(5);
    const last = first.runs.at(-1)!;
    const second = await list({ limit: 2, before: { startedAt: last.startedAt, id: last.id } });
    expect(second.runs.map((run) => run.id)).toEqual(['run_00000002', 'run_00000001']);
    expect(second.total).toBe(5);
  });

  it.each([
    ['every word of the text, in the prompt, the system prompt or the answer, any case', { text: 'TERSE owls' }, ['run_00000002', 'run_00000001']],
    ['text that is only in one answer', { text: 'fjord' }, ['run_00000002']],
    ['a % as a literal character', { text: '50%' }, ['run_00000003']],
    ['a model', { model: 'claude-haiku-5-5' }, ['run_00000003']],
    ['a prompt file', { prompt: 'birds/owls.prompt' }, ['run_00000001']],
    ['a date range, inclusive', { from: 2000, to: 3000 }, ['run_00000003', 'run_00000002']],
    ['filters together', { text: 'owls', model: 'claude-sonnet-5-5', to: 1500 }, ['run_00000001']],
  ])('filters by %s', async (_case, query, expected) => {
    await store.record(sampleRun({ id: 'run_00000001', startedAt: 1000, prompt: { path: 'birds/owls.prompt', version: 'aaaaaaaa' } }));
    await store.record(sampleRun({ id: 'run_00000002', startedAt: 2000, answer: 'Owls live near the Fjord.' }, 'Where do owls live?'));
    await store.record(sampleRun({ id: 'run_00000003', startedAt: 3000, model: 'claude-haiku-5-5', answer: 'About 50% of them' }, 'How many hunt at night?'));
    const result = await list({ limit: 100, ...query });
    expect(result.runs.map((run) => run.id)).toEqual(expected);
    expect(result.total).toBe(expected.length);
    expect(result.models).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5']);
    expect(result.prompts).toEqual(['birds/owls.prompt']);
  });

  it('deletes runs and names the attachments no remaining run refers to', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map((letter) => letter.repeat(64));
    await store.record(withAttachments(sampleRun({ id: 'run_00000001' }), [a!, b!]));
    await store.record(withAttachments(sampleRun({ id: 'run_00000002' }), [b!]));
    await store.record(withAttachments(sampleRun({ id: 'run_00000003' }), [c!]));
    const result = await store.delete(['run_00000001', 'run_00000003', 'run_unknown1']);
    expect(result.deleted).toBe(2);
    expect(result.unreferencedAttachments.sort()).toEqual([a, c]);
    expect(await ids()).toEqual(['run_00000002']);
    await store.close();
    store = await openHistoryStore({ dir });
    expect(await ids()).toEqual(['run_00000002']);
  });

  it('answers several runs newest first, skipping unknown ids', async () => {
    await store.record(sampleRun({ id: 'run_00000001', startedAt: 1 }));
    await store.record(sampleRun({ id: 'run_00000002', startedAt: 2 }));
    expect((await store.getMany(['run_00000001', 'run_nothere', 'run_00000002'])).map((run) => run.id)).toEqual(['run_00000002', 'run_00000001']);
  });

  it('folds the journal into the file once it passes the checkpoint size', async () => {
    await store.close();
    store = await openHistoryStore({ dir, checkpointBytes: 1 });
    await store.record(sampleRun({ id: 'run_00000001' }));
    const { statSync } = await import('node:fs');
    expect(statSync(join(dir, 'history.journal')).size).toBe(0);
    expect(statSync(join(dir, 'history.sqlite')).size).toBeGreaterThan(0);
  });
});
