/** A tool call as the diff shows it: `arguments` is the input as JSON text (maybe invalid). */
export interface DiffToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** One answer the diff can compare (a pane's latest run). */
export interface DiffCandidate {
  id: string;
  label: string;
  text: string;
  toolCalls: DiffToolCall[];
}
