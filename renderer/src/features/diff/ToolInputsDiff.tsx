import { diffJson } from './diff-json';
import { JsonDiffTable } from './JsonDiffTable';
import { pairToolCalls, type ToolCallPair } from './pair-tool-calls';
import { parseJsonText } from './parse-json-text';
import type { DiffCandidate, DiffToolCall } from './types';

/** The two answers' tool calls, paired by name then order, each pair's inputs compared key by key. */
export function ToolInputsDiff({ left, right }: { left: DiffCandidate; right: DiffCandidate }) {
  const pairs = pairToolCalls(left.toolCalls, right.toolCalls);
  if (pairs.length === 0) return <p role="status">Neither answer called a tool.</p>;
  return (
    <div className="tool-inputs-diff">
      {pairs.map((pair) => (
        <section key={`${pair.name}#${pair.occurrence}`} aria-label={`${pair.name} call ${pair.occurrence}`}>
          <h3>
            {pair.name} <span className="diff-occurrence">call {pair.occurrence}</span>
          </h3>
          <ToolPair pair={pair} leftLabel={left.label} rightLabel={right.label} />
        </section>
      ))}
    </div>
  );
}

function ToolPair({ pair, leftLabel, rightLabel }: { pair: ToolCallPair<DiffToolCall>; leftLabel: string; rightLabel: string }) {
  if (!pair.left || !pair.right) {
    const side = pair.left ? `${leftLabel} (left)` : `${rightLabel} (right)`;
    return <p>Only {side} made this call.</p>;
  }
  const inputLeft = parseJsonText(pair.left.arguments);
  const inputRight = parseJsonText(pair.right.arguments);
  if (!inputLeft.ok || !inputRight.ok) {
    return (
      <div className="diff-notes">
        {!inputLeft.ok && <p>The left input cannot be compared key by key. {inputLeft.message}</p>}
        {!inputRight.ok && <p>The right input cannot be compared key by key. {inputRight.message}</p>}
      </div>
    );
  }
  return <JsonDiffTable rows={diffJson(inputLeft.value, inputRight.value)} caption={`Input of ${pair.name}`} />;
}
