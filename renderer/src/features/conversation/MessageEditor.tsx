import { useRef } from 'react';
import { AttachmentBar } from '../attachments/AttachmentBar';
import { PromptEditor } from '../editor/PromptEditor';
import type { PromptMessage } from '../pane/conversation';
import { promptActions } from '../compare/pane-prompt';
import { usePaneId } from '../pane/pane-context';
import { CacheSelect } from './CacheSelect';

export interface MessageEditorProps {
  message: PromptMessage;
  /** 0-based position in the conversation. */
  index: number;
  count: number;
  label: string;
  variableNames(): readonly string[];
}

/** One message of the conversation: its text, role, place, cache breakpoint and what it carries. */
export function MessageEditor({ message, index, count, label, variableNames }: MessageEditorProps) {
  const { setText, setRole, moveMessage, removeMessage, setCache, setToolError, setAttachments } = promptActions(usePaneId());
  const number = index + 1;
  // Files dropped or images pasted anywhere on a user message attach to that message.
  const dropZone = useRef<HTMLElement>(null);
  return (
    <article className={`message-editor message-${message.role}`} aria-label={label} ref={dropZone}>
      <div className="message-controls">
        {message.role === 'tool' ? (
          <label className="tool-error-toggle">
            <input type="checkbox" checked={message.isError} onChange={(event) => setToolError(message.id, event.target.checked)} />
            Is error
          </label>
        ) : (
          <select aria-label={`Role of message ${number}`} value={message.role} onChange={(event) => setRole(message.id, event.target.value as 'user' | 'assistant')}>
            <option value="user">User</option>
            <option value="assistant">Assistant</option>
          </select>
        )}
        <CacheSelect label={`Cache breakpoint for message ${number}`} value={message.cache} onChange={(cache) => setCache(message.id, cache)} />
        <button type="button" aria-label={`Move up message ${number}`} title="Move up" disabled={index === 0} onClick={() => moveMessage(message.id, -1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move down message ${number}`} title="Move down" disabled={index === count - 1} onClick={() => moveMessage(message.id, 1)}>
          ↓
        </button>
        <button type="button" aria-label={`Delete message ${number}`} title="Delete message" disabled={count === 1} onClick={() => removeMessage(message.id)}>
          ✕
        </button>
      </div>
      <PromptEditor
        label={label}
        value={message.text}
        onChange={(text) => setText(message.id, text)}
        variableNames={variableNames}
        placeholder={placeholderFor(message.role)}
        height={message.role === 'user' && count === 1 ? 260 : 120}
        cache={message.cache}
      />
      {message.role === 'user' && <AttachmentBar value={message.attachments} onChange={(next) => setAttachments(message.id, next)} dropZone={dropZone} />}
      <MessageCarries message={message} number={number} />
    </article>
  );
}

function placeholderFor(role: PromptMessage['role']): string {
  if (role === 'user') return 'Ask Claude something';
  if (role === 'assistant') return 'What Claude said, or the start of its answer (prefill) when last';
  return 'The tool result: text or JSON';
}

/** Thinking and tool calls recorded from an answer: not editable, sent back as they came. */
function MessageCarries({ message, number }: { message: PromptMessage; number: number }) {
  if (message.role !== 'assistant') return null;
  const thinking = message.thinkingBlocks?.length ?? 0;
  const calls = message.toolCalls ?? [];
  if (thinking === 0 && calls.length === 0) return null;
  return (
    <ul className="message-carries" aria-label={`Recorded with message ${number}`}>
      {thinking > 0 && <li>{thinking === 1 ? '1 signed thinking block' : `${thinking} signed thinking blocks`}</li>}
      {calls.map((call) => (
        <li key={call.id}>
          Tool call <strong>{call.name}</strong> <code>{call.id}</code>
        </li>
      ))}
    </ul>
  );
}
