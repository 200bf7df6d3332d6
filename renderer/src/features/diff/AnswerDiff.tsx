import { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useEffect, useMemo, useRef } from 'react';
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
  const editorRef = useRef<Monaco.editor.IStandaloneDiffEditor | null>(null);
  const leftName = `Left answer: ${left.label}`;
  const rightName = `Right answer: ${right.label}`;
  const nameEditors = (editor: Monaco.editor.IStandaloneDiffEditor | null): void => {
    editor?.getOriginalEditor().updateOptions({ ariaLabel: leftName });
    editor?.getModifiedEditor().updateOptions({ ariaLabel: rightName });
  };
  useEffect(() => nameEditors(editorRef.current));
  // Detach and dispose the models here, before the wrapper disposes the editor: disposing a model the
  // diff editor still shows throws ("TextModel got disposed before DiffEditorWidget model got reset").
  useEffect(
    () => () => {
      const editor = editorRef.current;
      const models = editor?.getModel();
      editor?.setModel(null);
      models?.original.dispose();
      models?.modified.dispose();
    },
    [],
  );
  const handleMount: DiffOnMount = (editor) => {
    editorRef.current = editor;
    nameEditors(editor);
  };
  return (
    <div className="answer-diff" aria-label="Answer diff" role="group">
      <DiffEditor
        original={original}
        modified={modified}
        language="markdown"
        theme="vs-dark"
        originalModelPath="duet-diff/left.md"
        modifiedModelPath="duet-diff/right.md"
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={handleMount}
        loading={<div className="editor-loading">Loading diff…</div>}
        options={{
          readOnly: true,
          // Read-only editors ignore Tab; without this, Tab would never leave them.
          tabFocusMode: true,
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
        }}
      />
    </div>
  );
}
