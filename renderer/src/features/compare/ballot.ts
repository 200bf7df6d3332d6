import { usePaneStore } from '../pane/store';
import { effectivePrompt } from './pane-prompt';
import { usePanesStore } from './panes-store';
import { promptHash, promptSnapshot, type Vote } from './votes';

/**
 * A vote on the panes as shown: their models, the shared prompt, and the own prompt of each
 * forked pane, so a vote between prompt variants says which variant won.
 */
export function ballot(order: readonly string[], winner: Vote['winner'], at: number): Vote {
  const { byId } = usePanesStore.getState();
  const { system, messages } = usePaneStore.getState();
  const prompt = promptSnapshot(system, messages);
  const forks = order.map((id) => {
    if (!byId[id]?.fork) return null;
    const own = effectivePrompt(id);
    return promptSnapshot(own.system, own.messages);
  });
  return {
    at,
    models: order.map((id) => byId[id]?.model ?? ''),
    winner,
    prompt,
    promptHash: promptHash(prompt),
    ...(forks.some((fork) => fork !== null) ? { forks } : {}),
  };
}
