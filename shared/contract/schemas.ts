import { z } from 'zod';
import { chatRequestSchema } from '../chat/request-schema';
import type { InvokeChannel } from './channels';

/**
 * One zod schema per invoke channel. Hosts validate every payload with these
 * before a handler sees it; `satisfies` keeps the list in step with the channels.
 */
export const runId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'runId must be 8-64 letters, digits, _ or -');

export const requestSchemas = {
  'app.info': z.undefined(),
  'models.list': z.undefined(),
  'runs.start': z.object({ runId, request: chatRequestSchema }),
  'runs.cancel': z.object({ runId }),
} satisfies Record<InvokeChannel, z.ZodType>;

export type RequestOf<K extends InvokeChannel> = z.infer<(typeof requestSchemas)[K]>;
