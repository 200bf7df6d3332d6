import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { IDLE_RUN } from '../runs/run-state';
import { useRunsStore } from '../runs/store';
import { comparisonRows, runFigures } from './comparison';
import { usePanesStore } from './panes-store';

export interface ComparedPane {
  id: string;
  letter: string;
}

/** The panes' run figures side by side, the best of each comparable row marked. */
export function ComparisonTable({ panes, showModels }: { panes: readonly ComparedPane[]; showModels: boolean }) {
  const models = usePanesStore(useShallow((state) => panes.map((pane) => state.byId[pane.id]?.model ?? '')));
  const runs = useRunsStore(useShallow((state) => panes.map((pane) => state.byPane[pane.id] ?? IDLE_RUN)));
  const rows = useMemo(() => comparisonRows(runs.map(runFigures)), [runs]);
  const ran = runs.filter((run) => run.status !== 'idle').length;
  if (ran < 2 || rows.length === 0) return null;
  return (
    <section className="comparison" aria-label="Comparison">
      <table>
        <caption>Comparison (best in bold: lowest time and cost, highest speed)</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {panes.map((pane, index) => (
              <th key={pane.id} scope="col">
                {showModels ? `${pane.letter} · ${models[index] ?? ''}` : pane.letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => {
                const best = row.best.includes(index);
                return (
                  <td key={panes[index]?.id ?? index} className={best ? 'best' : undefined}>
                    {best ? (
                      <>
                        <strong>{cell}</strong>
                        <span className="visually-hidden"> (best)</span>
                      </>
                    ) : (
                      cell
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
