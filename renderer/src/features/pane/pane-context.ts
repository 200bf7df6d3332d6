import { createContext, useContext } from 'react';
import { FIRST_PANE } from '../compare/panes';

/** The pane a component belongs to; editors and answer actions work on that pane's prompt. */
export const PaneIdContext = createContext<string>(FIRST_PANE);

export function usePaneId(): string {
  return useContext(PaneIdContext);
}
