/**
 * Bench-only page (never in the app bundle): four real Answer components, each fed by its own run
 * through the real runs store, run events hook and bridge, as the multi-pane app will be.
 */
import { createRoot } from 'react-dom/client';
import { Answer } from '../../../renderer/src/features/pane/Answer';
import { useRun, useRunsStore } from '../../../renderer/src/features/runs/store';
import { useRunEvents } from '../../../renderer/src/features/runs/use-run-events';
import '../../../renderer/src/app/app.css';

const PANES = ['bench-1', 'bench-2', 'bench-3', 'bench-4'];

declare global {
  interface Window {
    benchRun(count: number, prompt?: string): void;
    benchFinished(count: number): boolean;
    benchClear(): void;
  }
}

window.benchRun = (count, prompt = 'Write a long answer') => {
  for (const paneId of PANES.slice(0, count)) {
    void useRunsStore.getState().start(paneId, { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: `${prompt} (${paneId})` }], stream: true });
  }
};
window.benchFinished = (count) => PANES.slice(0, count).every((paneId) => useRunsStore.getState().byPane[paneId]?.status === 'done');
window.benchClear = () => useRunsStore.getState().clear();

function BenchPane({ paneId }: { paneId: string }) {
  const run = useRun(paneId);
  return (
    // A column of the viewport's height, as a pane is, so the answer scrolls inside it and groups off screen unmount.
    <div className="bench-pane" data-pane={paneId} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, height: '100vh' }}>
      <Answer run={run} />
    </div>
  );
}

function FourPanes() {
  useRunEvents();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', height: '100vh' }}>
      {PANES.map((paneId) => (
        <BenchPane key={paneId} paneId={paneId} />
      ))}
    </div>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<FourPanes />);
