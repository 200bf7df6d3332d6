import type { ToolUnion } from '@anthropic-ai/sdk/resources/messages/messages';

/** A tool's name; toolsets (browser, computer) have none. */
export function toolName(tool: ToolUnion): string | undefined {
  return 'name' in tool ? tool.name : undefined;
}
