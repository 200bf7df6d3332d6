import type { editor } from 'monaco-editor';

/** What every form-field editor here shares: no minimap or rulers, wrapped lines, sized by its frame. */
export const FIELD_EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  minimap: { enabled: false },
  wordWrap: 'on',
  scrollBeyondLastLine: false,
  automaticLayout: true,
  renderLineHighlight: 'none',
  glyphMargin: false,
  overviewRulerLanes: 0,
};
