import { useMemo } from 'react';
import { diffJson } from './diff-json';
import { JsonDiffTable } from './JsonDiffTable';
import { parseJsonText } from './parse-json-text';
import type { DiffCandidate } from './types';

/** The two answers read as JSON (structured output) and compared key by key; says plainly when one is not JSON. */
export function JsonOutputDiff({ left, right }: { left: DiffCandidate; right: DiffCandidate }) {
  const parsedLeft = useMemo(() => parseJsonText(left.text), [left.text]);
  const parsedRight = useMemo(() => parseJsonText(right.text), [right.text]);
  if (!parsedLeft.ok || !parsedRight.ok) {
    return (
      <div className="diff-notes" role="status">
        {!parsedLeft.ok && <p>The left answer ({left.label}) cannot be compared as JSON. {parsedLeft.message}</p>}
        {!parsedRight.ok && <p>The right answer ({right.label}) cannot be compared as JSON. {parsedRight.message}</p>}
        <p>Choose Answers to compare them as text.</p>
      </div>
    );
  }
  return <JsonDiffTable rows={diffJson(parsedLeft.value, parsedRight.value)} caption="JSON output" />;
}
