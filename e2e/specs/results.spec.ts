import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { answer, typeInto } from '../fixtures/pane';

async function run(page: Page, message: string) {
  await typeInto(page, 'User message', message);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(answer(page).getByLabel('Run details')).toContainText('finished');
}

test.describe('result view', () => {
  test('shows the thinking in a collapsible block with its duration and tokens', async ({ app }, testInfo) => {
    await run(app, 'Think first scenario:thinking');
    const thinking = answer(app).getByRole('region', { name: 'Thinking' });
    await expect(thinking).toBeVisible();
    await thinking.getByText('Thinking', { exact: false }).first().click();
    await expect(thinking).toContainText('A short, friendly and deterministic answer will do.');
    await expect(thinking).toContainText(/\d+\.\d s/);
    await expect(thinking).toContainText(/tokens/);
    await saveScreenshot(app, testInfo, 'thinking');
    const footer = answer(app).getByLabel('Run details');
    await expect(footer).toContainText('finished (stop)');
    await expect(footer).toContainText(/Tokens: [\d,]+ in · [\d,]+ out/);
  });

  test('explains redacted thinking', async ({ app }) => {
    await run(app, 'Careful scenario:redacted_thinking');
    const note = answer(app).getByRole('note', { name: 'Redacted thinking' });
    await expect(note).toContainText('Redacted thinking (1 block)');
    await expect(note).toContainText('encrypted');
    await expect(note).toContainText('sent back to the model as is');
  });

  test('marks cited spans and lists the cited passages', async ({ app }, testInfo) => {
    await run(app, 'What does it say? scenario:citations');
    const citations = answer(app).getByRole('complementary', { name: 'Citations' });
    await expect(citations).toContainText('The grass is green.');
    await expect(citations).toContainText('The sky is blue.');
    await expect(citations).toContainText(/characters \d+–\d+/);

    const marker = answer(app).getByTestId('answer-text').getByRole('button', { name: 'Citation 2' });
    await expect(answer(app).getByTestId('answer-text').getByRole('button', { name: 'Citation 1' })).toBeVisible();
    await marker.click();
    await expect(citations.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(citations.getByRole('listitem').nth(0)).not.toHaveAttribute('aria-current', 'true');
    await saveScreenshot(app, testInfo, 'citations');
  });

  test('shows cache reads, writes and the saving', async ({ app }) => {
    await run(app, 'Cached prompt scenario:cache');
    const cache = answer(app).getByRole('region', { name: 'Cache usage' });
    await expect(cache).toContainText('Cache written: 1,200 tokens');
    await expect(cache).toContainText('Cache read: 3,400 tokens');
    await expect(cache).toContainText(/\d+% of the prompt from cache/);
    await expect(cache).toContainText(/Saved \$[\d.]+ vs uncached/);
    await expect(answer(app).getByLabel('Run details')).toContainText(/Cost: \$[\d.]+/);
  });

  test('shows tool calls with their pretty-printed input', async ({ app }) => {
    await run(app, 'Weather? scenario:tool_use');
    const call = answer(app).getByRole('region', { name: 'Tool calls' }).getByRole('article', { name: 'Tool call get_weather' });
    await expect(call).toContainText('get_weather');
    await expect(call).toContainText('toolu_fake_1');
    await expect(call.getByLabel('Input of get_weather')).toHaveText(JSON.stringify({ location: 'San Francisco, CA', unit: 'celsius' }, null, 2));
    await expect(answer(app).getByLabel('Run details')).toContainText('finished (tool_calls)');
  });
});
