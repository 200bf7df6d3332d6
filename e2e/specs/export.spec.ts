import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { tinyPng } from '../../electron/services/attachments/test-files';
import { typeInto } from '../fixtures/pane';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Get code' });
const code = (page: Page) => dialog(page).getByLabel('Code', { exact: true });

const FLAVOURS = [
  ['Anthropic · cURL', 'ANTHROPIC_API_KEY'],
  ['Anthropic · Python', 'ANTHROPIC_API_KEY'],
  ['Anthropic · TypeScript', 'ANTHROPIC_API_KEY'],
  ['OpenAI SDK · Python (Duet gateway)', 'DUET_GATEWAY_TOKEN'],
  ['OpenAI SDK · TypeScript (Duet gateway)', 'DUET_GATEWAY_TOKEN'],
  ['cURL (Duet gateway)', 'DUET_GATEWAY_TOKEN'],
] as const;

test.describe('Get code', () => {
  test('shows each flavour with the model and the variable to set, follows the options, copies, and closes on Esc', async ({ app }, testInfo) => {
    await typeInto(app, 'User message', 'Export me');
    const button = app.getByRole('button', { name: 'Get code' });
    await button.click();
    await expect(dialog(app)).toBeVisible();

    for (const [tab, envVar] of FLAVOURS) {
      await dialog(app).getByRole('tab', { name: tab, exact: true }).click();
      await expect(dialog(app).getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expect(code(app)).toContainText('claude-sonnet-5-5');
      await expect(code(app)).toContainText('Export me');
      await expect(code(app)).toContainText(envVar);
      await expect(dialog(app).getByRole('tabpanel')).toContainText(`Set ${envVar} in your environment`);
    }
    await expect(code(app)).not.toContainText('sk-ant-');

    // Arrow keys move between the tabs.
    await dialog(app).getByRole('tab', { name: 'cURL (Duet gateway)' }).press('Home');
    await expect(dialog(app).getByRole('tab', { name: 'Anthropic · cURL' })).toBeFocused();
    await expect(code(app)).toContainText('"stream": true');
    await dialog(app).getByRole('checkbox', { name: 'Streaming' }).uncheck();
    await expect(code(app)).toContainText('"stream": false');
    await expect(code(app)).not.toContainText('curl -sSN');

    if (testInfo.project.name === 'web') await app.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog(app).getByRole('button', { name: 'Copy' }).click();
    await expect(dialog(app).getByRole('status')).toHaveText('Copied');
    if (testInfo.project.name === 'web') {
      const copied = String(await app.evaluate('navigator.clipboard.readText()'));
      expect(copied).toBe(await code(app).textContent());
      expect(copied).toContain('"stream": false');
    }

    const download = app.waitForEvent('download');
    await dialog(app).getByRole('button', { name: 'Save…' }).click();
    expect((await download).suggestedFilename()).toBe('anthropic-request.sh');

    await app.keyboard.press('Escape');
    await expect(dialog(app)).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('keeps the template as a function of its variables when asked', async ({ app }) => {
    await typeInto(app, 'User message', 'On {{topic}}');
    await app.getByRole('region', { name: 'Variables' }).getByRole('textbox', { name: 'topic', exact: true }).fill('otters');
    await app.getByRole('button', { name: 'Get code' }).click();
    await dialog(app).getByRole('tab', { name: 'Anthropic · Python' }).click();
    await expect(code(app)).toContainText('On otters');
    await dialog(app).getByRole('checkbox', { name: 'Keep template variables' }).check();
    await expect(code(app)).toContainText('render("On {{topic}}")');
    await expect(code(app)).toContainText('"topic": "otters"');
  });

  test('reads attachments from their stored files, or inlines them as base64', async ({ app }) => {
    await typeInto(app, 'User message', 'See');
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Attach file' }).click();
    await (await chooser).setFiles([{ name: 'dot.png', mimeType: 'image/png', buffer: tinyPng() }]);
    await expect(app.getByRole('list', { name: 'Attached files' }).getByRole('listitem', { name: 'dot.png' })).toBeVisible();

    await app.getByRole('button', { name: 'Get code' }).click();
    await expect(dialog(app).getByRole('radio', { name: 'Read from file paths' })).toBeChecked();
    await expect(code(app)).toContainText("base64 < '");
    await expect(dialog(app).getByRole('tabpanel')).toContainText('Reads dot.png');
    await dialog(app).getByRole('radio', { name: 'Inline attachments as base64' }).check();
    await expect(code(app)).toContainText(tinyPng().toString('base64'));
    await expect(dialog(app).getByRole('tabpanel')).toContainText('The attachments are inlined as');
  });

  test('says why a pane that cannot send has no code', async ({ app }) => {
    await typeInto(app, 'User message', 'Hi {{name}}');
    await app.getByRole('button', { name: 'Get code' }).click();
    await expect(dialog(app).getByRole('alert', { name: 'No code' })).toContainText('Missing variable: name');
    await expect(code(app)).toHaveCount(0);
    await dialog(app).getByRole('button', { name: 'Close Get code' }).click();
    await expect(dialog(app)).toHaveCount(0);
  });
});
