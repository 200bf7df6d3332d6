import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { answer, typeInto } from '../fixtures/pane';

const E2E_KEY = 'sk-ant-test-e2e-key';

test.describe('inspector', () => {
  test('shows what the run sent and received, with the key redacted, and copies it', async ({ app }, testInfo) => {
    await typeInto(app, 'User message', 'Inspect me please');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished');

    await app.getByRole('tab', { name: 'Inspector' }).click();
    await expect(app.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    const openAI = app.getByRole('region', { name: 'OpenAI request' });
    await expect(openAI).toContainText('Inspect me please');

    const upstream = app.getByRole('region', { name: 'Anthropic request' });
    await expect(upstream).toContainText('/v1/messages');
    await expect(upstream).toContainText('"max_tokens"');
    await expect(upstream).toContainText('"messages"');
    await expect(upstream).toContainText('[redacted …-key]');
    await expect(upstream).not.toContainText(E2E_KEY);

    const events = app.getByRole('list', { name: 'Raw events' }).getByRole('listitem');
    await expect(events.first()).toContainText('message_start');
    await expect(events.first()).toContainText(/\+\d+ ms/);
    await expect(events.last()).toContainText('message_stop');

    const response = app.getByRole('region', { name: 'Response' });
    await expect(response).toContainText('"object": "chat.completion"');
    await expect(response).toContainText('Hello from the fake Anthropic. You said: \\"Inspect me please\\".');
    await expect(app.getByRole('region', { name: 'Gateway warnings' })).toBeVisible();
    await saveScreenshot(app, testInfo, 'inspector');

    if (testInfo.project.name === 'web') await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await upstream.getByRole('button', { name: 'Copy Anthropic request' }).click();
    await expect(upstream.getByRole('status')).toHaveText('Copied');
    if (testInfo.project.name === 'web') {
      const copied = String(await app.evaluate('navigator.clipboard.readText()'));
      expect(copied).toContain('"max_tokens"');
      expect(copied).not.toContain(E2E_KEY);
    }

    // Back to the answer, which kept its text.
    await app.getByRole('tab', { name: 'Answer' }).press('ArrowRight');
    await expect(app.getByRole('tab', { name: 'Answer' })).toHaveAttribute('aria-selected', 'true');
    await expect(answer(app).getByTestId('answer-text')).toContainText('Hello from the fake Anthropic');
  });
});
