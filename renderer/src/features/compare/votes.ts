/** A blind comparison's verdict, kept with what was compared. */
export interface Vote {
  at: number;
  /** The models in the order the panes were shown (A, B, …). */
  models: string[];
  /** The index into `models` of the better answer, or 'tie'. */
  winner: number | 'tie';
  /** The shared prompt as text (capped) and its hash, to group votes by prompt. */
  prompt: string;
  promptHash: string;
  /** Per shown pane, its own prompt as text when it was forked, else null (absent when none was). */
  forks?: (string | null)[];
}

export interface WinRate {
  model: string;
  wins: number;
  ties: number;
  losses: number;
  /** Votes this model took part in. */
  votes: number;
  /** wins / votes, 0..1. */
  rate: number;
}

/**
 * Wins, ties and losses per model across votes. A model shown twice in one vote counts once;
 * with more than two panes the winner beats every other model shown.
 */
export function tallyVotes(votes: readonly Vote[]): WinRate[] {
  const byModel = new Map<string, WinRate>();
  const entry = (model: string): WinRate => {
    let found = byModel.get(model);
    if (!found) byModel.set(model, (found = { model, wins: 0, ties: 0, losses: 0, votes: 0, rate: 0 }));
    return found;
  };
  for (const vote of votes) {
    const winnerModel = vote.winner === 'tie' ? undefined : vote.models[vote.winner];
    if (vote.winner !== 'tie' && winnerModel === undefined) continue; // a vote for a pane that was not there
    for (const model of new Set(vote.models)) {
      const row = entry(model);
      row.votes += 1;
      if (winnerModel === undefined) row.ties += 1;
      else if (model === winnerModel) row.wins += 1;
      else row.losses += 1;
    }
  }
  return [...byModel.values()]
    .map((row) => ({ ...row, rate: row.votes > 0 ? row.wins / row.votes : 0 }))
    .sort((a, b) => b.rate - a.rate || b.votes - a.votes || (a.model < b.model ? -1 : 1));
}

/** A shuffled copy (Fisher–Yates), with the random source injected so tests are exact. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const next = [...items];
  for (let i = next.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [next[i], next[j]] = [next[j] as T, next[i] as T];
  }
  return next;
}

/** The display order: the blind order where it still names exactly these panes, else their own order. */
export function displayOrder(order: readonly string[], blindOrder: readonly string[] | null): string[] {
  return blindOrder && blindOrderFits(order, blindOrder) ? [...blindOrder] : [...order];
}

/** Whether a shuffled order still names exactly these panes. */
export function blindOrderFits(order: readonly string[], blindOrder: readonly string[]): boolean {
  return blindOrder.length === order.length && order.every((id) => blindOrder.includes(id));
}

/** FNV-1a, 32-bit, as hex: enough to tell prompts apart in a local list, not a security hash. */
export function promptHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export const PROMPT_SNAPSHOT_LIMIT = 2000;

/** The prompt as one text: system, then each message with its role. Capped, so votes stay small. */
export function promptSnapshot(system: string, messages: readonly { role: string; text: string }[]): string {
  const parts = [system !== '' ? `system: ${system}` : '', ...messages.map((message) => `${message.role}: ${message.text}`)].filter((part) => part !== '');
  return parts.join('\n\n').slice(0, PROMPT_SNAPSHOT_LIMIT);
}

export type RoundStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/**
 * The round a vote is for: every pane's latest run, once all have finished (a failed or stopped
 * answer can still lose). Null while any pane is running or has not run.
 */
export function finishedRound(runs: readonly { runId?: string | undefined; status: RoundStatus }[]): string | null {
  if (runs.length < 2 || runs.some((run) => !run.runId || run.status === 'idle' || run.status === 'running')) return null;
  return runs.map((run) => run.runId).join(',');
}
