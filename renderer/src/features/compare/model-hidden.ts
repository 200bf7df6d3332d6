import { createContext, useContext } from 'react';

/**
 * Whether blind mode hides this pane's model (until the round is voted on). Everything that
 * would name the model — picker, capabilities, Inspector, Get code — reads it.
 */
export const ModelHiddenContext = createContext(false);

export const useModelHidden = (): boolean => useContext(ModelHiddenContext);

export const HIDDEN_UNTIL_VOTE = 'Hidden in blind mode until you vote.';
