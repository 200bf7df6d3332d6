import type { PanePrompt } from '../pane/conversation';
import type { PaneSettings, PromptDoc } from './panes';

/** The prompt part of a stored prompt, without its model or any UI state beside it. */
export function promptDocOf(prompt: PromptDoc): PromptDoc {
  const { system, systemCache, messages, values } = prompt;
  return systemCache ? { system, systemCache, messages, values } : { system, messages, values };
}

/** What a pane sends: its fork if it has one, else the shared prompt, always with the pane's model. */
export function effectivePromptOf(shared: PromptDoc, pane: PaneSettings): PanePrompt {
  return { ...promptDocOf(pane.fork ?? shared), model: pane.model };
}
