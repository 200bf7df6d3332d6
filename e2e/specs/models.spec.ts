import { credentialOf } from '../fake-anthropic/server';
import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';

test.describe('the model picker', () => {
  test('merges the catalog with the live list: unknown models appear, marked, and can run', async ({ app, fake }) => {
    const picker = app.getByRole('combobox', { name: 'Model' });
    await expect(picker.locator('option', { hasText: 'Claude Sonnet 5.5' })).toHaveCount(1);
    // Listed by the provider but not in the catalog: shown, with nothing assumed about it.
    const unknown = picker.locator('option', { hasText: 'claude-preview-9 (capabilities unknown)' });
    await expect(unknown).toHaveCount(1);
    await expect(app.getByRole('button', { name: 'Retry model list' })).toHaveCount(0);

    await picker.selectOption('claude-preview-9');
    await typeInto(app, 'User message', 'Hello new model');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app)).toContainText('You said: "Hello new model"');
    expect(fake.requests.filter((request) => request.path === '/v1/messages').at(-1)?.body).toMatchObject({ model: 'claude-preview-9' });
  });

  test('is fetched again with the new key when the key changes', async ({ app, fake }) => {
    await expect(app.getByRole('combobox', { name: 'Model' }).locator('option', { hasText: 'capabilities unknown' })).toHaveCount(1);
    const listed = () => fake.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/v1/models'));
    expect(listed().map(credentialOf)).toContain('sk-ant-test-e2e-key');

    await app.getByRole('button', { name: 'Settings', exact: true }).click();
    await app.getByRole('textbox', { name: 'Anthropic API key' }).fill('sk-ant-picker-refetch-4321');
    await app.getByRole('button', { name: /^(Save|Replace) key$/ }).click();
    await expect.poll(() => listed().map(credentialOf)).toContain('sk-ant-picker-refetch-4321');

    await app.getByRole('button', { name: 'Remove key' }).click();
    await expect(app.getByRole('dialog', { name: 'Settings' })).toContainText('From ANTHROPIC_API_KEY');
  });
});
