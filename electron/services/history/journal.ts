import { open, readFile, stat, truncate } from 'node:fs/promises';

export type SqlParam = string | number | null;
export interface JournalStatement {
  sql: string;
  params: SqlParam[];
}

/** One committed transaction: its place in the sequence, the schema it was written against, its statements. */
export interface JournalEntry {
  seq: number;
  schema: number;
  statements: JournalStatement[];
}

export interface ParsedJournal {
  entries: JournalEntry[];
  /** Bytes of whole, valid lines: what the journal is cut back to. */
  validBytes: number;
  /** 'torn': a last line without its newline (the app stopped mid-write); 'corrupt': a whole line that does not parse. */
  problem?: 'torn' | 'corrupt';
}

/**
 * Splits the journal into entries. A line is only complete with its newline, which is written
 * last, so a missing one means that write never finished and the transaction never committed.
 * A complete line that does not parse ends the replay there: what follows cannot be trusted.
 */
export function parseJournal(bytes: Buffer): ParsedJournal {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf(0x0a, offset);
    if (end === -1) return { entries, validBytes: offset, problem: 'torn' };
    const entry = parseEntry(bytes.subarray(offset, end).toString('utf8'));
    if (!entry) return { entries, validBytes: offset, problem: 'corrupt' };
    entries.push(entry);
    offset = end + 1;
  }
  return { entries, validBytes: offset };
}

function parseEntry(line: string): JournalEntry | undefined {
  try {
    const value = JSON.parse(line) as Partial<JournalEntry>;
    const valid =
      Number.isSafeInteger(value.seq) &&
      Number.isSafeInteger(value.schema) &&
      Array.isArray(value.statements) &&
      value.statements.every((statement) => typeof statement?.sql === 'string' && Array.isArray(statement.params));
    return valid ? (value as JournalEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** The journal's bytes; a missing journal is an empty one. Refuses anything but a regular file (reading a device could never end). */
export async function readJournal(path: string): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return Buffer.alloc(0);
  if (!info.isFile()) throw new Error(`${path} is not a regular file`);
  return readFile(path);
}

/**
 * Appends one entry as one line and waits until it is on disk (fsync): only then has it committed.
 * A failed append is cut back off, so the next one does not start on the end of a broken line.
 */
export async function appendJournal(path: string, entry: JournalEntry): Promise<void> {
  const handle = await open(path, 'a');
  try {
    const { size } = await handle.stat();
    try {
      await handle.write(`${JSON.stringify(entry)}\n`);
      await handle.sync();
    } catch (error) {
      await handle.truncate(size).catch(() => undefined);
      throw error;
    }
  } finally {
    await handle.close();
  }
}

/** After a failed append whose cut-back may have failed too: drops a broken last line before the next append. */
export async function repairJournalTail(path: string): Promise<void> {
  const parsed = parseJournal(await readJournal(path));
  if (parsed.problem === 'torn') await cutJournal(path, parsed.validBytes);
}

export async function journalSize(path: string): Promise<number> {
  return stat(path).then(
    (info) => info.size,
    () => 0,
  );
}

/** Cuts the journal back to `bytes` (0 after a checkpoint, the valid prefix after a torn write) and syncs it. */
export async function cutJournal(path: string, bytes: number): Promise<void> {
  await truncate(path, bytes).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const handle = await open(path, 'r+').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
