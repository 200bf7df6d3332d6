import { z } from 'zod';
import { attachmentId } from '../chat/attachment';
import { historySchemas, runOrigin } from './history';
import { librarySchemas } from './library';
import { runRequestSchema } from './run-request';
import type { InvokeChannel } from './channels';

/**
 * One zod schema per invoke channel. Hosts validate every payload with these
 * before a handler sees it; `satisfies` keeps the list in step with the channels.
 */
export const runId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'runId must be 8-64 letters, digits, _ or -');

/** 'anthropic' or an OpenAI-compatible provider's id; it becomes part of a keychain entry name. */
export const providerId = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'a provider id is 1-64 lowercase letters, digits, ".", "_" or "-"');

/** A key as pasted. zod never echoes values in its messages, so a bad key is not repeated back. */
const apiKey = z.string().trim().min(1, 'the key is empty').max(512, 'the key is longer than 512 characters');

const baseURL = z
  .string()
  .trim()
  .url('the base URL must be a full URL such as http://localhost:11434/v1')
  .refine((url) => /^https?:\/\//.test(url), 'the base URL must start with http:// or https://');

/** Anthropic's 32 MB request limit in base64 characters; the host's store applies the exact per-type limits. */
export const MAX_ATTACHMENT_BASE64 = Math.ceil((32 * 1024 * 1024) / 3) * 4;
/** One character class (no group), so a 32 MB string never exhausts the regex engine's backtrack stack. */
const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (text: string): boolean => text.length % 4 === 0 && BASE64_CHARS.test(text);

export const requestSchemas = {
  'app.info': z.undefined(),
  'models.list': z.undefined(),
  'runs.start': z.object({ runId, request: runRequestSchema, origin: runOrigin.optional() }),
  'runs.cancel': z.object({ runId }),
  'keys.status': z.undefined(),
  'keys.set': z.object({ provider: providerId, key: apiKey }),
  'keys.remove': z.object({ provider: providerId }),
  'keys.test': z.object({ provider: providerId }),
  'providers.list': z.undefined(),
  'providers.save': z.object({
    id: providerId.refine((id) => id !== 'anthropic', '"anthropic" is built in'),
    name: z.string().trim().min(1, 'the name is empty').max(60),
    baseURL,
  }),
  'providers.remove': z.object({ id: providerId }),
  'gateway.status': z.undefined(),
  'gateway.configure': z.object({ enabled: z.boolean(), port: z.number().int().min(1024).max(65535) }),
  'gateway.token': z.object({ rotate: z.boolean() }),
  /** A file the user picked or dropped, read by the host (Electron only: the web host takes uploads). */
  'attachments.addPath': z.object({ path: z.string().min(1, 'the path is empty').max(4096) }),
  /** Bytes with no file behind them (an image pasted from the clipboard in Electron); the host checks them as addPath does. */
  'attachments.addBytes': z.object({
    name: z.string().trim().min(1, 'the name is empty').max(255, 'the name is longer than 255 characters'),
    base64: z
      .string()
      .min(1, 'the file is empty')
      .max(MAX_ATTACHMENT_BASE64, 'the file is larger than 32 MB, Anthropic\'s request limit')
      .refine(isBase64, 'the bytes must be base64 (A-Z, a-z, 0-9, +, / and = padding)'),
  }),
  'attachments.read': z.object({ id: attachmentId }),
  /**
   * "Get code": the request a pane sends, as code. With `variables`, the request's strings keep
   * each placeholder as a marker (shared/export/markers.ts) and the snippets fill them at run time.
   */
  'export.snippets': z.object({
    request: runRequestSchema,
    stream: z.boolean(),
    attachments: z.enum(['path', 'inline']),
    variables: z.record(z.string(), z.string()).optional(),
  }),
  ...historySchemas,
  ...librarySchemas,
} satisfies Record<InvokeChannel, z.ZodType>;

export type RequestOf<K extends InvokeChannel> = z.infer<(typeof requestSchemas)[K]>;
