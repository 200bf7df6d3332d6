import type * as Monaco from 'monaco-editor';

type MonacoApi = typeof Monaco;

/** Models of the prompt editors (the only ones the provider answers for), each with where its names come from. */
const promptModels = new Map<string, () => readonly string[]>();
let registered = false;

/** An unescaped `{{`, optional spaces, then the part of a name typed so far, right before the caret. */
const OPEN_BEFORE_CARET = /(?:^|[^\\])\{\{[ \t]*([\p{L}\p{N}_.-]*)$/u;

/** Registers, once per app, the provider that offers variable names after `{{` in prompt editors. */
export function registerVariableCompletion(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('markdown', {
    triggerCharacters: ['{'],
    provideCompletionItems(model, position) {
      const names = promptModels.get(model.uri.toString());
      if (!names) return { suggestions: [] };
      const before = model.getValueInRange(new monaco.Range(position.lineNumber, 1, position.lineNumber, position.column));
      const match = OPEN_BEFORE_CARET.exec(before);
      if (!match) return { suggestions: [] };
      const typed = match[1] ?? '';
      // Replace an auto-closed `}}` right after the caret too, so the caret ends up past the braces.
      const after = model.getValueInRange(new monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column + 2));
      const start = position.column - typed.length;
      const range = {
        insert: new monaco.Range(position.lineNumber, start, position.lineNumber, position.column),
        replace: new monaco.Range(position.lineNumber, start, position.lineNumber, position.column + (after === '}}' ? 2 : 0)),
      };
      return {
        suggestions: names().map((name) => ({
          label: name,
          kind: monaco.languages.CompletionItemKind.Variable,
          detail: 'Prompt variable',
          insertText: `${name}}}`,
          range,
        })),
      };
    },
  });
}

/**
 * Marks a model as a prompt editor's until the returned function is called. `names` is
 * read on every request, so the offered names follow the prompt as it changes.
 */
export function addPromptModel(model: Monaco.editor.ITextModel, names: () => readonly string[]): () => void {
  const key = model.uri.toString();
  promptModels.set(key, names);
  return () => promptModels.delete(key);
}
