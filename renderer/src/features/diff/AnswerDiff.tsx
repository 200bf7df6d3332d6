import { DiffEditor } from '@monaco-editor/react';
import { useMemo } from 'react';
import { sentencesPerLine } from './sentence-lines';
import type { DiffCandidate } from './types';

interface AnswerDiffProps {
  left: DiffCandidate;
  right: DiffCandidate;
  /** Compare the lines as written (code) instead of one sentence per line (prose). */
  byLine: boolean;
}

/** Two answers side by side in Monaco's diff editor, read-only and wrapped. */
export function AnswerDiff({ left, right, byLine }: AnswerDiffProps) {
  const original = useMemo(() => (byLine ? left.text : sentencesPerLine(left.text)), [left.text, byLine]);
  const modified = useMemo(() => (byLine ? right.text : sentencesPerLine(right.text)), [right.text, byLine]);
  return (
    <div className="answer-diff" aria-label="Answer diff" role="group">
      <DiffEditor
        original={original}
        modified={modified}
        language="markdown"
        theme="vs-dark"
        originalModelPath="duet-diff/left.md"
        modifiedModelPath="duet-diff/right.md"
        loading={<div className="editor-loading">Loading diff…</div>}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          useInlineViewWhenSpaceIsLimited: false,
          wordWrap: 'on',
          diffWordWrap: 'on',
          ignoreTrimWhitespace: false,
          minimap: { enabled: false },
          renderOverviewRuler: false,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          fontSize: 13,
          originalAriaLabel: `Left: ${left.label}`,
          modifiedAriaLabel: `Right: ${right.label}`,
        }}
      />
    </div>
  );
}
