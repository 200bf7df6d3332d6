import { useMemo } from 'react';
import { useBlindStore } from './blind-store';
import { paneLetter } from './panes';
import { usePanesStore } from './panes-store';
import { displayOrder } from './votes';

/** A pane as the screen names it: its id and the letter of its place ("A" is shown as "Pane A"). */
export interface ShownPane {
  id: string;
  letter: string;
}

/** Pane ids in the order they are shown (shuffled in blind mode), each with its letter. */
export function shownPanesOf(order: readonly string[]): ShownPane[] {
  return order.map((id, index) => ({ id, letter: paneLetter(index) }));
}

/** The panes in screen order: the saved order, or blind mode's shuffled one. */
export function useShownOrder(): string[] {
  const order = usePanesStore((state) => state.order);
  const blind = useBlindStore((state) => state.enabled);
  const blindOrder = useBlindStore((state) => state.order);
  return useMemo(() => (blind ? displayOrder(order, blindOrder) : [...order]), [blind, order, blindOrder]);
}

/** The panes on screen with their letters, stable while the order does not change. */
export function useShownPanes(): ShownPane[] {
  const shown = useShownOrder();
  return useMemo(() => shownPanesOf(shown), [shown]);
}
