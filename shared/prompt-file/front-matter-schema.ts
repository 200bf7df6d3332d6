import { z } from 'zod';
import { EFFORT_LEVELS } from '../models/catalog';

/**
 * The front matter as Duet checks it. Dotprompt's own keys are loose objects (keys Duet does not
 * read are kept); Duet's `duet.*` values are strict, so a misspelt key is reported at its line
 * rather than silently dropped.
 */
const cacheTtl = z.enum(['5m', '1h']);

export const modelConfigSchema = z.looseObject({
  temperature: z.number().min(0).optional(),
  maxOutputTokens: z.number().int().positive().optional(),
  topP: z.number().min(0).max(1).optional(),
  topK: z.number().int().positive().optional(),
  stopSequences: z.array(z.string()).optional(),
});

const thinkingBlock = z.union([
  z.strictObject({ type: z.literal('thinking'), thinking: z.string(), signature: z.string() }),
  z.strictObject({ type: z.literal('redacted_thinking'), data: z.string() }),
]);

const toolCall = z.strictObject({ id: z.string(), name: z.string(), arguments: z.string() });

const modelTurn = z.strictObject({
  section: z.number().int().min(1),
  thinking: z.array(thinkingBlock).optional(),
  toolCalls: z.array(toolCall).optional(),
});

const fork = z.strictObject({
  template: z.string(),
  turns: z.array(modelTurn).optional(),
  values: z.record(z.string(), z.string()).optional(),
});

/** JSON from one of Duet's editors: YAML structure, or the text itself (a string). */
const jsonText = z.unknown();

const claudeSettings = {
  thinking: z
    .strictObject({ type: z.enum(['off', 'budget', 'adaptive']), budgetTokens: z.number().int().positive().optional(), effort: z.enum(EFFORT_LEVELS).optional() })
    .optional(),
  tools: jsonText.optional(),
  toolChoice: z.strictObject({ type: z.enum(['auto', 'required', 'none', 'tool']), name: z.string().optional() }).optional(),
  parallelToolCalls: z.boolean().optional(),
  toolCache: z.strictObject({ ttl: z.enum(['off', '5m', '1h']), tool: z.string().optional() }).optional(),
  schema: jsonText.optional(),
  schemaName: z.string().optional(),
};

const paneSpec = z.strictObject({ model: z.string().min(1), config: modelConfigSchema.optional(), ...claudeSettings, fork: fork.optional() });

/** Duet's keys, by the name Dotprompt files them under `ext.duet`. */
export const duetKeySchemas = {
  ...claudeSettings,
  betas: z.array(z.string()).optional(),
  turns: z.array(modelTurn).optional(),
  fork: fork.optional(),
  panes: z.array(paneSpec).max(3, 'at most 3 more panes (4 in all)').optional(),
  layout: z.enum(['columns', 'rows']).optional(),
};
export const DUET_KEYS = Object.keys(duetKeySchemas) as (keyof typeof duetKeySchemas)[];

export const dotpromptKeySchemas = {
  name: z.string().optional(),
  variant: z.string().optional(),
  version: z.union([z.string(), z.number()]).optional(),
  description: z.string().optional(),
  model: z.string().optional(),
  config: modelConfigSchema.optional(),
  input: z.looseObject({ schema: z.unknown().optional(), default: z.record(z.string(), z.unknown()).optional() }).optional(),
  output: z.looseObject({ format: z.string().optional(), schema: z.unknown().optional() }).optional(),
  tools: z.array(z.string()).optional(),
  toolDefs: z.array(z.looseObject({ name: z.string() })).optional(),
};
export const DOTPROMPT_KEYS = Object.keys(dotpromptKeySchemas) as (keyof typeof dotpromptKeySchemas)[];

export { cacheTtl };
export type RawFork = z.infer<typeof fork>;
export type RawPaneSpec = z.infer<typeof paneSpec>;
