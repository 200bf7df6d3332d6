import type { Effort } from '../../../../shared/models/catalog';

export type ThinkingChoice = 'off' | 'budget' | 'adaptive';
export type ToolChoiceKind = 'auto' | 'required' | 'none' | 'tool';
export type CacheTtl = 'off' | '5m' | '1h';

/** A pane's request parameters, as the user set them (null: leave it to the gateway's default). */
export interface PaneParams {
  maxTokens: number | null;
  /** Sent as written; the gateway drops sampling parameters for models whose API rejects them. */
  temperature: number | null;
  topP: number | null;
  topK: number | null;
  stop: string[];
  thinking: ThinkingChoice;
  budgetTokens: number;
  effort: Effort;
  /** Tools as JSON text, kept even when invalid so nothing typed is lost. */
  toolsJson: string;
  toolChoice: ToolChoiceKind;
  /** The tool forced when toolChoice is 'tool'. */
  toolChoiceName: string;
  parallelToolCalls: boolean;
  /** Cache breakpoint on one tool: its name ('' is the last tool) and TTL. */
  cacheToolName: string;
  cacheTtl: CacheTtl;
  /** Structured output JSON Schema as text ('' is off). */
  schemaJson: string;
  schemaName: string;
}

export const DEFAULT_PARAMS: PaneParams = {
  maxTokens: null,
  temperature: null,
  topP: null,
  topK: null,
  stop: [],
  thinking: 'off',
  budgetTokens: 2048,
  effort: 'medium',
  toolsJson: '',
  toolChoice: 'auto',
  toolChoiceName: '',
  parallelToolCalls: true,
  cacheToolName: '',
  cacheTtl: 'off',
  schemaJson: '',
  schemaName: 'response',
};
