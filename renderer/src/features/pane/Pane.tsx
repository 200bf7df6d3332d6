import { useMemo } from 'react';
import { AnswerActions } from '../conversation/AnswerActions';
import { ConversationEditor } from '../conversation/ConversationEditor';
import { useRun, useRunsStore } from '../runs/store';
import { buildRequest, describeBlocked } from './build-request';
import { templateTexts } from './conversation';
import { Answer } from './Answer';
import { useModelEntries } from '../models/queries';
import { usePaneStore } from './store';
import { templateVariables } from '../../../../shared/template';
import { VariablesPanel } from '../variables/VariablesPanel';
import { focusVariableField } from '../variables/field-id';
import { ParamsPanel } from '../params/ParamsPanel';
import { RequestCheck } from '../params/RequestCheck';
import { paramsOf, useParamsStore } from '../params/store';
import { attachmentsOf, hasContent, paneRequest } from './pane-request';
import { GetCodeButton } from '../export/GetCodeButton';

export const MAIN_PANE = 'main';

/** Names offered after `{{`: the prompt's variables, then names that only have a value. */
function knownVariableNames(): string[] {
  const state = usePaneStore.getState();
  return [...new Set([...templateVariables(templateTexts(state)), ...Object.keys(state.values)])];
}

export function runMainPane(): void {
  const prompt = usePaneStore.getState();
  const outcome = paneRequest(prompt, paramsOf(useParamsStore.getState().byPane, MAIN_PANE));
  if (!outcome.ok && outcome.reason === 'empty') return;
  // Nothing is sent with holes in it: say why, and put the caret where the first value goes.
  prompt.setBlocked(!outcome.ok && outcome.reason === 'blocked' ? outcome.blocked : null);
  if (!outcome.ok && outcome.reason === 'blocked') focusVariableField(outcome.blocked.missing);
  // A request the check finds errors in is not sent: the request check says why.
  useParamsStore.getState().setRefused(MAIN_PANE, !outcome.ok && outcome.reason === 'check');
  if (outcome.ok) void useRunsStore.getState().start(MAIN_PANE, outcome.request);
}

export function stopMainPane(): void {
  void useRunsStore.getState().stop(MAIN_PANE);
}

/** One conversation and its answer: system prompt, messages, model, Run and Stop. */
export function Pane() {
  const { model, system, systemCache, messages, values, blocked, setModel } = usePaneStore();
  // After a blocked Run, the alert follows the edits: it shrinks as values are filled and goes once all are.
  const draft = useMemo(() => buildRequest({ model, system, systemCache, messages, values }), [model, system, systemCache, messages, values]);
  const attachments = useMemo(() => attachmentsOf(messages), [messages]);
  const stillBlocked = blocked ? draft : null;
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
        <button type="button" className="primary" onClick={runMainPane} disabled={running || !hasContent({ messages })} title="Run (Ctrl+Enter)">
          Run
        </button>
        <button type="button" onClick={stopMainPane} disabled={!running} title="Stop (Esc)">
          Stop
        </button>
        <GetCodeButton paneId={MAIN_PANE} source={() => ({ prompt: usePaneStore.getState(), params: paramsOf(useParamsStore.getState().byPane, MAIN_PANE) })} />
        {running && (
          <span className="streaming-indicator" role="status">
            Streaming…
          </span>
        )}
      </div>
      <div className="pane-body">
        <div className="pane-editors">
          <ConversationEditor variableNames={knownVariableNames} />
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
          <RequestCheck paneId={MAIN_PANE} request={draft.ok ? draft.request : null} attachments={attachments} />
        </div>
        <Answer run={run}>
          <AnswerActions run={run} onRunAgain={runMainPane} />
        </Answer>
      </div>
    </main>
  );
}
