import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryChanged, Result } from '../../../shared/contract';
import { createBroadcast } from '../broadcast';
import { createDispatch } from '../dispatch';
import type { Handlers } from '../../../shared/contract';
import { openSettingsFile } from '../settings/settings-file';
import { createLibraryHandlers } from './library-handlers';

let dataDir: string;
let close: () => void;
let call: (channel: string, payload: unknown) => Promise<Result<unknown>>;
let changes: LibraryChanged[];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'duet-library-handlers-'));
  const settings = await openSettingsFile(join(dataDir, 'settings.json'));
  const broadcast = createBroadcast();
  changes = [];
  broadcast.subscribe((channel, payload) => {
    if (channel === 'library.changed') changes.push(payload as LibraryChanged);
  });
  const library = createLibraryHandlers({ dataDir, settings, broadcast });
  close = library.close;
  // Only the library's channels are bound; the dispatch validates payloads as the hosts do.
  const dispatch = createDispatch(library.handlers as Handlers);
  call = (channel, payload) => dispatch(channel, payload, { emit: () => undefined });
});
afterEach(async () => {
  close();
  await rm(dataDir, { recursive: true, force: true });
});

const until = async (check: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('library handlers', () => {
  it('starts in <dataDir>/library, and the chosen folder is created and kept in settings', async () => {
    expect(await call('library.folder', undefined)).toEqual({ ok: true, value: { folder: join(dataDir, 'library'), isDefault: true } });
    const chosen = join(dataDir, 'elsewhere', 'prompts');
    expect(await call('library.setFolder', { folder: chosen })).toEqual({ ok: true, value: { folder: chosen, isDefault: false } });
    expect(JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({ library: { folder: chosen } });
    await call('library.save', { path: 'x.prompt', text: 'X', expectedVersion: null });
    expect(await readFile(join(chosen, 'x.prompt'), 'utf8')).toBe('X');
    expect(await call('library.setFolder', { folder: null })).toEqual({ ok: true, value: { folder: join(dataDir, 'library'), isDefault: true } });
    expect(await call('library.setFolder', { folder: 'relative/path' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('refuses bad paths before any handler runs, and reports a stale save as a conflict', async () => {
    expect(await call('library.read', { path: '../../etc/passwd.prompt' })).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('..') as string } });
    const saved = await call('library.save', { path: 'c.prompt', text: 'one', expectedVersion: null });
    expect(saved.ok).toBe(true);
    expect(await call('library.save', { path: 'c.prompt', text: 'two', expectedVersion: '0000000000000000' })).toMatchObject({ ok: false, error: { code: 'conflict', retryable: false } });
  });

  it('broadcasts library.changed after an outside edit, but not after its own save', async () => {
    await call('library.list', {});
    await call('library.save', { path: 'own.prompt', text: 'mine', expectedVersion: null });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(changes).toEqual([]);
    await writeFile(join(dataDir, 'library', 'own.prompt'), 'edited in another editor');
    await until(() => changes.length > 0);
    expect(changes).toEqual([{ paths: ['own.prompt'] }]);
  });
});
