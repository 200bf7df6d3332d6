import type { PanePrompt } from '../pane/conversation';

/** The part of a prompt a pane may fork: everything but the model, which every pane has of its own. */
export type PromptDoc = Omit<PanePrompt, 'model'>;

export type PaneLayout = 'columns' | 'rows';

export interface PaneSettings {
  model: string;
  /** The pane's own prompt; absent while the pane sends the shared one. */
  fork?: PromptDoc;
}

export interface PanesState {
  /** Pane ids in screen order, 1 to MAX_PANES. */
  order: string[];
  layout: PaneLayout;
  byId: Record<string, PaneSettings>;
}

export const MAX_PANES = 4;
/** The first pane's id: parameters and runs stored before panes existed are keyed by it. */
export const FIRST_PANE = 'main';

/** A pane's letter by its place on screen: A, B, C, D. */
export function paneLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/**
 * The panes before anything was saved: one pane, id FIRST_PANE, with the model the single-pane
 * prompt was saved with (so an existing user's model choice survives).
 */
export function initialPanes(legacyModel: unknown, defaultModel: string): PanesState {
  const model = typeof legacyModel === 'string' && legacyModel !== '' ? legacyModel : defaultModel;
  return { order: [FIRST_PANE], layout: 'columns', byId: { [FIRST_PANE]: { model } } };
}

/**
 * A copy of the prompt fields (nothing else the object holds) sharing no arrays or objects with
 * the original, so editing one never edits the other.
 */
export function copyDoc({ system, systemCache, messages, values }: PromptDoc): PromptDoc {
  return structuredClone(systemCache ? { system, systemCache, messages, values } : { system, messages, values });
}

/** A new pane after the last one, with the last pane's model and the shared prompt. */
export function addPane(state: PanesState, id: string): PanesState {
  if (state.order.length >= MAX_PANES) return state;
  const last = state.order.at(-1);
  const model = (last && state.byId[last]?.model) ?? state.byId[FIRST_PANE]?.model ?? '';
  return { ...state, order: [...state.order, id], byId: { ...state.byId, [id]: { model } } };
}

/** A copy of a pane (model and fork) placed right after it. */
export function duplicatePane(state: PanesState, sourceId: string, id: string): PanesState {
  const source = state.byId[sourceId];
  const at = state.order.indexOf(sourceId);
  if (!source || at === -1 || state.order.length >= MAX_PANES) return state;
  const copy: PaneSettings = source.fork ? { model: source.model, fork: copyDoc(source.fork) } : { model: source.model };
  const order = [...state.order.slice(0, at + 1), id, ...state.order.slice(at + 1)];
  return { ...state, order, byId: { ...state.byId, [id]: copy } };
}

export interface RemovedPane {
  id: string;
  index: number;
  settings: PaneSettings;
}

/** Removes a pane, never the last one; returns what an undo needs. */
export function removePane(state: PanesState, id: string): { state: PanesState; removed: RemovedPane | null } {
  const index = state.order.indexOf(id);
  const settings = state.byId[id];
  if (index === -1 || !settings || state.order.length <= 1) return { state, removed: null };
  const byId = { ...state.byId };
  delete byId[id];
  return { state: { ...state, order: state.order.filter((other) => other !== id), byId }, removed: { id, index, settings } };
}

/** Puts a removed pane back where it was (if there is still room). */
export function restorePane(state: PanesState, removed: RemovedPane): PanesState {
  if (state.order.length >= MAX_PANES || state.order.includes(removed.id)) return state;
  const order = [...state.order];
  order.splice(Math.min(removed.index, order.length), 0, removed.id);
  return { ...state, order, byId: { ...state.byId, [removed.id]: removed.settings } };
}

/** Applies a change to one pane's settings; an unknown pane changes nothing. */
export function updatePane(state: PanesState, id: string, change: (pane: PaneSettings) => PaneSettings): PanesState {
  const pane = state.byId[id];
  return pane ? { ...state, byId: { ...state.byId, [id]: change(pane) } } : state;
}

/** Drops a pane's fork: it sends the shared prompt again. */
export function withoutFork({ model }: PaneSettings): PaneSettings {
  return { model };
}

/**
 * Saved panes as found in storage, repaired rather than refused: unknown or duplicate ids dropped,
 * at most MAX_PANES, never none. Anything unreadable gives the fallback.
 */
export function sanitizePanes(saved: unknown, fallback: PanesState): PanesState {
  if (typeof saved !== 'object' || saved === null) return fallback;
  const { order, layout, byId } = saved as Partial<PanesState>;
  if (!Array.isArray(order) || typeof byId !== 'object' || byId === null) return fallback;
  const kept = [...new Set(order)].filter((id): id is string => typeof id === 'string' && typeof byId[id]?.model === 'string').slice(0, MAX_PANES);
  if (kept.length === 0) return fallback;
  return { order: kept, layout: layout === 'rows' ? 'rows' : 'columns', byId: Object.fromEntries(kept.map((id) => [id, byId[id] as PaneSettings])) };
}
