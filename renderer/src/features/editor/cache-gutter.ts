import type * as Monaco from 'monaco-editor';

type MonacoApi = typeof Monaco;

/**
 * Marks the last line of the text with a gutter bar while a cache breakpoint is set, since
 * the breakpoint sits where the text ends. Follows edits so the mark stays on the last line.
 */
export function markCacheBreakpoint(
  monaco: MonacoApi,
  editor: Monaco.editor.IStandaloneCodeEditor,
  ttl: () => '5m' | '1h' | undefined,
): { refresh(): void; dispose(): void } {
  const decorations = editor.createDecorationsCollection();
  const refresh = (): void => {
    const model = editor.getModel();
    const current = ttl();
    if (!model || !current) {
      decorations.clear();
      return;
    }
    const line = model.getLineCount();
    decorations.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          linesDecorationsClassName: `cache-breakpoint-mark cache-breakpoint-${current}`,
          hoverMessage: { value: `Cache breakpoint (${current === '1h' ? '1 hour' : '5 minutes'}): everything up to here is cached.` },
        },
      },
    ]);
  };
  refresh();
  const subscription = editor.onDidChangeModelContent(refresh);
  return {
    refresh,
    dispose: () => {
      subscription.dispose();
      decorations.clear();
    },
  };
}
