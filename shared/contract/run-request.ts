import { z } from 'zod';
import { attachmentPart } from '../chat/attachment';
import { chatMessage, chatRequestSchema, userContentPart } from '../chat/request-schema';

/**
 * What runs.start accepts: a chat request whose user messages may also carry
 * `duet_attachment` parts. The host swaps each for the stored bytes before the gateway
 * sees the request, so the HTTP endpoint (chatRequestSchema) never accepts them.
 */
export const runUserContentPart = z.union([attachmentPart, userContentPart]);

const [chatUserMessage, ...otherMessages] = partitionUser(chatMessage.options);

const runUserMessage = chatUserMessage.extend({
  content: z.union([z.string(), z.array(runUserContentPart)]),
});

export const runMessage = z.discriminatedUnion('role', [runUserMessage, ...otherMessages]);

export const runRequestSchema = chatRequestSchema.extend({
  messages: z.array(runMessage).min(1, 'messages must contain at least one message'),
});

export type RunRequest = z.infer<typeof runRequestSchema>;
export type RunMessage = z.infer<typeof runMessage>;
export type RunUserContentPart = z.infer<typeof runUserContentPart>;

type MessageOption = (typeof chatMessage.options)[number];
type UserOption = Extract<MessageOption, { shape: { role: z.ZodLiteral<'user'> } }>;

/** The user message schema first, then every other role, as the discriminated union needs them. */
function partitionUser(options: typeof chatMessage.options): [UserOption, ...Exclude<MessageOption, UserOption>[]] {
  const user = options.find((option): option is UserOption => option.shape.role.safeParse('user').success);
  if (!user) throw new Error('the chat message schema has no user message');
  return [user, ...options.filter((option): option is Exclude<MessageOption, UserOption> => option !== user)];
}
