import { PromptEditor } from '../editor/PromptEditor';
import { useRun, useRunsStore } from '../runs/store';
import { buildRequest } from './build-request';
import { Answer } from './Answer';
import { useModelEntries } from '../models/queries';
import { usePaneStore } from './store';

export const MAIN_PANE = 'main';

export function runMainPane(): void {
  const prompt = usePaneStore.getState();
  if (prompt.user.trim() === '') return;
  void useRunsStore.getState().start(MAIN_PANE, buildRequest(prompt));
}

export function stopMainPane(): void {
  void useRunsStore.getState().stop(MAIN_PANE);
}

/** One prompt and its answer: system prompt, user message, model, Run and Stop. */
export function Pane() {
  const { model, system, user, setModel, setSystem, setUser } = usePaneStore();
  const run = useRun(MAIN_PANE);
  const { entries } = useModelEntries();
  const running = run.status === 'running';
  const known = entries.some((entry) => entry.id === model);

  return (
    <main className="pane">
      <div className="pane-toolbar" role="toolbar" aria-label="Run controls">
        <label className="model-picker">
          <span>Model</span>
          <select value={model} onChange={(event) => setModel(event.target.value)} aria-label="Model">
            {!known && <option value={model}>{model}</option>}
            <optgroup label="Current models">
              {entries.filter((entry) => entry.known && entry.info.status === 'current').map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.displayName}
                </option>
              ))}
            </optgroup>
            <optgroup label="Older models">
              {entries.filter((entry) => entry.known && entry.info.status !== 'current').map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.displayName}
                </option>
              ))}
            </optgroup>
            {entries.some((entry) => !entry.known) && (
              <optgroup label="Listed by providers (capabilities unknown)">
                {entries.filter((entry) => !entry.known).map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.displayName} (capabilities unknown)
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <button type="button" className="primary" onClick={runMainPane} disabled={running || user.trim() === ''} title="Run (Ctrl+Enter)">
          Run
        </button>
        <button type="button" onClick={stopMainPane} disabled={!running} title="Stop (Esc)">
          Stop
        </button>
        {running && (
          <span className="streaming-indicator" role="status">
            Streaming…
          </span>
        )}
      </div>
      <div className="pane-body">
        <div className="pane-editors">
          <PromptEditor label="System prompt" value={system} onChange={setSystem} placeholder="Optional: how Claude should behave" height={140} />
          <PromptEditor label="User message" value={user} onChange={setUser} placeholder="Ask Claude something" height={260} />
        </div>
        <Answer run={run} />
      </div>
    </main>
  );
}
