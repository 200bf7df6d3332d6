import { FIELD_EDITOR_OPTIONS } from './editor-options';
import Editor, { type OnMount } from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { issueMarkers, type JsonIssue } from './json-markers';
import { jsonModelPath, registerJsonSchema, type EditorJsonSchema } from './json-schemas';
import './json-editor.css';

export interface JsonEditorProps {
  /** The accessible name of the editor (what tests and screen readers find it by). */
  label: string;
  value: string;
  onChange(value: string): void;
  /** Unique per editor on screen, e.g. "pane-main/tools". */
  path: string;
  /** Our own issues (line and column), shown as error squiggles with their message. */
  issues: readonly JsonIssue[];
  /** Monaco's JSON service also checks the text against this schema (shown as warnings). */
  schema?: EditorJsonSchema;
  placeholder?: string;
  /** Shown under the editor (and read with it), before how to leave it by keyboard. */
  help?: ReactNode;
  height?: number;
}

const MARKER_OWNER = 'duet-json';

/** The element Monaco gives the textbox role (an edit context or a textarea, depending on the browser). */
function editableElement(editor: Monaco.editor.IStandaloneCodeEditor): Element | null | undefined {
  return editor.getDomNode()?.querySelector('[role="textbox"]');
}

/** A Monaco JSON editor: syntax colouring, schema hints, our issues inline. Tab leaves it unless Ctrl+M made it indent. */
export function JsonEditor({ label, value, onChange, path, issues, schema, placeholder, help, height = 140 }: JsonEditorProps) {
  const helpId = useId();
  const editorRef = useRef<{ editor: Monaco.editor.IStandaloneCodeEditor; monaco: typeof Monaco } | null>(null);
  // Tab moves focus by default, so keyboard users are never trapped; Ctrl+M makes it indent (this editor only).
  const [tabIndents, setTabIndents] = useState(false);
  const issuesRef = useRef(issues);
  issuesRef.current = issues;

  const showIssues = (): void => {
    const mounted = editorRef.current;
    const model = mounted?.editor.getModel();
    if (!mounted || !model) return;
    const markers = issueMarkers(issuesRef.current, model.getLinesContent());
    mounted.monaco.editor.setModelMarkers(model, MARKER_OWNER, markers.map((marker) => ({ ...marker, severity: mounted.monaco.MarkerSeverity.Error })));
    editableElement(mounted.editor)?.setAttribute('aria-invalid', String(markers.length > 0));
  };
  useEffect(showIssues, [issues]);

  const handleMount: OnMount = (editor, monaco) => {
    editorRef.current = { editor, monaco };
    if (schema) registerJsonSchema(monaco, schema);
    editableElement(editor)?.setAttribute('aria-describedby', helpId);
    const toggleTab = (): void => setTabIndents((indents) => !indents);
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, toggleTab);
    editor.addCommand(monaco.KeyMod.WinCtrl | monaco.KeyCode.KeyM, toggleTab);
    showIssues();
  };

  return (
    <div className="json-editor-field">
      <div className="field-label" aria-hidden="true">
        {label}
      </div>
      <div className="json-editor-frame" style={{ height }} data-invalid={issues.length > 0}>
        <Editor
          value={value}
          path={jsonModelPath(path, schema)}
          onChange={(next) => onChange(next ?? '')}
          onMount={handleMount}
          language="json"
          theme="vs-dark"
          loading={<div className="editor-loading">Loading editor…</div>}
          options={{
            ...FIELD_EDITOR_OPTIONS,
            ariaLabel: label,
            placeholder: placeholder ?? '',
            lineNumbers: 'on',
            lineNumbersMinChars: 3,
            fontSize: 12,
            tabFocusMode: !tabIndents,
            fixedOverflowWidgets: true,
            padding: { top: 6, bottom: 6 },
          }}
        />
      </div>
      <small id={helpId} className="params-note json-editor-help">
        {help} {tabIndents ? 'Tab indents; Ctrl+M makes it move to the next field again.' : 'Tab moves to the next field; Ctrl+M makes it indent.'}
      </small>
    </div>
  );
}
