import type { RunOrigin } from '../../../../shared/contract';
import type { PromptDoc } from '../compare/panes';
import type { PaneParams } from '../params/types';
import { snapshotText } from './snapshot';

/** The host refuses a snapshot above this size (runOrigin in shared/contract/history.ts). */
export const MAX_SNAPSHOT_CHARS = 4_000_000;
const VERSION = /^[0-9a-f]{8,64}$/;

/** A group id: one per Run all, or per single pane's run. */
export function newGroupId(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

export interface OriginInput {
  group: string;
  paneId: string;
  letter: string | undefined;
  openFile: { path: string; version: string } | undefined;
  model: string;
  params: PaneParams;
  prompt: PromptDoc;
  forked: boolean;
}

/**
 * What runs.start records of where a run came from. Anything the host would refuse (an open file
 * without a content version, a snapshot over 4 MB) is left out rather than losing the run: Reopen
 * then falls back to the request.
 */
export function originOf(input: OriginInput): RunOrigin {
  const { group, paneId, letter, openFile } = input;
  const snapshot = snapshotText({ model: input.model, params: input.params, prompt: input.prompt, forked: input.forked });
  return {
    group,
    pane: paneId.slice(0, 64),
    ...(letter ? { paneLabel: letter } : {}),
    ...(openFile && openFile.path.length > 0 && openFile.path.length <= 1024 && VERSION.test(openFile.version) ? { prompt: { path: openFile.path, version: openFile.version } } : {}),
    ...(snapshot.length <= MAX_SNAPSHOT_CHARS ? { snapshot } : {}),
  };
}
