import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../../shared/contract';
import { HistoryList } from './HistoryList';

const at = new Date(2026, 11, 2, 3, 4, 5).getTime();
const run = (id: string, change: Partial<HistorySummary> = {}): HistorySummary => ({
  id,
  startedAt: at,
  model: 'claude-haiku-5-5',
  status: 'done',
  promptPreview: 'Tell me <b>about</b> foxes',
  answerPreview: '<img src=x onerror=alert(1)> Foxes are small.',
  group: 'group-0001',
  pane: 'pane-1',
  paneLabel: 'B',
  metrics: { durationMs: 1500, inputTokens: 10, outputTokens: 20 },
  ...change,
});
const render = (runs: HistorySummary[], filtered = false, total = runs.length) =>
  renderToStaticMarkup(<HistoryList runs={runs} total={total} filtered={filtered} hasMore={total > runs.length} loadingMore={false} onLoadMore={() => undefined} />);

describe('HistoryList', () => {
  it.each([
    [false, 'No runs yet. Every run is recorded here once it ends.'],
    [true, 'No run matches these filters.'],
  ])('says why the list is empty (filtered: %s)', (filtered, text) => {
    expect(render([], filtered)).toContain(text);
  });

  it('names each row’s checkbox after its run and shows the previews as text, never as markup', () => {
    const html = render([run('run-0001'), run('run-0002', { status: 'error', paneLabel: undefined, model: 'claude-opus-5-5' })]);
    expect(html).toContain('aria-label="Select Run B · claude-haiku-5-5 · 2026-12-02 03:04:05"');
    expect(html).toContain('aria-label="Select Run · claude-opus-5-5 · 2026-12-02 03:04:05"');
    expect(html).toContain('Tell me &lt;b&gt;about&lt;/b&gt; foxes');
    expect(html).not.toContain('<img');
    expect(html).toContain('1.5 s · 10 in / 20 out');
    expect(html).toContain('failed');
    expect(html).not.toContain('Load more');
  });

  it('offers Load more, and the count, when more runs match than are shown', () => {
    const html = render([run('run-0001')], false, 3);
    expect(html).toContain('Showing 1 of 3 runs');
    expect(html).toContain('Load more');
  });
});
