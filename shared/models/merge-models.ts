import { type CatalogModel, findModelIn, type ModelInfo } from './catalog';

/** A model a provider listed live (GET /v1/models). */
export interface ListedModel {
  id: string;
  provider: string;
  displayName?: string;
}

/**
 * One row of the model picker: a catalog model (maybe live), or a live one the catalog
 * does not know. `info` is a CatalogModel unless a caller merges a list of its own.
 */
export type ModelEntry<M extends ModelInfo = CatalogModel> =
  | { id: string; displayName: string; provider: string; known: true; info: M; live: boolean }
  /** The UI shows "capabilities unknown": nothing about limits, thinking or prices is assumed. */
  | { id: string; displayName: string; provider: string; known: false; live: true };

/**
 * The catalog in its own order, each model marked live when its provider lists it under
 * its id, an alias or a dated snapshot id; then the live models the catalog does not
 * know, by provider then id. Offline (an empty live list) this is the catalog alone.
 * Generic so that `info` keeps the catalog's type (MODELS in, prices and cache minimums out).
 */
export function mergeModels<M extends ModelInfo>(catalog: readonly M[], live: readonly ListedModel[]): ModelEntry<M>[] {
  const liveIds = new Set<string>();
  const unknown = new Map<string, ListedModel>();
  for (const listed of live) {
    // Only the catalog's own provider can vouch for it: a router listing the same name
    // (e.g. an OpenAI-compatible upstream) serves its own model, not this entry.
    const sameProvider = catalog.filter((model) => model.provider === listed.provider);
    const info = findModelIn(sameProvider, listed.id);
    if (info) liveIds.add(info.id);
    else if (!unknown.has(keyOf(listed))) unknown.set(keyOf(listed), listed);
  }

  const known: ModelEntry<M>[] = catalog.map((info) => ({
    id: info.id,
    displayName: info.displayName,
    provider: info.provider,
    known: true,
    info,
    live: liveIds.has(info.id),
  }));
  const rest: ModelEntry<M>[] = [...unknown.values()].sort(byProviderThenId).map((listed) => ({
    id: listed.id,
    displayName: listed.displayName ?? listed.id,
    provider: listed.provider,
    known: false,
    live: true,
  }));
  return [...known, ...rest];
}

function keyOf(model: ListedModel): string {
  return `${model.provider}\u0000${model.id}`;
}

/** Code-unit order, not localeCompare: the list must not reorder with the user's locale. */
function byProviderThenId(a: ListedModel, b: ListedModel): number {
  return compare(a.provider, b.provider) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
