import { expect, test } from '../fixtures/duet';
import { answer, typeInto } from '../fixtures/pane';
import { LONG_MARKDOWN_PARTS } from '../fake-anthropic/long-markdown';

/** The little of the DOM these checks touch (the e2e project has no DOM lib). */
interface Box {
  top: number;
  bottom: number;
}
interface ScrollingAnswer {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
  getBoundingClientRect(): Box;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; getBoundingClientRect(): Box }>;
}

test.describe('long answers', () => {
  test('stream a long answer below the reader without moving them, then show every part when scrolled to', async ({ app }) => {
    await typeInto(app, 'User message', 'A long answer please scenario:long_markdown');
    await app.getByRole('button', { name: 'Run' }).click();
    const region = answer(app);
    await expect(region.getByRole('heading', { name: 'Part 1', exact: true })).toBeVisible();

    // While it streams, the growing end far below is not laid out; the scroll height still grows, and the reader stays at the top.
    const scroll = () => region.evaluate((element) => ({ top: (element as unknown as ScrollingAnswer).scrollTop, height: (element as unknown as ScrollingAnswer).scrollHeight }));
    const start = await scroll();
    await expect(region.locator('.md-tail-far')).toHaveCount(1);
    await expect.poll(async () => (await scroll()).height).toBeGreaterThan(start.height + 5000);
    expect((await scroll()).top).toBe(0);
    await expect(region.getByRole('heading', { name: 'Part 1', exact: true })).toBeVisible();
    await expect(region.getByLabel('Run details')).toContainText('finished (stop)');

    // Scrolled through a viewport at a time, every position shows text (a part's heading), never a blank, and every part comes by.
    const seen = new Set<number>();
    const headingsInView = () =>
      region.evaluate((element) => {
        const box = element as unknown as ScrollingAnswer;
        const view = box.getBoundingClientRect();
        const inView = Array.from(box.querySelectorAll('h2')).filter((heading) => {
          const rect = heading.getBoundingClientRect();
          return rect.bottom > view.top && rect.top < view.bottom;
        });
        return { parts: inView.map((heading) => Number(/^Part (\d+)$/.exec(heading.textContent ?? '')?.[1])), atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 2 };
      });
    for (let step = 0; step < 1000; step++) {
      await expect.poll(async () => (await headingsInView()).parts.length, { message: `headings in view after ${step} scrolls` }).toBeGreaterThan(0);
      const { parts, atEnd } = await headingsInView();
      for (const part of parts) seen.add(part);
      if (atEnd) break;
      await region.evaluate((element) => {
        const box = element as unknown as ScrollingAnswer;
        box.scrollTop += Math.floor(box.clientHeight * 0.8);
      });
    }
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: LONG_MARKDOWN_PARTS }, (_, i) => i + 1));
    await expect(region.getByText('End of the long answer.')).toBeVisible();
  });
});
