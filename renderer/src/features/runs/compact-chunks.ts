import type { ChatChunk } from '../../../../shared/chat/chunk';
import { compactTextChunks, isTextOnly, textChunk } from '../../../../shared/chat/compact-chunks';

export { compactTextChunks };

/**
 * Adds a frame's chunks to a run's archive for the Inspector. The first choice's text is left out:
 * the run keeps it already (RunState.answer and reasoning) and the Inspector fills it back in
 * (assembleCompletion's `firstChoiceText`), so a long answer is held once, not twice. Text-only
 * chunks of the first choice are then empty and dropped, except one to name the stream.
 */
export function archiveChunks(archive: ChatChunk[], chunks: readonly ChatChunk[]): void {
  for (const chunk of compactTextChunks(chunks)) {
    if (!isTextOnly(chunk) || chunk.choices[0]?.index !== 0) archive.push(chunk);
    else if (archive.length === 0) archive.push(textChunk(chunk, '', ''));
  }
}
