import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { fakeThinkingSignature, fakeThinkingText } from '../fake-anthropic/scenarios';
import type { FakeAnthropic } from '../fake-anthropic/server';
import { answer, typeInto } from '../fixtures/pane';

const messagesRequests = (fake: FakeAnthropic) => fake.requests.filter((request) => request.path === '/v1/messages');
const nthMessagesRequest = (fake: FakeAnthropic, n: number) => fake.waitForRequest((request) => request.path === '/v1/messages' && messagesRequests(fake).indexOf(request) === n);
const text = (value: string) => [{ type: 'text', text: value }];

async function runAndFinish(page: Page) {
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(answer(page).getByLabel('Run details')).toContainText('finished');
}

test.describe('conversation', () => {
  // Each test fills several Monaco editors and may run twice; the default 30 s is tight on a busy machine.
  test.describe.configure({ timeout: 90_000 });

  test('sends added, reordered and re-roled messages in order', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Q1');
    await app.getByRole('button', { name: 'Add message' }).click();
    await typeInto(app, 'Message 2 (assistant)', 'A1');
    await app.getByRole('button', { name: 'Add message' }).click();
    await typeInto(app, 'Message 3 (user)', 'Q2');

    // [user Q1, assistant A1, user Q2] → move Q2 up → [Q1, Q2, A1] → swap the roles of 2 and 3.
    await app.getByRole('button', { name: 'Move up message 3' }).click();
    await expect(app.getByRole('article', { name: 'Message 2 (user)' })).toContainText('Q2');
    await app.getByRole('combobox', { name: 'Role of message 2' }).selectOption('assistant');
    await app.getByRole('combobox', { name: 'Role of message 3' }).selectOption('user');
    await runAndFinish(app);

    const sent = await nthMessagesRequest(fake, 0);
    expect(sent.body).toMatchObject({
      messages: [
        { role: 'user', content: text('Q1') },
        { role: 'assistant', content: text('Q2') },
        { role: 'user', content: text('A1') },
      ],
    });
    expect((sent.body as { messages: unknown[] }).messages).toHaveLength(3);

    // The answer becomes the next turn, once.
    await answer(app).getByRole('button', { name: 'Add answer to conversation' }).click();
    await expect(app.getByRole('article', { name: 'Message 4 (assistant)' })).toContainText('Hello from the fake Anthropic.');
    await expect(answer(app).getByRole('button', { name: 'Add answer to conversation' })).toHaveCount(0);

    // Deleting goes back to one message, which keeps its old name.
    await app.getByRole('button', { name: 'Delete message 4' }).click();
    await app.getByRole('button', { name: 'Delete message 3' }).click();
    await app.getByRole('button', { name: 'Delete message 2' }).click();
    await expect(app.getByRole('textbox', { name: 'User message' })).toBeVisible();
  });

  test('sends a trailing assistant message as a prefill', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Give me JSON');
    await app.getByRole('button', { name: 'Add message' }).click();
    await typeInto(app, 'Message 2 (assistant)', 'Answer:');
    // Models from 4.6 on refuse a prefill: the pane says so before anything is sent.
    const note = app.getByRole('note', { name: 'Prefill not supported' });
    await expect(note).toContainText('Claude Sonnet 5.5 does not continue a final assistant message');
    await app.getByRole('combobox', { name: 'Model' }).selectOption('claude-sonnet-4-5');
    await expect(note).toHaveCount(0);
    await runAndFinish(app);
    const sent = await nthMessagesRequest(fake, 0);
    expect(sent.body).toMatchObject({ messages: [{ role: 'user', content: text('Give me JSON') }, { role: 'assistant', content: text('Answer:') }] });
  });

  test('answers a tool call by hand, sending the signed thinking back first', async ({ app, fake }, testInfo) => {
    const question = 'Weather in SF? scenario:thinking_tool_use';
    await typeInto(app, 'User message', question);
    await runAndFinish(app);
    await expect(answer(app).getByLabel('Run details')).toContainText('finished (tool_calls)');

    await answer(app).getByRole('textbox', { name: 'Result for get_weather' }).fill('{"temp": {"c": 21}}');
    await answer(app).getByRole('checkbox', { name: 'Is error' }).check();
    await saveScreenshot(app, testInfo, 'tool-call');
    await answer(app).getByRole('button', { name: 'Send tool results' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished (stop)');

    const second = await nthMessagesRequest(fake, 1);
    expect(second.scenario).toBe('text');
    expect(second.body).toMatchObject({
      messages: [
        { role: 'user', content: text(question) },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: fakeThinkingText(question), signature: fakeThinkingSignature(question) },
            { type: 'text', text: "I'll call get_weather to answer that." },
            { type: 'tool_use', id: 'toolu_fake_1', name: 'get_weather', input: { location: 'San Francisco, CA', unit: 'celsius' } },
          ],
        },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_fake_1', is_error: true }] },
      ],
    });
    expect(JSON.stringify(second.body)).toContain('{\\"temp\\": {\\"c\\": 21}}');

    // The conversation now holds the turn; editing it warns that its signed thinking may not survive.
    const turn = app.getByRole('article', { name: 'Message 2 (assistant)' });
    await expect(turn).toContainText('1 signed thinking block');
    await expect(app.getByRole('article', { name: 'Message 3 (tool result for get_weather)' })).toBeVisible();
    await typeInto(app, 'Message 2 (assistant)', ' edited');
    await expect(app.getByRole('status', { name: 'Signed thinking warning' })).toContainText('Editing message 2');
  });

  test('sends a cache breakpoint on the system prompt with its ttl, marked in the gutter', async ({ app, fake }) => {
    await typeInto(app, 'System prompt', 'You are terse.');
    await app.getByRole('combobox', { name: 'Cache breakpoint for System prompt' }).selectOption('1h');
    await expect(app.getByText('1 of 4 cache breakpoints')).toBeVisible();
    await expect(app.locator('.system-editor .cache-breakpoint-1h')).toHaveCount(1);
    await typeInto(app, 'User message', 'Hello');
    await runAndFinish(app);
    const sent = await nthMessagesRequest(fake, 0);
    expect(sent.body).toMatchObject({ system: [{ type: 'text', text: 'You are terse.', cache_control: { type: 'ephemeral', ttl: '1h' } }] });
  });

  test('keeps a prompt saved before conversations as its first message', async ({ app }) => {
    const v1 = { state: { model: 'claude-sonnet-4-5', system: 'Old system', user: 'Old message {{x}}', values: { x: '1' } }, version: 1 };
    // A string, since the e2e code is type-checked without the DOM library.
    await app.evaluate(`localStorage.setItem('duet.pane.v1', ${JSON.stringify(JSON.stringify(v1))})`);
    await app.reload();
    await expect(app.locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('Old message');
    await expect(app.locator('.prompt-editor').filter({ hasText: 'System prompt' })).toContainText('Old system');
  });
});
