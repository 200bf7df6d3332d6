import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, JOURNAL_FILE } from './durable-database';
import { openHistoryStore, type HistoryStore } from './history-store';
import { NewerSchemaError } from './migrations';
import { openDatabase } from './sql-engine';
import { sampleRun, withAttachments } from './test-runs';

let dir: string;
let problems: string[];
const open = () => openHistoryStore({ dir, onProblem: (message) => problems.push(message) });
const ids = async (store: HistoryStore) => (await store.list({ limit: 100 })).runs.map((run) => run.id).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duet-history-durable-'));
  problems = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A store left without close(), as a killed app leaves it: only what reached the journal counts. */
async function recordThenAbandon(runs: string[]): Promise<void> {
  const store = await open();
  for (const id of runs) await store.record(sampleRun({ id }));
}

describe('history durability', () => {
  it('keeps committed runs of an app that never closed its history (journal replayed)', async () => {
    await recordThenAbandon(['run_00000001', 'run_00000002']);
    expect(statSync(join(dir, JOURNAL_FILE)).size).toBeGreaterThan(0);
    const store = await open();
    expect(await ids(store)).toEqual(['run_00000001', 'run_00000002']);
    // Opening checkpointed: the journal is folded into the file.
    expect(statSync(join(dir, JOURNAL_FILE)).size).toBe(0);
    await store.close();
    expect(problems).toEqual([]);
  });

  it('ignores a torn last journal line and cuts it off, so the next write starts on a clean line', async () => {
    await recordThenAbandon(['run_00000001']);
    appendFileSync(join(dir, JOURNAL_FILE), '{"seq":2,"schema":1,"statements":[{"sql":"INSERT');
    const store = await open();
    expect(await ids(store)).toEqual(['run_00000001']);
    await store.record(sampleRun({ id: 'run_00000003' }));
    // Not closed: the new run must replay from a journal whose torn line is gone.
    const reopened = await open();
    expect(await ids(reopened)).toEqual(['run_00000001', 'run_00000003']);
    await reopened.close();
    expect(problems).toEqual([]);
  });

  it('moves a corrupt database file aside, says so once, starts afresh and still replays the journal', async () => {
    const first = await open();
    await first.record(sampleRun({ id: 'run_00000001' }));
    await first.close();
    await recordThenAbandon(['run_00000002']);
    writeFileSync(join(dir, DATABASE_FILE), Buffer.from('this is not a SQLite database, it was overwritten by something '.repeat(100)));
    const store = await open();
    const aside = readdirSync(dir).filter((name) => name.startsWith(`${DATABASE_FILE}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/could not be read .*kept as .*history\.sqlite\.corrupt-.* a new history was started/);
    // The file's runs are lost with it; the journal's (written after its last checkpoint) are not.
    expect(await ids(store)).toEqual(['run_00000002']);
    await store.record(sampleRun({ id: 'run_00000003' }));
    await store.close();
    const reopened = await open();
    expect(await ids(reopened)).toEqual(['run_00000002', 'run_00000003']);
    await reopened.close();
    expect(problems).toHaveLength(1);
  });

  it('keeps the runs before a damaged journal line and the journal itself for inspection', async () => {
    await recordThenAbandon(['run_00000001']);
    appendFileSync(join(dir, JOURNAL_FILE), 'not json at all\n');
    const store = await open();
    expect(await ids(store)).toEqual(['run_00000001']);
    expect(readdirSync(dir).some((name) => name.startsWith(`${JOURNAL_FILE}.corrupt-`))).toBe(true);
    expect(problems[0]).toMatch(/journal could not be read/);
    await store.close();
  });

  it('does not apply a journal twice when the app stopped between writing the file and emptying the journal', async () => {
    const store = await open();
    const a = 'a'.repeat(64);
    await store.record(withAttachments(sampleRun({ id: 'run_00000001' }), [a]));
    await store.record(sampleRun({ id: 'run_00000002' }));
    await store.delete(['run_00000002']);
    const journal = readFileSync(join(dir, JOURNAL_FILE));
    await store.close();
    writeFileSync(join(dir, JOURNAL_FILE), journal);
    const reopened = await open();
    expect(await ids(reopened)).toEqual(['run_00000001']);
    expect((await reopened.delete(['run_00000001'])).unreferencedAttachments).toEqual([a]);
    await reopened.close();
  });

  it('refuses a history written by a newer Duet and leaves the file as it was', async () => {
    const store = await open();
    await store.record(sampleRun({ id: 'run_00000001' }));
    await store.close();
    const db = await openDatabase(readFileSync(join(dir, DATABASE_FILE)));
    db.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 0)");
    writeFileSync(join(dir, DATABASE_FILE), db.export());
    db.close();
    const before = readFileSync(join(dir, DATABASE_FILE));
    await expect(open()).rejects.toThrow(NewerSchemaError);
    await expect(open()).rejects.toThrow(/newer version of Duet \(schema 99; this version knows up to 1\)/);
    expect(readFileSync(join(dir, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('rolls back a write whose journal append fails, so memory never holds what the disk does not', async () => {
    const store = await open();
    await store.record(sampleRun({ id: 'run_00000001' }));
    rmSync(join(dir, JOURNAL_FILE));
    // A folder where the journal should be: appending to it fails.
    mkdirSync(join(dir, JOURNAL_FILE));
    await expect(store.record(sampleRun({ id: 'run_00000002' }))).rejects.toThrow();
    expect(await ids(store)).toEqual(['run_00000001']);
  });
});
