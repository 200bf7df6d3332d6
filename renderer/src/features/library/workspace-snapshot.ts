import { frontMatterKeys } from '../../../../shared/prompt-file';
import type { InputSpec, JsonText, ModelConfig, OutputSpec, PaneSpec, PromptFile } from '../../../../shared/prompt-file';
import { DEFAULT_MODEL_ID } from '../../../../shared/models/catalog';
import { MAX_PANES, type PaneLayout, type PromptDoc } from '../compare/panes';
import { DEFAULT_PARAMS, type PaneParams } from '../params/types';
import { jsonTextOf, paramsFromFile, paramsToFile, textOfJson } from './pane-params-file';
import { bodyOfDoc, docOfBody, docOfFork, forkOfDoc } from './prompt-doc-file';

export interface PaneSnapshot {
  model: string;
  params: PaneParams;
  /** The pane's own prompt; absent while it sends the shared one. */
  fork?: PromptDoc;
}

/** What a prompt file holds of the workspace, store-independent. */
export interface WorkspaceSnapshot {
  shared: PromptDoc;
  /** In screen order, 1 to 4. */
  panes: PaneSnapshot[];
  layout: PaneLayout;
}

const SAMPLING_KEYS = ['temperature', 'maxOutputTokens', 'topP', 'topK', 'stopSequences'];

/**
 * The workspace as a file. `base` is the file the workspace was loaded from: what Duet has no
 * place for (description, input schema, other tools' keys, unknown keys, betas) is written back
 * from it unchanged, so a save loses nothing.
 */
export function fileOfSnapshot(snapshot: WorkspaceSnapshot, base: PromptFile, name?: string): PromptFile {
  // The panes store never holds none; a default pane keeps this total anyway.
  const [first = { model: DEFAULT_MODEL_ID, params: DEFAULT_PARAMS }, ...others] = snapshot.panes;
  const { config, claude } = paramsToFile(first.params);
  const { schema, tools, ...claudeRest } = claude;
  const { body, turns } = bodyOfDoc(snapshot.shared);
  const { duet: outputDuet, ...output } = outputKeys(base.output, schema);
  const { duet: toolsDuet, ...toolDefs } = toolKeys(base.toolDefs, tools);
  const file = compact<PromptFile>({
    ...base,
    name: name ?? base.name,
    model: first.model,
    config: mergeConfig(base.config, config),
    input: inputOf(base.input, snapshot.shared.values),
    output: undefined,
    toolDefs: undefined,
    ...output,
    ...toolDefs,
    duet: compact({
      ...claudeRest,
      betas: base.duet.betas,
      turns: turns.length > 0 ? turns : undefined,
      fork: first.fork ? forkOfDoc(first.fork) : undefined,
      panes: others.length > 0 ? others.map((pane, i) => paneSpecOf(pane, base.duet.panes?.[i]?.config)) : undefined,
      layout: snapshot.layout === 'rows' ? 'rows' : undefined,
      ...outputDuet,
      ...toolsDuet,
    }),
    body,
  });
  return { ...file, keyOrder: frontMatterKeys(file) };
}

/**
 * The first pane's output schema: a JSON Schema goes to Dotprompt's `output.schema` (where the file
 * had its keys); anything else typed stays text in `duet.schema`. A JSON Schema the file had is
 * the pane's (snapshotOfFile took it), so it is not written again beside a changed one.
 */
function outputKeys(base: OutputSpec | undefined, schema: JsonText | undefined): { output?: OutputSpec; duet: { schema?: JsonText } } {
  if (schema && 'json' in schema && isJsonSchema(schema.json)) return { output: { ...base, format: 'json', schema: schema.json }, duet: {} };
  const kept = base && outputSchemaOf(base) ? withoutSchema(base) : base;
  return { ...(kept ? { output: kept } : {}), duet: schema ? { schema } : {} };
}

/** Tools read from Dotprompt `toolDefs` are written back as those while unchanged; edited, they are Duet's. */
function toolKeys(baseDefs: PromptFile['toolDefs'], tools: JsonText | undefined): { toolDefs?: PromptFile['toolDefs']; duet: { tools?: JsonText } } {
  const fromDefs = toolsOfDefs(baseDefs);
  if (fromDefs && tools && textOfJson(fromDefs) === textOfJson(tools)) return { toolDefs: baseDefs, duet: {} };
  return { ...(baseDefs && !fromDefs ? { toolDefs: baseDefs } : {}), duet: tools ? { tools } : {} };
}

/** A pane after the first; `baseConfig` is the config the file had for the pane at that place. */
function paneSpecOf(pane: PaneSnapshot, baseConfig: ModelConfig | undefined): PaneSpec {
  const { config, claude } = paramsToFile(pane.params);
  return compact({ model: pane.model, config: mergeConfig(baseConfig, config), ...claude, fork: pane.fork ? forkOfDoc(pane.fork) : undefined });
}

/** Sampling from the pane; keys Duet does not read (e.g. safetySettings) from the file, in the file's order. */
function mergeConfig(base: ModelConfig | undefined, config: ModelConfig | undefined): ModelConfig | undefined {
  const merged: ModelConfig = {};
  for (const [key, value] of Object.entries(base ?? {})) {
    if (!SAMPLING_KEYS.includes(key)) merged[key] = value;
    else if (config?.[key] !== undefined) merged[key] = config[key];
  }
  Object.assign(merged, config);
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** Variable values as Dotprompt defaults; a default the file wrote as a number stays one while unchanged. */
function inputOf(base: InputSpec | undefined, values: Record<string, string>): InputSpec | undefined {
  const { default: written, ...rest } = base ?? {};
  const defaults = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, written && valueText(written[key]) === value ? written[key] : value]));
  const input: InputSpec = { ...rest, ...(Object.keys(defaults).length > 0 ? { default: defaults } : {}) };
  return Object.keys(input).length > 0 ? input : undefined;
}

/** A file as the workspace, and the base to keep for the next save. */
export function snapshotOfFile(file: PromptFile, defaultModel: string, newId: () => string): { snapshot: WorkspaceSnapshot; base: PromptFile } {
  // Of the panes, only the config keys Duet does not read are kept (by place, as panes have no names).
  const paneConfigs = file.duet.panes?.map((pane): PaneSpec => compact({ model: pane.model, config: pane.config }));
  const base: PromptFile = structuredClone({ ...file, duet: compact({ betas: file.duet.betas, panes: paneConfigs }), body: [] });
  const values = Object.fromEntries(Object.entries(file.input?.default ?? {}).map(([key, value]) => [key, valueText(value)]));
  const outputSchema = file.output ? outputSchemaOf(file.output) : undefined;
  const schema = file.duet.schema ?? (outputSchema ? jsonTextOf(JSON.stringify(outputSchema, null, 2)) : undefined);
  const tools = file.duet.tools ?? toolsOfDefs(file.toolDefs);
  const first: PaneSnapshot = {
    model: file.model ?? defaultModel,
    params: paramsFromFile(file.config, { ...file.duet, ...(schema ? { schema } : {}), ...(tools ? { tools } : {}) }),
    ...(file.duet.fork ? { fork: docOfFork(file.duet.fork, newId) } : {}),
  };
  const others = (file.duet.panes ?? []).slice(0, MAX_PANES - 1).map((pane): PaneSnapshot => ({
    model: pane.model,
    params: paramsFromFile(pane.config, pane),
    ...(pane.fork ? { fork: docOfFork(pane.fork, newId) } : {}),
  }));
  const shared = docOfBody(file.body, file.duet.turns ?? [], values, newId);
  return { snapshot: { shared, panes: [first, ...others], layout: file.duet.layout ?? 'columns' }, base };
}

/** A JSON Schema under `output.schema` (format json) is a pane's output schema; Picoschema is left to the file. */
function outputSchemaOf(output: OutputSpec): Record<string, unknown> | undefined {
  const jsonFormat = output.format === undefined || output.format === 'json';
  return jsonFormat && isJsonSchema(output.schema) ? output.schema : undefined;
}

function withoutSchema({ format: _format, schema: _schema, ...rest }: OutputSpec): OutputSpec | undefined {
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/** Dotprompt tool definitions with JSON Schema inputs, as Duet's tools in Anthropic's shape. */
function toolsOfDefs(defs: PromptFile['toolDefs']): JsonText | undefined {
  if (!defs || defs.length === 0 || !defs.every((def) => def.inputSchema === undefined || isJsonSchema(def.inputSchema))) return undefined;
  const tools = defs.map((def) => compact({ name: def.name, description: def.description, input_schema: def.inputSchema ?? { type: 'object' } }));
  return jsonTextOf(JSON.stringify(tools, null, 2));
}

const JSON_SCHEMA_KEYS = ['type', '$schema', '$ref', 'properties', 'anyOf', 'oneOf', 'allOf', 'enum'];

function isJsonSchema(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && JSON_SCHEMA_KEYS.some((key) => key in value);
}

const valueText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The object without its undefined properties, so files compare and serialize cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
