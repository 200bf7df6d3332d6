import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryRun, HistorySummary, RunEvent } from '../../shared/contract';
import { makePdf } from '../services/attachments/test-files';
import type { WebHost } from './server';
import { collectRunEvents, startTestWebHost, type TestWebHost } from './test-web-host';

let host: WebHost;
let dataDir: string;
let testHost: TestWebHost;
const client = 'test-client-hist';

beforeAll(async () => {
  testHost = await startTestWebHost('web-history', 'sk-ant-web-history-1234');
  ({ host, dataDir } = testHost);
});

afterAll(() => testHost.close());

async function invoke<T>(channel: string, payload: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }> {
  const response = await fetch(`${host.url}/api/invoke/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-duet-client': client }, body: JSON.stringify({ payload }) });
  return response.json() as never;
}

async function value<T>(channel: string, payload: unknown): Promise<T> {
  const result = await invoke<T>(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Starts a run over HTTP and waits for its end on the event stream. */
async function runToEnd(runId: string, content: unknown, group: string): Promise<RunEvent[]> {
  return collectRunEvents(host.url, client, runId, () => value('runs.start', { runId, request: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content }], stream: true, stream_options: { include_usage: true } }, origin: { group, pane: 'pane-1', paneLabel: 'A' } }));
}

const attach = async (name: string, pages: number) => value<{ id: string }>('attachments.addBytes', { name, base64: makePdf({ pages }).toString('base64') });
const hoursAgo = (id: string, hours: number) => {
  const time = new Date(Date.now() - hours * 60 * 60 * 1000);
  utimesSync(join(dataDir, 'attachments', id), time, time);
};

describe('history over the web host', () => {
  it('lists, gets, exports and deletes recorded runs; deleting removes only attachments nothing else needs', async () => {
    const [old, kept, young] = [await attach('old.pdf', 1), await attach('kept.pdf', 2), await attach('young.pdf', 3)];
    const part = (ref: { id: string }, name: string) => ({ type: 'duet_attachment', attachment: { id: ref.id, name } });
    await runToEnd('run_web_0001', 'Owls in the snow', 'group_web_1');
    await runToEnd('run_web_0002', [{ type: 'text', text: 'Read these' }, part(old, 'old.pdf'), part(kept, 'kept.pdf'), part(young, 'young.pdf')], 'group_web_2');

    const listed = await value<{ runs: HistorySummary[]; total: number; models: string[] }>('history.list', {});
    expect(listed.runs.map((run) => run.id)).toEqual(['run_web_0002', 'run_web_0001']);
    expect(listed).toMatchObject({ total: 2, models: ['claude-sonnet-5-5'] });
    expect((await value<{ runs: HistorySummary[] }>('history.list', { text: 'snow' })).runs.map((run) => run.id)).toEqual(['run_web_0001']);
    const page = await value<{ runs: HistorySummary[]; total: number }>('history.list', { limit: 1, before: { startedAt: listed.runs[0]!.startedAt, id: 'run_web_0002' } });
    expect(page).toMatchObject({ total: 2, runs: [{ id: 'run_web_0001' }] });

    const got = await value<HistoryRun>('history.get', { id: 'run_web_0001' });
    expect(got).toMatchObject({ id: 'run_web_0001', status: 'done', group: 'group_web_1', paneLabel: 'A' });
    expect(got.answer).toContain('Owls in the snow');

    const exported = await value<{ jsonl: string; count: number }>('history.export', { ids: ['run_web_0001', 'run_web_0002', 'run_notthere'] });
    expect(exported.count).toBe(2);
    const lines = exported.jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as HistoryRun);
    expect(lines.map((run) => run.id)).toEqual(['run_web_0002', 'run_web_0001']);
    expect(lines[1]).toEqual(got);

    // The upstream request had the PDFs inlined; history keeps their ids, not their bytes.
    const withFiles = await value<HistoryRun>('history.get', { id: 'run_web_0002' });
    expect(withFiles.upstream?.body).toContain(`[duet_attachment ${old.id}:`);
    expect(withFiles.upstream?.body).not.toContain(makePdf({ pages: 1 }).toString('base64'));

    mkdirSync(join(dataDir, 'library', 'docs'), { recursive: true });
    writeFileSync(join(dataDir, 'library', 'docs', 'read.prompt'), `---\nattachments:\n  - ${kept.id}\n---\nRead it`);
    hoursAgo(old.id, 2);
    hoursAgo(kept.id, 2);
    const deleted = await value<{ deleted: number; attachmentsRemoved: number }>('history.delete', { ids: ['run_web_0002'] });
    expect(deleted).toEqual({ deleted: 1, attachmentsRemoved: 1 });
    expect(existsSync(join(dataDir, 'attachments', old.id))).toBe(false);
    expect(existsSync(join(dataDir, 'attachments', kept.id))).toBe(true);
    expect(existsSync(join(dataDir, 'attachments', young.id))).toBe(true);
    expect((await value<{ total: number }>('history.list', {})).total).toBe(1);
    const missing = await invoke('history.get', { id: 'run_web_0002' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Run run_web_0002 is not in the history (it may have been deleted).' } });
  });

  it.each([
    ['history.list', { limit: 0 }, 'limit'],
    ['history.list', { before: { startedAt: 'yesterday', id: 'run_web_0001' } }, 'before.startedAt'],
    ['history.list', { from: -1 }, 'from'],
    ['history.get', { id: 'no' }, 'id'],
    ['history.delete', { ids: [] }, 'ids'],
    ['history.delete', { ids: ['run_web_0001'], keepAttachments: ['not-a-sha'] }, 'keepAttachments.0'],
    ['history.export', { ids: ['has spaces in it'] }, 'ids.0'],
  ])('refuses %s %j, naming the field', async (channel, payload, field) => {
    const result = await invoke(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    if (!result.ok) expect(result.error.message).toContain(`${field}:`);
  });
});
