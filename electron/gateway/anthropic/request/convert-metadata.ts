import { createHash } from 'node:crypto';
import type { Metadata } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatRequest } from '../../../../shared/chat/request-schema';

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const MAX_USER_ID = 256;

/**
 * The end-user id → `metadata.user_id` (A30): `metadata.user_id`, else
 * `safety_identifier`, else `user`. Anthropic's metadata holds only `user_id`,
 * so other OpenAI metadata keys are dropped with a warning. Anthropic asks for
 * an opaque id (no email, no phone number), so anything that looks like one,
 * or is too long, is sent as its SHA-256 hash: abuse attribution still works.
 * https://platform.claude.com/docs/en/api/messages (metadata.user_id)
 */
export function convertMetadata(request: ChatRequest, warnings: string[]): Metadata | undefined {
  const extra = Object.keys(request.metadata ?? {}).filter((key) => key !== 'user_id');
  if (extra.length > 0) warnings.push(`metadata ${extra.join(', ')} dropped: Anthropic accepts only metadata.user_id.`);
  const id = request.metadata?.user_id || request.safety_identifier || request.user;
  if (!id) return undefined;
  if (!EMAIL.test(id) && !PHONE.test(id) && id.length <= MAX_USER_ID) return { user_id: id };
  warnings.push('The user id looks like an email address or phone number (or is over 256 characters); its SHA-256 hash was sent as metadata.user_id.');
  return { user_id: createHash('sha256').update(id).digest('hex') };
}
