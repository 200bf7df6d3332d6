import { PromptEditor } from '../editor/PromptEditor';
import { useRun, useRunsStore } from '../runs/store';
import { buildRequest, describeBlocked } from './build-request';
import { Answer } from './Answer';
import { useModelEntries } from '../models/queries';
import { usePaneStore } from './store';
import { templateVariables } from '../../../../shared/template';
import { VariablesPanel } from '../variables/VariablesPanel';
import { focusVariableField } from '../variables/field-id';
import { ParamsPanel } from '../params/ParamsPanel';
import { RequestCheck } from '../params/RequestCheck';
import { requestToSend } from '../params/prepare-request';

export const MAIN_PANE = 'main';

/** Names offered after `{{`: the prompt's variables, then names that only have a value. */
function knownVariableNames(): string[] {
  const { system, user, values } = usePaneStore.getState();
  return [...new Set([...templateVariables([system, user]), ...Object.keys(values)])];
}

export function runMainPane(): void {
  const prompt = usePaneStore.getState();
  if (prompt.user.trim() === '') return;
  const built = buildRequest(prompt);
  if (!built.ok) {
    // Nothing is sent with holes in it: say why, and put the caret where the first value goes.
    prompt.setBlocked({ missing: built.missing, problems: built.problems });
    focusVariableField(built.missing);
    return;
  }
  prompt.setBlocked(null);
  // Parameters are applied, then checked: a request the check finds errors in is not sent.
  const request = requestToSend(MAIN_PANE, built.request);
  if (request) void useRunsStore.getState().start(MAIN_PANE, request);
}

export function stopMainPane(): void {
  void useRunsStore.getState().stop(MAIN_PANE);
}

/** One prompt and its answer: system prompt, user message, model, Run and Stop. */
export function Pane() {
  const { model, system, user, values, blocked, setModel, setSystem, setUser } = usePaneStore();
  // After a blocked Run, the alert follows the edits: it shrinks as values are filled and goes once all are.
  const stillBlocked = blocked ? buildRequest({ model, system, user, values }) : null;
  const draft = buildRequest({ model, system, user, values });
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
          <PromptEditor label="System prompt" value={system} onChange={setSystem} variableNames={knownVariableNames} placeholder="Optional: how Claude should behave" height={140} />
          <PromptEditor label="User message" value={user} onChange={setUser} variableNames={knownVariableNames} placeholder="Ask Claude something" height={260} />
          {stillBlocked && !stillBlocked.ok && (
            <div className="run-blocked" role="alert" aria-label="Run blocked">
              <strong>Not sent.</strong>
              {describeBlocked(stillBlocked).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
          <VariablesPanel />
          <ParamsPanel paneId={MAIN_PANE} />
          <RequestCheck paneId={MAIN_PANE} request={draft.ok ? draft.request : null} />
        </div>
        <Answer run={run} />
      </div>
    </main>
  );
}
