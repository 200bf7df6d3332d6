import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { startTestRig, TEST_TOKEN } from '../fixtures/gateway-rig';
import { typeInto } from '../fixtures/pane';

const pane = (page: Page, letter: string): Locator => page.getByRole('region', { name: `Pane ${letter}` });
const paneAnswer = (scope: Locator): Locator => scope.getByRole('region', { name: 'Answer' });

/** Types into a Monaco editor of one pane (see fixtures/pane.ts for why it focuses). */
async function typeInPane(page: Page, scope: Locator, label: string, text: string): Promise<void> {
  const editor = scope.getByRole('textbox', { name: label });
  await expect(editor).toBeVisible();
  await editor.focus();
  await page.keyboard.type(text);
}

async function addSecondPane(page: Page, model: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Add pane' }).click();
  const second = pane(page, 'B');
  await expect(second).toBeVisible();
  await second.getByRole('combobox', { name: 'Model' }).selectOption(model);
  return second;
}

test.describe('compare panes', () => {
  // `slow` streams 200 events 100 ms apart: one finished answer takes about 20 s.
  test.describe.configure({ timeout: 120_000 });

  test('two panes with different models run together, stream independently, and one stops alone', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Count scenario:slow');
    const second = await addSecondPane(app, 'claude-haiku-5-5');
    const first = pane(app, 'A');

    await app.getByRole('button', { name: 'Run all' }).click();
    await expect(first.getByRole('status').filter({ hasText: 'Streaming…' })).toBeVisible();
    await expect(second.getByRole('status').filter({ hasText: 'Streaming…' })).toBeVisible();
    await expect(paneAnswer(first).getByTestId('answer-text')).toContainText('word2');
    await expect(paneAnswer(second).getByTestId('answer-text')).toContainText('word2');
    const models = fake.requests.filter((request) => request.path === '/v1/messages').map((request) => (request.body as { model: string }).model);
    expect(models.sort()).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5']);

    await first.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(paneAnswer(first)).toContainText('Incomplete answer (stopped)');
    await expect(second.getByRole('status').filter({ hasText: 'Streaming…' })).toBeVisible();
    await expect(paneAnswer(second).getByLabel('Run details')).toContainText('finished', { timeout: 60_000 });
    await expect(paneAnswer(second).getByTestId('answer-text')).toContainText('word200');

    const comparison = app.getByRole('region', { name: 'Comparison' });
    await expect(comparison.getByRole('table')).toContainText('Duration');
    await expect(comparison.getByRole('columnheader', { name: 'B · claude-haiku-5-5' })).toBeVisible();
  });

  test('a failure in one pane leaves the other pane’s answer; a fork shows its badge and resets', async ({ app }) => {
    await typeInto(app, 'User message', 'Hello');
    const second = await addSecondPane(app, 'claude-opus-5-5');
    const first = pane(app, 'A');

    await second.getByRole('button', { name: 'Fork prompt' }).click();
    await expect(second.getByRole('status', { name: 'Forked prompt, same as shared' })).toHaveText('forked');
    await typeInPane(app, second, 'User message', ' scenario:overloaded');
    await expect(second.getByRole('status', { name: 'Modified: messages' })).toHaveText('modified');
    await expect(first.getByRole('status', { name: /Modified/ })).toHaveCount(0);

    await app.keyboard.press('Control+Shift+Enter');
    await expect(paneAnswer(second).getByRole('alert')).toContainText('overloaded');
    await expect(paneAnswer(first)).toContainText('You said: "Hello"');
    await expect(paneAnswer(first).getByLabel('Run details')).toContainText('finished');

    await second.getByRole('button', { name: 'Reset to shared' }).click();
    await expect(second.getByRole('status', { name: /Modified/ })).toHaveCount(0);
    await expect(second.locator('.prompt-editor').filter({ hasText: 'User message' })).not.toContainText('scenario:overloaded');
    await second.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(paneAnswer(second)).toContainText('You said: "Hello"');
  });

  test('the layout switches between columns and rows, and panes with their models survive a reload', async ({ app }) => {
    await typeInto(app, 'User message', 'Keep me');
    await addSecondPane(app, 'claude-opus-5-5');
    const boxes = async () => Promise.all([pane(app, 'A').boundingBox(), pane(app, 'B').boundingBox()]);

    let [a, b] = await boxes();
    expect(b && a && b.x > a.x).toBe(true);
    await app.getByRole('radio', { name: 'Rows' }).check();
    [a, b] = await boxes();
    expect(b && a && b.y > a.y && Math.abs(b.x - a.x) < 2).toBe(true);

    await app.reload();
    await expect(pane(app, 'B').getByRole('combobox', { name: 'Model' })).toHaveValue('claude-opus-5-5');
    await expect(pane(app, 'A').getByRole('combobox', { name: 'Model' })).toHaveValue('claude-sonnet-5-5');
    await expect(app.getByRole('radio', { name: 'Rows' })).toBeChecked();
    await expect(pane(app, 'A').locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('Keep me');

    await pane(app, 'B').getByRole('button', { name: 'Remove pane' }).click();
    await expect(pane(app, 'B')).toHaveCount(0);
    await expect(pane(app, 'A').getByRole('button', { name: 'Remove pane' })).toBeDisabled();
    await app.getByRole('button', { name: 'Undo remove pane' }).click();
    await expect(pane(app, 'B').getByRole('combobox', { name: 'Model' })).toHaveValue('claude-opus-5-5');
  });

  test('blind mode hides the models, records a vote and shows win rates', async ({ app }) => {
    await typeInto(app, 'User message', 'Which is better?');
    await addSecondPane(app, 'claude-haiku-5-5');
    await app.getByRole('checkbox', { name: 'Blind mode' }).check();
    await expect(app.getByRole('combobox', { name: 'Model' })).toHaveCount(0);
    await expect(pane(app, 'A')).toContainText('Model hidden');
    // Nothing else names the model before the vote: Get code is off, the Inspector and the capabilities say why.
    await expect(pane(app, 'A').getByRole('button', { name: 'Get code' })).toBeDisabled();
    await pane(app, 'B').getByText('Parameters', { exact: true }).click();
    await expect(pane(app, 'B')).toContainText("The model's capabilities name it. Hidden in blind mode until you vote.");

    await app.getByRole('button', { name: 'Run all' }).click();
    const vote = app.getByRole('group', { name: 'Blind vote' });
    await expect(vote.getByRole('button', { name: 'B is better' })).toBeVisible();
    await expect(vote.getByRole('button', { name: 'Tie' })).toBeVisible();
    await expect(app.getByRole('region', { name: 'Comparison' }).getByRole('columnheader', { name: 'A', exact: true })).toBeVisible();
    await pane(app, 'A').getByRole('tab', { name: 'Inspector' }).click();
    await expect(pane(app, 'A').getByRole('note')).toHaveText('The Inspector shows the model. Hidden in blind mode until you vote.');
    await expect(pane(app, 'A').getByRole('tabpanel')).not.toContainText('claude-');
    await vote.getByRole('button', { name: 'A is better' }).click();
    await expect(pane(app, 'A').getByRole('button', { name: 'Get code' })).toBeEnabled();

    const recorded = app.getByRole('status', { name: 'Vote recorded' });
    await expect(recorded).toContainText('A is better');
    await expect(recorded).toContainText(/A was claude-(sonnet|haiku)-5-5, B was claude-(sonnet|haiku)-5-5/);
    const rates = app.getByRole('region', { name: 'Win rates' });
    await expect(rates).toContainText('1 vote');
    await expect(rates.getByRole('listitem')).toHaveCount(2);
    await expect(rates).toContainText('100% (1 won, 0 tied, 0 lost)');
    await expect(rates).toContainText('0% (0 won, 0 tied, 1 lost)');

    await app.reload();
    await expect(app.getByRole('region', { name: 'Win rates' })).toContainText('1 vote');
    const stored = JSON.parse(String(await app.evaluate("localStorage.getItem('duet.votes.v1')"))) as { state: { votes: { models: string[]; prompt: string }[] } };
    expect(stored.state.votes[0]?.models.sort()).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5']);
    expect(stored.state.votes[0]?.prompt).toContain('Which is better?');
  });

  test('Ctrl+Enter runs only the pane with the focus, and Esc stops it', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Only here scenario:slow');
    const second = await addSecondPane(app, 'claude-haiku-5-5');
    await second.getByRole('textbox', { name: 'User message' }).focus();
    await app.keyboard.press('Control+Enter');
    await expect(paneAnswer(second).getByTestId('answer-text')).toContainText('word2');
    await app.keyboard.press('Escape');
    await expect(paneAnswer(second)).toContainText('Incomplete answer (stopped)');
    await expect(paneAnswer(pane(app, 'A'))).toContainText('press Run');
    const sent = fake.requests.filter((request) => request.path === '/v1/messages');
    expect(sent.map((request) => (request.body as { model: string }).model)).toEqual(['claude-haiku-5-5']);
  });

  test('four panes stay usable at 1280×800: the row scrolls sideways and every pane keeps its controls', async ({ app }) => {
    await typeInto(app, 'User message', 'Four ways');
    for (let i = 0; i < 3; i++) await app.getByRole('button', { name: 'Add pane' }).click();
    await expect(app.getByRole('button', { name: 'Add pane' })).toBeDisabled();
    await expect(pane(app, 'D').getByRole('button', { name: 'Duplicate pane' })).toBeDisabled();
    await app.getByRole('button', { name: 'Run all' }).click();
    for (const letter of ['A', 'B', 'C', 'D']) {
      const scope = pane(app, letter);
      await scope.getByRole('button', { name: 'Run', exact: true }).scrollIntoViewIfNeeded();
      await expect(scope.getByRole('button', { name: 'Run', exact: true })).toBeInViewport();
      await expect(paneAnswer(scope)).toContainText('You said: "Four ways"');
      const box = await scope.boundingBox();
      expect(box && box.width >= 300 && box.y + box.height <= 800).toBe(true);
    }
  });

  test('a Claude pane and an OpenAI-compatible provider’s pane run together, each through its own upstream', async ({ app, fake }) => {
    // The OpenAI-compatible upstream: a second Duet endpoint on loopback (with a fake Anthropic of its own behind it).
    const relay = await startTestRig();
    const settings = app.getByRole('dialog', { name: 'Settings' });
    const providers = settings.getByRole('region', { name: 'OpenAI-compatible providers' });
    try {
      await app.getByRole('button', { name: 'Settings', exact: true }).click();
      await providers.getByLabel('Provider id', { exact: true }).fill('e2e-relay');
      await providers.getByLabel('Name', { exact: true }).fill('E2E Relay');
      await providers.getByLabel('Base URL', { exact: true }).fill(`${relay.server.url}/v1`);
      await providers.getByLabel('API key', { exact: true }).fill(TEST_TOKEN);
      await providers.getByRole('button', { name: 'Add provider' }).click();
      await expect(providers.getByRole('listitem', { name: 'E2E Relay' })).toBeVisible();
      await app.keyboard.press('Escape');
      await expect(settings).toHaveCount(0);

      await typeInto(app, 'User message', 'Both providers please');
      // Listed live by the provider, under its id: shown as a model whose capabilities Duet does not assume.
      await app.getByRole('button', { name: 'Add pane' }).click();
      const second = pane(app, 'B');
      const relayed = second.getByRole('combobox', { name: 'Model' }).locator('option', { hasText: 'e2e-relay/claude-haiku-5-5 (capabilities unknown)' });
      await expect(relayed).toHaveCount(1);
      await second.getByRole('combobox', { name: 'Model' }).selectOption('e2e-relay/claude-haiku-5-5');

      await app.getByRole('button', { name: 'Run all' }).click();
      await expect(paneAnswer(pane(app, 'A')).getByTestId('answer-text')).toContainText('You said: "Both providers please"');
      await expect(paneAnswer(second).getByTestId('answer-text')).toContainText('You said: "Both providers please"');
      // Pane A went to Anthropic (the worker's fake); pane B through the provider, which saw its own model name and key.
      const direct = fake.requests.filter((request) => request.path === '/v1/messages').map((request) => (request.body as { model: string }).model);
      expect(direct).toEqual(['claude-sonnet-5-5']);
      const viaRelay = relay.fake.requests.filter((request) => request.path === '/v1/messages').map((request) => (request.body as { model: string }).model);
      expect(viaRelay).toEqual(['claude-haiku-5-5']);
      await expect(app.getByRole('region', { name: 'Comparison' }).getByRole('columnheader', { name: 'B · e2e-relay/claude-haiku-5-5' })).toBeVisible();
    } finally {
      // The web host outlives this test: leave no provider behind for the next ones.
      if ((await settings.count()) === 0) await app.getByRole('button', { name: 'Settings', exact: true }).click();
      const remove = providers.getByRole('button', { name: 'Remove E2E Relay' });
      if ((await remove.count()) > 0) await remove.click();
      await relay.close();
    }
  });
});
