import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePromptFile, serializePromptFile } from '../../../../shared/prompt-file';
import type { PromptFile } from '../../../../shared/prompt-file';
import type { AttachmentRef } from '../../../../shared/chat/attachment';
import { installMemoryLocalStorage } from '../../lib/memory-local-storage';

const saved = installMemoryLocalStorage();

/** Fresh stores for each test, as a first start of the app has them. */
async function startApp() {
  vi.resetModules();
  return {
    file: await import('./workspace-file'),
    shared: (await import('../pane/store')).usePaneStore,
    panes: (await import('../compare/panes-store')).usePanesStore,
    prompt: await import('../compare/pane-prompt'),
    params: (await import('../params/store')).useParamsStore,
  };
}
type App = Awaited<ReturnType<typeof startApp>>;

const image: AttachmentRef = { id: 'a'.repeat(64), name: 'chart.png', mime: 'image/png', size: 2048 };
const pdf: AttachmentRef = { id: 'b'.repeat(64), name: 'q3 "final".pdf', mime: 'application/pdf', size: 90_000, pages: 4, citations: true, title: 'Q3', context: 'Board copy\nsecond line' };
const tools = JSON.stringify([{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }], null, 2);

/** Three panes: the shared prompt with every kind of message, a fork, tools, thinking, attachments and values. */
function buildWorkspace({ shared, panes, prompt, params }: App): string[] {
  shared.getState().updateShared(() => ({
    system: 'You are {{persona}}.\n',
    systemCache: '1h',
    messages: [
      { id: 'u1', role: 'user', text: 'Compare the chart with the report.', attachments: [image, pdf], cache: '5m' },
      {
        id: 'a1',
        role: 'assistant',
        text: '',
        attachments: [],
        thinkingBlocks: [{ type: 'thinking', thinking: 'Check the city.', signature: 'sig==' }, { type: 'redacted_thinking', data: 'xyz' }],
        toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }],
      },
      { id: 't1', role: 'tool', toolCallId: 'toolu_1', toolName: 'get_weather', text: '{"temp": -3}', isError: false },
      { id: 't2', role: 'tool', toolCallId: 'toolu_2', toolName: 'get_weather', text: 'no such city', isError: true, cache: '5m' },
      { id: 'u2', role: 'user', text: '  And {{city}}?  \n\n', attachments: [] },
      { id: 'a2', role: 'assistant', text: 'Prefill', attachments: [] },
    ],
    values: { persona: 'a "careful" analyst', city: '' },
  }));
  const second = panes.getState().addPane();
  const third = panes.getState().addPane();
  if (!second || !third) throw new Error('panes not added');
  params.getState().update('main', { toolsJson: tools, toolChoice: 'tool', toolChoiceName: 'get_weather', thinking: 'budget', budgetTokens: 3000, cacheTtl: '5m', temperature: 0.4, stop: ['END', '\n\n'] });
  prompt.promptActions(second).setModel('openrouter/meta-llama/llama-3.1-70b');
  panes.getState().forkPane(second, shared.getState());
  prompt.promptActions(second).setSystem('Forked system');
  prompt.promptActions(second).setValue('city', 'Bergen');
  params.getState().update(second, { toolsJson: '[{"name": "compact"}', topP: 0.8, parallelToolCalls: false });
  prompt.promptActions(third).setModel('claude-opus-4-1');
  params.getState().update(third, { thinking: 'adaptive', effort: 'high', schemaJson: JSON.stringify({ type: 'object' }, null, 2), schemaName: 'note', maxTokens: 900 });
  panes.getState().setLayout('rows');
  return ['main', second, third];
}

function reparsed(file: PromptFile): PromptFile {
  const result = parsePromptFile(serializePromptFile(file));
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  return result.file;
}

describe('workspace ⇄ prompt file', () => {
  beforeEach(() => saved.clear());

  it('capture → serialize → parse → apply → capture is the same file (3 panes, fork, tools, thinking, attachments, values)', async () => {
    const app = await startApp();
    const ids = buildWorkspace(app);
    const before = app.prompt.effectivePrompt(ids[1] ?? '');
    const captured = app.file.captureWorkspace('compare');

    const fresh = await startApp();
    fresh.file.applyWorkspace(reparsed(captured));
    expect(fresh.file.captureWorkspace('compare')).toEqual(captured);

    const order = fresh.panes.getState().order;
    expect(order).toHaveLength(3);
    expect(fresh.panes.getState().layout).toBe('rows');
    const forked = fresh.prompt.effectivePrompt(order[1] ?? '');
    const withoutIds = (prompt: typeof before) => ({ ...prompt, messages: prompt.messages.map(({ id: _id, ...rest }) => rest) });
    expect(withoutIds(forked)).toEqual(withoutIds(before));
    expect(fresh.params.getState().byPane[order[1] ?? '']).toMatchObject({ toolsJson: '[{"name": "compact"}', topP: 0.8, parallelToolCalls: false });
    expect(fresh.shared.getState().messages[0]).toMatchObject({ attachments: [image, pdf], cache: '5m' });
  });

  it('writes the workspace as text that reads back, and loads text into it', async () => {
    const app = await startApp();
    buildWorkspace(app);
    const text = app.file.workspaceToPromptText('compare');
    expect(text).toMatch(/^---\nname: compare\nmodel: /);
    expect(text).toContain(`{{media url="sha256:${pdf.id}" contentType="application/pdf" name="q3 \\"final\\".pdf"`);

    const fresh = await startApp();
    expect(fresh.file.applyPromptText(text)).toEqual({ ok: true });
    expect(fresh.file.workspaceToPromptText('compare')).toBe(text);
  });

  it('changes nothing when the text does not parse, and says where', async () => {
    const app = await startApp();
    buildWorkspace(app);
    const before = app.file.workspaceToPromptText();
    const result = app.file.applyPromptText('---\nname: x\n---\n{{role "bot"}}\nHi\n');
    expect(result).toEqual({ ok: false, error: { message: expect.stringMatching(/Unknown role "bot"/), line: 4, column: 8 } });
    expect(app.file.workspaceToPromptText()).toBe(before);
  });

  it('keeps what a hand-written Dotprompt file holds that Duet has no place for', async () => {
    const upstream = [
      '---',
      'model: googleai/gemini-2.0-flash',
      'description: Greets',
      'config:',
      '  temperature: 0.9',
      '  safetySettings: [{ category: HATE, threshold: HIGH }]',
      'input:',
      '  schema: { name: string, count?: integer }',
      '  default: { name: Ada, count: 3 }',
      'output: { format: json, schema: { greeting: string } }',
      'toolDefs:',
      '  - name: lookup',
      '    inputSchema: { type: object }',
      'metadata: { owner: growth }',
      'myco.reviewed: true',
      'duet.betas: [files-api-2025-04-14]',
      'duet.panes: [{ model: other-model, config: { topP: 0.5, vendorKnob: 7 } }]',
      '---',
      'Hello {{name}}',
      '',
    ].join('\n');
    const app = await startApp();
    expect(app.file.applyPromptText(upstream)).toEqual({ ok: true });
    expect(app.params.getState().byPane.main).toMatchObject({ temperature: 0.9, toolsJson: expect.stringContaining('"input_schema"') });
    expect(app.shared.getState().values).toEqual({ name: 'Ada', count: '3' });
    expect(app.file.workspaceToPromptText()).toBe(serializePromptFile(reparsed(parsedOk(upstream))));

    app.params.getState().update('main', { temperature: 0.1 });
    app.file.applyPromptText(app.file.workspaceToPromptText());
    expect(app.file.captureWorkspace()).toMatchObject({
      config: { temperature: 0.1, safetySettings: [{ category: 'HATE', threshold: 'HIGH' }] },
      ext: { myco: { reviewed: true } },
      duet: { betas: ['files-api-2025-04-14'], panes: [{ model: 'other-model', config: { topP: 0.5, vendorKnob: 7 } }] },
    });
  });
});

function parsedOk(text: string): PromptFile {
  const result = parsePromptFile(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.file;
}

describe('the kept file base', () => {
  beforeEach(() => saved.clear());

  it('survives a restart, and an unreadable one in storage is ignored', async () => {
    const first = await startApp();
    first.file.applyPromptText('---\ndescription: kept\nacme.flag: 1\n---\nHi\n');
    const again = await startApp();
    expect(again.file.captureWorkspace()).toMatchObject({ description: 'kept', ext: { acme: { flag: 1 } } });

    saved.set('duet.library.file-base.v1', JSON.stringify({ state: { base: { duet: 'nonsense' } }, version: 1 }));
    const broken = await startApp();
    expect(broken.file.workspaceToPromptText()).toMatch(/^---\nmodel: [^\n]+\n---\nHi\n$/);
  });
});
