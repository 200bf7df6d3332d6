import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';

const variables = (page: Page) => page.getByRole('region', { name: 'Variables' });
const field = (page: Page, name: string) => variables(page).getByRole('textbox', { name, exact: true });
const runBlocked = (page: Page) => page.getByRole('alert', { name: 'Run blocked' });

test.describe('prompt variables', () => {
  test('are detected, required before Run, substituted verbatim, persisted and kept when renamed', async ({ app, fake }) => {
    // A long flow (typing, a run, a reload, a rename): about 13 s on an idle machine, over 30 s on a loaded one.
    test.slow();
    await expect(variables(app)).toContainText('No variables. Write {{name}} in a prompt to add one.');
    await typeInto(app, 'System prompt', 'You are {{persona}}.');
    await typeInto(app, 'User message', 'Summarise {{topic}} in {{words}} words');

    await expect(variables(app).getByRole('textbox')).toHaveCount(3);
    for (const name of ['persona', 'topic', 'words']) await expect(field(app, name)).toBeVisible();

    // Missing values: nothing is sent, the alert names them, the first empty field gets the caret.
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(runBlocked(app)).toContainText('Missing variables: persona, topic, words');
    await expect(field(app, 'persona')).toBeFocused();
    expect(fake.requests.filter((request) => request.path === '/v1/messages')).toHaveLength(0);

    await field(app, 'persona').fill('a careful editor');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(runBlocked(app)).toContainText('Missing variables: topic, words');
    await expect(field(app, 'topic')).toBeFocused();

    // A value is sent as typed: no expansion of {{…}}, no $& replacement patterns.
    await field(app, 'topic').fill('{{x}} and $& too');
    await field(app, 'words').fill('50');
    await expect(runBlocked(app)).toHaveCount(0);
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app)).toContainText('You said: "Summarise {{x}} and $& too in 50 words"');
    const sent = fake.requests.find((request) => request.path === '/v1/messages');
    expect(sent?.body).toMatchObject({
      system: [{ type: 'text', text: 'You are a careful editor.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Summarise {{x}} and $& too in 50 words' }] }],
    });

    await app.reload();
    await expect(field(app, 'persona')).toHaveValue('a careful editor');
    await expect(field(app, 'topic')).toHaveValue('{{x}} and $& too');
    await expect(field(app, 'words')).toHaveValue('50');

    // Renaming a placeholder keeps the old value, listed as unused, until it is removed.
    const user = app.getByRole('textbox', { name: 'User message' });
    await user.focus();
    await app.keyboard.press('ControlOrMeta+A');
    await app.keyboard.type('Summarise {{topic}} in {{length}} words');
    await expect(field(app, 'length')).toBeVisible();
    await expect(field(app, 'words')).toHaveCount(0);
    const unused = variables(app).getByRole('list', { name: 'Unused values' });
    await expect(unused).toContainText('words');
    await expect(unused).toContainText('50');
    await unused.getByRole('button', { name: 'Remove value of words' }).click();
    await expect(variables(app).getByRole('list', { name: 'Unused values' })).toHaveCount(0);
  });

  test('an empty value counts as set; template problems block Run with their line', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Hello{{tone}}!');
    await expect(variables(app)).toContainText('An empty value counts as set');
    await variables(app).getByRole('button', { name: 'Set tone to empty' }).click();
    await expect(field(app, 'tone')).toHaveValue('');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app)).toContainText('You said: "Hello!"');

    fake.reset();
    await app.keyboard.press('ControlOrMeta+End');
    await typeInto(app, 'User message', '\n{{}}');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(runBlocked(app)).toContainText('User message, line 2:');
    expect(fake.requests.filter((request) => request.path === '/v1/messages')).toHaveLength(0);
  });

  test('placeholders are highlighted, problems underlined, and {{ offers the known names', async ({ app }) => {
    await typeInto(app, 'System prompt', 'You are {{persona}} and {{}}');
    const system = app.locator('.prompt-editor').filter({ hasText: 'System prompt' });
    // Monaco may cut one decorated range into several spans (bracket-match marks the braces next to the caret).
    await expect.poll(async () => (await system.locator('.template-placeholder').allTextContents()).join('')).toBe('{{persona}}');
    await expect(system.locator('.squiggly-error')).toHaveCount(1);

    await typeInto(app, 'User message', 'Dear {{');
    const user = app.locator('.prompt-editor').filter({ hasText: 'User message' });
    // Monaco's suggest widget has no accessible name of its own; its visible copy is the one beside the caret.
    await expect(user.locator('.suggest-widget[monaco-visible-content-widget="true"]')).toContainText('persona');
    await app.keyboard.press('Enter');
    await app.keyboard.type('!');
    await expect(user).toContainText('Dear {{persona}}!');
    await expect(user.locator('.template-placeholder').first()).toBeVisible();
  });
});
