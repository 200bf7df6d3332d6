import type { EditorJsonSchema } from '../editor/json-schemas';
import { SCHEMA_TYPES } from './validate-schema';

/*
 * JSON Schemas Monaco checks the tools and output-schema editors against, for hover help,
 * completion and warnings as you type. validate-tools.ts and validate-schema.ts stay the
 * authority (they decide what is sent); these only guide the writing.
 */

const CACHE_CONTROL = {
  type: 'object',
  description: 'A cache breakpoint after this tool.',
  properties: { type: { const: 'ephemeral' }, ttl: { enum: ['5m', '1h'] } },
  required: ['type'],
};

const TOOL_NAME = { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$', description: '1–64 letters, digits, _ or -.' };

const OBJECT_SCHEMA = {
  type: 'object',
  description: 'A JSON Schema for the tool input, with "type": "object" at its root.',
  properties: { type: { const: 'object' }, properties: { type: 'object' }, required: { type: 'array', items: { type: 'string' } } },
  required: ['type'],
};

const FUNCTION_TOOL = {
  title: 'OpenAI function tool',
  type: 'object',
  properties: {
    type: { const: 'function' },
    function: {
      type: 'object',
      properties: { name: TOOL_NAME, description: { type: 'string' }, parameters: OBJECT_SCHEMA, strict: { type: 'boolean' } },
      required: ['name', 'parameters'],
    },
    cache_control: CACHE_CONTROL,
  },
  required: ['type', 'function'],
};

const ANTHROPIC_TOOL = {
  title: 'Anthropic tool',
  type: 'object',
  properties: { name: TOOL_NAME, description: { type: 'string' }, input_schema: OBJECT_SCHEMA, cache_control: CACHE_CONTROL },
  required: ['name', 'input_schema'],
};

const SERVER_TOOL = {
  title: 'Anthropic server tool',
  type: 'object',
  description: 'Passed through as written, e.g. {"type": "web_search_20250305", "name": "web_search"}.',
  properties: { type: { type: 'string', pattern: '^(?!function$)[a-z_]+\\d*$' }, name: { type: 'string' }, cache_control: CACHE_CONTROL },
  required: ['type', 'name'],
};

export const TOOLS_SCHEMA: EditorJsonSchema = {
  id: 'tools',
  schema: { type: 'array', description: 'The tools the model may call.', items: { anyOf: [FUNCTION_TOOL, ANTHROPIC_TOOL, SERVER_TOOL] } },
};

/** The part of JSON Schema an output schema is written in, recursively (not the whole meta-schema). */
const SCHEMA_NODE = {
  type: 'object',
  properties: {
    type: { anyOf: [{ enum: SCHEMA_TYPES }, { type: 'array', items: { enum: SCHEMA_TYPES } }] },
    description: { type: 'string' },
    properties: { type: 'object', additionalProperties: { $ref: '#/definitions/node' } },
    required: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    additionalProperties: { anyOf: [{ type: 'boolean' }, { $ref: '#/definitions/node' }] },
    items: { $ref: '#/definitions/node' },
    enum: { type: 'array' },
    anyOf: { type: 'array', items: { $ref: '#/definitions/node' } },
    $defs: { type: 'object', additionalProperties: { $ref: '#/definitions/node' } },
    $ref: { type: 'string' },
  },
};

export const OUTPUT_SCHEMA_SCHEMA: EditorJsonSchema = {
  id: 'output-schema',
  schema: { definitions: { node: SCHEMA_NODE }, allOf: [{ $ref: '#/definitions/node' }], type: 'object', required: ['type'] },
};
