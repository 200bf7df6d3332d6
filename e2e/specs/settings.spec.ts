import { createServer } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { credentialOf } from '../fake-anthropic/server';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { answer, typeInto } from '../fixtures/pane';

const NEW_KEY = 'sk-ant-settings-e2e-1234';
/** The fake answers 401 for exactly this key. */
const INVALID_KEY = 'sk-ant-invalid';
/** The fixture's host environment (e2e/fixtures/hosts.ts). */
const ENV_KEY = 'sk-ant-test-e2e-key';

const dialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Settings' });
const section = (page: Page, name: string): Locator => dialog(page).getByRole('region', { name });
const settingsButton = (page: Page): Locator => page.getByRole('button', { name: 'Settings', exact: true });

async function openSettings(page: Page): Promise<Locator> {
  await settingsButton(page).click();
  await expect(dialog(page)).toBeVisible();
  return dialog(page);
}

/** Whether this host has an OS keychain, as the dialog reports it (it depends on how the tests were started). */
async function keychainAvailable(page: Page): Promise<boolean> {
  await expect(section(page, 'Anthropic API key').locator('.key-line')).not.toHaveText('Checking…');
  return (await dialog(page).getByRole('note').count()) === 0;
}

/** A port nobody listens on right now, from the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The few DOM members focusedName reads (the e2e project has no DOM types). */
interface FocusedElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  labels?: ArrayLike<{ textContent: string | null }> | null;
  closest(selector: string): unknown;
}

/** What a keyboard user hears for the focused element: its aria-label, its label, or its text. */
function focusedName(page: Page): Promise<{ name: string; inDialog: boolean }> {
  return page.evaluate(() => {
    const element = (globalThis as unknown as { document: { activeElement: FocusedElement | null } }).document.activeElement;
    const name = element?.getAttribute('aria-label') ?? element?.labels?.[0]?.textContent ?? element?.textContent ?? '';
    return { name: name.trim(), inDialog: Boolean(element?.closest('dialog[open]')) };
  });
}

test.describe('Settings', () => {
  // The fake is shared by the worker; specs that do not use `app` (setup-errors) count its requests.
  test.afterEach(({ fake }) => fake.reset());

  test('opens from the header and with Ctrl+,; Esc closes it and gives focus back', async ({ app }) => {
    await openSettings(app);
    await expect(dialog(app).getByRole('textbox', { name: 'Anthropic API key', exact: true })).toBeFocused();
    await app.keyboard.press('Escape');
    await expect(dialog(app)).toBeHidden();
    await expect(settingsButton(app)).toBeFocused();

    await app.keyboard.press('Control+Comma');
    await expect(dialog(app)).toBeVisible();
    await dialog(app).getByRole('button', { name: 'Close settings' }).click();
    await expect(dialog(app)).toBeHidden();
    await expect(settingsButton(app)).toBeFocused();

    // From inside the prompt editor: Ctrl+, opens, Esc closes, and the caret is back where it was.
    await typeInto(app, 'User message', 'Keep typing here');
    await app.keyboard.press('Control+Comma');
    await expect(dialog(app)).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(dialog(app)).toBeHidden();
    await expect(app.getByRole('textbox', { name: 'User message' })).toBeFocused();
  });

  test('Anthropic key: save, test, replace with a rejected key, remove back to the environment key', async ({ app, fake }) => {
    await openSettings(app);
    const keys = section(app, 'Anthropic API key');
    const status = keys.locator('.key-line');
    const input = keys.getByRole('textbox', { name: 'Anthropic API key', exact: true });
    const testResult = keys.getByRole('status', { name: 'Key test result' });
    const stored = (await keychainAvailable(app)) ? 'Stored in the OS keychain' : 'Kept for this session only';
    // A key left in the OS keychain by an earlier, interrupted run would mask the environment key.
    if (await keys.getByRole('button', { name: 'Remove key' }).isVisible()) await keys.getByRole('button', { name: 'Remove key' }).click();
    await expect(status).toHaveText(`From ANTHROPIC_API_KEY …-key`);

    await expect(input).toHaveAttribute('type', 'password');
    await expect(keys.getByRole('button', { name: 'Save key' })).toBeDisabled();

    // The host refuses a pasted hint: the error is announced, and what was typed stays for fixing.
    await input.fill('…x4Fq');
    await keys.getByRole('button', { name: 'Save key' }).click();
    await expect(keys.getByRole('alert')).toContainText('not plain ASCII');
    await expect(input).toHaveValue('…x4Fq');
    await expect(status).toHaveText('From ANTHROPIC_API_KEY …-key');

    await input.fill(NEW_KEY);
    await keys.getByRole('button', { name: 'Save key' }).click();
    await expect(status).toHaveText(`${stored} …1234`);
    await expect(input).toHaveValue('');
    await expect(keys.getByRole('alert')).toHaveCount(0);
    await expect(keys.getByRole('button', { name: 'Replace key' })).toBeVisible();
    await expect(app.getByLabel('Anthropic key status')).toContainText('…1234');
    expect(await app.content()).not.toContain(NEW_KEY);
    expect(await app.locator('body').innerText()).not.toContain(NEW_KEY);

    await keys.getByRole('button', { name: 'Test' }).click();
    await expect(testResult).toHaveText(/^Key works: \d+ models? available$/);
    const listed = fake.requests.filter((request) => request.path.startsWith('/v1/models'));
    expect(listed.at(-1) && credentialOf(listed.at(-1)!)).toBe(NEW_KEY);

    await input.fill(INVALID_KEY);
    await input.press('Enter');
    await expect(status).toHaveText(`${stored} …alid`);
    await expect(testResult).toBeEmpty();
    await keys.getByRole('button', { name: 'Test' }).click();
    await expect(testResult).toContainText('Anthropic rejected this key (401)');

    await keys.getByRole('button', { name: 'Remove key' }).click();
    await expect(status).toHaveText('From ANTHROPIC_API_KEY …-key');
    await expect(keys.getByRole('button', { name: 'Remove key' })).toHaveCount(0);
    await expect(input).toBeFocused();
    await expect(keys.getByRole('button', { name: 'Save key' })).toBeVisible();
    await keys.getByRole('button', { name: 'Test' }).click();
    await expect(testResult).toHaveText(/^Key works/);
    expect(credentialOf(fake.requests.filter((request) => request.path.startsWith('/v1/models')).at(-1)!)).toBe(ENV_KEY);
    expect(await app.content()).not.toContain(INVALID_KEY);
  });

  test('OpenAI-compatible providers: presets, checks, add with and without a key, remove', async ({ app }, testInfo) => {
    await openSettings(app);
    const providers = section(app, 'OpenAI-compatible providers');
    const list = providers.getByRole('list', { name: 'Providers' });
    await expect(providers).toContainText('No providers yet');
    await expect(providers).toContainText('<id>/<model>');

    await providers.getByRole('button', { name: 'Add provider' }).click();
    await expect(providers.getByLabel('Provider id', { exact: true })).toBeFocused();
    await expect(providers.getByLabel('Provider id', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(providers).toContainText('Enter a full http:// or https:// URL');

    await providers.getByRole('button', { name: 'Ollama preset' }).click();
    await expect(providers.getByLabel('Base URL', { exact: true })).toHaveValue('http://localhost:11434/v1');
    await providers.getByLabel('Provider id', { exact: true }).fill('e2e-ollama');
    await providers.getByLabel('Name', { exact: true }).fill('E2E Ollama');
    await expect(providers).toContainText('Its models are addressed as e2e-ollama/<model>.');
    await providers.getByRole('button', { name: 'Add provider' }).click();
    const ollama = list.getByRole('listitem', { name: 'E2E Ollama' });
    await expect(ollama).toContainText('http://localhost:11434/v1');
    await expect(ollama).toContainText('Key: none');
    await expect(providers.getByRole('status', { name: 'Provider added' })).toHaveText('Added E2E Ollama. Its models are addressed as e2e-ollama/<model>.');
    await expect(providers.getByLabel('Provider id', { exact: true })).toHaveValue('');

    await providers.getByRole('button', { name: 'OpenRouter preset' }).click();
    await expect(providers.getByLabel('Base URL', { exact: true })).toHaveValue('https://openrouter.ai/api/v1');
    const providerKey = providers.getByLabel('API key', { exact: true });
    await expect(providerKey).toHaveAttribute('type', 'password');
    // A key the host refuses: the provider is saved, the alert says the key was not, and the form keeps everything.
    await providerKey.fill('sk-or-“e2e”');
    await providers.getByRole('button', { name: 'Add provider' }).click();
    await expect(providers.getByRole('alert')).toContainText('OpenRouter was saved, but its key was not');
    const openRouter = list.getByRole('listitem', { name: 'OpenRouter' });
    await expect(openRouter).toContainText('Key: none');
    await expect(providerKey).toHaveValue('sk-or-“e2e”');
    await expect(providers.getByLabel('Provider id', { exact: true })).toHaveValue('openrouter');
    await expect(providers).toContainText('A provider with the id openrouter exists: adding replaces it.');
    await providerKey.fill('sk-or-e2e-5678');
    await providers.getByRole('button', { name: 'Add provider' }).click();
    await expect(providers.getByRole('alert')).toHaveCount(0);
    await expect(openRouter).toContainText(/Key: (Stored in the OS keychain|Kept for this session only) …5678/);
    expect(await app.content()).not.toContain('sk-or-e2e-5678');

    await section(app, 'Anthropic API key').getByRole('heading', { name: 'Anthropic API key' }).scrollIntoViewIfNeeded();
    await saveScreenshot(app, testInfo, 'settings');

    await providers.getByRole('button', { name: 'Remove OpenRouter' }).click();
    await expect(openRouter).toHaveCount(0);
    await expect(providers.getByRole('heading', { name: 'OpenAI-compatible providers' })).toBeFocused();
    await providers.getByRole('button', { name: 'Remove E2E Ollama' }).click();
    await expect(providers).toContainText('No providers yet');
  });

  test('local gateway: serve on a free port, answer /health, show and rotate the token, stop', async ({ app, fake }) => {
    const port = await freePort();
    await openSettings(app);
    const gateway = section(app, 'Local gateway');
    const status = gateway.getByRole('status', { name: 'Gateway status' });
    const serve = gateway.getByRole('checkbox', { name: 'Serve the local gateway' });
    await expect(status).toHaveText('Stopped.');
    await expect(gateway.getByLabel('Port', { exact: true })).toHaveValue('8787');

    await gateway.getByLabel('Port', { exact: true }).fill('80');
    await serve.click();
    await expect(gateway).toContainText('Pick a port from 1024 to 65535.');
    await expect(serve).not.toBeChecked();

    await gateway.getByLabel('Port', { exact: true }).fill(String(port));
    await serve.check();
    await expect(status).toContainText(new RegExp(`running at http://127\\.0\\.0\\.1:${port}`, 'i'));
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);

    await gateway.getByRole('button', { name: 'Show token' }).click();
    const tokenField = gateway.getByRole('textbox', { name: 'Gateway token' });
    await expect(tokenField).toHaveValue(/^duet-[A-Za-z0-9_-]{20,}$/);
    await expect(tokenField).toHaveAttribute('readonly', '');
    const token = await tokenField.inputValue();
    await expect(gateway.getByRole('button', { name: 'Copy token' })).toBeVisible();

    // The token stands for the stored key: the fake sees the environment key, never the token.
    fake.reset();
    expect((await fetch(`http://127.0.0.1:${port}/v1/models`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    expect(credentialOf(fake.requests.at(-1)!)).toBe(ENV_KEY);

    // Rotating asks first; Cancel changes nothing.
    await gateway.getByRole('button', { name: 'Rotate token' }).click();
    await expect(gateway.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await gateway.getByRole('button', { name: 'Cancel' }).click();
    await expect(gateway.getByRole('button', { name: 'Rotate token' })).toBeFocused();
    await expect(tokenField).toHaveValue(token);
    await gateway.getByRole('button', { name: 'Rotate token' }).click();
    await expect(gateway).toContainText('Every client using the current token stops working');
    await gateway.getByRole('button', { name: 'Rotate now' }).click();
    await expect(tokenField).not.toHaveValue(token);
    await expect(tokenField).toHaveValue(/^duet-/);
    await expect(status).toContainText(`127.0.0.1:${port}`);
    const rotated = await tokenField.inputValue();
    fake.reset();
    await fetch(`http://127.0.0.1:${port}/v1/models`, { headers: { authorization: `Bearer ${rotated}` } });
    expect(credentialOf(fake.requests.at(-1)!)).toBe(ENV_KEY);

    // Hidden again once Settings closes.
    await app.keyboard.press('Escape');
    await openSettings(app);
    await expect(gateway.getByRole('textbox', { name: 'Gateway token' })).toHaveCount(0);
    await expect(gateway.getByRole('button', { name: 'Show token' })).toBeVisible();

    await serve.uncheck();
    await expect(status).toHaveText('Stopped.');
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });

  test('keyboard: Tab reaches every control and stays inside the dialog', async ({ app }) => {
    await app.keyboard.press('Control+Comma');
    await expect(dialog(app)).toBeVisible();
    await app.keyboard.type('sk-ant-typed-not-saved');
    const start = await focusedName(app);
    expect(start.name).toBe('Anthropic API key');

    const seen: string[] = [];
    for (let step = 0; step < 60; step++) {
      await app.keyboard.press('Tab');
      const focused = await focusedName(app);
      expect(focused.inDialog, `Tab ${step + 1} left the dialog (focus on "${focused.name}")`).toBe(true);
      if (focused.name === start.name) break;
      seen.push(focused.name);
    }
    for (const control of [
      'Save key',
      'Test',
      'OpenAI preset',
      'Ollama preset',
      'OpenRouter preset',
      'Provider id',
      'Name',
      'Base URL',
      'API key',
      'Add provider',
      'Serve the local gateway',
      'Port',
      'Show token',
      'Rotate token',
      'Close settings',
    ]) {
      expect(seen, `Tab never reached "${control}"`).toContain(control);
    }

    await app.keyboard.press('Shift+Tab');
    expect((await focusedName(app)).inDialog).toBe(true);
    await app.keyboard.press('Escape');
    await expect(dialog(app)).toBeHidden();
    // Nothing typed into the key field was sent anywhere, and it is gone with the dialog.
    await app.keyboard.press('Control+Comma');
    await expect(dialog(app).getByRole('textbox', { name: 'Anthropic API key', exact: true })).toHaveValue('');
  });

  test('Esc inside Settings closes the dialog and leaves a running answer alone', async ({ app }) => {
    await typeInto(app, 'User message', 'scenario:slow settings during a run');
    await app.keyboard.press('Control+Enter');
    await expect(answer(app).getByTestId('answer-text')).toContainText('word2');

    await app.keyboard.press('Control+Comma');
    await expect(dialog(app)).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(dialog(app)).toBeHidden();
    await expect(app.getByRole('button', { name: 'Stop' })).toBeEnabled();
    await expect(answer(app).getByTestId('answer-text')).toContainText('word6');

    // Back in the app, Esc stops the run as before.
    await app.keyboard.press('Escape');
    await expect(answer(app)).toContainText('Incomplete answer (stopped)');
  });
});
