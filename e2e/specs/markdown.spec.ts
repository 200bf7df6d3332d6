import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';

/** The little of the browser's globals these checks touch (the e2e project has no DOM lib). */
interface BrowserGlobals {
  __pwned?: unknown;
  __cspViolations?: string[];
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
}

interface InspectedElement {
  getAttributeNames(): string[];
  querySelectorAll(selector: string): ArrayLike<InspectedElement>;
}

/** Page errors, CSP violations and requests leaving the machine, collected from before the run starts. */
async function watchPage(page: Page) {
  const pageErrors: string[] = [];
  const cspMessages: string[] = [];
  const outsideRequests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) cspMessages.push(message.text());
  });
  page.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') outsideRequests.push(request.url());
  });
  await page.evaluate(() => {
    const globals = globalThis as unknown as BrowserGlobals;
    const seen: string[] = [];
    globals.__cspViolations = seen;
    globals.document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const cspViolations = () => page.evaluate(() => (globalThis as unknown as BrowserGlobals).__cspViolations);
  return { pageErrors, cspMessages, outsideRequests, cspViolations };
}

test.describe('markdown answers', () => {
  test('render markdown from hostile model output without running or loading any of it', async ({ app }) => {
    const watched = await watchPage(app);
    await typeInto(app, 'User message', 'Show me markdown scenario:hostile_markdown');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished (stop)');

    const text = answer(app).getByTestId('answer-text');
    expect(await app.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned)).toBeUndefined();

    // Nothing executable or loadable made it into the DOM.
    await expect(text.locator('script, iframe, style, img, object, embed, link, meta')).toHaveCount(0);
    await expect(text.locator('a[href^="javascript:" i]')).toHaveCount(0);
    const handlerAttributes = await text.evaluate((root) => {
      const element = root as unknown as InspectedElement;
      return [element, ...Array.from(element.querySelectorAll('*'))].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      );
    });
    expect(handlerAttributes).toEqual([]);

    // Raw HTML is shown as escaped text, not dropped: the user sees what the model sent.
    await expect(text).toContainText('<script>window.__pwned=1</script>');
    await expect(text).toContainText('<iframe src="https://example.com"></iframe>');

    // The one safe link is a real link that opens elsewhere without an opener.
    const links = text.getByRole('link');
    await expect(links).toHaveCount(1);
    const safe = text.getByRole('link', { name: 'safe link' });
    await expect(safe).toHaveAttribute('href', 'https://example.com');
    await expect(safe).toHaveAttribute('rel', /noopener/);
    await expect(safe).toHaveAttribute('target', '_blank');
    // The javascript: markdown link survives only as its text.
    await expect(text.locator('.md-link-removed')).toHaveText('click');
    // The image is not loaded; its alt text and URL show instead.
    await expect(text).toContainText('[image: alt (https://example.com/track.png)]');

    // The ordinary markdown renders as elements.
    await expect(text.getByRole('heading', { level: 1, name: 'Hostile markdown' })).toBeVisible();
    await expect(text.locator('strong')).toHaveText('bold');
    await expect(text.getByRole('list').getByRole('listitem')).toHaveText(['first item', 'second item']);
    await expect(text.getByRole('table').getByRole('cell', { name: 'alpha' })).toBeVisible();
    await expect(text.locator('pre > code.language-ts')).toContainText('const answer: number = 42;');
    // The hostile <style> is text, so the page is still displayed.
    await expect(app.locator('body')).toBeVisible();

    expect(watched.pageErrors).toEqual([]);
    expect(watched.cspMessages).toEqual([]);
    expect(await watched.cspViolations()).toEqual([]);
    expect(watched.outsideRequests).toEqual([]);
  });
});
