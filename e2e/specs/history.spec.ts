import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { typeInto } from '../fixtures/pane';
import { saveScreenshot } from '../fixtures/screenshot';

const pane = (page: Page, letter: string): Locator => page.getByRole('region', { name: `Pane ${letter}` });
const history = (page: Page): Locator => page.getByRole('region', { name: 'History' });
const rows = (page: Page): Locator => history(page).getByRole('list', { name: 'Runs' }).getByRole('listitem');
const rowOf = (page: Page, model: string): Locator => rows(page).filter({ hasText: model });
/** The web host is shared by the tests of a worker: each test's prompt carries a word of its own. */
const uniqueWord = (): string => `word${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function typeInPane(page: Page, scope: Locator, label: string, text: string): Promise<void> {
  const editor = scope.getByRole('textbox', { name: label });
  await editor.focus();
  await page.keyboard.type(text);
}

/** Two panes (Sonnet and Haiku) run with Run all; both answers finished. */
async function runTwoPanes(page: Page, word: string): Promise<void> {
  await typeInto(page, 'User message', `Tell me about ${word}`);
  await page.getByRole('button', { name: 'Add pane' }).click();
  await pane(page, 'B').getByRole('combobox', { name: 'Model' }).selectOption('claude-haiku-5-5');
  await page.getByRole('button', { name: 'Run all' }).click();
  for (const letter of ['A', 'B']) await expect(pane(page, letter).getByRole('region', { name: 'Answer' }).getByLabel('Run details')).toContainText('finished');
}

async function openHistoryAndSearch(page: Page, word: string): Promise<void> {
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await history(page).getByRole('searchbox', { name: 'Search history' }).fill(word);
  await expect(rows(page)).toHaveCount(2);
}

test.describe('run history', () => {
  test.describe.configure({ timeout: 120_000 });

  test('Run all is recorded: search, filter by model, details, and Reopen into panes with Undo', async ({ app }, testInfo) => {
    const word = uniqueWord();
    await runTwoPanes(app, word);
    await openHistoryAndSearch(app, word);
    await expect(rowOf(app, 'claude-sonnet-5-5')).toContainText(`Tell me about ${word}`);
    await expect(rowOf(app, 'claude-haiku-5-5')).toContainText('Pane B');
    await saveScreenshot(app, testInfo, 'history');

    await history(app).getByRole('combobox', { name: 'Model' }).selectOption('claude-haiku-5-5');
    await expect(rows(app)).toHaveCount(1);
    await rows(app).first().getByRole('button').click();
    const details = history(app).getByRole('article', { name: /Details of Run B · claude-haiku-5-5/ });
    await expect(details.getByRole('region', { name: 'Answer' })).toContainText(`You said: "Tell me about ${word}"`);
    await expect(details.getByRole('region', { name: 'Request', exact: true })).toContainText('"model": "claude-haiku-5-5"');
    await expect(details.getByRole('region', { name: 'Translated request' })).toContainText('/v1/messages');
    await expect(details.getByRole('region', { name: 'Metrics' })).toContainText('Output tokens');
    await app.keyboard.press('Escape');
    await expect(details).toHaveCount(0);
    await expect(rows(app).first().getByRole('button')).toBeFocused();

    // An edit not yet run: Reopen asks first, and Undo brings it back.
    await typeInPane(app, pane(app, 'A'), 'User message', ' unsent');
    await rows(app).first().getByRole('checkbox', { name: /^Select Run B · claude-haiku-5-5/ }).check();
    await history(app).getByRole('button', { name: 'Reopen in panes' }).click();
    const confirm = history(app).getByRole('group', { name: 'Confirm reopen' });
    await expect(confirm).toContainText('edits that were not run');
    await confirm.getByRole('button', { name: 'Replace panes' }).click();
    await expect(history(app).getByRole('status').filter({ hasText: 'Reopened 1 run into panes.' })).toBeVisible();
    await expect(pane(app, 'B')).toHaveCount(0);
    await expect(pane(app, 'A').getByRole('combobox', { name: 'Model' })).toHaveValue('claude-haiku-5-5');
    const reopened = pane(app, 'A').locator('.prompt-editor').filter({ hasText: 'User message' });
    await expect(reopened).toContainText(`Tell me about ${word}`);
    await expect(reopened).not.toContainText('unsent');

    await history(app).getByRole('button', { name: 'Undo reopen' }).click();
    await expect(pane(app, 'B').getByRole('combobox', { name: 'Model' })).toHaveValue('claude-haiku-5-5');
    await expect(pane(app, 'A').locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('unsent');
  });

  test('the open panel lists runs as they end; two are diffed, exported as JSON Lines, and one is deleted', async ({ app }) => {
    const word = uniqueWord();
    await app.getByRole('button', { name: 'History', exact: true }).click();
    await history(app).getByRole('searchbox', { name: 'Search history' }).fill(word);
    await expect(history(app).getByRole('status').filter({ hasText: 'No run matches these filters.' })).toBeVisible();
    await runTwoPanes(app, word);
    await expect(rows(app)).toHaveCount(2);
    for (const model of ['claude-sonnet-5-5', 'claude-haiku-5-5']) await rowOf(app, model).getByRole('checkbox').check();

    await history(app).getByRole('button', { name: 'Diff', exact: true }).click();
    const diff = app.getByRole('dialog', { name: 'Diff' });
    await expect(diff.getByRole('combobox', { name: 'Left' })).toContainText('claude-sonnet-5-5');
    await expect(diff.getByRole('combobox', { name: 'Right' })).toContainText('claude-haiku-5-5');
    await expect(diff.getByRole('group', { name: 'Answer diff' })).toContainText(word);
    await expect(diff.getByRole('textbox', { name: /^Left answer: Run A · claude-sonnet-5-5/ })).toBeAttached();
    await app.keyboard.press('Escape');
    await expect(diff).toHaveCount(0);
    await expect(history(app)).toBeVisible();

    const download = app.waitForEvent('download');
    await history(app).getByRole('button', { name: 'Export JSONL' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^duet-history-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const lines = (await readFile(await file.path(), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { model: string; answer: string });
    expect(lines.map((line) => line.model).sort()).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5']);
    for (const line of lines) expect(line.answer).toContain(word);
    await expect(history(app).getByRole('status').filter({ hasText: 'Exported 2 runs' })).toBeVisible();

    await history(app).getByRole('button', { name: 'Clear selection' }).click();
    await rowOf(app, 'claude-sonnet-5-5').getByRole('checkbox').check();
    await history(app).getByRole('button', { name: 'Delete', exact: true }).click();
    await history(app).getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete 1 run' }).click();
    await expect(history(app).getByRole('status').filter({ hasText: 'Deleted 1 run and' })).toBeVisible();
    await expect(rows(app)).toHaveCount(1);
    await expect(rowOf(app, 'claude-sonnet-5-5')).toHaveCount(0);
  });

  test('Ctrl+Shift+H opens History on the search box, nothing matching says so, and Esc closes it', async ({ app }) => {
    await app.keyboard.press('Control+Shift+H');
    const search = history(app).getByRole('searchbox', { name: 'Search history' });
    await expect(search).toBeFocused();
    await search.fill(uniqueWord());
    await expect(history(app).getByRole('status').filter({ hasText: 'No run matches these filters.' })).toBeVisible();
    await history(app).getByLabel('From', { exact: true }).fill('2026-12-05');
    await history(app).getByLabel('To', { exact: true }).fill('2026-12-01');
    await expect(history(app).getByRole('alert')).toHaveText('From is after To: no run can match.');
    await app.keyboard.press('Escape');
    await expect(history(app)).toHaveCount(0);
    await expect(app.getByRole('button', { name: 'History', exact: true })).toBeFocused();
  });

  test('while blind mode hides the models, History waits for the vote instead of naming them', async ({ app }) => {
    await app.getByRole('button', { name: 'Add pane' }).click();
    await app.getByRole('checkbox', { name: 'Blind mode' }).check();
    await app.getByRole('button', { name: 'History', exact: true }).click();
    await expect(history(app).getByRole('status')).toContainText('Blind mode hides the models');
    await expect(history(app).getByRole('searchbox', { name: 'Search history' })).toHaveCount(0);
    await app.getByRole('checkbox', { name: 'Blind mode' }).uncheck();
    await expect(history(app).getByRole('searchbox', { name: 'Search history' })).toBeVisible();
  });

  test('a stopped run is listed as stopped while the panel is open, with its partial answer', async ({ app }) => {
    const word = uniqueWord();
    await app.getByRole('button', { name: 'History', exact: true }).click();
    await history(app).getByRole('searchbox', { name: 'Search history' }).fill(word);
    await typeInto(app, 'User message', `Count ${word} scenario:slow`);
    await app.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(app.getByRole('region', { name: 'Answer' }).getByTestId('answer-text')).toContainText('word2');
    await app.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(rows(app)).toHaveCount(1);
    await expect(rows(app).first()).toContainText('stopped');
    await expect(rows(app).first().locator('.history-answer')).toContainText('word1 word2');
  });
});
