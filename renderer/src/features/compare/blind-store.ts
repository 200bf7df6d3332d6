import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { shuffled, type Vote } from './votes';

interface BlindStore {
  enabled: boolean;
  /** The shuffled pane order, stable until the next Run all (not persisted). */
  order: string[] | null;
  /** The round (see finishedRound) voted on last; its models are revealed (not persisted). */
  votedRound: string | null;
  votes: Vote[];
  setEnabled(enabled: boolean, paneIds: readonly string[]): void;
  /** A new order before a round starts. */
  shuffle(paneIds: readonly string[]): void;
  vote(round: string, vote: Vote): void;
  clearVotes(): void;
}

/** Blind comparison: whether it is on, the order panes are shown in, and the votes kept locally. */
export const useBlindStore = create<BlindStore>()(
  persist(
    (set, get) => ({
      enabled: false,
      order: null,
      votedRound: null,
      votes: [],
      setEnabled: (enabled, paneIds) => set({ enabled, order: enabled ? shuffled(paneIds, Math.random) : null, votedRound: null }),
      shuffle: (paneIds) => {
        if (get().enabled) set({ order: shuffled(paneIds, Math.random), votedRound: null });
      },
      vote: (round, vote) => {
        if (get().votedRound === round) return;
        set((state) => ({ votes: [...state.votes, vote], votedRound: round }));
      },
      clearVotes: () => set({ votes: [] }),
    }),
    {
      name: 'duet.votes.v1',
      version: 1,
      partialize: ({ enabled, votes }) => ({ enabled, votes }),
      // Blind mode survives a restart with a fresh order, so the old one cannot give the models away.
      merge: (saved, current) => {
        const { enabled, votes } = (saved ?? {}) as Partial<Pick<BlindStore, 'enabled' | 'votes'>>;
        return { ...current, enabled: enabled === true, votes: Array.isArray(votes) ? votes : [] };
      },
    },
  ),
);
