import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { editorText, typeInto } from '../fixtures/pane';
import { saveScreenshot } from '../fixtures/screenshot';

// The web host (and so its library folder) is shared by a worker's tests: every file name is unique.
const unique = (stem: string) => `${stem}-${randomUUID().slice(0, 8)}`;
const libraryFile = (dataDir: string, name: string) => join(dataDir, 'library', `${name}.prompt`);
const panel = (page: Page) => page.getByRole('complementary', { name: 'Library' });
const item = (page: Page, name: string) => panel(page).getByRole('listitem', { name, exact: true });
const status = (page: Page) => panel(page).getByRole('status', { name: 'Library status' });
const openPrompt = (page: Page) => page.getByLabel('Open prompt');

async function showLibrary(page: Page, search?: string): Promise<void> {
  if (!(await panel(page).isVisible())) await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(panel(page)).toBeVisible();
  if (search !== undefined) await panel(page).getByRole('searchbox', { name: 'Search prompts' }).fill(search);
}

async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+S');
  const dialog = page.getByRole('dialog', { name: 'Save prompt' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
  await expect(dialog).toBeHidden();
}

/** The file's text with `from` replaced, written as another editor would. */
async function editOnDisk(path: string, from: string, to: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  expect(text).toContain(from);
  await writeFile(path, text.replace(from, to));
}

test.describe('prompt library', () => {
  test.beforeEach(() => test.setTimeout(60_000));

  test('Ctrl+S asks for a name and writes the file; an outside edit is reloaded when there are no unsaved edits', async ({ app, dataDir }) => {
    const name = unique('greeting');
    await typeInto(app, 'User message', 'Say hello to the library');
    await saveAs(app, name);
    await expect(openPrompt(app)).toHaveText(name);
    await expect.poll(() => existsSync(libraryFile(dataDir, name))).toBe(true);
    expect(await readFile(libraryFile(dataDir, name), 'utf8')).toContain('Say hello to the library');

    await editOnDisk(libraryFile(dataDir, name), 'Say hello to the library', 'Say goodbye from the disk');
    await expect.poll(() => editorText(app, 'User message')).toContain('Say goodbye from the disk');
    await showLibrary(app);
    await expect(status(app)).toContainText(`${name} changed on disk and was reloaded.`);
    await expect(openPrompt(app)).not.toContainText('unsaved');
  });

  test('an outside edit over unsaved edits shows the conflict banner; Reload from disk takes the disk version', async ({ app, dataDir }) => {
    const name = unique('conflict');
    await typeInto(app, 'User message', 'First draft');
    await saveAs(app, name);
    await typeInto(app, 'User message', ' with more words');
    await expect(openPrompt(app)).toContainText('unsaved changes');

    await editOnDisk(libraryFile(dataDir, name), 'First draft', 'Edited elsewhere');
    const banner = app.getByRole('alert').filter({ hasText: 'changed on disk while you have unsaved edits' });
    await expect(banner).toBeVisible();
    await expect.poll(() => editorText(app, 'User message')).toContain('First draft with more words');
    await banner.getByRole('button', { name: 'Reload from disk' }).click();
    await expect(banner).toBeHidden();
    await expect.poll(() => editorText(app, 'User message')).toContain('Edited elsewhere');
    await expect(openPrompt(app)).not.toContainText('unsaved');
  });

  test('Keep mine keeps the edits, leaves the disk alone, and the next save writes over the disk version', async ({ app, dataDir }) => {
    const name = unique('keep');
    await typeInto(app, 'User message', 'Mine');
    await saveAs(app, name);
    await typeInto(app, 'User message', ' and more');
    await editOnDisk(libraryFile(dataDir, name), 'Mine', 'Theirs');
    const banner = app.getByRole('alert').filter({ hasText: 'changed on disk' });
    await banner.getByRole('button', { name: 'Keep mine' }).click();
    await expect(banner).toBeHidden();
    expect(await readFile(libraryFile(dataDir, name), 'utf8')).toContain('Theirs');
    await app.keyboard.press('ControlOrMeta+S');
    await expect.poll(() => readFile(libraryFile(dataDir, name), 'utf8')).toContain('Mine and more');
  });

  test('a broken file shows its error with the line in the list, and opening it leaves the workspace as it was', async ({ app, dataDir }) => {
    const name = unique('broken');
    await mkdir(join(dataDir, 'library'), { recursive: true });
    await writeFile(libraryFile(dataDir, name), '---\nname: ok\nmodel: a: b\n---\nHello\n');
    await typeInto(app, 'User message', 'Work in progress');
    await showLibrary(app, name);
    await expect(item(app, name)).toContainText('line 3, column 8');
    await item(app, name).getByRole('button', { name: `Open ${name}` }).click();
    await app.getByRole('alertdialog', { name: 'Unsaved changes' }).getByRole('button', { name: 'Discard and open' }).click();
    await expect(status(app)).toContainText(`${name} cannot be opened`);
    await expect(status(app)).toContainText('(line 3, column 8)');
    expect(await editorText(app, 'User message')).toContain('Work in progress');
  });

  test('rename, duplicate, delete and Undo in the Library panel', async ({ app, dataDir }, testInfo) => {
    const tag = unique('files');
    await typeInto(app, 'User message', 'Library actions');
    await saveAs(app, `${tag}-a`);
    await showLibrary(app, tag);
    await expect(item(app, `${tag}-a`)).toBeVisible();

    await item(app, `${tag}-a`).getByRole('button', { name: `Rename ${tag}-a` }).click();
    const rename = app.getByRole('dialog', { name: 'Rename prompt' });
    await rename.getByRole('textbox', { name: 'Name' }).fill(`${tag}-b`);
    await rename.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(item(app, `${tag}-b`)).toBeVisible();
    await expect(openPrompt(app)).toHaveText(`${tag}-b`);
    expect(existsSync(libraryFile(dataDir, `${tag}-a`))).toBe(false);

    await item(app, `${tag}-b`).getByRole('button', { name: `Duplicate ${tag}-b` }).click();
    await expect(item(app, `${tag}-b copy`)).toBeVisible();
    expect(await readFile(libraryFile(dataDir, `${tag}-b copy`), 'utf8')).toBe(await readFile(libraryFile(dataDir, `${tag}-b`), 'utf8'));
    // The whole list for the README: this worker's earlier files, a broken one among them.
    await showLibrary(app, '');
    await saveScreenshot(app, testInfo, 'library');
    await showLibrary(app, tag);

    await item(app, `${tag}-b copy`).getByRole('button', { name: `Delete ${tag}-b copy` }).click();
    await expect(item(app, `${tag}-b copy`)).toBeHidden();
    expect(existsSync(libraryFile(dataDir, `${tag}-b copy`))).toBe(false);
    await status(app).getByRole('button', { name: 'Undo' }).click();
    await expect(item(app, `${tag}-b copy`)).toBeVisible();
    expect(existsSync(libraryFile(dataDir, `${tag}-b copy`))).toBe(true);
  });

  test('a folder chosen in Settings starts empty and says how to save and where it is; Use default goes back', async ({ app, dataDir }) => {
    const folder = join(dataDir, unique('chosen'));
    await app.keyboard.press('ControlOrMeta+Comma');
    const settings = app.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('textbox', { name: 'Library folder' }).fill(folder);
    await settings.getByRole('button', { name: 'Use this folder' }).click();
    await expect(settings.getByRole('status', { name: 'Library folder status' })).toHaveText('A folder you chose.');
    await settings.getByRole('button', { name: 'Close settings' }).click();

    await showLibrary(app);
    await expect(panel(app)).toContainText('No prompts yet. Press Ctrl+S to save the one you are writing');
    await expect(panel(app)).toContainText(folder);
    await typeInto(app, 'User message', 'In the chosen folder');
    // Esc cancels the dialog; a name that leaves the folder is refused with the reason.
    await app.keyboard.press('ControlOrMeta+S');
    const dialog = app.getByRole('dialog', { name: 'Save prompt' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('../outside');
    await dialog.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('must not contain ".."');
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(openPrompt(app)).toContainText('Untitled');
    await saveAs(app, 'first');
    await expect.poll(() => existsSync(join(folder, 'first.prompt'))).toBe(true);

    await app.keyboard.press('ControlOrMeta+Comma');
    await settings.getByRole('button', { name: 'Use default' }).click();
    await expect(settings.getByRole('textbox', { name: 'Library folder' })).toHaveValue(join(dataDir, 'library'));
  });
});
