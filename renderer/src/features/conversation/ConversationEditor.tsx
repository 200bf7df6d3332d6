import './conversation.css';
import { findModel } from '../../../../shared/models/catalog';
import { PromptEditor } from '../editor/PromptEditor';
import { cacheBreakpointCount, MAX_CACHE_BREAKPOINTS, messageLabel } from '../pane/conversation';
import { promptActions, usePromptField } from '../compare/pane-prompt';
import { usePaneModel } from '../compare/panes-store';
import { usePaneId } from '../pane/pane-context';
import { usePaneUi } from '../pane/ui-store';
import { CacheSelect } from './CacheSelect';
import { MessageEditor } from './MessageEditor';

/** The system prompt and the conversation's messages, each with its own editor and controls. */
export function ConversationEditor({ variableNames }: { variableNames(): readonly string[] }) {
  const paneId = usePaneId();
  const model = usePaneModel(paneId);
  const system = usePromptField(paneId, 'system');
  const systemCache = usePromptField(paneId, 'systemCache');
  const messages = usePromptField(paneId, 'messages');
  const thinkingWarning = usePaneUi(paneId, 'thinkingWarning');
  const { setSystem, setSystemCache, addMessage, dismissThinkingWarning } = promptActions(paneId);
  const breakpoints = cacheBreakpointCount({ systemCache, messages });
  const catalogModel = findModel(model);
  // Models from 4.6 on (and ids outside the catalog, as the gateway assumes) refuse a prefill.
  const prefillRefused = messages.at(-1)?.role === 'assistant' && !catalogModel?.prefill;
  return (
    <section className="conversation" aria-label="Conversation">
      <div className="system-editor">
        <div className="message-controls">
          <CacheSelect label="Cache breakpoint for System prompt" value={systemCache} onChange={setSystemCache} />
        </div>
        <PromptEditor label="System prompt" value={system} onChange={setSystem} variableNames={variableNames} placeholder="Optional: how Claude should behave" height={140} cache={systemCache} />
      </div>
      {messages.map((message, index) => (
        <MessageEditor key={message.id} message={message} index={index} count={messages.length} label={messageLabel(messages, index)} variableNames={variableNames} />
      ))}
      <div className="conversation-footer">
        <button type="button" onClick={addMessage}>
          Add message
        </button>
        {breakpoints > 0 && (
          <span className={breakpoints > MAX_CACHE_BREAKPOINTS ? 'cache-count over' : 'cache-count'} role="status">
            {breakpoints} of {MAX_CACHE_BREAKPOINTS} cache breakpoints
            {breakpoints > MAX_CACHE_BREAKPOINTS && ' (Anthropic accepts at most 4; the request will be refused)'}
          </span>
        )}
      </div>
      {prefillRefused && (
        <p className="prefill-note" role="note" aria-label="Prefill not supported">
          The last message is from the assistant, so it is sent as a prefill, but {catalogModel?.displayName ?? model} does not continue a final
          assistant message. Pick a Claude 4.5 or older model, or end with a user message.
        </p>
      )}
      {thinkingWarning && (
        <div className="thinking-warning" role="status" aria-label="Signed thinking warning">
          <p>{thinkingWarning}</p>
          <button type="button" onClick={dismissThinkingWarning}>
            Dismiss warning
          </button>
        </div>
      )}
    </section>
  );
}
