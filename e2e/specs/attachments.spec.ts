import type { Page } from '@playwright/test';
import { makePdf, tinyPng, truncatedPdf } from '../../electron/services/attachments/test-files';
import { expect, test } from '../fixtures/duet';
import { saveScreenshot } from '../fixtures/screenshot';
import { answer, typeInto } from '../fixtures/pane';

const PNG = { name: 'diagram.png', mimeType: 'image/png', buffer: tinyPng() };
const PDF = { name: 'report.pdf', mimeType: 'application/pdf', buffer: makePdf({ pages: 3 }) };

async function choose(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Attach file' }).click();
  await (await chooser).setFiles(files);
}

/** The few browser APIs the page functions below use (this project is typed without the DOM). */
interface BrowserGlobals {
  DataTransfer: new () => { items: { add(file: File): void } };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown;
  document: { activeElement: { dispatchEvent(event: unknown): boolean } | null };
}

const chips = (page: Page) => page.getByRole('list', { name: 'Attached files' });

test.describe('attachments', () => {
  test('sends an image and a multi-page PDF as blocks in the user turn', async ({ app, fake }) => {
    await typeInto(app, 'User message', 'Compare these');
    await choose(app, [PNG, PDF]);
    await expect(chips(app).getByRole('listitem', { name: 'diagram.png' })).toContainText(/diagram\.png\s*1 KB/);
    const pdfChip = chips(app).getByRole('listitem', { name: 'report.pdf' });
    await expect(pdfChip).toContainText('3 pages');
    await expect(pdfChip).toContainText(/\d+ KB/);
    await app.getByRole('checkbox', { name: 'Citations for report.pdf' }).check();
    await app.getByRole('textbox', { name: 'Title for report.pdf' }).fill('Quarterly report');
    await app.getByRole('textbox', { name: 'Context for report.pdf' }).fill('Q3 2026');

    await app.getByRole('button', { name: 'Run' }).click();
    await expect(answer(app).getByLabel('Run details')).toContainText('finished');
    const sent = fake.requests.filter((request) => request.path === '/v1/messages').at(-1)?.body as { messages: { role: string; content: unknown }[] };
    expect(sent.messages.at(-1)).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Compare these' },
        { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG.buffer.toString('base64') } },
        {
          type: 'document',
          source: { type: 'base64', media_type: 'application/pdf', data: PDF.buffer.toString('base64') },
          citations: { enabled: true },
          title: 'Quarterly report',
          context: 'Q3 2026',
        },
      ],
    });
  });

  test('explains a refused file and keeps the prompt and the other chips', async ({ app }) => {
    await typeInto(app, 'User message', 'Keep me');
    await choose(app, [PNG]);
    await expect(chips(app).getByRole('listitem', { name: 'diagram.png' })).toBeVisible();
    const problems = app.getByRole('alert', { name: 'Attachment problems' });

    await choose(app, [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain words') }]);
    await expect(problems).toContainText('"notes.txt" is a text file; Duet attaches PNG, JPEG, GIF, WebP or PDF files.');
    await choose(app, [{ name: 'broken.pdf', mimeType: 'application/pdf', buffer: truncatedPdf() }]);
    await expect(problems).toContainText('"broken.pdf" cannot be read as a PDF');

    await expect(chips(app).getByRole('listitem')).toHaveCount(1);
    await expect(chips(app).getByRole('listitem', { name: 'diagram.png' })).toBeVisible();
    await expect(app.getByRole('textbox', { name: 'User message' })).toBeVisible();
    await expect(app.locator('.view-lines')).toContainText(['Keep me']);
  });

  test('removes a chip', async ({ app }) => {
    await choose(app, [PNG, PDF]);
    await expect(chips(app).getByRole('listitem')).toHaveCount(2);
    await app.getByRole('button', { name: 'Remove diagram.png' }).click();
    await expect(chips(app).getByRole('listitem')).toHaveCount(1);
    await expect(chips(app).getByRole('listitem', { name: 'report.pdf' })).toBeVisible();
  });

  test('adds a file dropped on the message area, showing it while the host reads it', async ({ app }) => {
    // Hold the upload back a little, so the reading state can be seen.
    await app.route('**/api/attachments?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const editor = app.getByRole('textbox', { name: 'User message' });
    await expect(editor).toBeVisible();
    const dataTransfer = await app.evaluateHandle((bytes) => {
      const { DataTransfer } = globalThis as unknown as BrowserGlobals;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
      return transfer;
    }, [...PNG.buffer]);
    await editor.dispatchEvent('drop', { dataTransfer });
    await expect(chips(app).getByRole('status')).toHaveText('Reading dropped.png…');
    await expect(chips(app).getByRole('listitem', { name: 'dropped.png' })).toContainText('1 KB');
  });

  test('adds an image pasted into the message', async ({ app }, testInfo) => {
    const editor = app.getByRole('textbox', { name: 'User message' });
    await editor.focus();
    await app.evaluate((bytes) => {
      const { DataTransfer, ClipboardEvent, document } = globalThis as unknown as BrowserGlobals;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
      document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, [...PNG.buffer]);
    await expect(chips(app).getByRole('listitem', { name: 'image.png' })).toBeVisible();
    await choose(app, [PDF]);
    await expect(chips(app).getByRole('listitem')).toHaveCount(2);
    await saveScreenshot(app, testInfo, 'attachments');
  });
});
