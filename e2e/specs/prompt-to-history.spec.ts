import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { editorText, typeInto } from '../fixtures/pane';

const history = (page: Page): Locator => page.getByRole('region', { name: 'History' });
const rows = (page: Page): Locator => history(page).getByRole('list', { name: 'Runs' }).getByRole('listitem');
/** The version the library gives a file: the start of its content's sha256. */
const versionOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The library and the history together, as a day of prompt testing goes: a prompt written and saved,
 * changed in another editor, run, then found in history with the file and version it came from, and
 * reopened.
 */
test.describe('from a prompt file to its run in history', () => {
  test.describe.configure({ timeout: 120_000 });

  test('write, save, edit outside, run, find the run by its prompt file, reopen it', async ({ app, dataDir }) => {
    // The web host, its library and its history are shared by a worker's tests: names and words are unique.
    const name = `summary-${randomUUID().slice(0, 8)}`;
    const word = `topic${randomUUID().slice(0, 8)}`;
    const file = join(dataDir, 'library', `${name}.prompt`);

    await typeInto(app, 'User message', `Summarise ${word}`);
    await app.keyboard.press('ControlOrMeta+S');
    const saveDialog = app.getByRole('dialog', { name: 'Save prompt' });
    await saveDialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await saveDialog.getByRole('textbox', { name: 'Name' }).press('Enter');
    await expect(app.getByLabel('Open prompt')).toHaveText(name);
    await expect.poll(() => existsSync(file)).toBe(true);
    const saved = await readFile(file, 'utf8');
    expect(saved).toMatch(/^---\n/);
    expect(saved).toContain(`Summarise ${word}`);

    // Another editor changes the file: the app, with nothing unsaved, shows the new text.
    const edited = saved.replace(`Summarise ${word}`, `Summarise ${word} in one line`);
    await writeFile(file, edited);
    await expect.poll(() => editorText(app, 'User message')).toContain(`Summarise ${word} in one line`);

    await app.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(app.getByRole('region', { name: 'Answer' }).getByLabel('Run details')).toContainText('finished');

    await app.getByRole('button', { name: 'History', exact: true }).click();
    await history(app).getByRole('searchbox', { name: 'Search history' }).fill(word);
    await expect(rows(app)).toHaveCount(1);
    // The prompt filter knows the file; the run names it with the version that was run (the edited one).
    await history(app).getByRole('combobox', { name: 'Prompt' }).selectOption(`${name}.prompt`);
    await expect(rows(app)).toHaveCount(1);
    await rows(app).first().getByRole('button').click();
    const details = history(app).getByRole('article', { name: /^Details of Run A/ });
    await expect(details).toContainText(`${name}.prompt (version ${versionOf(edited).slice(0, 8)})`);
    await expect(details.getByRole('region', { name: 'Answer' })).toContainText(`You said: "Summarise ${word} in one line"`);
    await app.keyboard.press('Escape');

    // Edits since: Reopen asks first, then brings back exactly what was run.
    await app.getByRole('textbox', { name: 'User message' }).focus();
    await app.keyboard.press('End');
    await app.keyboard.type(' and a title');
    await rows(app).first().getByRole('checkbox').check();
    await history(app).getByRole('button', { name: 'Reopen in panes' }).click();
    await history(app).getByRole('group', { name: 'Confirm reopen' }).getByRole('button', { name: 'Replace panes' }).click();
    await expect.poll(() => editorText(app, 'User message')).toBe(`Summarise ${word} in one line`);
  });
});
