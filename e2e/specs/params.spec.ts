import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import type { FakeAnthropic } from '../fake-anthropic/server';
import { answer, editorText, replaceIn, typeInto } from '../fixtures/pane';

const params = (page: Page) => page.getByRole('region', { name: 'Parameters' });
const requestCheck = (page: Page) => page.getByRole('region', { name: 'Request check' });

/** A budget-thinking model, so budgets and forced tools reach the API as written. */
async function openParams(page: Page, model = 'claude-sonnet-4-5') {
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption(model);
  await page.getByText('Parameters', { exact: true }).click();
  await expect(params(page).getByRole('spinbutton', { name: 'Max tokens' })).toBeVisible();
}

/** Types `message` (unless the prompt is already written), runs, and returns the body the fake received. */
async function runAndGetBody(page: Page, fake: FakeAnthropic, message?: string): Promise<Record<string, unknown>> {
  if (message !== undefined) await typeInto(page, 'User message', message);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(answer(page).getByLabel('Run details')).toContainText('finished');
  const sent = await fake.waitForRequest((request) => request.path === '/v1/messages');
  return sent.body as Record<string, unknown>;
}

function messagesSent(fake: FakeAnthropic) {
  return fake.requests.filter((request) => request.path === '/v1/messages');
}

test.describe('request parameters', () => {
  test('max tokens, a stop sequence and a thinking budget reach the API', async ({ app, fake }) => {
    await openParams(app);
    await expect(params(app).getByLabel('Capabilities of Claude Sonnet 4.5')).toContainText('200K tokens');
    await params(app).getByRole('spinbutton', { name: 'Max tokens' }).fill('3000');
    await params(app).getByRole('textbox', { name: 'New stop sequence' }).fill('END');
    await params(app).getByRole('textbox', { name: 'New stop sequence' }).press('Enter');
    await expect(params(app).getByRole('button', { name: 'Remove stop sequence END' })).toBeVisible();
    await params(app).getByRole('combobox', { name: 'Thinking', exact: true }).selectOption('budget');
    await params(app).getByRole('spinbutton', { name: 'Thinking budget' }).fill('1500');
    // The check runs on a request that can be built, so the message comes first.
    await expect(requestCheck(app)).toContainText('Write a message');
    await typeInto(app, 'User message', 'Hi');
    await expect(requestCheck(app)).toContainText('No problems found.');

    const body = await runAndGetBody(app, fake);
    expect(body).toMatchObject({ max_tokens: 3000, stop_sequences: ['END'], thinking: { type: 'enabled', budget_tokens: 1500 } });
  });

  test('an Anthropic-style tool and a named tool choice reach the API', async ({ app, fake }) => {
    await openParams(app);
    const schema = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };
    await replaceIn(app, 'Tools JSON', JSON.stringify([{ name: 'get_weather', description: 'Weather now', input_schema: schema }], null, 2));
    await params(app).getByRole('combobox', { name: 'Tool choice' }).selectOption('get_weather');

    const body = await runAndGetBody(app, fake, 'Paris?');
    expect(body.tools).toEqual([{ name: 'get_weather', description: 'Weather now', input_schema: schema }]);
    expect(body.tool_choice).toEqual({ type: 'tool', name: 'get_weather' });
  });

  test('invalid tools JSON is shown with its line and column, and Run sends nothing', async ({ app, fake }, testInfo) => {
    await openParams(app);
    await replaceIn(app, 'Tools JSON', '[{"name": "a",}]');
    await expect(params(app).getByRole('alert', { name: 'Tools errors' })).toHaveText('Line 1, column 15: Invalid JSON: expected a property name in double quotes.');
    await typeInto(app, 'User message', 'No');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(requestCheck(app).getByRole('alert')).toContainText('Not sent.');
    await saveScreenshot(app, testInfo, 'request-check');
    await expect(requestCheck(app)).toContainText('Tools, line 1, column 15');
    // What was typed is kept for fixing.
    await expect.poll(() => editorText(app, 'Tools JSON')).toBe('[{"name": "a",}]');
    expect(messagesSent(fake)).toHaveLength(0);
  });

  test('the tools editor marks errors inline, checks the tools schema as you type, and Tab leaves it', async ({ app }) => {
    await openParams(app);
    const toolsEditor = app.getByRole('textbox', { name: 'Tools JSON' });
    const toolsFrame = app.locator('.json-editor-field').filter({ has: toolsEditor });
    await replaceIn(app, 'Tools JSON', '[{"name": "a",}]');
    await expect(toolsFrame.locator('.squiggly-error').first()).toBeVisible();

    // Valid for Duet, but Monaco's check against the tools schema knows no such cache TTL.
    await replaceIn(app, 'Tools JSON', '[{"name": "a", "input_schema": {"type": "object"}, "cache_control": {"type": "ephemeral", "ttl": "2h"}}]');
    await expect(params(app).getByRole('alert', { name: 'Tools errors' })).toHaveCount(0);
    await expect(toolsFrame.locator('.squiggly-error')).toHaveCount(0);
    await expect(toolsFrame.locator('.squiggly-warning').first()).toBeVisible();

    await toolsEditor.focus();
    await app.keyboard.press('Tab');
    await expect(params(app).getByRole('combobox', { name: 'Tool choice' })).toBeFocused();

    // Ctrl+M makes Tab indent, and again makes it leave.
    const schemaEditor = app.getByRole('textbox', { name: 'Output JSON schema' });
    await schemaEditor.focus();
    await app.keyboard.press('Control+M');
    await app.keyboard.press('Tab');
    await expect(schemaEditor).toBeFocused();
    await expect.poll(() => editorText(app, 'Output JSON schema')).toMatch(/^\s+$/);
    await app.keyboard.press('Control+M');
    await app.keyboard.press('Tab');
    await expect(schemaEditor).not.toBeFocused();
  });

  test('a thinking budget not below max tokens is explained and blocks Run', async ({ app, fake }) => {
    // Edits, a refused Run, a fix and a second Run: more steps than the default timeout allows on a busy machine.
    test.slow();
    await openParams(app);
    await params(app).getByRole('spinbutton', { name: 'Max tokens' }).fill('2048');
    await params(app).getByRole('combobox', { name: 'Thinking', exact: true }).selectOption('budget');
    await params(app).getByRole('spinbutton', { name: 'Thinking budget' }).fill('2048');
    await typeInto(app, 'User message', 'Go');
    await expect(requestCheck(app)).toContainText('The thinking budget (2,048) must be below max tokens (2,048)');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(requestCheck(app).getByRole('alert')).toContainText('Not sent.');
    expect(messagesSent(fake)).toHaveLength(0);

    // Fixing it lets Run through.
    await params(app).getByRole('spinbutton', { name: 'Max tokens' }).fill('4096');
    await expect(requestCheck(app).getByRole('alert')).toHaveCount(0);
    await app.getByRole('button', { name: 'Run' }).click();
    const sent = await fake.waitForRequest((request) => request.path === '/v1/messages');
    expect(sent.body).toMatchObject({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 } });
  });

  test('a structured-output schema reaches the API as output_config.format', async ({ app, fake }) => {
    await openParams(app);
    const schema = { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false };
    await replaceIn(app, 'Output JSON schema', JSON.stringify(schema));
    const body = await runAndGetBody(app, fake, 'JSON');
    expect(body.output_config).toMatchObject({ format: { type: 'json_schema', schema } });
  });

  test('sampling parameters are marked as dropped for models that reject them', async ({ app }) => {
    await openParams(app);
    await params(app).getByRole('spinbutton', { name: 'Temperature' }).fill('0.2');
    await typeInto(app, 'User message', 'Hi');
    await expect(requestCheck(app)).toContainText("temperature is not sent: Claude Sonnet 4.5's API rejects sampling parameters");
    await expect(params(app)).toContainText("Not sent: Claude Sonnet 4.5's API rejects it; the gateway drops it.");
  });
});
