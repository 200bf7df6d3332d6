import { anthropicCurl, gatewayCurl, hasVariables } from './curl-snippets';
import { markersIn } from './markers';
import { anthropicPython, gatewayPython } from './python-snippets';
import type { Snippet, SnippetFile, SnippetFlavour, SnippetInput } from './types';
import { anthropicTypeScript, gatewayTypeScript } from './typescript-snippets';

interface FlavourSpec {
  title: string;
  language: Snippet['language'];
  fileName: string;
  target: 'anthropic' | 'gateway';
  generate: (input: SnippetInput) => string;
}

const FLAVOURS: Record<SnippetFlavour, FlavourSpec> = {
  'anthropic-curl': { title: 'Anthropic · cURL', language: 'shell', fileName: 'anthropic-request.sh', target: 'anthropic', generate: anthropicCurl },
  'anthropic-python': { title: 'Anthropic · Python', language: 'python', fileName: 'anthropic_request.py', target: 'anthropic', generate: anthropicPython },
  'anthropic-typescript': { title: 'Anthropic · TypeScript', language: 'typescript', fileName: 'anthropic-request.ts', target: 'anthropic', generate: anthropicTypeScript },
  'gateway-python': { title: 'OpenAI SDK · Python (Duet gateway)', language: 'python', fileName: 'duet_gateway_request.py', target: 'gateway', generate: gatewayPython },
  'gateway-typescript': { title: 'OpenAI SDK · TypeScript (Duet gateway)', language: 'typescript', fileName: 'duet-gateway-request.ts', target: 'gateway', generate: gatewayTypeScript },
  'gateway-curl': { title: 'cURL (Duet gateway)', language: 'shell', fileName: 'duet-gateway-request.sh', target: 'gateway', generate: gatewayCurl },
};

/** The two bodies a pane's request becomes: Anthropic's (translated by the gateway) and the gateway's own (OpenAI format). */
export interface SnippetBodies {
  anthropic: Pick<SnippetInput, 'body' | 'betas'>;
  gateway: Pick<SnippetInput, 'body'>;
  stream: boolean;
  variables?: Record<string, string> | undefined;
  files: Record<string, SnippetFile>;
  /** Bytes of base64 the bodies carry inline (0 when files are read from their paths). */
  inlineBytes: number;
}

/** Every flavour's snippet, in tab order. Pure. */
export function generateSnippets(bodies: SnippetBodies): Snippet[] {
  return (Object.keys(FLAVOURS) as SnippetFlavour[]).map((flavour) => {
    const spec = FLAVOURS[flavour];
    const input: SnippetInput = {
      body: spec.target === 'anthropic' ? bodies.anthropic.body : bodies.gateway.body,
      betas: spec.target === 'anthropic' ? bodies.anthropic.betas : [],
      stream: bodies.stream,
      variables: bodies.variables,
      files: bodies.files,
    };
    return {
      flavour,
      title: spec.title,
      language: spec.language,
      fileName: spec.fileName,
      code: spec.generate(input),
      envVar: spec.target === 'anthropic' ? 'ANTHROPIC_API_KEY' : 'DUET_GATEWAY_TOKEN',
      notes: notesFor(spec, input, bodies.inlineBytes),
    };
  });
}

function notesFor(spec: FlavourSpec, input: SnippetInput, inlineBytes: number): string[] {
  const notes: string[] = [];
  if (inlineBytes > 0) notes.push(`The attachments are inlined as ${formatSize(inlineBytes)} of base64.`);
  const files = [...markersIn(input.body).files].map((id) => input.files[id]).filter((file) => file !== undefined);
  if (files.length > 0) notes.push(`Reads ${files.map((file) => `${file.name} (${file.path})`).join(', ')} when run.`);
  if (spec.language === 'shell' && hasVariables(input)) notes.push('cURL has no template step: the variables are sent with their current values.');
  if (spec.target === 'gateway') notes.push('Needs the Duet gateway running: turn on the local endpoint in Settings, or run npx duet-gateway.');
  return notes;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
