import type { Handlers, RunRequest } from '../../../shared/contract';
import { fileMarker, generateSnippets, type SnippetFile } from '../../../shared/export';
import { anthropicRequestOf } from '../../gateway';
import { resolveRunRequest, type AttachmentStore } from '../attachments';

type ExportHandlers = Pick<Handlers, 'export.snippets'>;
type Store = Pick<AttachmentStore, 'resolve' | 'pathOf'>;

/**
 * "Get code": the pane's request through the same attachment inlining and OpenAI → Anthropic
 * translation a Run uses, then written out per flavour by the pure generators in shared/export.
 */
export function createExportHandlers(store: Store): ExportHandlers {
  return {
    'export.snippets': async (options) => {
      const request = withStreaming(options.request, options.stream);
      const files = await filesOf(request, store);
      const resolver = options.attachments === 'inline' ? store : markerStore(store);
      const chatRequest = await resolveRunRequest(request, resolver);
      const bodies = {
        gateway: { body: chatRequest as unknown as Record<string, unknown> },
        stream: options.stream,
        variables: options.variables,
        files: options.attachments === 'path' ? files : {},
        inlineBytes: options.attachments === 'inline' ? Object.values(files).reduce((sum, file) => sum + Math.ceil(file.size / 3) * 4, 0) : 0,
      };
      const claude = isClaude(request.model) ? anthropicRequestOf(chatRequest) : undefined;
      const snippets = generateSnippets({ ...bodies, anthropic: claude ?? { body: {}, betas: [] } });
      return {
        snippets: claude ? snippets : snippets.filter((snippet) => snippet.envVar === 'DUET_GATEWAY_TOKEN'),
        warnings: claude?.warnings ?? [],
      };
    },
  };
}

/** Streaming on: as a Run sends it (usage included). Off: no stream options, which OpenAI refuses without `stream`. */
function withStreaming(request: RunRequest, stream: boolean): RunRequest {
  const { stream_options: streamOptions, ...rest } = request;
  return stream ? { ...rest, stream: true, stream_options: streamOptions ?? { include_usage: true } } : { ...rest, stream: false };
}

const isClaude = (model: string) => model.startsWith('claude-') || model.startsWith('anthropic/');

/** Each attachment the request refers to: where it is stored, its name and size. */
async function filesOf(request: RunRequest, store: Store): Promise<Record<string, SnippetFile>> {
  const files: Record<string, SnippetFile> = {};
  for (const message of request.messages) {
    if (message.role !== 'user' || typeof message.content === 'string') continue;
    for (const part of message.content) {
      if (part.type !== 'duet_attachment' || files[part.attachment.id]) continue;
      const stored = await store.resolve(part.attachment.id);
      files[part.attachment.id] = { path: store.pathOf(part.attachment.id), name: part.attachment.name, mime: stored.mime, size: stored.size };
    }
  }
  return files;
}

/**
 * The store, with each file's bytes standing in as its marker: the marker is valid base64, so
 * the data URLs and base64 sources come out of the real translation carrying it, and the
 * generators replace it with a file read.
 */
function markerStore(store: Store): Pick<AttachmentStore, 'resolve'> {
  return {
    async resolve(id) {
      const stored = await store.resolve(id);
      return { ...stored, bytes: Buffer.from(fileMarker(id), 'base64') };
    },
  };
}

