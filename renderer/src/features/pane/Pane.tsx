import { memo, useCallback, useId, useMemo, type ReactNode } from 'react';
import { templateVariables } from '../../../../shared/template';
import { AnswerActions } from '../conversation/AnswerActions';
import { ConversationEditor } from '../conversation/ConversationEditor';
import { effectivePrompt, promptActions, usePromptField } from '../compare/pane-prompt';
import { FIRST_PANE } from '../compare/panes';
import { usePaneModel } from '../compare/panes-store';
import { PaneHeader } from '../compare/PaneHeader';
import { ParamsPanel } from '../params/ParamsPanel';
import { RequestCheck } from '../params/RequestCheck';
import { paramsOf, useParamsStore } from '../params/store';
import { GetCodeButton } from '../export/GetCodeButton';
import { useRun, useRunsStore } from '../runs/store';
import { VariablesPanel } from '../variables/VariablesPanel';
import { Answer } from './Answer';
import { buildRequest, describeBlocked } from './build-request';
import { templateTexts } from './conversation';
import { HIDDEN_UNTIL_VOTE, ModelHiddenContext } from '../compare/model-hidden';
import { ModelPicker } from './ModelPicker';
import { PaneIdContext } from './pane-context';
import { attachmentsOf, hasContent } from './pane-request';
import { runPane, stopPane } from './run-pane';
import { usePaneUi } from './ui-store';

export { runPane, stopPane } from './run-pane';

/** The first pane's id (kept for callers written when there was one pane). */
export const MAIN_PANE = FIRST_PANE;
export const runMainPane = (): void => runPane(MAIN_PANE);
export const stopMainPane = (): void => stopPane(MAIN_PANE);

export interface PaneProps {
  paneId: string;
  /** Its letter on screen (A, B…), which names the region: "Pane A". */
  letter: string;
  paneCount: number;
  /** Blind mode before the vote: the model is not shown. */
  modelHidden: boolean;
}

/**
 * One conversation, its model and its answer. Memoised, and its parts subscribe to their own
 * fields, so typing in one pane or streaming into it re-renders nothing in the others.
 */
export const Pane = memo(function Pane({ paneId, letter, paneCount, modelHidden }: PaneProps) {
  const titleId = useId();
  return (
    <PaneIdContext.Provider value={paneId}>
      <ModelHiddenContext.Provider value={modelHidden}>
        <section className="pane" aria-labelledby={titleId} data-pane-id={paneId}>
          <PaneToolbar paneId={paneId} modelHidden={modelHidden}>
            <h2 id={titleId} className="pane-title">
              Pane {letter}
            </h2>
          </PaneToolbar>
          <PaneHeader paneId={paneId} letter={letter} paneCount={paneCount} />
          <div className="pane-body">
            <PaneEditors paneId={paneId} />
            <PaneAnswer paneId={paneId} />
          </div>
        </section>
      </ModelHiddenContext.Provider>
    </PaneIdContext.Provider>
  );
});

function PaneToolbar({ paneId, modelHidden, children }: { paneId: string; modelHidden: boolean; children: ReactNode }) {
  const model = usePaneModel(paneId);
  const messages = usePromptField(paneId, 'messages');
  const running = useRunsStore((state) => state.byPane[paneId]?.status === 'running');
  const setModel = useCallback((next: string) => promptActions(paneId).setModel(next), [paneId]);
  return (
    <div className="pane-toolbar" role="toolbar" aria-label="Run controls">
      {children}
      {modelHidden ? <span className="model-hidden">Model hidden</span> : <ModelPicker model={model} onChange={setModel} />}
      <button type="button" className="primary" onClick={() => runPane(paneId)} disabled={running || !hasContent({ messages })} title="Run (Ctrl+Enter)" aria-keyshortcuts="Control+Enter Meta+Enter">
        Run
      </button>
      <button type="button" onClick={() => stopPane(paneId)} disabled={!running} title="Stop (Esc)">
        Stop
      </button>
      <GetCodeButton paneId={paneId} disabledReason={modelHidden ? `Get code shows the model. ${HIDDEN_UNTIL_VOTE}` : undefined} source={() => ({ prompt: effectivePrompt(paneId), params: paramsOf(useParamsStore.getState().byPane, paneId) })} />
      {running && (
        <span className="streaming-indicator" role="status">
          Streaming…
        </span>
      )}
    </div>
  );
}

/** Names offered after `{{`: the prompt's variables, then names that only have a value. */
function knownVariableNames(paneId: string): string[] {
  const prompt = effectivePrompt(paneId);
  return [...new Set([...templateVariables(templateTexts(prompt)), ...Object.keys(prompt.values)])];
}

function PaneEditors({ paneId }: { paneId: string }) {
  const model = usePaneModel(paneId);
  const system = usePromptField(paneId, 'system');
  const systemCache = usePromptField(paneId, 'systemCache');
  const messages = usePromptField(paneId, 'messages');
  const values = usePromptField(paneId, 'values');
  const blocked = usePaneUi(paneId, 'blocked');
  // After a blocked Run, the alert follows the edits: it shrinks as values are filled and goes once all are.
  const draft = useMemo(
    () => buildRequest({ model, system, messages, values, ...(systemCache ? { systemCache } : {}) }),
    [model, system, systemCache, messages, values],
  );
  const attachments = useMemo(() => attachmentsOf(messages), [messages]);
  const variableNames = useCallback(() => knownVariableNames(paneId), [paneId]);
  const stillBlocked = blocked ? draft : null;
  return (
    <div className="pane-editors">
      <ConversationEditor variableNames={variableNames} />
      {stillBlocked && !stillBlocked.ok && (
        <div className="run-blocked" role="alert" aria-label="Run blocked">
          <strong>Not sent.</strong>
          {describeBlocked(stillBlocked).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <VariablesPanel />
      <ParamsPanel paneId={paneId} />
      <RequestCheck paneId={paneId} request={draft.ok ? draft.request : null} attachments={attachments} />
    </div>
  );
}

const PaneAnswer = memo(function PaneAnswer({ paneId }: { paneId: string }) {
  const run = useRun(paneId);
  const runAgain = useCallback(() => runPane(paneId), [paneId]);
  return (
    <Answer run={run}>
      <AnswerActions run={run} onRunAgain={runAgain} />
    </Answer>
  );
});
