/** A stored file this young may belong to the open workspace, which history cannot see. */
export const MIN_ATTACHMENT_AGE_MS = 60 * 60 * 1000;

export interface AttachmentFiles {
  /** When the file was last stored or stored again; undefined when it is not there. */
  modifiedAt(id: string): Promise<number | undefined>;
  delete(id: string): Promise<boolean>;
}

/** Which of the candidates may go: not protected, present, and older than the minimum age. */
export function removableAttachments(candidates: readonly string[], protectedIds: ReadonlySet<string>, modifiedAt: ReadonlyMap<string, number | undefined>, now: number): string[] {
  return candidates.filter((id) => {
    if (protectedIds.has(id)) return false;
    const modified = modifiedAt.get(id);
    return modified !== undefined && now - modified >= MIN_ATTACHMENT_AGE_MS;
  });
}

/** Deletes the stored files no run refers to any more, except protected or recent ones; answers how many went. */
export async function removeUnusedAttachments(candidates: readonly string[], protectedIds: ReadonlySet<string>, files: AttachmentFiles, now: number): Promise<number> {
  const times = new Map(await Promise.all(candidates.map(async (id) => [id, await files.modifiedAt(id)] as const)));
  let removed = 0;
  for (const id of removableAttachments(candidates, protectedIds, times, now)) if (await files.delete(id)) removed += 1;
  return removed;
}
