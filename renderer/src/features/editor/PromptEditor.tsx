import Editor from '@monaco-editor/react';
import { useId } from 'react';

export interface PromptEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Initial height in pixels; the frame can be resized vertically. */
  height?: number;
}

/** A Monaco editor for prompt text, named for screen readers and tests by `label`. */
export function PromptEditor({ label, value, onChange, placeholder, height = 140 }: PromptEditorProps) {
  const labelId = useId();
  return (
    <div className="prompt-editor">
      <div id={labelId} className="field-label">
        {label}
      </div>
      <div className="prompt-editor-frame" style={{ height }}>
        <Editor
          value={value}
          onChange={(next) => onChange(next ?? '')}
          language="markdown"
          theme="vs-dark"
          loading={<div className="editor-loading">Loading editor…</div>}
          options={{
            ariaLabel: label,
            placeholder: placeholder ?? '',
            minimap: { enabled: false },
            lineNumbers: 'off',
            wordWrap: 'on',
            scrollBeyondLastLine: false,
            fontSize: 13,
            automaticLayout: true,
            renderLineHighlight: 'none',
            folding: false,
            glyphMargin: false,
            lineDecorationsWidth: 6,
            overviewRulerLanes: 0,
            tabFocusMode: true,
            padding: { top: 8, bottom: 8 },
          }}
        />
      </div>
    </div>
  );
}
