import { credentialOf } from '../fake-anthropic/server';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { answer, typeInto } from '../fixtures/pane';

test.describe('a first run', () => {
  test('streams the answer to a system prompt and a user message', async ({ app, fake }, testInfo) => {
    await typeInto(app, 'System prompt', 'You are terse.');
    await typeInto(app, 'User message', 'What is a duet?');
    await app.getByRole('button', { name: 'Run' }).click();

    await expect(answer(app)).toContainText('Hello from the fake Anthropic. You said: "What is a duet?"');
    await expect(answer(app)).toContainText('(system: You are terse.)');
    await expect(answer(app).getByLabel('Run details')).toContainText('finished (stop)');

    const sent = fake.requests.find((request) => request.path === '/v1/messages');
    expect(sent && credentialOf(sent)).toBe('sk-ant-test-e2e-key');
    expect(sent?.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      stream: true,
      system: [{ type: 'text', text: 'You are terse.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'What is a duet?' }] }],
    });

    await saveScreenshot(app, testInfo, 'first-run');
  });

  test('Ctrl+Enter runs from inside the editor', async ({ app }) => {
    await typeInto(app, 'User message', 'Keyboard only');
    await app.keyboard.press('Control+Enter');
    await expect(answer(app)).toContainText('You said: "Keyboard only"');
  });

  test('Stop ends the stream, closes the upstream connection and keeps the partial answer', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'scenario:slow count slowly');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByTestId('answer-text')).toContainText('word3');

    await app.getByRole('button', { name: 'Stop' }).click();
    const request = await fake.waitForRequest((r) => r.path === '/v1/messages');
    await fake.waitForClientClose(request.id, 5000);

    await expect(answer(app)).toContainText('Incomplete answer (stopped)');
    await expect(answer(app).getByTestId('answer-text')).toContainText('word1');
    await expect(app.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  test('Esc stops a running answer', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'scenario:slow and then escape');
    await app.keyboard.press('Control+Enter');
    await expect(answer(app).getByTestId('answer-text')).toContainText('word2');
    await app.keyboard.press('Escape');
    const request = await fake.waitForRequest((r) => r.path === '/v1/messages');
    await fake.waitForClientClose(request.id, 5000);
    await expect(answer(app)).toContainText('Incomplete answer (stopped)');
  });

  test('the prompt survives a reload', async ({ app }) => {
    await typeInto(app, 'User message', 'Do not lose me');
    await app.reload();
    await expect(app.getByRole('textbox', { name: 'User message' })).toBeVisible();
    await expect(app.locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('Do not lose me');
  });
});
