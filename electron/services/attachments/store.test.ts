import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentStore, type AttachmentStore } from './store';
import { makePdf, tinyPng } from './test-files';

let root: string;
let dir: string;
let store: AttachmentStore;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'duet-attachments-'));
  dir = join(root, 'attachments');
  store = createAttachmentStore(dir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('attachment store', () => {
  it('stores bytes under their SHA-256 with metadata beside them, and reads them back', async () => {
    const pdf = makePdf({ pages: 2 });
    const ref = await store.add(pdf, 'two.pdf');
    expect(readFileSync(join(dir, ref.id)).equals(pdf)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, `${ref.id}.json`), 'utf8'))).toEqual({ mime: 'application/pdf', size: pdf.length, pages: 2 });
    const stored = await store.resolve(ref.id);
    expect(stored).toMatchObject({ id: ref.id, mime: 'application/pdf', pages: 2, size: pdf.length });
    expect(stored.bytes.equals(pdf)).toBe(true);
  });

  it('stores the same bytes once and leaves no temp files', async () => {
    const first = await store.add(tinyPng(), 'a.png');
    const second = await store.add(tinyPng(), 'b.png');
    expect(second.id).toBe(first.id);
    expect(second.name).toBe('b.png');
    expect(readdirSync(dir).sort()).toEqual([first.id, `${first.id}.json`].sort());
  });

  it('reads a picked file from its path, named by its base name', async () => {
    const path = join(root, 'pick.png');
    writeFileSync(path, tinyPng());
    expect(await store.addPath(path)).toMatchObject({ name: 'pick.png', mime: 'image/png' });
  });

  it.each([
    ['a missing file', 'nope.png', /"nope.png" could not be read: there is no such file/],
    ['a folder', 'folder', /"folder" is a folder, not a file/],
  ])('refuses %s', async (_case, name, message) => {
    mkdirSync(join(root, 'folder'));
    await expect(store.addPath(join(root, name))).rejects.toThrow(message);
  });

  it('stores nothing for a refused file', async () => {
    await expect(store.add(Buffer.from('plain text'), 'a.txt')).rejects.toThrow(/text file/);
    expect(() => readdirSync(dir)).toThrow();
  });

  it.each([
    ['an id never stored', 'a'.repeat(64)],
    ['a malformed id', '../settings.json'],
  ])('says clearly when asked for %s', async (_case, id) => {
    await expect(store.resolve(id)).rejects.toMatchObject({ code: 'not_found', message: expect.stringMatching(/is not in Duet's attachment store.*Attach the file again/) });
  });
});

describe('attachment store clean-up', () => {
  it('deletes the bytes and the metadata, and says whether there was anything', async () => {
    const ref = await store.add(tinyPng(), 'a.png');
    expect(await store.delete(ref.id)).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    await expect(store.resolve(ref.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.delete(ref.id)).toBe(false);
    expect(await store.delete('../settings.json')).toBe(false);
  });

  it('renews the time of bytes stored again, so a fresh attachment never looks old', async () => {
    const ref = await store.add(tinyPng(), 'a.png');
    const longAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    utimesSync(join(dir, ref.id), longAgo, longAgo);
    expect(await store.modifiedAt(ref.id)).toBeLessThan(Date.now() - 23 * 60 * 60 * 1000);
    await store.add(tinyPng(), 'again.png');
    expect(await store.modifiedAt(ref.id)).toBeGreaterThan(Date.now() - 60_000);
    expect(await store.modifiedAt('f'.repeat(64))).toBeUndefined();
  });
});
