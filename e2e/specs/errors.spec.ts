import { expect, test } from '../fixtures/duet';
import { alert, answer, typeInto } from '../fixtures/pane';

test.describe('errors are shown in the pane and lose nothing', () => {
  test('529 overloaded', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:error_529 please');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(alert(app)).toContainText('overloaded');
    await expect(alert(app)).toContainText('HTTP 503');
    await expect(app.locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('scenario:error_529 please');
    await expect(app.getByRole('button', { name: 'Run' })).toBeEnabled();
  });

  test('401 invalid key', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:error_401');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(alert(app)).toContainText('Anthropic rejected the API key');
  });

  test('429 with retry-after', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:error_429');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(alert(app)).toContainText('Rate limited: try again in 2 s');
  });

  test('an error in the middle of the stream keeps the partial answer', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:midstream_error');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(alert(app)).toContainText('overloaded');
    await expect(answer(app).getByTestId('answer-text')).not.toBeEmpty();
    await expect(answer(app)).toContainText('Incomplete answer (failed)');
  });

  test('a cut connection is reported, not taken for a finished answer', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:cut');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(alert(app)).toBeVisible();
    await expect(answer(app)).toContainText('Incomplete answer (failed)');
  });
});
