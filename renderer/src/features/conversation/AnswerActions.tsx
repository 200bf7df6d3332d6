import { runText, type RunState } from '../runs/run-state';
import type { RunAnswer, ToolResultInput } from '../pane/conversation';
import { promptActions } from '../compare/pane-prompt';
import { usePaneId } from '../pane/pane-context';
import { usePaneUi } from '../pane/ui-store';
import { ToolResultsForm } from './ToolResultsForm';

export function runAnswer(run: RunState): RunAnswer {
  return { text: runText(run), thinkingBlocks: run.thinkingBlocks, toolCalls: run.toolCalls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args })) };
}

/** What can be done with a finished answer: keep it as the next turn, or answer its tool calls. */
export function AnswerActions({ run, onRunAgain }: { run: RunState; onRunAgain(): void }) {
  const paneId = usePaneId();
  const appendedRunId = usePaneUi(paneId, 'appendedRunId');
  const { appendRunAnswer, addToolResults } = promptActions(paneId);
  if (run.status !== 'done' || !run.runId || run.runId === appendedRunId) return null;
  const runId = run.runId;
  // Built when used: joining a long answer on every render would cost its length each time.
  const sendToolResults = (results: ToolResultInput[]) => {
    addToolResults(runId, runAnswer(run), results);
    onRunAgain();
  };
  return (
    <div className="answer-actions">
      <button type="button" onClick={() => appendRunAnswer(runId, runAnswer(run))}>
        Add answer to conversation
      </button>
      {run.toolCalls.length > 0 && <ToolResultsForm key={runId} toolCalls={run.toolCalls} onSend={sendToolResults} />}
    </div>
  );
}
