/** The six ways to get a pane's request as code. */
export const SNIPPET_FLAVOURS = ['anthropic-curl', 'anthropic-python', 'anthropic-typescript', 'gateway-python', 'gateway-typescript', 'gateway-curl'] as const;
export type SnippetFlavour = (typeof SNIPPET_FLAVOURS)[number];

/** A stored attachment the snippet reads at run time (or names, when its bytes are inlined). */
export interface SnippetFile {
  path: string;
  name: string;
  mime: string;
  size: number;
}

/** What every generator gets: a request body with markers (see markers.ts) and how to spell them. */
export interface SnippetInput {
  /** The JSON body, `stream` included. */
  body: Record<string, unknown>;
  /** anthropic-beta values (Anthropic flavours only). */
  betas: string[];
  stream: boolean;
  /** Template variables and their current values, when the template is kept as a function of them. */
  variables?: Record<string, string> | undefined;
  /** Files behind the body's file markers, by attachment id. */
  files: Record<string, SnippetFile>;
}

export interface Snippet {
  flavour: SnippetFlavour;
  /** Tab label, e.g. "Anthropic · Python". */
  title: string;
  language: 'shell' | 'python' | 'typescript';
  /** A file name to save it as. */
  fileName: string;
  code: string;
  /** The environment variable the user must set before running it. */
  envVar: 'ANTHROPIC_API_KEY' | 'DUET_GATEWAY_TOKEN';
  /** Plain sentences shown beside the code (size of inlined data, options that do not apply). */
  notes: string[];
}

export const GATEWAY_DEFAULT_URL = 'http://127.0.0.1:8787/v1';
export const ANTHROPIC_DEFAULT_URL = 'https://api.anthropic.com';

/** The Messages API version the gateway's SDK sends; cURL names it so both get the same API. */
export const ANTHROPIC_VERSION = '2026-10-21';
