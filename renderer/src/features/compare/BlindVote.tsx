import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { IDLE_RUN } from '../runs/run-state';
import { useRunsStore } from '../runs/store';
import { useBlindStore } from './blind-store';
import { paneLetter } from './panes';
import { ballot } from './ballot';
import { finishedRound, tallyVotes } from './votes';

/** "Which answer is better?" once every pane of a blind round has finished; then the models are revealed. */
export function BlindVote({ order }: { order: readonly string[] }) {
  const runs = useRunsStore(useShallow((state) => order.map((id) => state.byPane[id] ?? IDLE_RUN)));
  const round = useMemo(() => finishedRound(runs), [runs]);
  const votedRound = useBlindStore((state) => state.votedRound);
  const lastVote = useBlindStore((state) => state.votes.at(-1));
  if (votedRound !== null && votedRound === round && lastVote) {
    const verdict = lastVote.winner === 'tie' ? 'a tie' : `${paneLetter(lastVote.winner)} is better`;
    return (
      <p className="blind-verdict" role="status" aria-label="Vote recorded">
        Vote recorded: {verdict}. {lastVote.models.map((model, index) => `${paneLetter(index)} was ${model}`).join(', ')}.
      </p>
    );
  }
  if (!round) return null;
  const vote = (winner: number | 'tie') => {
    useBlindStore.getState().vote(round, ballot(order, winner, Date.now()));
  };
  return (
    <div className="blind-vote" role="group" aria-label="Blind vote">
      <span>Which answer is better?</span>
      {order.map((id, index) => (
        <button key={id} type="button" onClick={() => vote(index)}>
          {paneLetter(index)} is better
        </button>
      ))}
      <button type="button" onClick={() => vote('tie')}>
        Tie
      </button>
    </div>
  );
}

/** Wins per model over every vote kept on this machine. */
export function WinRates() {
  const votes = useBlindStore((state) => state.votes);
  const rates = useMemo(() => tallyVotes(votes), [votes]);
  if (rates.length === 0) return null;
  return (
    <section className="win-rates" aria-label="Win rates">
      <h2 className="field-label">Win rates ({votes.length === 1 ? '1 vote' : `${votes.length} votes`})</h2>
      <ul>
        {rates.map((rate) => (
          <li key={rate.model}>
            <span className="win-rate-model">{rate.model}</span> {Math.round(rate.rate * 100)}% ({rate.wins} won, {rate.ties} tied, {rate.losses} lost)
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => useBlindStore.getState().clearVotes()}>
        Clear votes
      </button>
    </section>
  );
}
