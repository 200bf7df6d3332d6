import type { InputSpec, JsonText, ModelConfig, OutputSpec, PaneSpec, PromptFile } from '../../../../shared/prompt-file';
import type { PaneLayout, PromptDoc } from '../compare/panes';
import type { PaneParams } from '../params/types';
import { jsonTextOf, paramsFromFile, paramsToFile } from './pane-params-file';
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
  const [first, ...others] = snapshot.panes;
  if (!first) throw new Error('A workspace has at least one pane');
  const { config, claude } = paramsToFile(first.params);
  const { schema, ...claudeRest } = claude;
  const schemaAsOutput = schema && 'json' in schema && isJsonSchema(schema.json) ? schema.json : undefined;
  const { body, turns } = bodyOfDoc(snapshot.shared);
  return compact({
    ...base,
    name: name ?? base.name,
    model: first.model,
    config: mergeConfig(base.config, config),
    input: inputOf(base.input, snapshot.shared.values),
    output: schemaAsOutput ? { ...base.output, format: 'json', schema: schemaAsOutput } : base.output,
    duet: compact({
      ...claudeRest,
      schema: schemaAsOutput ? undefined : schema,
      betas: base.duet.betas,
      turns: turns.length > 0 ? turns : undefined,
      fork: first.fork ? forkOfDoc(first.fork) : undefined,
      panes: others.length > 0 ? others.map(paneSpecOf) : undefined,
      layout: snapshot.layout === 'rows' ? 'rows' : undefined,
    }),
    body,
  });
}

function paneSpecOf(pane: PaneSnapshot): PaneSpec {
  const { config, claude } = paramsToFile(pane.params);
  return compact({ model: pane.model, config, ...claude, fork: pane.fork ? forkOfDoc(pane.fork) : undefined });
}

/** Sampling from the pane; keys Duet does not read (e.g. safetySettings) from the file. */
function mergeConfig(base: ModelConfig | undefined, config: ModelConfig | undefined): ModelConfig | undefined {
  const kept = Object.fromEntries(Object.entries(base ?? {}).filter(([key]) => !SAMPLING_KEYS.includes(key)));
  const merged = { ...kept, ...config };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** Variable values as Dotprompt defaults; a default the file wrote as a number stays one while unchanged. */
function inputOf(base: InputSpec | undefined, values: Record<string, string>): InputSpec | undefined {
  const { default: written, ...rest } = base ?? {};
  const defaults = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, written && valueText(written[key]) === value ? written[key] : value]));
  const input: InputSpec = { ...rest, ...(Object.keys(defaults).length > 0 ? { default: defaults } : {}) };
  return Object.keys(input).length > 0 ? input : undefined;
}

/** A file as the workspace, and the base to keep for the next save (what the workspace took over left out). */
export function snapshotOfFile(file: PromptFile, defaultModel: string, newId: () => string): { snapshot: WorkspaceSnapshot; base: PromptFile } {
  const base: PromptFile = structuredClone({ ...file, duet: compact({ betas: file.duet.betas }) });
  const values = Object.fromEntries(Object.entries(file.input?.default ?? {}).map(([key, value]) => [key, valueText(value)]));
  const schema = file.duet.schema ?? takeOutputSchema(base);
  const tools = file.duet.tools ?? takeToolDefs(base);
  const first: PaneSnapshot = {
    model: file.model ?? defaultModel,
    params: paramsFromFile(file.config, { ...file.duet, ...(schema ? { schema } : {}), ...(tools ? { tools } : {}) }),
    ...(file.duet.fork ? { fork: docOfFork(file.duet.fork, newId) } : {}),
  };
  const others = (file.duet.panes ?? []).map((pane): PaneSnapshot => ({
    model: pane.model,
    params: paramsFromFile(pane.config, pane),
    ...(pane.fork ? { fork: docOfFork(pane.fork, newId) } : {}),
  }));
  const shared = docOfBody(file.body, file.duet.turns ?? [], values, newId);
  return { snapshot: { shared, panes: [first, ...others], layout: file.duet.layout ?? 'columns' }, base };
}

/** A JSON Schema written as `output.schema` becomes the pane's output schema (Picoschema stays in the file). */
function takeOutputSchema(base: PromptFile): JsonText | undefined {
  const output = base.output;
  if (!output || (output.format !== undefined && output.format !== 'json') || !isJsonSchema(output.schema)) return undefined;
  const { format: _format, schema, ...rest } = output;
  base.output = Object.keys(rest).length > 0 ? (rest as OutputSpec) : undefined;
  return jsonTextOf(JSON.stringify(schema, null, 2));
}

/** Dotprompt tool definitions with JSON Schema inputs become the pane's tools, in Anthropic's shape. */
function takeToolDefs(base: PromptFile): JsonText | undefined {
  const defs = base.toolDefs;
  if (!defs || defs.length === 0 || !defs.every((def) => def.inputSchema === undefined || isJsonSchema(def.inputSchema))) return undefined;
  base.toolDefs = undefined;
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
