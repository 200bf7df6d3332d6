import { FIELD_EDITOR_OPTIONS } from './editor-options';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useId, useRef } from 'react';
import { markCacheBreakpoint } from './cache-gutter';
import { trackTemplate } from './template-decorations';
import { addPromptModel, registerVariableCompletion } from './variable-completion';

export interface PromptEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Initial height in pixels; the frame can be resized vertically. */
  height?: number;
  /** Names offered after `{{`; read on each request. */
  variableNames?: () => readonly string[];
  /** A cache breakpoint ends this text: marked in the gutter of its last line. */
  cache?: '5m' | '1h' | undefined;
}

const noNames = (): readonly string[] => [];

/** A Monaco editor for prompt text, named for screen readers and tests by `label`. */
export function PromptEditor({ label, value, onChange, placeholder, height = 140, variableNames = noNames, cache }: PromptEditorProps) {
  const labelId = useId();
  const namesRef = useRef(variableNames);
  namesRef.current = variableNames;
  const cacheRef = useRef(cache);
  cacheRef.current = cache;
  const refreshCacheMark = useRef<() => void>(() => undefined);
  const cleanups = useRef<(() => void)[]>([]);
  useEffect(() => () => cleanups.current.splice(0).forEach((cleanup) => cleanup()), []);
  useEffect(() => refreshCacheMark.current(), [cache]);

  // {{variable}} highlighting, problem underlines and completion after `{{`.
  const handleMount: OnMount = (editor, monaco) => {
    registerVariableCompletion(monaco);
    cleanups.current.push(trackTemplate(monaco, editor));
    const cacheMark = markCacheBreakpoint(monaco, editor, () => cacheRef.current);
    refreshCacheMark.current = cacheMark.refresh;
    cleanups.current.push(cacheMark.dispose);
    const model = editor.getModel();
    if (model) cleanups.current.push(addPromptModel(model, () => namesRef.current()));
  };

  return (
    <div className="prompt-editor" data-cache={cache ?? 'off'}>
      <div id={labelId} className="field-label">
        {label}
      </div>
      <div className="prompt-editor-frame" style={{ height }}>
        <Editor
          value={value}
          onChange={(next) => onChange(next ?? '')}
          onMount={handleMount}
          language="markdown"
          theme="vs-dark"
          loading={<div className="editor-loading">Loading editor…</div>}
          options={{
            ...FIELD_EDITOR_OPTIONS,
            ariaLabel: label,
            placeholder: placeholder ?? '',
            lineNumbers: 'off',
            fontSize: 13,
            folding: false,
            lineDecorationsWidth: 6,
            tabFocusMode: true,
            padding: { top: 8, bottom: 8 },
          }}
        />
      </div>
    </div>
  );
}
