import type { JsonText, ModelConfig, PaneClaudeSettings } from '../../../../shared/prompt-file';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';

export interface PaneParamsInFile {
  config?: ModelConfig;
  claude: PaneClaudeSettings;
}

/**
 * A pane's parameters as file keys: sampling under Dotprompt's `config`, the rest as Duet's
 * settings. Only what differs from the defaults is written, so a file says what was chosen.
 */
export function paramsToFile(params: PaneParams): PaneParamsInFile {
  const config: ModelConfig = {};
  if (params.temperature !== null) config.temperature = params.temperature;
  if (params.maxTokens !== null) config.maxOutputTokens = params.maxTokens;
  if (params.topP !== null) config.topP = params.topP;
  if (params.topK !== null) config.topK = params.topK;
  if (params.stop.length > 0) config.stopSequences = [...params.stop];
  return { ...(Object.keys(config).length > 0 ? { config } : {}), claude: claudeSettingsOf(params) };
}

function claudeSettingsOf(params: PaneParams): PaneClaudeSettings {
  const d = DEFAULT_PARAMS;
  const claude: PaneClaudeSettings = {};
  if (params.thinking !== d.thinking || params.budgetTokens !== d.budgetTokens || params.effort !== d.effort) {
    claude.thinking = { type: params.thinking };
    if (params.thinking === 'budget' || params.budgetTokens !== d.budgetTokens) claude.thinking.budgetTokens = params.budgetTokens;
    if (params.thinking === 'adaptive' || params.effort !== d.effort) claude.thinking.effort = params.effort;
  }
  if (params.toolsJson !== '') claude.tools = jsonTextOf(params.toolsJson);
  if (params.toolChoice !== d.toolChoice || params.toolChoiceName !== '') {
    claude.toolChoice = { type: params.toolChoice, ...(params.toolChoiceName !== '' ? { name: params.toolChoiceName } : {}) };
  }
  if (!params.parallelToolCalls) claude.parallelToolCalls = false;
  if (params.cacheTtl !== d.cacheTtl || params.cacheToolName !== '') {
    claude.toolCache = { ttl: params.cacheTtl, ...(params.cacheToolName !== '' ? { tool: params.cacheToolName } : {}) };
  }
  if (params.schemaJson !== '') claude.schema = jsonTextOf(params.schemaJson);
  if (params.schemaName !== d.schemaName) claude.schemaName = params.schemaName;
  return claude;
}

export function paramsFromFile(config: ModelConfig | undefined, claude: PaneClaudeSettings): PaneParams {
  const d = DEFAULT_PARAMS;
  return {
    ...d,
    maxTokens: config?.maxOutputTokens ?? null,
    temperature: config?.temperature ?? null,
    topP: config?.topP ?? null,
    topK: config?.topK ?? null,
    stop: [...(config?.stopSequences ?? [])],
    thinking: claude.thinking?.type ?? d.thinking,
    budgetTokens: claude.thinking?.budgetTokens ?? d.budgetTokens,
    effort: claude.thinking?.effort ?? d.effort,
    toolsJson: claude.tools ? textOfJson(claude.tools) : '',
    toolChoice: claude.toolChoice?.type ?? d.toolChoice,
    toolChoiceName: claude.toolChoice?.name ?? '',
    parallelToolCalls: claude.parallelToolCalls ?? true,
    cacheToolName: claude.toolCache?.tool ?? '',
    cacheTtl: claude.toolCache?.ttl ?? d.cacheTtl,
    schemaJson: claude.schema ? textOfJson(claude.schema) : '',
    schemaName: claude.schemaName ?? d.schemaName,
  };
}

/**
 * Editor text as the file keeps it: as YAML when it is a JSON object or array formatted the way
 * Duet formats it (so reading it back gives the same text), otherwise as the text itself.
 */
export function jsonTextOf(text: string): JsonText {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && JSON.stringify(value, null, 2) === text) return { json: value };
  } catch {
    // Not JSON (yet): kept as typed.
  }
  return { text };
}

export function textOfJson(value: JsonText): string {
  return 'json' in value ? JSON.stringify(value.json, null, 2) : value.text;
}
