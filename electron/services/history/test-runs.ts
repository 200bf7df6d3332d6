import type { HistoryRun } from '../../../shared/contract';

/** A recorded run for tests: a user prompt, an answer, and whatever the case overrides. */
export function sampleRun(overrides: Partial<HistoryRun> & { id: string }, prompt = 'Tell me about owls'): HistoryRun {
  const answer = overrides.answer ?? `An answer about ${prompt}`;
  return {
    startedAt: 1_700_000_000_000,
    model: 'claude-sonnet-5-5',
    status: 'done',
    promptPreview: prompt,
    answerPreview: answer,
    group: `group-${overrides.id}`,
    pane: 'pane-1',
    paneLabel: 'A',
    metrics: { ttftMs: 120, durationMs: 900, inputTokens: 10, outputTokens: 20 },
    request: { model: overrides.model ?? 'claude-sonnet-5-5', messages: [{ role: 'system', content: 'You are terse.' }, { role: 'user', content: prompt }] },
    answer,
    ...overrides,
  };
}

/** A user message that refers to stored attachments. */
export function withAttachments(run: HistoryRun, ids: string[]): HistoryRun {
  const parts = ids.map((id) => ({ type: 'duet_attachment' as const, attachment: { id, name: `${id.slice(0, 4)}.png` } }));
  return { ...run, request: { ...run.request, messages: [{ role: 'user', content: [{ type: 'text', text: run.promptPreview }, ...parts] }] } };
}

/** The kill test's runs: large enough (≈60 KB) that a kill often lands mid-write, and rebuilt exactly from the index. */
export function killTestRun(index: number): HistoryRun {
  const id = `run_kill_${String(index).padStart(6, '0')}`;
  return sampleRun({ id, startedAt: 1_700_000_000_000 + index, answer: `answer ${index} `.repeat(2000), snapshot: JSON.stringify({ index, filler: 'x'.repeat(30_000) }) });
}
