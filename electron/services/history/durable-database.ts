import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { moveAside, readDatabaseFile, replaceDatabaseFile } from './database-file';
import { acquireFolderLock, LOCK_FILE } from './folder-lock';
import { appendJournal, cutJournal, journalSize, parseJournal, readJournal, repairJournalTail, type JournalEntry, type JournalStatement } from './journal';
import { migrate, MIGRATIONS, schemaVersion, type Migration } from './migrations';
import { openDatabase, type Database } from './sql-engine';

export const DATABASE_FILE = 'history.sqlite';
export const JOURNAL_FILE = 'history.journal';
/** Past this the journal is folded into the database file. */
export const CHECKPOINT_BYTES = 4 * 1024 * 1024;

export interface DurableDatabaseOptions {
  dir: string;
  checkpointBytes?: number;
  migrations?: readonly Migration[];
  now?: () => number;
  /** Told once about anything recovered from (a corrupt file moved aside, a failed checkpoint). */
  onProblem?: (message: string) => void;
}

export interface DurableDatabase {
  /** Runs `read` when no write is in flight, so it never sees a transaction half-done. */
  read<T>(read: (db: Database) => T): Promise<T>;
  /**
   * Commits the statements `build` answers (it may read first) as one transaction: applied in
   * memory, appended to the journal and fsynced, then committed. A failed append rolls back, so
   * memory never holds what the disk does not.
   */
  write<T>(build: (db: Database) => { statements: JournalStatement[]; result: T }): Promise<T>;
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/**
 * SQLite in memory (sql.js) made durable with a write-ahead log of our own: see README.md.
 * Open = load the file, replay the journal, migrate, checkpoint.
 */
export async function openDurableDatabase(options: DurableDatabaseOptions): Promise<DurableDatabase> {
  const { dir, checkpointBytes = CHECKPOINT_BYTES, migrations = MIGRATIONS, now = Date.now, onProblem = () => undefined } = options;
  await mkdir(dir, { recursive: true });
  const release = await acquireFolderLock(join(dir, LOCK_FILE));
  const dbPath = join(dir, DATABASE_FILE);
  const journalPath = join(dir, JOURNAL_FILE);
  let db: Database | undefined;
  try {
    await removeUnfinishedCheckpoints(dir);
    db = await loadOrStartFresh(dbPath, now, onProblem);
    const seq = await replayJournal(db, journalPath, migrations, now, onProblem);
    migrate(db, { migrations, now: now() });
    return await startQueue({ db, dbPath, journalPath, seq, schema: schemaVersion(db), checkpointBytes, onProblem, release });
  } catch (error) {
    db?.close();
    await release();
    throw error;
  }
}

interface QueueState {
  /** A failed append may have left a broken line: check the tail before the next one. */
  journalSuspect?: boolean;
  db: Database;
  dbPath: string;
  journalPath: string;
  seq: number;
  schema: number;
  checkpointBytes: number;
  onProblem: (message: string) => void;
  /** Gives the folder lock back (on close). */
  release: () => Promise<void>;
}

/** Every read and write of the open database, one at a time. */
async function startQueue(state: QueueState): Promise<DurableDatabase> {
  const { db, dbPath, journalPath, checkpointBytes, onProblem } = state;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const serially = <T>(task: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(() => {
      if (closed) throw new Error('The run history is closed.');
      return task();
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const checkpointNow = async (): Promise<void> => {
    await replaceDatabaseFile(dbPath, db.export());
    await cutJournal(journalPath, 0);
  };
  const durable: DurableDatabase = {
    read: (read) => serially(() => read(db)),
    write: (build) =>
      serially(async () => {
        const result = await commit(state, build);
        if ((await journalSize(journalPath)) > checkpointBytes) {
          // The transaction is durable in the journal already; a failed checkpoint only delays folding it in.
          await checkpointNow().catch((error: unknown) => onProblem(`The run history could not be compacted: ${describe(error)}`));
        }
        return result;
      }),
    checkpoint: () => serially(checkpointNow),
    close: () =>
      serially(async () => {
        try {
          await checkpointNow();
        } finally {
          closed = true;
          db.close();
          await state.release();
        }
      }),
  };
  await durable.checkpoint().catch((error: unknown) => onProblem(`The run history could not be saved after opening: ${describe(error)}`));
  return durable;
}

/** One transaction: in memory, then the journal line fsynced, then COMMIT; any failure rolls back. */
async function commit<T>(state: QueueState, build: (db: Database) => { statements: JournalStatement[]; result: T }): Promise<T> {
  const { db, journalPath } = state;
  if (state.journalSuspect) {
    // Best effort: if the journal cannot even be read, the append below fails with the real reason.
    await repairJournalTail(journalPath).then(() => (state.journalSuspect = false), () => undefined);
  }
  db.exec('BEGIN');
  try {
    const { statements, result } = build(db);
    if (statements.length === 0) {
      db.exec('ROLLBACK');
      return result;
    }
    const entry: JournalEntry = { seq: state.seq + 1, schema: state.schema, statements };
    applyEntry(db, entry);
    await appendJournal(journalPath, entry).catch((error: unknown) => {
      state.journalSuspect = true;
      throw error;
    });
    db.exec('COMMIT');
    state.seq = entry.seq;
    return result;
  } catch (error) {
    rollback(db);
    throw error;
  }
}

/** SQLite ends some failed transactions itself (a full disk, say); then there is nothing left to roll back. */
function rollback(db: Database): void {
  try {
    db.exec('ROLLBACK');
  } catch {
    // No transaction is active any more.
  }
}

/** A checkpoint interrupted before its rename leaves a temp file that nothing will ever read. */
async function removeUnfinishedCheckpoints(dir: string): Promise<void> {
  const names = await readdir(dir);
  const unfinished = names.filter((name) => name.startsWith(`${DATABASE_FILE}.`) && name.endsWith('.tmp'));
  await Promise.all(unfinished.map((name) => rm(join(dir, name), { force: true })));
}

/** The file as a database; an unreadable one is moved aside (reported once) and a fresh database started. */
async function loadOrStartFresh(path: string, now: () => number, onProblem: (message: string) => void): Promise<Database> {
  const bytes = await readDatabaseFile(path);
  if (bytes === undefined) return openDatabase();
  try {
    const db = await openDatabase(bytes);
    ensurePosition(db);
    return db;
  } catch (error) {
    const aside = await moveAside(path, now());
    onProblem(`The run history file could not be read (${describe(error)}); it was kept as ${aside} and a new history was started.`);
    return openDatabase();
  }
}

/** Which journal entry the file already holds: replay after a checkpoint that renamed but did not cut the journal skips them. */
function ensurePosition(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS journal_position (only INTEGER PRIMARY KEY CHECK (only = 1), seq INTEGER NOT NULL); INSERT OR IGNORE INTO journal_position VALUES (1, 0)');
}

function positionOf(db: Database): number {
  ensurePosition(db);
  const value = db.exec('SELECT seq FROM journal_position')[0]?.values[0]?.[0];
  return typeof value === 'number' ? value : 0;
}

function applyEntry(db: Database, entry: JournalEntry): void {
  for (const { sql, params } of entry.statements) db.run(sql, params);
  db.run('UPDATE journal_position SET seq = ?', [entry.seq]);
}

/** Applies the committed entries the file does not hold yet; answers the last sequence number. */
async function replayJournal(db: Database, path: string, migrations: readonly Migration[], now: () => number, onProblem: (message: string) => void): Promise<number> {
  const parsed = parseJournal(await readJournal(path));
  if (parsed.problem === 'corrupt') {
    const aside = `${path}.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, aside);
    onProblem(`Part of the run history journal could not be read; the runs before it were kept, the journal was kept as ${aside}.`);
  } else if (parsed.problem === 'torn') {
    // The app stopped while writing the last line: that transaction never committed.
    await cutJournal(path, parsed.validBytes);
  }
  let seq = positionOf(db);
  for (const entry of parsed.entries) {
    if (entry.seq <= seq) continue;
    // Written against an older schema than the file's latest? Bring the file up to the entry's first.
    if (entry.schema > schemaVersion(db)) migrate(db, { migrations, target: entry.schema, now: now() });
    db.exec('BEGIN');
    try {
      applyEntry(db, entry);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`The run history journal could not be replayed at entry ${entry.seq}: ${describe(error)}`, { cause: error });
    }
    seq = entry.seq;
  }
  return seq;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
