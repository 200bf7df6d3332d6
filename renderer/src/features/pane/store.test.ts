import { beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentRef } from '../../../../shared/chat/attachment';

const saved = new Map<string, string>();
// Data written before attachments existed: the store must still load it, with no files attached.
saved.set('duet.pane.v1', JSON.stringify({ state: { model: 'm', system: '', user: 'old prompt', values: {} }, version: 1 }));
const localStorage = {
  getItem: (key: string) => saved.get(key) ?? null,
  setItem: (key: string, value: string) => saved.set(key, value),
  removeItem: (key: string) => saved.delete(key),
};
// zustand's persist reads window.localStorage; tests run in Node, so a Map stands in for it.
Object.assign(globalThis, { window: { localStorage } });

type PaneStoreHook = Awaited<typeof storeModule>['usePaneStore'];
const storeModule = import('./store');
const actionsModule = import('../compare/pane-prompt');
let store: PaneStoreHook;
let setAttachments: (id: string, attachments: AttachmentRef[]) => void;
beforeAll(async () => {
  store = (await storeModule).usePaneStore;
  setAttachments = (await actionsModule).promptActions('main').setAttachments;
});

const pdf: AttachmentRef = { id: 'c'.repeat(64), name: 'c.pdf', mime: 'application/pdf', size: 5, pages: 1, citations: true };

describe('pane store attachments', () => {
  it('loads data saved before attachments existed with none attached', () => {
    expect(store.getState().messages).toMatchObject([{ role: 'user', text: 'old prompt', attachments: [] }]);
  });

  it('persists attachments (references only) with their message', () => {
    const [first] = store.getState().messages;
    if (!first) throw new Error('no message');
    setAttachments(first.id, [pdf]);
    const persisted = JSON.parse(saved.get('duet.pane.v1') ?? '{}') as { state: { messages: { text: string; attachments: AttachmentRef[] }[] } };
    expect(persisted.state.messages).toMatchObject([{ text: 'old prompt', attachments: [pdf] }]);
  });
});
