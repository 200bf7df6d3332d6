import type { Page } from '@playwright/test';
import { makePdf } from '../../electron/services/attachments/test-files';
import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';
import { saveScreenshot } from '../fixtures/screenshot';

/** Each page says what the fake's `citations` scenario quotes from it, so the quote can be found on the page. */
const PDF = { name: 'report.pdf', mimeType: 'application/pdf', buffer: makePdf({ pages: 3, pageText: (page) => `Text of page ${page} of the PDF.` }) };

/** Attaches the 3-page PDF with citations on and a title, asks a cited question and waits for the answer. */
async function askAboutPdf(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach file' }).click();
  await (await chooser).setFiles([PDF]);
  await page.getByRole('checkbox', { name: 'Citations for report.pdf' }).check();
  await page.getByRole('textbox', { name: 'Title for report.pdf' }).fill('Quarterly report');
  await typeInto(page, 'User message', 'What does it say? scenario:citations');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(answer(page).getByLabel('Run details')).toContainText('finished');
}

const marker = (page: Page, n: number) => answer(page).getByTestId('answer-text').getByRole('button', { name: `Citation ${n}` });
const source = (page: Page) => answer(page).getByRole('region', { name: 'Source' });

/** Pixels of the canvas that are not white: the page was drawn, not just cleared. */
async function inkedPixels(page: Page, name: string): Promise<number> {
  const canvas = source(page).getByRole('img', { name });
  return canvas.evaluate((element) => {
    const node = element as unknown as { getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }; width: number; height: number };
    const { data } = node.getContext('2d').getImageData(0, 0, node.width, node.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200 || (data[i + 2] ?? 255) < 200) inked += 1;
    return inked;
  });
}

/** pdf.js is fetched and parsed (about 2 MB of script, and its worker) on the first page shown; a busy machine needs a while. */
const PDF_JS_LOAD = { timeout: 30_000 };

test.describe('citation sources', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a marker opens the cited PDF page beside the answer; Esc closes it', async ({ app }, testInfo) => {
    await askAboutPdf(app);
    await marker(app, 1).click();
    const panel = source(app);
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('Quarterly report');
    await expect(panel).toContainText('Page 1 of 3', PDF_JS_LOAD);
    await expect(panel.getByRole('blockquote')).toHaveText('Text of page 1 of the PDF.');
    const canvas = panel.getByRole('img', { name: 'Page 1 of Quarterly report' });
    await expect(canvas).toHaveAttribute('data-rendered', '1', PDF_JS_LOAD);
    expect(await inkedPixels(app, 'Page 1 of Quarterly report')).toBeGreaterThan(50);
    await expect(panel).toContainText('The quoted passage is highlighted on the page.');
    await expect(panel.getByTestId('page-highlight')).toHaveCount(1);
    // The list item of the opened citation is the current one.
    await expect(answer(app).getByRole('complementary', { name: 'Citations' }).getByRole('listitem').nth(0)).toHaveAttribute('aria-current', 'true');
    await saveScreenshot(app, testInfo, 'citation-source');

    await app.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(marker(app, 1)).toBeFocused();
  });

  test('a list item opens its page; the close button closes it', async ({ app }) => {
    await askAboutPdf(app);
    await answer(app).getByRole('button', { name: 'Show citation 2' }).click();
    await expect(source(app)).toContainText('Page 2 of 3', PDF_JS_LOAD);
    await expect(source(app).getByRole('blockquote')).toHaveText('Text of page 2 of the PDF.');
    await expect(source(app).getByRole('img', { name: 'Page 2 of Quarterly report' })).toHaveAttribute('data-rendered', '2', PDF_JS_LOAD);
    await source(app).getByRole('button', { name: 'Close source' }).click();
    await expect(source(app)).toBeHidden();
  });

  test('without a document in the request, shows the quoted passage and its range', async ({ app }) => {
    await typeInto(app, 'User message', 'What does it say? scenario:citations');
    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished');
    await marker(app, 2).click();
    await expect(source(app)).toContainText("not in this run's request");
    await expect(source(app).getByRole('blockquote')).toHaveText('The sky is blue.');
    await expect(source(app)).toContainText(/characters \d+–\d+/);
  });

  for (const [problem, reply, message] of [
    [
      'the attachment is gone',
      { ok: false, error: { code: 'not_found', message: "Attachment 0123… is not in Duet's attachment store (it may have been deleted). Attach the file again.", retryable: false } },
      /not in Duet's attachment store/,
    ],
    ['the PDF is damaged', { ok: true, value: { mime: 'application/pdf', base64: Buffer.from('%PDF-1.7 this is not a real PDF').toString('base64') } }, /damaged or not a PDF/],
  ] as const) {
    test(`says so in the panel when ${problem}, and the answer stays`, async ({ app, host }) => {
      // Web host only: the failing reply is injected by intercepting the HTTP contract, and Electron's IPC cannot be intercepted from the page.
      test.skip(host !== 'web', 'the host reply is replaced over HTTP, which only the web host uses');
      await app.route('**/api/invoke/attachments.read', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(reply) }));
      await askAboutPdf(app);
      await marker(app, 1).click();
      await expect(source(app).getByRole('alert')).toHaveText(message, PDF_JS_LOAD);
      await expect(source(app).getByRole('blockquote')).toHaveText('Text of page 1 of the PDF.');
      await expect(answer(app).getByTestId('answer-text')).toContainText('According to the document');
    });
  }
});
