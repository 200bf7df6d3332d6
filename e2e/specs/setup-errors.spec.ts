import { expect, test } from '../fixtures/duet';
import { startWebHostProcess } from '../fixtures/hosts';
import { alert, typeInto } from '../fixtures/pane';
import { closedPort } from '../fixtures/closed-port';

/**
 * Hosts started in a broken setup (no key, upstream unreachable). Each starts its
 * own web host, so these run in the web project only.
 */
test.describe('a host set up wrongly says what to do', () => {
  // Skipped in the Electron project: each spec here launches its own web host with a broken environment.
  test.skip(({ host }) => host !== 'web', 'These specs start their own web host with a different environment.');

  test('without a key: onboarding note, and Run explains the missing key', async ({ fake, playwright }, testInfo) => {
    fake.reset();
    const webHost = await startWebHostProcess(fake.url, { apiKey: null });
    const browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
    try {
      const page = await browser.newPage();
      await page.goto(webHost.url);
      await expect(page.getByRole('note')).toContainText('Add your Anthropic API key');
      await typeInto(page, 'User message', 'Hello?');
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(alert(page)).toContainText('No Anthropic API key');
      expect(fake.requests.filter((request) => request.path === '/v1/messages')).toHaveLength(0);
      // No key means no live list, which is not a failure to report.
      await expect(page.getByRole('button', { name: 'Retry model list' })).toHaveCount(0);
    } finally {
      await browser.close();
      await webHost.stop();
    }
  });

  test('with Anthropic unreachable: a network error, and the prompt stays', async ({ playwright }, testInfo) => {
    const webHost = await startWebHostProcess(`http://127.0.0.1:${await closedPort()}`);
    const browser = await playwright.chromium.launch(testInfo.project.use.launchOptions);
    try {
      const page = await browser.newPage();
      await page.goto(webHost.url);
      await typeInto(page, 'User message', 'Anyone there?');
      await page.getByRole('button', { name: 'Run' }).click();
      await expect(alert(page)).toContainText('Network error');
      // Only the catalog is offered: the picker says why, and asks again on request.
      const retryList = page.getByRole('button', { name: 'Retry model list' });
      await expect(retryList).toHaveAttribute('title', /^anthropic: .*(connect|network|reach)/i);
      await retryList.click();
      await expect(retryList).toBeVisible();
      await expect(page.locator('.prompt-editor').filter({ hasText: 'User message' })).toContainText('Anyone there?');
    } finally {
      await browser.close();
      await webHost.stop();
    }
  });
});
