import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeWriteFs, writeFileAtomic } from './atomic-write';
import { contentVersion } from './content-version';
import { createLibraryService, type LibraryService } from './library-service';

let root: string;
let folder: string;
let library: LibraryService;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'duet-library-'));
  folder = join(root, 'library');
  await mkdir(folder);
  library = createLibraryService({ folder: () => folder, trashDir: join(root, 'trash') });
});
afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code?: string }) => error.code);

describe('library service', () => {
  it('saves a new file, reads it back with its version, and refuses to create it twice', async () => {
    const saved = await library.save('first.prompt', 'Hello', null);
    expect(saved).toEqual({ path: 'first.prompt', version: contentVersion('Hello') });
    expect(saved.version).toMatch(/^[0-9a-f]{16}$/);
    expect(await readFile(join(folder, 'first.prompt'), 'utf8')).toBe('Hello');
    expect(await library.read('first.prompt')).toEqual({ path: 'first.prompt', text: 'Hello', version: saved.version });
    expect(await code(library.save('first.prompt', 'Again', null))).toBe('conflict');
  });

  it('saves over a file only with the version on disk; a stale version overwrites nothing', async () => {
    const { version } = await library.save('a.prompt', 'one', null);
    const next = await library.save('a.prompt', 'two', version);
    await writeFile(join(folder, 'a.prompt'), 'edited outside');
    await expect(library.save('a.prompt', 'three', next.version)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('changed on disk') as string });
    expect(await readFile(join(folder, 'a.prompt'), 'utf8')).toBe('edited outside');
    await rm(join(folder, 'a.prompt'));
    expect(await code(library.save('a.prompt', 'four', next.version))).toBe('conflict');
  });

  it('creates subfolders on save and lists them with "/" paths', async () => {
    const text = '---\nname: Review\nmodel: claude-x\n---\nBody';
    await library.save('team/review.prompt', text, null);
    const { files } = await library.list();
    expect(files).toEqual([{ path: 'team/review.prompt', name: 'Review', model: 'claude-x', size: text.length, version: contentVersion(text), modifiedAt: expect.any(Number) as number }]);
  });

  it('lists a broken file with its error and line, skips hidden and non-prompt files, and searches name, path and content', async () => {
    await writeFile(join(folder, 'good.prompt'), '---\nname: Translator\n---\nTranslate {{text}}');
    await writeFile(join(folder, 'broken.prompt'), '---\nname: ok\nmodel: a: b\n---\n');
    await writeFile(join(folder, 'notes.txt'), 'not a prompt');
    await writeFile(join(folder, '.good.prompt.abc.tmp'), 'temporary');
    const { files } = await library.list();
    expect(files.map((file) => file.path)).toEqual(['broken.prompt', 'good.prompt']);
    expect(files[0]?.error).toMatchObject({ line: 3, column: 8 });
    expect((await library.list('translator')).files.map((file) => file.path)).toEqual(['good.prompt']);
    expect((await library.list('{{TEXT}}')).files.map((file) => file.path)).toEqual(['good.prompt']);
    expect((await library.list('broken')).files.map((file) => file.path)).toEqual(['broken.prompt']);
    expect((await library.list('nothing matches')).files).toEqual([]);
  });

  it('refuses paths that leave the folder', async () => {
    for (const path of ['../escape.prompt', '/tmp/x.prompt', 'a/../../x.prompt', 'x.txt']) {
      expect(await code(library.save(path, 'x', null))).toBe('invalid_request');
    }
    expect(await readdir(root)).toEqual(['library']);
  });

  it('renames, refusing a name that is taken', async () => {
    await library.save('a.prompt', 'A', null);
    await library.save('b.prompt', 'B', null);
    expect(await code(library.rename('a.prompt', 'b.prompt'))).toBe('conflict');
    expect(await library.rename('a.prompt', 'sub/c.prompt')).toEqual({ path: 'sub/c.prompt', version: contentVersion('A') });
    expect((await library.list()).files.map((file) => file.path)).toEqual(['b.prompt', 'sub/c.prompt']);
    expect(await code(library.rename('a.prompt', 'd.prompt'))).toBe('not_found');
  });

  it('duplicates to a free "copy" name', async () => {
    await library.save('x.prompt', 'X', null);
    expect((await library.duplicate('x.prompt')).path).toBe('x copy.prompt');
    expect((await library.duplicate('x.prompt')).path).toBe('x copy 2.prompt');
    expect((await library.duplicate('x copy.prompt')).path).toBe('x copy 3.prompt');
    expect(await readFile(join(folder, 'x copy 2.prompt'), 'utf8')).toBe('X');
  });

  it('deletes into the trash and restores, unless the name was taken meanwhile', async () => {
    await library.save('gone.prompt', 'bye', null);
    const { trashId } = await library.delete('gone.prompt');
    expect((await library.list()).files).toEqual([]);
    expect(await library.restore(trashId)).toEqual({ path: 'gone.prompt', version: contentVersion('bye') });
    expect(await readFile(join(folder, 'gone.prompt'), 'utf8')).toBe('bye');
    const again = await library.delete('gone.prompt');
    await library.save('gone.prompt', 'a new one', null);
    await expect(library.restore(again.trashId)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('another file has that name') as string });
    expect(await readFile(join(folder, 'gone.prompt'), 'utf8')).toBe('a new one');
    expect(await code(library.restore(trashId))).toBe('not_found');
  });

  it('tells its own writes from outside changes, and reports one outside change once', async () => {
    await library.save('w.prompt', 'mine', null);
    expect(await library.changedOutside('w.prompt')).toBe(false);
    await writeFile(join(folder, 'w.prompt'), 'theirs');
    expect(await library.changedOutside('w.prompt')).toBe(true);
    expect(await library.changedOutside('w.prompt')).toBe(false);
    await library.delete('w.prompt');
    expect(await library.changedOutside('w.prompt')).toBe(false);
  });
});

describe('atomic writes', () => {
  it('leaves the old file whole and no temporary file when the write fails midway', async () => {
    await library.save('keep.prompt', 'old text', null);
    const failing = createLibraryService({
      folder: () => folder,
      trashDir: join(root, 'trash'),
      io: { ...nodeWriteFs, rename: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) },
    });
    await expect(failing.save('keep.prompt', 'new text', contentVersion('old text'))).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringMatching(/"keep.prompt" was not saved: the disk is full \(ENOSPC\)/) as string,
    });
    expect(await readFile(join(folder, 'keep.prompt'), 'utf8')).toBe('old text');
    expect(await readdir(folder)).toEqual(['keep.prompt']);
  });

  // Root writes into read-only folders anyway, so this needs an ordinary user; the injected EROFS below runs everywhere.
  it.skipIf(process.getuid?.() === 0)('reports a read-only folder as a storage error', async () => {
    await chmod(folder, 0o555);
    await expect(library.save('ro.prompt', 'text', null)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('permission denied') as string });
  });

  it('reports a read-only disk (EROFS) as a storage error', async () => {
    const readOnly = createLibraryService({
      folder: () => folder,
      trashDir: join(root, 'trash'),
      io: { ...nodeWriteFs, open: () => Promise.reject(Object.assign(new Error('read-only'), { code: 'EROFS' })) },
    });
    await expect(readOnly.save('new.prompt', 'text', null)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining('read-only disk') as string });
  });

  it('gets a real ENOSPC from /dev/full and cleans up after it', async () => {
    const io = { ...nodeWriteFs, open: (() => nodeWriteFs.open('/dev/full', 'w')) as typeof nodeWriteFs.open };
    await expect(writeFileAtomic(join(folder, 'full.prompt'), 'x'.repeat(100_000), io)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(folder)).toEqual([]);
  });
});
