import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { answer, replaceIn, typeInto } from '../fixtures/pane';
import { saveScreenshot } from '../fixtures/screenshot';

const pane = (page: Page, letter: string): Locator => page.getByRole('region', { name: `Pane ${letter}` });
const runDetails = (scope: Locator): Locator => scope.getByRole('region', { name: 'Answer' }).getByLabel('Run details');
const selected = (dialog: Locator, side: 'Left' | 'Right'): Locator => dialog.getByRole('combobox', { name: side }).locator('option:checked');

/** The text of one side of the diff editor (Monaco renders spaces as no-break spaces). */
async function diffSideText(dialog: Locator, name: string): Promise<string> {
  // The inner locator of `has` is relative to each editor, hence the page's getByRole.
  const editor = dialog.locator('.monaco-editor').filter({ has: dialog.page().getByRole('textbox', { name }) });
  const lines = await editor.locator('.view-line').allTextContents();
  return lines.join('\n').replaceAll('\u00a0', ' ');
}

async function addSecondPane(page: Page, model?: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Add pane' }).click();
  const second = pane(page, 'B');
  await expect(second).toBeVisible();
  if (model) await second.getByRole('combobox', { name: 'Model' }).selectOption(model);
  return second;
}

/** Run all, then wait until both panes have finished. */
async function runBoth(page: Page, finished: string | RegExp = 'finished'): Promise<void> {
  await page.getByRole('button', { name: 'Run all' }).click();
  await expect(runDetails(pane(page, 'A'))).toContainText(finished);
  await expect(runDetails(pane(page, 'B'))).toContainText(finished);
}

test.describe('diff answers', () => {
  test('the Diff answers button says why it is disabled until two panes have answers', async ({ app }) => {
    const button = app.getByRole('button', { name: 'Diff answers' });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Diff needs answers in two panes');

    await typeInto(app, 'User message', 'One answer only');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished');
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Diff needs an answer in a second pane');
  });

  test('two panes’ answers open side by side in the read-only diff, named as the panes are; Esc gives the focus back', async ({ app }, testInfo) => {
    await typeInto(app, 'User message', 'Tell me about cats');
    const second = await addSecondPane(app, 'claude-haiku-5-5');
    await second.getByRole('button', { name: 'Fork prompt' }).click();
    const forkedMessage = second.getByRole('textbox', { name: 'User message' });
    await forkedMessage.focus();
    await app.keyboard.press('ControlOrMeta+End');
    await app.keyboard.type(' and dogs');
    await runBoth(app);
    await expect(app.getByRole('region', { name: 'Comparison' }).getByRole('columnheader', { name: 'B · claude-haiku-5-5' })).toBeVisible();
    await saveScreenshot(app, testInfo, 'compare');

    const button = app.getByRole('button', { name: 'Diff answers' });
    await button.click();
    const dialog = app.getByRole('dialog', { name: 'Diff' });
    await expect(dialog).toBeVisible();
    await expect(selected(dialog, 'Left')).toHaveText('Pane A');
    await expect(selected(dialog, 'Right')).toHaveText('Pane B');
    await expect(dialog.getByRole('radio', { name: 'Answers' })).toBeChecked();

    await expect.poll(() => diffSideText(dialog, 'Left answer: Pane A')).toContain('You said: "Tell me about cats"');
    await expect.poll(() => diffSideText(dialog, 'Right answer: Pane B')).toContain('You said: "Tell me about cats and dogs"');
    expect(await diffSideText(dialog, 'Left answer: Pane A')).not.toContain('dogs');
    await saveScreenshot(app, testInfo, 'diff');

    // Read-only: typing into either side changes nothing.
    const before = await diffSideText(dialog, 'Right answer: Pane B');
    await dialog.getByRole('textbox', { name: 'Right answer: Pane B' }).focus();
    await app.keyboard.type('typed');
    await app.keyboard.press('Enter');
    expect(await diffSideText(dialog, 'Right answer: Pane B')).toBe(before);
    await expect(dialog.getByText('Cannot edit in read-only editor')).toBeVisible();
    // The first Esc is Monaco's, closing its hint; the next one closes the dialog.
    await app.keyboard.press('Escape');
    await expect(dialog.getByText('Cannot edit in read-only editor')).toHaveCount(0);

    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    // Esc closed only the dialog: both answers are still there.
    await expect(runDetails(pane(app, 'B'))).toContainText('finished');
  });

  test('in blind mode the diff names the panes by their shuffled letters and never by model', async ({ app }) => {
    await typeInto(app, 'User message', 'Tell me about cats');
    const second = await addSecondPane(app, 'claude-haiku-5-5');
    await second.getByRole('button', { name: 'Fork prompt' }).click();
    await second.getByRole('textbox', { name: 'User message' }).focus();
    await app.keyboard.press('ControlOrMeta+End');
    await app.keyboard.type(' and dogs');
    await app.getByRole('checkbox', { name: 'Blind mode' }).check();
    await runBoth(app);
    const shownInA = await pane(app, 'A').getByRole('region', { name: 'Answer' }).getByTestId('answer-text').innerText();

    await app.getByRole('button', { name: 'Diff answers' }).click();
    const dialog = app.getByRole('dialog', { name: 'Diff' });
    await expect(dialog.getByRole('combobox', { name: 'Left' }).getByRole('option')).toHaveText(['Pane A', 'Pane B']);
    await expect.poll(() => diffSideText(dialog, 'Left answer: Pane A')).toContain(shownInA.includes('dogs') ? 'cats and dogs' : 'about cats".');
    await expect(dialog).not.toContainText('claude');
  });

  test('Tool inputs lists the key whose value differs between the two panes’ tool calls', async ({ app }) => {
    await typeInto(app, 'User message', 'Weather? scenario:tool_use');
    const second = await addSecondPane(app);
    // Pane B's own tool asks for a unit the default weather tool does not use first.
    await second.getByText('Parameters', { exact: true }).click();
    const schema = { type: 'object', properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['fahrenheit', 'celsius'] } } };
    await replaceIn(app, 'Tools JSON', JSON.stringify([{ name: 'get_weather', description: 'Weather now', input_schema: schema }]));
    await runBoth(app, 'finished (tool_calls)');

    await app.getByRole('button', { name: 'Diff answers' }).click();
    const dialog = app.getByRole('dialog', { name: 'Diff' });
    await dialog.getByRole('radio', { name: 'Tool inputs' }).check();
    const table = dialog.getByRole('region', { name: 'get_weather call 1' }).getByRole('table');
    await expect(table).toContainText('Input of get_weather: 1 difference');
    const unit = table.getByRole('row').filter({ has: app.getByRole('rowheader', { name: '$.unit' }) });
    await expect(unit.getByRole('cell')).toHaveText(['"celsius"', '"fahrenheit"', 'Changed']);
    const location = table.getByRole('row').filter({ has: app.getByRole('rowheader', { name: '$.location' }) });
    await expect(location.getByRole('cell').last()).toHaveText('Same');

    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    const button = app.getByRole('button', { name: 'Diff answers' });
    await expect(button).toBeFocused();

    // A removed pane's answer is no longer offered; Undo brings it back.
    await second.getByRole('button', { name: 'Remove pane' }).click();
    await expect(button).toBeDisabled();
    await expect(button).toHaveAccessibleDescription('Diff needs an answer in a second pane');
    await app.getByRole('button', { name: 'Undo remove pane' }).click();
    await expect(button).toBeEnabled();
  });
});
