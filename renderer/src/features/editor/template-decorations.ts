import type * as Monaco from 'monaco-editor';
import { parseTemplate } from '../../../../shared/template';

type MonacoApi = typeof Monaco;

/** Marker owner for template problems, so ours never clear anyone else's. */
const MARKER_OWNER = 'duet-template';

/**
 * Highlights every `{{placeholder}}` and underlines every template problem (hover shows
 * its message). Spans from parseTemplate are already 1-based Monaco line/columns.
 * Returns a function that removes both.
 */
export function trackTemplate(monaco: MonacoApi, editor: Monaco.editor.IStandaloneCodeEditor): () => void {
  const decorations = editor.createDecorationsCollection();
  const update = (): void => {
    const model = editor.getModel();
    if (!model) return;
    const parsed = parseTemplate(model.getValue());
    decorations.set(
      parsed.placeholders.map((placeholder) => ({
        range: new monaco.Range(placeholder.line, placeholder.column, placeholder.endLine, placeholder.endColumn),
        options: { inlineClassName: 'template-placeholder', hoverMessage: { value: `Variable \`${placeholder.name}\`` } },
      })),
    );
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      parsed.problems.map((problem) => ({
        severity: monaco.MarkerSeverity.Error,
        message: problem.message,
        startLineNumber: problem.line,
        startColumn: problem.column,
        endLineNumber: problem.endLine,
        // A zero-width span (e.g. at the end of a line) still needs something to underline.
        endColumn: problem.endLine === problem.line && problem.endColumn <= problem.column ? problem.column + 1 : problem.endColumn,
      })),
    );
  };
  update();
  const subscription = editor.onDidChangeModelContent(update);
  return () => {
    subscription.dispose();
    decorations.clear();
    const model = editor.getModel();
    if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
  };
}
