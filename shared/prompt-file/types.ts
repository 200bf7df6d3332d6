import type { ThinkingBlock } from '../chat/chunk';
import type { Effort } from '../models/catalog';

/**
 * A `.prompt` file as Duet reads and writes it: Dotprompt front matter (YAML) and a Handlebars
 * body split into role sections. Everything a Dotprompt file may hold that Duet does not use is
 * kept (`extra`, `ext`, unknown keys inside `config` / `input` / `output`), so a hand-written file
 * survives a save. https://google.github.io/dotprompt/reference/frontmatter/
 */
export interface PromptFile {
  name?: string;
  variant?: string;
  version?: string | number;
  description?: string;
  /** Dotprompt's model of the first pane; a Duet model id or an OpenAI-compatible `provider/model`. */
  model?: string;
  /** Sampling settings of the first pane, in Dotprompt's names. */
  config?: ModelConfig;
  input?: InputSpec;
  output?: OutputSpec;
  /** Dotprompt tool names (resolved by the host application, not by Duet). */
  tools?: string[];
  /** Dotprompt tool definitions (name, description, inputSchema, outputSchema). */
  toolDefs?: Record<string, unknown>[];
  /** Duet's own settings: the `duet.<key>` front-matter keys (Dotprompt collects them under `ext.duet`). */
  duet: DuetSettings;
  /** Other namespaced keys (`acme.flag: 1` → `ext.acme.flag`), and `duet.*` keys Duet does not know, as written. */
  ext: Record<string, Record<string, unknown>>;
  /** Other top-level front-matter keys (e.g. `metadata`), as written. */
  extra: Record<string, unknown>;
  /** Top-level keys in the order the file had them; the serializer keeps it so diffs stay small. */
  keyOrder: string[];
  /** The body's sections in order. Text before the first role tag is a user section, as in Dotprompt. */
  body: PromptSection[];
  /** The file's line ending, kept on save. */
  lineEnding: '\n' | '\r\n';
}

export interface ModelConfig {
  temperature?: number;
  maxOutputTokens?: number;
  topP?: number;
  topK?: number;
  stopSequences?: string[];
  [key: string]: unknown;
}

export interface InputSpec {
  /** Picoschema or JSON Schema, as written. */
  schema?: unknown;
  /** Default values of the template's variables (Duet's variable values). */
  default?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface OutputSpec {
  format?: string;
  schema?: unknown;
  [key: string]: unknown;
}

export type PromptRole = 'system' | 'user' | 'model' | 'tool';
export const PROMPT_ROLES: readonly PromptRole[] = ['system', 'user', 'model', 'tool'];

export type CacheTtl = '5m' | '1h';

/** `{{role "user" cache="5m"}}` … up to the next role tag. */
export interface PromptSection {
  role: PromptRole;
  /** The section's text without its media tags; `{{variables}}` stay as written. */
  text: string;
  /** `{{media url=… contentType=…}}` tags of the section, in order. */
  media: PromptMedia[];
  /** A cache breakpoint at the end of this section. */
  cache?: CacheTtl;
  /** Tool sections: the call this result answers. */
  toolCallId?: string;
  toolName?: string;
  isError?: boolean;
  /** Text before the first role tag (Dotprompt's implicit user turn), written back without a tag. */
  implicit?: true;
}

/** The URL scheme of an attachment in Duet's content-addressed store: `sha256:<64 hex digits>`. */
export const ATTACHMENT_URL_PREFIX = 'sha256:';

/**
 * `{{media url="sha256:<hex>" contentType="application/pdf" name="q3.pdf" size=1234 pages=3}}`.
 * Dotprompt's media helper reads `url` and `contentType` and ignores the rest, so Duet's document
 * options ride on the same tag as the document they belong to.
 */
export interface PromptMedia {
  url: string;
  contentType?: string;
  name?: string;
  size?: number;
  pages?: number;
  citations?: boolean;
  title?: string;
  context?: string;
}

export interface ToolCallRecord {
  id: string;
  name: string;
  /** The arguments' JSON text as the model streamed it. */
  arguments: string;
}

/** What a model section carried besides its text: signed thinking and tool calls, sent back verbatim. */
export interface ModelTurn {
  /** 1-based position of the model section in its body. */
  section: number;
  thinking?: ThinkingBlock[];
  toolCalls?: ToolCallRecord[];
}

export type ThinkingType = 'off' | 'budget' | 'adaptive';

export interface ThinkingSettings {
  type: ThinkingType;
  budgetTokens?: number;
  effort?: Effort;
}

export interface ToolChoiceSettings {
  type: 'auto' | 'required' | 'none' | 'tool';
  name?: string;
}

export interface ToolCacheSettings {
  ttl: 'off' | CacheTtl;
  /** The tool that ends the cached prefix; absent: the last tool. */
  tool?: string;
}

/**
 * JSON text from one of Duet's JSON editors: the parsed value when the text is exactly
 * `JSON.stringify(value, null, 2)` (so the file reads as YAML), otherwise the text itself, so
 * nothing typed (even invalid JSON) is lost or reformatted.
 */
export type JsonText = { json: unknown } | { text: string };

/** Claude settings of one pane that Dotprompt has no key for. */
export interface PaneClaudeSettings {
  thinking?: ThinkingSettings;
  /** Tools as in Duet's editor (OpenAI or Anthropic shape, server tools included). */
  tools?: JsonText;
  toolChoice?: ToolChoiceSettings;
  parallelToolCalls?: boolean;
  toolCache?: ToolCacheSettings;
  /** The output JSON Schema when it is not written as `output.schema`. */
  schema?: JsonText;
  schemaName?: string;
}

/** A pane's own copy of the prompt. */
export interface PromptFork {
  body: PromptSection[];
  turns: ModelTurn[];
  values: Record<string, string>;
}

/** A pane after the first (the first pane's settings are the top-level keys). */
export interface PaneSpec extends PaneClaudeSettings {
  model: string;
  config?: ModelConfig;
  fork?: PromptFork;
}

export interface DuetSettings extends PaneClaudeSettings {
  /** anthropic-beta values sent with the request. */
  betas?: string[];
  /** Thinking and tool calls of the body's model sections. */
  turns?: ModelTurn[];
  /** The first pane's fork. */
  fork?: PromptFork;
  /** Panes 2 to 4. */
  panes?: PaneSpec[];
  layout?: 'columns' | 'rows';
}

export interface PromptFileError {
  message: string;
  /** 1-based, in the whole file (front matter included). */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export type ParsePromptFileResult = { ok: true; file: PromptFile } | { ok: false; error: PromptFileError };
