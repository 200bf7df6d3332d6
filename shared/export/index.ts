export { fileMarker, variableMarker } from './markers';
export { generateSnippets, type SnippetBodies } from './snippets';
export { SNIPPET_FLAVOURS, type Snippet, type SnippetFile, type SnippetFlavour } from './types';
